/*
 * chars.h - ASCII character classes and decimal reading shared by the
 * parsers (lib/rcode-parse.c, lib/ede-parse.c) and the EDE name search.
 * Locale-free on purpose: RCODE and EDE text is ASCII whatever the
 * caller's locale.  Nothing here is part of the ABI.
 */
#ifndef DNSRCODE_CHARS_H
#define DNSRCODE_CHARS_H

#include <stddef.h>

#define DECIMAL_MAX 65535u

static inline int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* ASCII letters only: | 0x20 folds A-Z onto a-z and sends nothing else
 * there. */
static inline int
is_alnum(unsigned char c)
{
	return is_digit(c) || (unsigned char)((c | 0x20) - 'a') < 26;
}

static inline int
is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline unsigned char
to_upper(unsigned char c)
{
	return c >= 'a' && c <= 'z' ? (unsigned char)(c - ('a' - 'A')) : c;
}

/* Read an all-digit run of @len >= 1 octets (every caller has seen a
 * first digit); values past 65535 saturate to 65536 so that a 30-digit
 * number is "out of range", never a wrapped small value. */
static inline int
read_decimal(const unsigned char *s, size_t len, unsigned *value)
{
	unsigned v = 0;
	size_t i;

	for (i = 0; i < len; i++) {
		if (!is_digit(s[i]))
			return 0;
		v = v * 10 + (s[i] - '0');
		if (v > DECIMAL_MAX)
			v = DECIMAL_MAX + 1;
	}
	*value = v;
	return 1;
}

/* Whether s starts with the upper-case word @prefix in any case and has
 * at least one character after it. */
static inline int
has_prefix(const unsigned char *s, size_t len, const char *prefix, size_t plen)
{
	size_t i;

	if (len <= plen)
		return 0;
	for (i = 0; i < plen; i++)
		if (to_upper(s[i]) != (unsigned char)prefix[i])
			return 0;
	return 1;
}

/* Whether s is @prefix and a digit: the generic spelling of a value
 * without a row ("RCODE12", "ede9"). */
static inline int
has_generic_prefix(const unsigned char *s, size_t len, const char *prefix, size_t plen)
{
	return has_prefix(s, len, prefix, plen) && is_digit(s[plen]);
}

/* Whether s starts as a number: a digit, or the generic prefix and a
 * digit.  Text that does and is no number has trailing characters. */
static inline int
starts_as_number(const unsigned char *s, size_t len, const char *prefix, size_t plen)
{
	return is_digit(s[0]) || has_generic_prefix(s, len, prefix, plen);
}

/* Text with a NUL inside is bad syntax to both parsers, whatever else
 * is wrong with it. */
static inline int
has_nul(const unsigned char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] == '\0')
			return 1;
	return 0;
}

/* Neither parser takes a sign: there are no negative codes, and "+3"
 * is no spelling of 3. */
static inline int
is_sign(unsigned char c)
{
	return c == '+' || c == '-';
}

#endif /* DNSRCODE_CHARS_H */
