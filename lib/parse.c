/*
 * parse.c - RCODE text to value: names, aliases, decimals, RCODE<n>.
 */
#include "config.h"

#include <string.h>

#include "chars.h"
#include "internal.h"
#include "rcode-table.inc"

/* "RCODE<decimal>": the generic form every unassigned value prints as. */
static inline int
has_rcode_prefix(const unsigned char *s, size_t len)
{
	return has_prefix(s, len, "RCODE", 5);
}

/* Unaligned loads that compile to one instruction. */
static uint64_t
load64(const char *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static uint32_t
load32(const char *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/*
 * Whether a word of input equals a word of an upper-case key, ignoring the
 * case of the input where the key has a letter.  Letters are the key bytes
 * with bit 0x40 set (A-Z; the generator allows only A-Z and 0-9); moved
 * down to 0x20 it is the case bit, which both sides then have set, so
 * 'n' and 'N' both match 'N' and nothing else does.  Digits compare
 * exactly.
 */
#if RCODE_NAME_MIN < 4 || RCODE_NAME_MAX > 16
#error "rcode_name_find() compares names of 4 to 16 bytes only"
#endif

#define FOLD64 0x2020202020202020u
#define FOLD32 0x20202020u

static int
same64(uint64_t in, uint64_t key)
{
	uint64_t fold = (key >> 1) & FOLD64;

	return (in | fold) == (key | fold);
}

static int
same32(uint32_t in, uint32_t key)
{
	uint32_t fold = (key >> 1) & FOLD32;

	return (in | fold) == (key | fold);
}

/*
 * Case-insensitive, without copying the text: the hash reads three bytes
 * folded with | 0x20, and the comparison is two overlapping words (the
 * first and the last 8 bytes, or 4 under 8), so it never reads outside
 * [text, text + len).
 */
static inline const struct rcode_name *
name_find(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	const struct rcode_name *n;
	const char *key;

	if (len < RCODE_NAME_MIN || len > RCODE_NAME_MAX)
		return NULL;
	n = &rcode_names[RCODE_HASH(s[0] | 0x20u, s[len / 2] | 0x20u, s[len - 1] | 0x20u, len)];
	if (n->len != len)
		return NULL;
	key = rcode_text + n->text_off;
	if (len >= 8) {
		if (!same64(load64(text), load64(key)) ||
		    !same64(load64(text + len - 8), load64(key + len - 8)))
			return NULL;
	} else {
		if (!same32(load32(text), load32(key)) ||
		    !same32(load32(text + len - 4), load32(key + len - 4)))
			return NULL;
	}
	return n;
}

/* The same for the rest of the library (dnsrcode_lookup_name()). */
const struct rcode_name *
rcode_name_find(const char *text, size_t len)
{
	return name_find(text, len);
}

static const struct rcode_name *
find_name(const unsigned char *s, size_t len)
{
	return name_find((const char *)s, len);
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
	/* The text holds a byte that is no letter or digit (number_or_error()
	 * answers for the others), so the word ends before the text does. */
	for (word = 0; is_alnum(s[word]); word++)
		continue;
	/* A name with something after it: "NXDOMAIN.". */
	if (find_name(s, word) != NULL)
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
	/* Starts as a number: a digit, or RCODE and a digit. */
	size_t digits = is_digit(s[0]) ? 0 : has_rcode_prefix(s, len) && is_digit(s[5]) ? 5 : len;
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
RCODE_NOINLINE static int
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
	if (is_digit(s[0]) || (name = find_name(s, len)) == NULL)
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
