/*
 * fuzz_parse.c - dnsrcode_parse() and dnsrcode_parse_strict() on any text.
 *
 * Input: byte 0 picks the context (5 to 7 are invalid on purpose), the
 * rest is the text.  Invariants:
 *  - the result is DNSRCODE_OK or a parse error, and on error the output
 *    is untouched;
 *  - a context only narrows: the result in it follows from the result in
 *    DNSRCODE_CTX_ANY and dnsrcode_fits();
 *  - the strict parser accepts a subset, with the same value, and fails
 *    the same way where the lenient one fails;
 *  - ASCII case does not matter;
 *  - digits and RCODE<digits> mean their decimal value;
 *  - an accepted value formats (mnemonic and name) to text that the strict
 *    parser reads back as the same value.
 */
#include "config.h"

#include <string.h>

#include "dnsrcode.h"
#include "fuzz.h"

#define CTX_COUNT 5
#define SENTINEL 0xbeefu

static int
is_parse_result(int rc)
{
	return rc == DNSRCODE_OK || (rc <= DNSRCODE_EINVAL && rc >= DNSRCODE_EALIAS);
}

static int
is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* The decimal value of an all-digit text, saturated past 65535; -1 when
 * the text is not all digits. */
static long
decimal(const unsigned char *s, size_t len)
{
	long v = 0;
	size_t i;

	if (len == 0)
		return -1;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
		if (v > 65536)
			v = 65536;
	}
	return v;
}

static int
has_rcode_prefix(const unsigned char *s, size_t len)
{
	static const char prefix[] = "rcode";
	size_t i;

	if (len < 5)
		return 0;
	for (i = 0; i < 5; i++)
		if ((s[i] | 0x20) != prefix[i])
			return 0;
	return 1;
}

static void
check_round_trip(uint16_t value, dnsrcode_context ctx)
{
	static const int styles[] = { DNSRCODE_FMT_MNEMONIC, DNSRCODE_FMT_NAME };
	char text[64];
	uint16_t again;
	size_t i;
	int n;

	for (i = 0; i < sizeof(styles) / sizeof(styles[0]); i++) {
		n = dnsrcode_format(text, sizeof(text), value, ctx, styles[i]);
		FUZZ_CHECK(n > 0 && (size_t)n < sizeof(text));
		again = SENTINEL;
		FUZZ_CHECK(dnsrcode_parse_strict(text, (size_t)n, ctx, &again) == DNSRCODE_OK);
		FUZZ_CHECK(again == value);
	}
}

static void
check_case_blind(const unsigned char *s, size_t len, dnsrcode_context ctx, int rc, uint16_t value)
{
	unsigned char *flipped = malloc(len > 0 ? len : 1);
	uint16_t v = SENTINEL;
	size_t i;

	if (flipped == NULL)
		return;
	for (i = 0; i < len; i++) {
		unsigned char c = s[i];
		flipped[i] = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? (unsigned char)(c ^ 0x20) : c;
	}
	FUZZ_CHECK(dnsrcode_parse((const char *)flipped, len, ctx, &v) == rc);
	FUZZ_CHECK(v == (rc == DNSRCODE_OK ? value : SENTINEL));
	free(flipped);
}

/* Which failures the text itself proves: RFC-free, just the header's
 * promises about each error code. */
static void
check_error_cause(const unsigned char *s, size_t len, int rc)
{
	size_t i;
	int space = 0, nul = 0;

	for (i = 0; i < len; i++) {
		space |= is_space(s[i]);
		nul |= s[i] == '\0';
	}
	FUZZ_CHECK((rc == DNSRCODE_EEMPTY) == (len == 0));
	if (rc == DNSRCODE_ESIGN)
		FUZZ_CHECK(s[0] == '+' || s[0] == '-');
	if (rc == DNSRCODE_ESPACE)
		FUZZ_CHECK(space);
	if (rc == DNSRCODE_OK || rc == DNSRCODE_EALIAS)
		FUZZ_CHECK(!space && !nul && s[0] != '+' && s[0] != '-');
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const unsigned char *s;
	const char *text;
	dnsrcode_context ctx;
	uint16_t any = SENTINEL, lenient = SENTINEL, strict = SENTINEL;
	int r_any, r_lenient, r_strict;
	size_t len;
	long dec;

	if (size == 0)
		return 0;
	ctx = (dnsrcode_context)(data[0] & 7);
	s = data + 1;
	text = (const char *)s;
	len = size - 1;

	r_lenient = dnsrcode_parse(text, len, ctx, &lenient);
	r_strict = dnsrcode_parse_strict(text, len, ctx, &strict);
	FUZZ_CHECK(is_parse_result(r_lenient) && r_lenient != DNSRCODE_EALIAS);
	FUZZ_CHECK(is_parse_result(r_strict));
	FUZZ_CHECK(r_lenient == DNSRCODE_OK || lenient == SENTINEL);
	FUZZ_CHECK(r_strict == DNSRCODE_OK || strict == SENTINEL);
	FUZZ_CHECK(dnsrcode_parse(NULL, len, ctx, &any) == DNSRCODE_EINVAL);
	FUZZ_CHECK(dnsrcode_parse_strict(text, len, ctx, NULL) == DNSRCODE_EINVAL);
	FUZZ_CHECK(any == SENTINEL);

	if ((unsigned)ctx >= CTX_COUNT) {
		FUZZ_CHECK(r_lenient == DNSRCODE_EINVAL && r_strict == DNSRCODE_EINVAL);
		return 0;
	}

	/* The context only decides whether the value fits. */
	r_any = dnsrcode_parse(text, len, DNSRCODE_CTX_ANY, &any);
	if (r_any == DNSRCODE_OK && dnsrcode_fits(any, ctx) == 1)
		FUZZ_CHECK(r_lenient == DNSRCODE_OK && lenient == any);
	else if (r_any == DNSRCODE_OK)
		FUZZ_CHECK(r_lenient == DNSRCODE_ERANGE);
	else
		FUZZ_CHECK(r_lenient == r_any);

	if (r_strict == DNSRCODE_OK)
		FUZZ_CHECK(r_lenient == DNSRCODE_OK && strict == lenient);
	else if (r_strict == DNSRCODE_EALIAS)
		FUZZ_CHECK(r_lenient == DNSRCODE_OK);
	else
		FUZZ_CHECK(r_strict == r_lenient);

	check_error_cause(s, len, r_lenient);
	check_error_cause(s, len, r_strict);
	check_case_blind(s, len, ctx, r_lenient, lenient);

	dec = decimal(s, len);
	if (dec < 0 && has_rcode_prefix(s, len))
		dec = decimal(s + 5, len - 5);
	if (dec >= 0) {
		FUZZ_CHECK(r_strict == r_lenient);
		if (dec <= (long)0xffff && dnsrcode_fits((unsigned)dec, ctx) == 1)
			FUZZ_CHECK(r_lenient == DNSRCODE_OK && lenient == dec);
		else
			FUZZ_CHECK(r_lenient == DNSRCODE_ERANGE);
	}

	if (r_lenient == DNSRCODE_OK) {
		FUZZ_CHECK(dnsrcode_fits(lenient, ctx) == 1);
		check_round_trip(lenient, ctx);
	}
	return 0;
}
