/*
 * test_parse.c - RCODE text to value: every accepted spelling, and every
 * refusal with its own error and the output left alone.
 */
#include "config.h"

#include "dnsrcode.h"
#include "testutil.h"

/* Written to the output before each call: an error must not change it. */
#define UNTOUCHED 4242u

enum parser { LENIENT, STRICT };

static const char *const parser_names[] = { "dnsrcode_parse", "dnsrcode_parse_strict" };

static void
check_parse(enum parser p, const char *text, size_t len, dnsrcode_context ctx, int want_rc,
            unsigned want_code, unsigned line)
{
	uint16_t code = UNTOUCHED;
	unsigned want = want_rc == DNSRCODE_OK ? want_code : UNTOUCHED;
	int rc, ok;

	if (p == STRICT)
		rc = dnsrcode_parse_strict(text, len, ctx, &code);
	else
		rc = dnsrcode_parse(text, len, ctx, &code);
	ok = rc == want_rc && code == want;
	if (!ok)
		fprintf(stderr,
		        "\n%s:%u: %s(\"%.*s\", %zu, ctx %d) = %d, code %u; want %d, code %u\n",
		        __FILE__, line, parser_names[p], text == NULL ? 6 : (int)len,
		        text == NULL ? "(null)" : text, len, (int)ctx, rc, (unsigned)code, want_rc,
		        want);
	CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, line, "parse result and output", __FILE__,
	                        "", CU_FALSE);
}

/* Both parsers agree on everything but aliases. */
#define PARSES_LEN(text, len, ctx, want) \
	do { \
		check_parse(LENIENT, (text), (len), (ctx), DNSRCODE_OK, (want), __LINE__); \
		check_parse(STRICT, (text), (len), (ctx), DNSRCODE_OK, (want), __LINE__); \
	} while (0)
#define PARSES(text, ctx, want) PARSES_LEN((text), strlen(text), (ctx), (want))
#define FAILS_LEN(text, len, ctx, err) \
	do { \
		check_parse(LENIENT, (text), (len), (ctx), (err), 0, __LINE__); \
		check_parse(STRICT, (text), (len), (ctx), (err), 0, __LINE__); \
	} while (0)
#define FAILS(text, ctx, err) FAILS_LEN((text), strlen(text), (ctx), (err))
#define ALIAS(text, ctx, want) \
	do { \
		check_parse(LENIENT, (text), strlen(text), (ctx), DNSRCODE_OK, (want), __LINE__); \
		check_parse(STRICT, (text), strlen(text), (ctx), DNSRCODE_EALIAS, 0, __LINE__); \
	} while (0)

#define ANY DNSRCODE_CTX_ANY

/* ------------------------------------------------------- accepted */

static void
test_parse_accepts_every_name_and_mnemonic_in_any_case(void)
{
	const dnsrcode_info *info;

	for (info = dnsrcode_next(NULL); info != NULL; info = dnsrcode_next(info)) {
		const char *texts[2] = { dnsrcode_info_name(info), dnsrcode_info_mnemonic(info) };
		unsigned want = dnsrcode_info_code(info);
		size_t t;

		for (t = 0; t < 2; t++) {
			char lower[32], upper[32], mixed[32];

			case_variants(texts[t], lower, upper, mixed, 0);
			PARSES(texts[t], ANY, want);
			PARSES(lower, ANY, want);
			PARSES(upper, ANY, want);
			PARSES(mixed, ANY, want);
		}
	}
}

static void
test_parse_accepts_iana_spellings(void)
{
	PARSES("NXDomain", ANY, 3);
	PARSES("nxdomain", ANY, 3);
	PARSES("NoError", DNSRCODE_CTX_HEADER, 0);
	PARSES("DSOTYPENI", ANY, 11);
	PARSES("BadCookie", DNSRCODE_CTX_EDNS, 23);
}

static void
test_parse_badsig_and_badvers_both_give_16(void)
{
	PARSES("BADSIG", ANY, 16);
	PARSES("BADVERS", ANY, 16);
	PARSES("badsig", DNSRCODE_CTX_TSIG, 16);
	PARSES("BadVers", DNSRCODE_CTX_EDNS, 16);
}

static void
test_parse_notauth_gives_9_in_every_context(void)
{
	PARSES("NOTAUTH", ANY, 9);
	PARSES("NotAuth", DNSRCODE_CTX_HEADER, 9);
	PARSES("notauth", DNSRCODE_CTX_TSIG, 9);
}

/* Parsing checks the width of the field, not which row the value means
 * there: BADSIG is 16 in EDNS too. */
static void
test_parse_checks_width_not_meaning(void)
{
	PARSES("BADSIG", DNSRCODE_CTX_EDNS, 16);
	PARSES("BADCOOKIE", DNSRCODE_CTX_TSIG, 23);
	PARSES("BADTIME", DNSRCODE_CTX_EDNS, 18);
}

static void
test_parse_accepts_decimals(void)
{
	PARSES("0", ANY, 0);
	PARSES("3", ANY, 3);
	PARSES("16", ANY, 16);
	PARSES("4095", ANY, 4095);
	PARSES("65535", ANY, 65535);
	PARSES("12", DNSRCODE_CTX_HEADER, 12);
}

static void
test_parse_accepts_every_decimal_up_to_65535(void)
{
	unsigned v, failures = 0;

	for (v = 0; v <= 65535; v++) {
		char text[8];
		uint16_t code = UNTOUCHED;
		int n = snprintf(text, sizeof(text), "%u", v);
		int rc = dnsrcode_parse(text, (size_t)n, ANY, &code);
		int rc_strict;
		uint16_t code_strict = UNTOUCHED;

		rc_strict = dnsrcode_parse_strict(text, (size_t)n, ANY, &code_strict);
		if (rc != DNSRCODE_OK || code != v || rc_strict != DNSRCODE_OK ||
		    code_strict != v) {
			if (failures++ == 0)
				fprintf(stderr, "\nparse(\"%s\") = %d/%u, strict %d/%u\n", text, rc,
				        (unsigned)code, rc_strict, (unsigned)code_strict);
		}
	}
	CU_ASSERT_EQUAL(failures, 0);
}

static void
test_parse_accepts_leading_zeros(void)
{
	PARSES("00", ANY, 0);
	PARSES("003", ANY, 3);
	PARSES("015", DNSRCODE_CTX_HEADER, 15);
	PARSES("065535", ANY, 65535);
	/* Many zeros are not a large number. */
	PARSES("000000000000000000000000000016", ANY, 16);
}

static void
test_parse_accepts_rcode_prefix_in_any_case(void)
{
	PARSES("RCODE3", ANY, 3);
	PARSES("rcode3", ANY, 3);
	PARSES("RCode12", ANY, 12);
	PARSES("rCoDe65535", ANY, 65535);
	PARSES("RCODE0", DNSRCODE_CTX_HEADER, 0);
	PARSES("RCODE007", ANY, 7);
	PARSES("RCODE3841", DNSRCODE_CTX_EDNS, 3841);
}

static void
test_parse_accepts_notimpl_alias(void)
{
	ALIAS("NOTIMPL", ANY, 4);
	ALIAS("notimpl", DNSRCODE_CTX_HEADER, 4);
	ALIAS("NotImpl", DNSRCODE_CTX_EDNS, 4);
}

static void
test_parse_accepts_bind_reserved_aliases(void)
{
	ALIAS("RESERVED11", ANY, 11);
	ALIAS("RESERVED12", ANY, 12);
	ALIAS("reserved13", ANY, 13);
	ALIAS("Reserved14", DNSRCODE_CTX_EDNS, 14);
	ALIAS("RESERVED15", DNSRCODE_CTX_HEADER, 15);
}

/* c-ares prints 11 as DSOTYPEI (ares_dns_rcode_tostr(), adig). */
static void
test_parse_accepts_c_ares_dsotypei_alias(void)
{
	ALIAS("DSOTYPEI", ANY, 11);
	ALIAS("dsotypei", DNSRCODE_CTX_HEADER, 11);
}

static void
test_parse_honours_len_shorter_than_the_string(void)
{
	PARSES_LEN("NXDOMAINxyz", 8, ANY, 3);
	PARSES_LEN("345", 1, ANY, 3);
	PARSES_LEN("RCODE12junk", 7, ANY, 12);
	PARSES_LEN("16 and more", 2, DNSRCODE_CTX_EDNS, 16);
}

/* ------------------------------------------------------- refused */

static void
test_parse_rejects_null_text(void)
{
	FAILS_LEN(NULL, 0, ANY, DNSRCODE_EINVAL);
	FAILS_LEN(NULL, 3, ANY, DNSRCODE_EINVAL);
}

static void
test_parse_rejects_null_output(void)
{
	CU_ASSERT_EQUAL(dnsrcode_parse("3", 1, ANY, NULL), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(dnsrcode_parse_strict("3", 1, ANY, NULL), DNSRCODE_EINVAL);
}

static void
test_parse_rejects_invalid_context(void)
{
	FAILS("3", (dnsrcode_context)5, DNSRCODE_EINVAL);
	FAILS("NXDOMAIN", (dnsrcode_context)99, DNSRCODE_EINVAL);
	FAILS("", (dnsrcode_context)-1, DNSRCODE_EINVAL);
}

static void
test_parse_rejects_empty_text(void)
{
	FAILS("", ANY, DNSRCODE_EEMPTY);
	FAILS_LEN("NXDOMAIN", 0, ANY, DNSRCODE_EEMPTY);
}

static void
test_parse_rejects_sign(void)
{
	FAILS("+3", ANY, DNSRCODE_ESIGN);
	FAILS("-1", ANY, DNSRCODE_ESIGN);
	FAILS("-0", ANY, DNSRCODE_ESIGN);
	FAILS("+NXDOMAIN", ANY, DNSRCODE_ESIGN);
	FAILS("-", ANY, DNSRCODE_ESIGN);
}

static void
test_parse_rejects_leading_space(void)
{
	FAILS(" 3", ANY, DNSRCODE_ESPACE);
	FAILS("\t3", ANY, DNSRCODE_ESPACE);
	FAILS(" NXDOMAIN", ANY, DNSRCODE_ESPACE);
}

static void
test_parse_rejects_trailing_space(void)
{
	FAILS("3 ", ANY, DNSRCODE_ESPACE);
	FAILS("NXDOMAIN\n", ANY, DNSRCODE_ESPACE);
	FAILS("RCODE3\r", ANY, DNSRCODE_ESPACE);
}

static void
test_parse_rejects_inner_space(void)
{
	FAILS("NX DOMAIN", ANY, DNSRCODE_ESPACE);
	FAILS("RCODE 3", ANY, DNSRCODE_ESPACE);
	FAILS("1 6", ANY, DNSRCODE_ESPACE);
}

static void
test_parse_rejects_trailing_characters_after_a_number(void)
{
	FAILS("3x", ANY, DNSRCODE_ETRAILING);
	FAILS("0x10", ANY, DNSRCODE_ETRAILING);
	FAILS("16.", ANY, DNSRCODE_ETRAILING);
	FAILS("3-", ANY, DNSRCODE_ETRAILING);
}

static void
test_parse_rejects_trailing_characters_after_rcode_number(void)
{
	FAILS("RCODE3x", ANY, DNSRCODE_ETRAILING);
	FAILS("rcode12.", ANY, DNSRCODE_ETRAILING);
}

static void
test_parse_rejects_trailing_characters_after_a_name(void)
{
	FAILS("NXDOMAIN.", ANY, DNSRCODE_ETRAILING);
	FAILS("badsig-", ANY, DNSRCODE_ETRAILING);
}

static void
test_parse_rejects_unknown_names(void)
{
	FAILS("FOO", ANY, DNSRCODE_EUNKNOWN);
	FAILS("RCODE", ANY, DNSRCODE_EUNKNOWN);
	FAILS("rcodex", ANY, DNSRCODE_EUNKNOWN);
	FAILS("NXDOMAINS", ANY, DNSRCODE_EUNKNOWN);
	FAILS("NOTIMPLEMENTED", ANY, DNSRCODE_EUNKNOWN);
	FAILS("RESERVED16", ANY, DNSRCODE_EUNKNOWN);
}

static void
test_parse_rejects_hyphen_with_esyntax(void)
{
	FAILS("NX-DOMAIN", ANY, DNSRCODE_ESYNTAX);
	FAILS("DSO-TYPENI", ANY, DNSRCODE_ESYNTAX);
}

static void
test_parse_rejects_non_ascii_with_esyntax(void)
{
	FAILS("\xc3\xa9", ANY, DNSRCODE_ESYNTAX);
	FAILS("NXD\xc3\x94MAIN", ANY, DNSRCODE_ESYNTAX);
	FAILS("\xff", ANY, DNSRCODE_ESYNTAX);
	/* The last byte folds like 'I' plus 64: DSOTYPENI's hash slot and
	 * first 8 bytes, a different tail. */
	FAILS("DSOTYPEN\xa9", ANY, DNSRCODE_ESYNTAX);
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name("DSOTYPEN\xa9", 9));
}

static void
test_parse_rejects_embedded_nul_with_esyntax(void)
{
	FAILS_LEN("3\0", 2, ANY, DNSRCODE_ESYNTAX);
	FAILS_LEN("NXDOMAIN\0x", 10, ANY, DNSRCODE_ESYNTAX);
	FAILS_LEN("\0", 1, ANY, DNSRCODE_ESYNTAX);
	FAILS_LEN("RCODE3\0", 7, ANY, DNSRCODE_ESYNTAX);
}

static void
test_parse_rejects_values_above_65535(void)
{
	FAILS("65536", ANY, DNSRCODE_ERANGE);
	FAILS("100000", DNSRCODE_CTX_TSIG, DNSRCODE_ERANGE);
	FAILS("123456789012345678901234567890", ANY, DNSRCODE_ERANGE);
	/* 2^32 + 3 must not wrap around to 3. */
	FAILS("4294967299", ANY, DNSRCODE_ERANGE);
	FAILS("RCODE65536", ANY, DNSRCODE_ERANGE);
	FAILS("RCODE99999999999999999999", ANY, DNSRCODE_ERANGE);
}

static void
test_parse_rejects_values_outside_the_header(void)
{
	FAILS("16", DNSRCODE_CTX_HEADER, DNSRCODE_ERANGE);
	FAILS("BADVERS", DNSRCODE_CTX_HEADER, DNSRCODE_ERANGE);
	FAILS("BADSIG", DNSRCODE_CTX_HEADER, DNSRCODE_ERANGE);
	FAILS("BADCOOKIE", DNSRCODE_CTX_HEADER, DNSRCODE_ERANGE);
	FAILS("RCODE16", DNSRCODE_CTX_HEADER, DNSRCODE_ERANGE);
	PARSES("15", DNSRCODE_CTX_HEADER, 15);
}

static void
test_parse_rejects_values_outside_edns(void)
{
	FAILS("4096", DNSRCODE_CTX_EDNS, DNSRCODE_ERANGE);
	FAILS("RCODE4096", DNSRCODE_CTX_EDNS, DNSRCODE_ERANGE);
	FAILS("65535", DNSRCODE_CTX_EDNS, DNSRCODE_ERANGE);
	PARSES("4095", DNSRCODE_CTX_EDNS, 4095);
}

/* --------------------------------------- which error wins (classify_bad) */

static void
test_parse_nul_beats_every_other_error(void)
{
	FAILS_LEN("+3\0", 3, ANY, DNSRCODE_ESYNTAX);
	FAILS_LEN(" \0", 2, ANY, DNSRCODE_ESYNTAX);
	FAILS_LEN("3x\0", 3, ANY, DNSRCODE_ESYNTAX);
}

static void
test_parse_sign_beats_space(void)
{
	FAILS("+ 3", ANY, DNSRCODE_ESIGN);
	FAILS("-1 ", ANY, DNSRCODE_ESIGN);
}

static void
test_parse_space_beats_trailing(void)
{
	FAILS("3x ", ANY, DNSRCODE_ESPACE);
	FAILS("NXDOMAIN. ", ANY, DNSRCODE_ESPACE);
}

/* A number or a whole name followed by a bad byte is "trailing"; only
 * text that starts neither way is a syntax error. */
static void
test_parse_number_or_name_prefix_beats_syntax(void)
{
	FAILS("3\xff", ANY, DNSRCODE_ETRAILING);
	FAILS("RCODE3-", ANY, DNSRCODE_ETRAILING);
	FAILS("NXDOMAIN\xc3\xa9", ANY, DNSRCODE_ETRAILING);
	FAILS("NXDOMAINX-", ANY, DNSRCODE_ESYNTAX);
}

static void
test_parse_range_is_checked_after_the_text(void)
{
	FAILS("16x", DNSRCODE_CTX_HEADER, DNSRCODE_ETRAILING);
	FAILS("65536 ", ANY, DNSRCODE_ESPACE);
}

static void
test_parse_strict_refuses_alias_before_range(void)
{
	check_parse(STRICT, LIT("RESERVED15"), DNSRCODE_CTX_HEADER, DNSRCODE_EALIAS, 0, __LINE__);
	check_parse(STRICT, LIT("NOTIMPL"), DNSRCODE_CTX_HEADER, DNSRCODE_EALIAS, 0, __LINE__);
}

static const struct test_case tests[] = {
	TEST_CASE(test_parse_accepts_every_name_and_mnemonic_in_any_case),
	TEST_CASE(test_parse_accepts_iana_spellings),
	TEST_CASE(test_parse_badsig_and_badvers_both_give_16),
	TEST_CASE(test_parse_notauth_gives_9_in_every_context),
	TEST_CASE(test_parse_checks_width_not_meaning),
	TEST_CASE(test_parse_accepts_decimals),
	TEST_CASE(test_parse_accepts_every_decimal_up_to_65535),
	TEST_CASE(test_parse_accepts_leading_zeros),
	TEST_CASE(test_parse_accepts_rcode_prefix_in_any_case),
	TEST_CASE(test_parse_accepts_notimpl_alias),
	TEST_CASE(test_parse_accepts_bind_reserved_aliases),
	TEST_CASE(test_parse_accepts_c_ares_dsotypei_alias),
	TEST_CASE(test_parse_honours_len_shorter_than_the_string),
	TEST_CASE(test_parse_rejects_null_text),
	TEST_CASE(test_parse_rejects_null_output),
	TEST_CASE(test_parse_rejects_invalid_context),
	TEST_CASE(test_parse_rejects_empty_text),
	TEST_CASE(test_parse_rejects_sign),
	TEST_CASE(test_parse_rejects_leading_space),
	TEST_CASE(test_parse_rejects_trailing_space),
	TEST_CASE(test_parse_rejects_inner_space),
	TEST_CASE(test_parse_rejects_trailing_characters_after_a_number),
	TEST_CASE(test_parse_rejects_trailing_characters_after_rcode_number),
	TEST_CASE(test_parse_rejects_trailing_characters_after_a_name),
	TEST_CASE(test_parse_rejects_unknown_names),
	TEST_CASE(test_parse_rejects_hyphen_with_esyntax),
	TEST_CASE(test_parse_rejects_non_ascii_with_esyntax),
	TEST_CASE(test_parse_rejects_embedded_nul_with_esyntax),
	TEST_CASE(test_parse_rejects_values_above_65535),
	TEST_CASE(test_parse_rejects_values_outside_the_header),
	TEST_CASE(test_parse_rejects_values_outside_edns),
	TEST_CASE(test_parse_nul_beats_every_other_error),
	TEST_CASE(test_parse_sign_beats_space),
	TEST_CASE(test_parse_space_beats_trailing),
	TEST_CASE(test_parse_number_or_name_prefix_beats_syntax),
	TEST_CASE(test_parse_range_is_checked_after_the_text),
	TEST_CASE(test_parse_strict_refuses_alias_before_range),
	TEST_END,
};

int
main(void)
{
	return run_suite("parse", tests);
}
