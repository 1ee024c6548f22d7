/*
 * test_format.c - RCODE value to text: the four styles, unassigned
 * values, snprintf() semantics and errors that leave the buffer alone.
 */
#include "config.h"

#include <limits.h>

#include "dnsrcode.h"
#include "testutil.h"

#define PATTERN 0x5a
#define GUARD 16

static const int styles[] = {
	DNSRCODE_FMT_MNEMONIC,
	DNSRCODE_FMT_NAME,
	DNSRCODE_FMT_DESCRIPTION,
	DNSRCODE_FMT_FULL,
};

static void
check_format(unsigned code, dnsrcode_context ctx, int style, const char *want, unsigned line)
{
	char buf[128];
	int rc;

	memset(buf, PATTERN, sizeof(buf));
	rc = dnsrcode_format(buf, sizeof(buf), code, ctx, style);
	if (rc != (int)strlen(want))
		fprintf(stderr, "\n%s:%u: format(%u, ctx %d, style %d) = %d, want %zu\n", __FILE__,
		        line, code, (int)ctx, style, rc, strlen(want));
	CU_assertImplementation(rc == (int)strlen(want) ? CU_TRUE : CU_FALSE, line,
	                        "format returns the text's length", __FILE__, "", CU_FALSE);
	check_str(rc < 0 ? NULL : buf, want, 1, "format text", line, __FILE__, "");
}

#define FORMATS(code, ctx, style, want) check_format((code), (ctx), (style), (want), __LINE__)

/* An error returns @p err and writes nothing at all. */
static void
check_error(unsigned code, dnsrcode_context ctx, int style, int err, unsigned line)
{
	char buf[64], pattern[64];
	int rc;

	memset(buf, PATTERN, sizeof(buf));
	memset(pattern, PATTERN, sizeof(pattern));
	rc = dnsrcode_format(buf, sizeof(buf), code, ctx, style);
	if (rc != err)
		fprintf(stderr, "\n%s:%u: format(%u, ctx %d, style %d) = %d, want %d\n", __FILE__,
		        line, code, (int)ctx, style, rc, err);
	CU_assertImplementation(rc == err ? CU_TRUE : CU_FALSE, line, "format error", __FILE__, "",
	                        CU_FALSE);
	CU_assertImplementation(memcmp(buf, pattern, sizeof(buf)) == 0 ? CU_TRUE : CU_FALSE, line,
	                        "buffer untouched on error", __FILE__, "", CU_FALSE);
}

#define FORMAT_FAILS(code, ctx, style, err) check_error((code), (ctx), (style), (err), __LINE__)

/* ---------------------------------------------------- assigned codes */

static void
test_format_mnemonic_of_assigned_code(void)
{
	FORMATS(3, DNSRCODE_CTX_HEADER, DNSRCODE_FMT_MNEMONIC, "NXDOMAIN");
	FORMATS(0, DNSRCODE_CTX_ANY, DNSRCODE_FMT_MNEMONIC, "NOERROR");
	FORMATS(23, DNSRCODE_CTX_EDNS, DNSRCODE_FMT_MNEMONIC, "BADCOOKIE");
}

static void
test_format_name_of_assigned_code(void)
{
	FORMATS(3, DNSRCODE_CTX_HEADER, DNSRCODE_FMT_NAME, "NXDomain");
	FORMATS(7, DNSRCODE_CTX_ANY, DNSRCODE_FMT_NAME, "YXRRSet");
}

static void
test_format_description_of_assigned_code(void)
{
	FORMATS(3, DNSRCODE_CTX_HEADER, DNSRCODE_FMT_DESCRIPTION, "Non-Existent Domain");
	FORMATS(23, DNSRCODE_CTX_ANY, DNSRCODE_FMT_DESCRIPTION, "Bad/missing Server Cookie");
}

static void
test_format_full_of_assigned_code(void)
{
	FORMATS(3, DNSRCODE_CTX_HEADER, DNSRCODE_FMT_FULL,
	        "NXDOMAIN (3): Non-Existent Domain [RFC1035]");
	FORMATS(0, DNSRCODE_CTX_TSIG, DNSRCODE_FMT_FULL, "NOERROR (0): No Error [RFC1035]");
}

static void
test_format_full_brackets_each_reference(void)
{
	FORMATS(6, DNSRCODE_CTX_ANY, DNSRCODE_FMT_FULL,
	        "YXDOMAIN (6): Name Exists when it should not [RFC2136][RFC6672]");
}

static void
test_format_16_follows_the_context(void)
{
	FORMATS(16, DNSRCODE_CTX_TSIG, DNSRCODE_FMT_FULL,
	        "BADSIG (16): TSIG Signature Failure [RFC8945]");
	FORMATS(16, DNSRCODE_CTX_TKEY, DNSRCODE_FMT_MNEMONIC, "BADSIG");
	FORMATS(16, DNSRCODE_CTX_ANY, DNSRCODE_FMT_FULL, "BADVERS (16): Bad OPT Version [RFC6891]");
	FORMATS(16, DNSRCODE_CTX_EDNS, DNSRCODE_FMT_NAME, "BADVERS");
}

static void
test_format_9_follows_the_context(void)
{
	FORMATS(9, DNSRCODE_CTX_TSIG, DNSRCODE_FMT_FULL, "NOTAUTH (9): Not Authorized [RFC8945]");
	FORMATS(9, DNSRCODE_CTX_HEADER, DNSRCODE_FMT_DESCRIPTION,
	        "Server Not Authoritative for zone");
}

/* --------------------------------------------------- unassigned codes */

static void
test_format_unassigned_as_rcode_number(void)
{
	FORMATS(12, DNSRCODE_CTX_HEADER, DNSRCODE_FMT_MNEMONIC, "RCODE12");
	FORMATS(12, DNSRCODE_CTX_HEADER, DNSRCODE_FMT_NAME, "RCODE12");
	FORMATS(12, DNSRCODE_CTX_HEADER, DNSRCODE_FMT_DESCRIPTION, "Unassigned");
	FORMATS(12, DNSRCODE_CTX_HEADER, DNSRCODE_FMT_FULL, "RCODE12 (12): Unassigned");
	FORMATS(4096, DNSRCODE_CTX_ANY, DNSRCODE_FMT_FULL, "RCODE4096 (4096): Unassigned");
	FORMATS(3840, DNSRCODE_CTX_EDNS, DNSRCODE_FMT_MNEMONIC, "RCODE3840");
}

static void
test_format_unassigned_has_text_in_every_context(void)
{
	/* Whatever fits the context prints, so it can be parsed back. */
	FORMATS(15, DNSRCODE_CTX_HEADER, DNSRCODE_FMT_MNEMONIC, "RCODE15");
	FORMATS(24, DNSRCODE_CTX_TSIG, DNSRCODE_FMT_NAME, "RCODE24");
}

static void
test_format_private_use(void)
{
	FORMATS(3841, DNSRCODE_CTX_EDNS, DNSRCODE_FMT_MNEMONIC, "RCODE3841");
	FORMATS(3841, DNSRCODE_CTX_EDNS, DNSRCODE_FMT_DESCRIPTION, "Reserved for Private Use");
	FORMATS(3841, DNSRCODE_CTX_EDNS, DNSRCODE_FMT_FULL,
	        "RCODE3841 (3841): Reserved for Private Use [RFC6895]");
	FORMATS(4095, DNSRCODE_CTX_ANY, DNSRCODE_FMT_DESCRIPTION, "Reserved for Private Use");
}

static void
test_format_reserved_65535(void)
{
	FORMATS(65535, DNSRCODE_CTX_ANY, DNSRCODE_FMT_MNEMONIC, "RCODE65535");
	FORMATS(65535, DNSRCODE_CTX_TSIG, DNSRCODE_FMT_DESCRIPTION, "Reserved");
	FORMATS(65535, DNSRCODE_CTX_TKEY, DNSRCODE_FMT_FULL,
	        "RCODE65535 (65535): Reserved [RFC6895]");
}

/* --------------------------------------------------- snprintf() rules */

static void
test_format_measures_with_null_buffer_and_size_0(void)
{
	size_t s;

	CU_ASSERT_EQUAL(dnsrcode_format(NULL, 0, 3, DNSRCODE_CTX_ANY, DNSRCODE_FMT_FULL),
	                (int)strlen("NXDOMAIN (3): Non-Existent Domain [RFC1035]"));
	CU_ASSERT_EQUAL(dnsrcode_format(NULL, 0, 65535, DNSRCODE_CTX_ANY, DNSRCODE_FMT_MNEMONIC),
	                10);
	for (s = 0; s < sizeof(styles) / sizeof(styles[0]); s++) {
		char buf[128];
		int full = dnsrcode_format(buf, sizeof(buf), 6, DNSRCODE_CTX_ANY, styles[s]);

		CU_ASSERT(full > 0);
		CU_ASSERT_EQUAL(dnsrcode_format(NULL, 0, 6, DNSRCODE_CTX_ANY, styles[s]), full);
	}
}

static void
test_format_size_0_writes_nothing(void)
{
	char buf[8];
	int rc;

	memset(buf, PATTERN, sizeof(buf));
	rc = dnsrcode_format(buf, 0, 3, DNSRCODE_CTX_ANY, DNSRCODE_FMT_MNEMONIC);
	CU_ASSERT_EQUAL(rc, 8);
	CU_ASSERT_EQUAL((unsigned char)buf[0], PATTERN);
}

static void
test_format_size_1_writes_just_nul(void)
{
	char buf[8];
	int rc;

	memset(buf, PATTERN, sizeof(buf));
	rc = dnsrcode_format(buf, 1, 3, DNSRCODE_CTX_ANY, DNSRCODE_FMT_MNEMONIC);
	CU_ASSERT_EQUAL(rc, 8);
	CU_ASSERT_EQUAL(buf[0], '\0');
	CU_ASSERT_EQUAL((unsigned char)buf[1], PATTERN);
}

/* Every buffer size from 1 to one past the text: a NUL-terminated prefix,
 * nothing written at or after buf[size]. */
static void
check_truncation(unsigned code, dnsrcode_context ctx, int style)
{
	char full[128];
	int len = dnsrcode_format(full, sizeof(full), code, ctx, style);
	size_t size;
	unsigned failures = 0;

	CU_ASSERT_FATAL(len > 0 && (size_t)len < sizeof(full));
	for (size = 1; size <= (size_t)len + 1; size++) {
		char buf[128 + GUARD];
		size_t keep = size - 1, i;
		int rc, ok;

		memset(buf, PATTERN, sizeof(buf));
		rc = dnsrcode_format(buf, size, code, ctx, style);
		ok = rc == len && buf[keep] == '\0' && memcmp(buf, full, keep) == 0;
		for (i = size; i < size + GUARD; i++)
			if ((unsigned char)buf[i] != PATTERN)
				ok = 0;
		if (!ok && failures++ == 0)
			fprintf(stderr,
			        "\nformat(%u, ctx %d, style %d) into %zu bytes: rc %d, \"%.*s\"\n",
			        code, (int)ctx, style, size, rc, (int)keep, buf);
	}
	CU_ASSERT_EQUAL(failures, 0);
}

static void
test_format_truncates_every_style_at_every_size(void)
{
	size_t s;

	for (s = 0; s < sizeof(styles) / sizeof(styles[0]); s++) {
		check_truncation(6, DNSRCODE_CTX_ANY, styles[s]);
		check_truncation(16, DNSRCODE_CTX_TSIG, styles[s]);
		check_truncation(12, DNSRCODE_CTX_HEADER, styles[s]);
		check_truncation(3841, DNSRCODE_CTX_EDNS, styles[s]);
		check_truncation(65535, DNSRCODE_CTX_ANY, styles[s]);
	}
}

/* ------------------------------------------------------------ errors */

static void
test_format_rejects_unknown_style(void)
{
	FORMAT_FAILS(3, DNSRCODE_CTX_ANY, -1, DNSRCODE_EINVAL);
	FORMAT_FAILS(3, DNSRCODE_CTX_ANY, 4, DNSRCODE_EINVAL);
	FORMAT_FAILS(3, DNSRCODE_CTX_ANY, 99, DNSRCODE_EINVAL);
	FORMAT_FAILS(3, DNSRCODE_CTX_ANY, INT_MIN, DNSRCODE_EINVAL);
}

static void
test_format_rejects_invalid_context(void)
{
	FORMAT_FAILS(3, (dnsrcode_context)5, DNSRCODE_FMT_MNEMONIC, DNSRCODE_EINVAL);
	FORMAT_FAILS(3, (dnsrcode_context)99, DNSRCODE_FMT_FULL, DNSRCODE_EINVAL);
	FORMAT_FAILS(3, (dnsrcode_context)-1, DNSRCODE_FMT_NAME, DNSRCODE_EINVAL);
}

static void
test_format_rejects_null_buffer_with_size(void)
{
	CU_ASSERT_EQUAL(dnsrcode_format(NULL, 1, 3, DNSRCODE_CTX_ANY, DNSRCODE_FMT_MNEMONIC),
	                DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(dnsrcode_format(NULL, 64, 3, DNSRCODE_CTX_ANY, DNSRCODE_FMT_FULL),
	                DNSRCODE_EINVAL);
}

static void
test_format_rejects_code_outside_the_context(void)
{
	size_t s;

	for (s = 0; s < sizeof(styles) / sizeof(styles[0]); s++) {
		FORMAT_FAILS(16, DNSRCODE_CTX_HEADER, styles[s], DNSRCODE_ERANGE);
		FORMAT_FAILS(4096, DNSRCODE_CTX_EDNS, styles[s], DNSRCODE_ERANGE);
		FORMAT_FAILS(65536, DNSRCODE_CTX_ANY, styles[s], DNSRCODE_ERANGE);
		FORMAT_FAILS(65536, DNSRCODE_CTX_TSIG, styles[s], DNSRCODE_ERANGE);
		FORMAT_FAILS(UINT_MAX, DNSRCODE_CTX_TKEY, styles[s], DNSRCODE_ERANGE);
	}
}

static void
test_format_range_error_also_when_measuring(void)
{
	CU_ASSERT_EQUAL(dnsrcode_format(NULL, 0, 16, DNSRCODE_CTX_HEADER, DNSRCODE_FMT_MNEMONIC),
	                DNSRCODE_ERANGE);
}

static void
test_format_bad_argument_beats_range(void)
{
	FORMAT_FAILS(16, DNSRCODE_CTX_HEADER, 99, DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(dnsrcode_format(NULL, 8, 16, DNSRCODE_CTX_HEADER, DNSRCODE_FMT_MNEMONIC),
	                DNSRCODE_EINVAL);
}

static const struct test_case tests[] = {
	TEST_CASE(test_format_mnemonic_of_assigned_code),
	TEST_CASE(test_format_name_of_assigned_code),
	TEST_CASE(test_format_description_of_assigned_code),
	TEST_CASE(test_format_full_of_assigned_code),
	TEST_CASE(test_format_full_brackets_each_reference),
	TEST_CASE(test_format_16_follows_the_context),
	TEST_CASE(test_format_9_follows_the_context),
	TEST_CASE(test_format_unassigned_as_rcode_number),
	TEST_CASE(test_format_unassigned_has_text_in_every_context),
	TEST_CASE(test_format_private_use),
	TEST_CASE(test_format_reserved_65535),
	TEST_CASE(test_format_measures_with_null_buffer_and_size_0),
	TEST_CASE(test_format_size_0_writes_nothing),
	TEST_CASE(test_format_size_1_writes_just_nul),
	TEST_CASE(test_format_truncates_every_style_at_every_size),
	TEST_CASE(test_format_rejects_unknown_style),
	TEST_CASE(test_format_rejects_invalid_context),
	TEST_CASE(test_format_rejects_null_buffer_with_size),
	TEST_CASE(test_format_rejects_code_outside_the_context),
	TEST_CASE(test_format_range_error_also_when_measuring),
	TEST_CASE(test_format_bad_argument_beats_range),
	TEST_END,
};

int
main(void)
{
	return run_suite("format", tests);
}
