/*
 * parse.c - RCODE text to value: names, aliases, decimals, RCODE<n>.
 */
#include "config.h"

#include "chars.h"
#include "internal.h"

/* "RCODE<decimal>": the generic form every unassigned value prints as. */
static int
has_rcode_prefix(const unsigned char *s, size_t len)
{
	return has_prefix(s, len, "RCODE", 5);
}

static const struct rcode_name *
find_name(const unsigned char *s, size_t len)
{
	return rcode_name_find((const char *)s, len);
}

/* Text that is neither a name nor a number: say why, most specific first. */
static int
classify_bad(const unsigned char *s, size_t len)
{
	size_t i, word;

	for (i = 0; i < len; i++)
		if (s[i] == '\0')
			return DNSRCODE_ESYNTAX;
	if (s[0] == '+' || s[0] == '-')
		return DNSRCODE_ESIGN;
	for (i = 0; i < len; i++)
		if (is_space(s[i]))
			return DNSRCODE_ESPACE;
	/* Starts as a number and is not one: "3x", "0x10", "RCODE3.". */
	if (is_digit(s[0]) || (has_rcode_prefix(s, len) && is_digit(s[5])))
		return DNSRCODE_ETRAILING;
	for (word = 0; word < len && is_alnum(s[word]); word++)
		continue;
	if (word == len)
		return DNSRCODE_EUNKNOWN;
	/* A name with something after it: "NXDOMAIN.". */
	if (find_name(s, word) != NULL)
		return DNSRCODE_ETRAILING;
	return DNSRCODE_ESYNTAX;
}

static int
parse(const char *text, size_t len, dnsrcode_context ctx, uint16_t *code, int strict)
{
	const unsigned char *s = (const unsigned char *)text;
	const struct rcode_name *name;
	unsigned value;

	if (text == NULL || code == NULL || !rcode_ctx_valid(ctx))
		return DNSRCODE_EINVAL;
	if (len == 0)
		return DNSRCODE_EEMPTY;
	if (is_digit(s[0])) {
		if (!read_decimal(s, len, &value))
			return classify_bad(s, len);
	} else if ((name = find_name(s, len)) != NULL) {
		if (strict && name->alias)
			return DNSRCODE_EALIAS;
		value = name->code;
	} else if (has_rcode_prefix(s, len) && is_digit(s[5])) {
		if (!read_decimal(s + 5, len - 5, &value))
			return classify_bad(s, len);
	} else {
		return classify_bad(s, len);
	}
	if (value > rcode_ctx_max(ctx))
		return DNSRCODE_ERANGE;
	*code = (uint16_t)value;
	return DNSRCODE_OK;
}

DNSRCODE_API int
dnsrcode_parse(const char *text, size_t len, dnsrcode_context ctx, uint16_t *code)
{
	return parse(text, len, ctx, code, 0);
}

DNSRCODE_API int
dnsrcode_parse_strict(const char *text, size_t len, dnsrcode_context ctx, uint16_t *code)
{
	return parse(text, len, ctx, code, 1);
}
