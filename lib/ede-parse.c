/*
 * ede-parse.c - Extended DNS Error text to INFO-CODE: purposes, mnemonics,
 * aliases, decimals, EDE<n>; and the row a text names
 * (dnsrcode_ede_lookup_text()).
 */
#include "config.h"

#include "chars.h"
#include "ede-table.h"

#define GENERIC_PREFIX LIT(EDE_GENERIC)

/* '-' for spellings such as unbound's "Non-Replayable Transactions
 * Received in 0-RTT Data" (26). */
static int
is_name_char(unsigned char c)
{
	return is_alnum(c) || c == '_' || c == ' ' || c == '-';
}

/* Text that is neither a name nor a number: say why, most specific first.
 * Purposes have single inner spaces, so only white space at either end,
 * doubled, or other than ' ' is a space error. */
static int
classify_bad(const unsigned char *s, size_t len)
{
	size_t i, word;

	if (has_nul(s, len))
		return DNSRCODE_ESYNTAX;
	if (is_sign(s[0]))
		return DNSRCODE_ESIGN;
	if (is_space(s[0]) || is_space(s[len - 1]))
		return DNSRCODE_ESPACE;
	/* The last byte is no space (above), so a space has one after it. */
	for (i = 0; i < len; i++)
		if ((is_space(s[i]) && s[i] != ' ') || (s[i] == ' ' && s[i + 1] == ' '))
			return DNSRCODE_ESPACE;
	/* Starts as a number and is not one: "9x", "0x10", "EDE9.". */
	if (starts_as_number(s, len, GENERIC_PREFIX))
		return DNSRCODE_ETRAILING;
	for (word = 0; word < len && is_name_char(s[word]); word++)
		continue;
	if (word == len)
		return DNSRCODE_EUNKNOWN;
	/* A name with something after it: "Blocked!", "DNSKEY Missing.". */
	while (word > 0) {
		if (ede_name_find((const char *)s, word) != NULL)
			return DNSRCODE_ETRAILING;
		word--;
	}
	return DNSRCODE_ESYNTAX;
}

static int
parse(const char *text, size_t len, uint16_t *code)
{
	const unsigned char *s = (const unsigned char *)text;
	const size_t plen = sizeof(EDE_GENERIC) - 1;
	const struct ede_name *name;
	unsigned value;

	if (text == NULL || code == NULL)
		return DNSRCODE_EINVAL;
	if (len == 0)
		return DNSRCODE_EEMPTY;
	if (is_digit(s[0])) {
		if (!read_decimal(s, len, &value))
			return classify_bad(s, len);
	} else if ((name = ede_name_find(text, len)) != NULL) {
		value = name->code;
	} else if (has_generic_prefix(s, len, GENERIC_PREFIX)) {
		if (!read_decimal(s + plen, len - plen, &value))
			return classify_bad(s, len);
	} else {
		return classify_bad(s, len);
	}
	if (value > DECIMAL_MAX)
		return DNSRCODE_ERANGE;
	*code = (uint16_t)value;
	return DNSRCODE_OK;
}

DNSRCODE_API int
dnsrcode_ede_parse(const char *text, size_t len, uint16_t *code)
{
	return parse(text, len, code);
}

/* A name or EDE<decimal>, read by the parser so that both agree on it;
 * a bare decimal is no text. */
DNSRCODE_API const dnsrcode_ede_info *
dnsrcode_ede_lookup_text(const char *text, size_t len)
{
	uint16_t code;

	if (text == NULL || len == 0 || is_digit((unsigned char)text[0]))
		return NULL;
	return parse(text, len, &code) == DNSRCODE_OK ? ede_lookup(code) : NULL;
}
