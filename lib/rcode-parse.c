/*
 * rcode-parse.c - RCODE text to value: names, aliases, decimals, RCODE<n>;
 * and the row a name spells (dnsrcode_lookup_name()).
 */
#include "config.h"

#include "chars.h"
#include "rcode-table.h"

#define GENERIC_PREFIX LIT(RCODE_GENERIC)

/* Text that is neither a name nor a number: say why, most specific first. */
static int
classify_bad(const unsigned char *s, size_t len)
{
	size_t i, word;

	if (has_nul(s, len))
		return DNSRCODE_ESYNTAX;
	if (is_sign(s[0]))
		return DNSRCODE_ESIGN;
	for (i = 0; i < len; i++)
		if (is_space(s[i]))
			return DNSRCODE_ESPACE;
	/* Starts as a number and is not one: "3x", "0x10", "RCODE3.". */
	if (starts_as_number(s, len, GENERIC_PREFIX))
		return DNSRCODE_ETRAILING;
	for (word = 0; word < len && is_alnum(s[word]); word++)
		continue;
	if (word == len)
		return DNSRCODE_EUNKNOWN;
	/* A name with something after it: "NXDOMAIN.". */
	if (rcode_name_find((const char *)s, word) != NULL)
		return DNSRCODE_ETRAILING;
	return DNSRCODE_ESYNTAX;
}

/* The value must fit where it was read from; only then is it stored. */
static inline int
store(unsigned long value, dnsrcode_context ctx, uint16_t *code)
{
	if (value > rcode_ctx_max(ctx))
		return DNSRCODE_ERANGE;
	*code = (uint16_t)value;
	return DNSRCODE_OK;
}

/* The value of a decimal or RCODE<decimal> (65536 meaning "too big"), or
 * why the text is neither. */
static long
number_or_error(const unsigned char *s, size_t len)
{
	/* Where the digits start, len when the text does not start as a number. */
	size_t digits = is_digit(s[0]) ? 0 : has_generic_prefix(s, len, GENERIC_PREFIX) ?
	                sizeof(RCODE_GENERIC) - 1 : len;
	unsigned value;
	size_t word;

	if (digits < len && read_decimal(s + digits, len - digits, &value))
		return (long)value;
	/* One word of letters and digits, the usual bad input, is told in
	 * one pass: no NUL, sign or space can be in it. */
	for (word = 0; word < len && is_alnum(s[word]); word++)
		continue;
	if (word == len)
		return digits < len ? DNSRCODE_ETRAILING : DNSRCODE_EUNKNOWN;
	return classify_bad(s, len);
}

/* Everything but a name.  Out of line and reached by a tail call, so that
 * the name path, the common one, saves no registers at all. */
LIB_NOINLINE static int
parse_other(const unsigned char *s, size_t len, dnsrcode_context ctx, uint16_t *code)
{
	long value = number_or_error(s, len);

	return value < 0 ? (int)value : store((unsigned long)value, ctx, code);
}

/* Names start with a letter (the generator checks), so a leading digit
 * goes straight to the numbers. */
static inline int
parse(const char *text, size_t len, dnsrcode_context ctx, uint16_t *code, int strict)
{
	const unsigned char *s = (const unsigned char *)text;
	const struct rcode_name *name;

	if (text == NULL || code == NULL || !rcode_ctx_valid(ctx))
		return DNSRCODE_EINVAL;
	if (len == 0)
		return DNSRCODE_EEMPTY;
	if (is_digit(s[0]) || (name = rcode_name_find(text, len)) == NULL)
		return parse_other(s, len, ctx, code);
	if (strict && name->alias)
		return DNSRCODE_EALIAS;
	return store(name->code, ctx, code);
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

DNSRCODE_API const dnsrcode_info *
dnsrcode_lookup_name(const char *name, size_t len)
{
	const struct rcode_name *n;

	if (name == NULL)
		return NULL;
	n = rcode_name_find(name, len);
	return n == NULL ? NULL : rcode_row(n->entry);
}
