/*
 * test_exhaustive.c - every value 0..65535 (and a few above) in every
 * context: lookup, to_text, format, parse-back, range and fits agree.
 *
 * Each test is one property over all values: failures are counted, the
 * first is printed, and a single assertion per property keeps the report
 * readable.
 */
#include "config.h"

#include <limits.h>

#include "dnsrcode.h"
#include "testutil.h"

#define CTX_COUNT 5

static const dnsrcode_context contexts[CTX_COUNT] = {
	DNSRCODE_CTX_ANY,  DNSRCODE_CTX_HEADER, DNSRCODE_CTX_EDNS,
	DNSRCODE_CTX_TSIG, DNSRCODE_CTX_TKEY,
};

/* Past the 16-bit range: must be refused, never truncated to 16 bits
 * (65536 + 3 would otherwise read as NXDOMAIN). */
static const unsigned above[] = { 65536, 65536 + 3, 70000, UINT_MAX };

#define ABOVE_COUNT (sizeof(above) / sizeof(above[0]))
#define VALUE_COUNT (65536 + ABOVE_COUNT)

static unsigned long total_checks;

struct tally {
	const char *property;
	unsigned long checks;
	unsigned long failures;
};

static unsigned
value_at(size_t i)
{
	return i < 65536 ? (unsigned)i : above[i - 65536];
}

/* The field width each context has (RFC 1035 §4.1.1, RFC 6891 §6.1.3,
 * RFC 8945 §4.2, RFC 2930 §2): written out, not taken from the library. */
static int
expected_fit(unsigned code, dnsrcode_context ctx)
{
	switch (ctx) {
	case DNSRCODE_CTX_HEADER:
		return code <= 15;
	case DNSRCODE_CTX_EDNS:
		return code <= 4095;
	default:
		return code <= 65535;
	}
}

static void
check(struct tally *t, int ok, unsigned code, dnsrcode_context ctx, const char *detail)
{
	t->checks++;
	if (ok)
		return;
	if (t->failures++ == 0)
		fprintf(stderr, "\n%s: first mismatch at code %u, ctx %d: %s\n", t->property, code,
		        (int)ctx, detail);
}

static void
finish(const struct tally *t)
{
	printf("(%s: %lu checks, %lu failed) ", t->property, t->checks, t->failures);
	total_checks += t->checks;
	CU_ASSERT_EQUAL(t->failures, 0);
	CU_ASSERT(t->checks >= VALUE_COUNT);
}

static void
test_fits_matches_the_field_widths(void)
{
	struct tally t = { "fits", 0, 0 };
	size_t i, c;

	for (i = 0; i < VALUE_COUNT; i++) {
		unsigned code = value_at(i);

		for (c = 0; c < CTX_COUNT; c++)
			check(&t,
			      dnsrcode_fits(code, contexts[c]) == expected_fit(code, contexts[c]),
			      code, contexts[c], "fits() differs from the field width");
	}
	finish(&t);
}

static void
test_lookup_finds_exactly_assigned_codes_that_fit(void)
{
	struct tally t = { "lookup", 0, 0 };
	size_t i, c;

	for (i = 0; i < VALUE_COUNT; i++) {
		unsigned code = value_at(i);
		int assigned = dnsrcode_range(code) == DNSRCODE_RANGE_ASSIGNED;

		for (c = 0; c < CTX_COUNT; c++) {
			const dnsrcode_info *info = dnsrcode_lookup(code, contexts[c]);
			int want = assigned && expected_fit(code, contexts[c]);

			check(&t, (info != NULL) == want, code, contexts[c],
			      want ? "no entry for an assigned code"
			           : "entry for a code without one");
			if (info != NULL)
				check(&t, dnsrcode_info_code(info) == code, code, contexts[c],
				      "entry has another code");
		}
	}
	finish(&t);
}

static void
test_to_text_is_the_lookup_mnemonic(void)
{
	struct tally t = { "to_text", 0, 0 };
	size_t i, c;

	for (i = 0; i < VALUE_COUNT; i++) {
		unsigned code = value_at(i);

		for (c = 0; c < CTX_COUNT; c++) {
			const char *text = dnsrcode_to_text(code, contexts[c]);
			const char *mnemonic =
			        dnsrcode_info_mnemonic(dnsrcode_lookup(code, contexts[c]));
			int same = text == mnemonic || (text != NULL && mnemonic != NULL &&
			                                strcmp(text, mnemonic) == 0);

			check(&t, same, code, contexts[c], "to_text() differs from the mnemonic");
		}
	}
	finish(&t);
}

/* Both parsers read what MNEMONIC or NAME printed back to the value. */
static void
check_parse_back(struct tally *t, unsigned code, dnsrcode_context ctx, int style)
{
	char buf[64];
	int len = dnsrcode_format(buf, sizeof(buf), code, ctx, style);
	uint16_t lenient = 0, strict = 0;
	int rc_lenient, rc_strict;

	if (!expected_fit(code, ctx)) {
		check(t, len == DNSRCODE_ERANGE, code, ctx, "formatted a code outside its context");
		return;
	}
	if (len <= 0 || (size_t)len >= sizeof(buf)) {
		check(t, 0, code, ctx, "format failed");
		return;
	}
	rc_lenient = dnsrcode_parse(buf, (size_t)len, ctx, &lenient);
	rc_strict = dnsrcode_parse_strict(buf, (size_t)len, ctx, &strict);
	check(t, rc_lenient == DNSRCODE_OK && lenient == code, code, ctx, buf);
	check(t, rc_strict == DNSRCODE_OK && strict == code, code, ctx, buf);
}

static void
test_format_mnemonic_parses_back(void)
{
	struct tally t = { "format MNEMONIC -> parse", 0, 0 };
	size_t i, c;

	for (i = 0; i < VALUE_COUNT; i++)
		for (c = 0; c < CTX_COUNT; c++)
			check_parse_back(&t, value_at(i), contexts[c], DNSRCODE_FMT_MNEMONIC);
	finish(&t);
}

static void
test_format_name_parses_back(void)
{
	struct tally t = { "format NAME -> parse", 0, 0 };
	size_t i, c;

	for (i = 0; i < VALUE_COUNT; i++)
		for (c = 0; c < CTX_COUNT; c++)
			check_parse_back(&t, value_at(i), contexts[c], DNSRCODE_FMT_NAME);
	finish(&t);
}

/* MNEMONIC prints the mnemonic of an entry, RCODE<n> without one. */
static void
test_format_mnemonic_is_to_text_or_generic(void)
{
	struct tally t = { "format MNEMONIC text", 0, 0 };
	size_t i, c;

	for (i = 0; i < 65536; i++) {
		unsigned code = value_at(i);

		for (c = 0; c < CTX_COUNT; c++) {
			const char *text = dnsrcode_to_text(code, contexts[c]);
			char buf[64], want[64];

			if (!expected_fit(code, contexts[c]))
				continue;
			if (text == NULL)
				snprintf(want, sizeof(want), "RCODE%u", code);
			else
				snprintf(want, sizeof(want), "%s", text);
			check(&t,
			      dnsrcode_format(buf, sizeof(buf), code, contexts[c],
			                      DNSRCODE_FMT_MNEMONIC) > 0 &&
			              strcmp(buf, want) == 0,
			      code, contexts[c], want);
		}
	}
	finish(&t);
}

static void
check_succeeds_iff_fits(struct tally *t, unsigned code, dnsrcode_context ctx, int style)
{
	char buf[128];
	int len = dnsrcode_format(buf, sizeof(buf), code, ctx, style);
	int measured = dnsrcode_format(NULL, 0, code, ctx, style);

	if (expected_fit(code, ctx))
		check(t, len > 0 && (size_t)len == strlen(buf) && measured == len, code, ctx,
		      "format failed or its length is wrong");
	else
		check(t, len == DNSRCODE_ERANGE && measured == DNSRCODE_ERANGE, code, ctx,
		      "formatted a code outside its context");
}

static void
test_format_description_succeeds_iff_fits(void)
{
	struct tally t = { "format DESCRIPTION", 0, 0 };
	size_t i, c;

	for (i = 0; i < VALUE_COUNT; i++)
		for (c = 0; c < CTX_COUNT; c++)
			check_succeeds_iff_fits(&t, value_at(i), contexts[c],
			                        DNSRCODE_FMT_DESCRIPTION);
	finish(&t);
}

static void
test_format_full_succeeds_iff_fits(void)
{
	struct tally t = { "format FULL", 0, 0 };
	size_t i, c;

	for (i = 0; i < VALUE_COUNT; i++)
		for (c = 0; c < CTX_COUNT; c++)
			check_succeeds_iff_fits(&t, value_at(i), contexts[c], DNSRCODE_FMT_FULL);
	finish(&t);
}

static void
test_range_agrees_with_lookup_in_any(void)
{
	struct tally t = { "range", 0, 0 };
	size_t i;

	for (i = 0; i < VALUE_COUNT; i++) {
		unsigned code = value_at(i);
		int range = dnsrcode_range(code);
		int has_entry = dnsrcode_lookup(code, DNSRCODE_CTX_ANY) != NULL;

		if (code > 65535) {
			check(&t, range == DNSRCODE_ERANGE, code, DNSRCODE_CTX_ANY,
			      "range() of a value above 65535");
			continue;
		}
		check(&t, range >= DNSRCODE_RANGE_ASSIGNED && range <= DNSRCODE_RANGE_RESERVED,
		      code, DNSRCODE_CTX_ANY, "range() is not a range class");
		check(&t, (range == DNSRCODE_RANGE_ASSIGNED) == has_entry, code, DNSRCODE_CTX_ANY,
		      "range() disagrees with lookup()");
	}
	finish(&t);
}

static const struct test_case tests[] = {
	TEST_CASE(test_fits_matches_the_field_widths),
	TEST_CASE(test_lookup_finds_exactly_assigned_codes_that_fit),
	TEST_CASE(test_to_text_is_the_lookup_mnemonic),
	TEST_CASE(test_format_mnemonic_parses_back),
	TEST_CASE(test_format_name_parses_back),
	TEST_CASE(test_format_mnemonic_is_to_text_or_generic),
	TEST_CASE(test_format_description_succeeds_iff_fits),
	TEST_CASE(test_format_full_succeeds_iff_fits),
	TEST_CASE(test_range_agrees_with_lookup_in_any),
	TEST_END,
};

int
main(void)
{
	int status = run_suite("exhaustive", tests);

	printf("exhaustive: %lu checks over %zu values x %d contexts\n", total_checks,
	       (size_t)VALUE_COUNT, CTX_COUNT);
	return status;
}
