/*
 * test_wire.c - the extended RCODE on the wire (RFC 6891 §6.1.3) and the
 * status a response carries (RFC 8945 §5.2.1-5.2.4).
 */
#include "config.h"

#include <limits.h>

#include "dnsrcode.h"
#include "testutil.h"

/* Header flags and OPT TTL bits that are not the RCODE: QR, opcode 5
 * (UPDATE), AA, TC, RD, RA, Z, AD, CD; EDNS version 1 and the DO bit. */
#define OTHER_FLAGS 0xaff0u
#define OTHER_TTL 0x00018000u

/* dnspython's dns.rcode.from_flags(), written as it is there. */
static unsigned
dnspython_from_flags(unsigned flags, unsigned long ednsflags)
{
	return (flags & 0xf) | ((ednsflags >> 20) & 0xff0);
}

/* --------------------------------------------------- combine / split */

static void
test_combine_puts_ext_bits_above_the_header(void)
{
	unsigned h, e, failures = 0;

	for (e = 0; e <= 255; e++)
		for (h = 0; h <= 15; h++)
			if (dnsrcode_combine(h, e) != (e << 4 | h) && failures++ == 0)
				fprintf(stderr, "\ncombine(%u, %u) = %u\n", h, e,
				        (unsigned)dnsrcode_combine(h, e));
	CU_ASSERT_EQUAL(failures, 0);
	CU_ASSERT_EQUAL(dnsrcode_combine(0, 1), 16);
	CU_ASSERT_EQUAL(dnsrcode_combine(7, 1), 23);
}

static void
test_split_and_combine_round_trip_every_12_bit_code(void)
{
	unsigned code, failures = 0;

	for (code = 0; code <= 4095; code++) {
		uint8_t h = 0xee, e = 0xee;
		int rc = dnsrcode_split(code, &h, &e);

		if ((rc != DNSRCODE_OK || h > 15 || h != (code & 0xf) || e != code >> 4 ||
		     dnsrcode_combine(h, e) != code) &&
		    failures++ == 0)
			fprintf(stderr, "\nsplit(%u) = %d: %u, %u\n", code, rc, h, e);
	}
	CU_ASSERT_EQUAL(failures, 0);
}

static void
test_combine_rejects_header_above_15(void)
{
	CU_ASSERT_EQUAL(dnsrcode_combine(16, 0), DNSRCODE_NO_CODE);
	CU_ASSERT_EQUAL(dnsrcode_combine(16, 255), DNSRCODE_NO_CODE);
	CU_ASSERT_EQUAL(dnsrcode_combine(UINT_MAX, 0), DNSRCODE_NO_CODE);
}

static void
test_combine_rejects_ext_above_255(void)
{
	CU_ASSERT_EQUAL(dnsrcode_combine(0, 256), DNSRCODE_NO_CODE);
	CU_ASSERT_EQUAL(dnsrcode_combine(15, 256), DNSRCODE_NO_CODE);
	CU_ASSERT_EQUAL(dnsrcode_combine(0, UINT_MAX), DNSRCODE_NO_CODE);
}

static void
test_split_rejects_codes_above_4095(void)
{
	static const unsigned codes[] = { 4096, 65535, 65536, UINT_MAX };
	size_t i;

	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		uint8_t h = 0xee, e = 0xdd;

		CU_ASSERT_EQUAL(dnsrcode_split(codes[i], &h, &e), DNSRCODE_ERANGE);
		CU_ASSERT_EQUAL(h, 0xee);
		CU_ASSERT_EQUAL(e, 0xdd);
	}
}

static void
test_split_rejects_null_outputs(void)
{
	uint8_t h = 0xee, e = 0xdd;

	CU_ASSERT_EQUAL(dnsrcode_split(23, NULL, &e), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(e, 0xdd);
	CU_ASSERT_EQUAL(dnsrcode_split(23, &h, NULL), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(h, 0xee);
	CU_ASSERT_EQUAL(dnsrcode_split(23, NULL, NULL), DNSRCODE_EINVAL);
	/* A NULL pointer is reported before the range. */
	CU_ASSERT_EQUAL(dnsrcode_split(4096, NULL, &e), DNSRCODE_EINVAL);
}

/* ---------------------------------------------------------- flags */

static void
test_from_flags_matches_dnspython_for_every_code(void)
{
	unsigned code, failures = 0;

	for (code = 0; code <= 4095; code++) {
		uint16_t flags = (uint16_t)(code & 0xf);
		uint32_t ttl = (uint32_t)(code >> 4) << 24;
		unsigned got = dnsrcode_from_flags(flags, ttl);

		if ((got != code || got != dnspython_from_flags(flags, ttl)) && failures++ == 0)
			fprintf(stderr, "\nfrom_flags(0x%04x, 0x%08lx) = %u, want %u\n",
			        (unsigned)flags, (unsigned long)ttl, got, code);
	}
	CU_ASSERT_EQUAL(failures, 0);
}

static void
test_from_flags_ignores_other_flag_and_ttl_bits(void)
{
	unsigned code, failures = 0;

	for (code = 0; code <= 4095; code++) {
		uint16_t flags = (uint16_t)(OTHER_FLAGS | (code & 0xf));
		uint32_t ttl = OTHER_TTL | (uint32_t)(code >> 4) << 24;
		uint16_t all_flags = (uint16_t)(0xfff0u | (code & 0xf));
		uint32_t all_ttl = 0x00ffffffu | (uint32_t)(code >> 4) << 24;

		if ((dnsrcode_from_flags(flags, ttl) != code ||
		     dnsrcode_from_flags(all_flags, all_ttl) != code ||
		     dnsrcode_from_flags(all_flags, all_ttl) !=
		             dnspython_from_flags(all_flags, all_ttl)) &&
		    failures++ == 0)
			fprintf(stderr, "\nfrom_flags with other bits set, code %u\n", code);
	}
	CU_ASSERT_EQUAL(failures, 0);
}

static void
test_from_flags_without_opt_is_the_header_rcode(void)
{
	CU_ASSERT_EQUAL(dnsrcode_from_flags(0x8183, 0), 3);
	CU_ASSERT_EQUAL(dnsrcode_from_flags(0xffff, 0), 15);
}

static void
test_to_flags_changes_only_the_rcode_bits(void)
{
	unsigned code, failures = 0;

	for (code = 0; code <= 4095; code++) {
		uint16_t flags = (uint16_t)(OTHER_FLAGS | 0x000f);
		uint32_t ttl = OTHER_TTL | 0xff000000u;
		int rc = dnsrcode_to_flags(code, &flags, &ttl);

		if ((rc != DNSRCODE_OK || (flags & 0xfff0u) != OTHER_FLAGS ||
		     (flags & 0xfu) != (code & 0xfu) || (ttl & 0x00ffffffu) != OTHER_TTL ||
		     ttl >> 24 != code >> 4) &&
		    failures++ == 0)
			fprintf(stderr, "\nto_flags(%u) = %d: 0x%04x, 0x%08lx\n", code, rc,
			        (unsigned)flags, (unsigned long)ttl);
	}
	CU_ASSERT_EQUAL(failures, 0);
}

static void
test_to_flags_round_trips_through_from_flags(void)
{
	unsigned code, failures = 0;

	for (code = 0; code <= 4095; code++) {
		uint16_t flags = 0x8400;   /* QR, AA */
		uint32_t ttl = 0x00008000; /* DO */

		if ((dnsrcode_to_flags(code, &flags, &ttl) != DNSRCODE_OK ||
		     dnsrcode_from_flags(flags, ttl) != code ||
		     dnspython_from_flags(flags, ttl) != code) &&
		    failures++ == 0)
			fprintf(stderr, "\nto_flags/from_flags(%u) gives %u\n", code,
			        (unsigned)dnsrcode_from_flags(flags, ttl));
	}
	CU_ASSERT_EQUAL(failures, 0);
}

static void
test_to_flags_rejects_codes_above_4095(void)
{
	uint16_t flags = 0x1234;
	uint32_t ttl = 0x56789abcu;

	CU_ASSERT_EQUAL(dnsrcode_to_flags(4096, &flags, &ttl), DNSRCODE_ERANGE);
	CU_ASSERT_EQUAL(dnsrcode_to_flags(65535, &flags, &ttl), DNSRCODE_ERANGE);
	CU_ASSERT_EQUAL(dnsrcode_to_flags(UINT_MAX, &flags, &ttl), DNSRCODE_ERANGE);
	CU_ASSERT_EQUAL(flags, 0x1234);
	CU_ASSERT_EQUAL(ttl, 0x56789abcu);
}

static void
test_to_flags_rejects_null_outputs(void)
{
	uint16_t flags = 0x1234;
	uint32_t ttl = 0x56789abcu;

	CU_ASSERT_EQUAL(dnsrcode_to_flags(23, NULL, &ttl), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(ttl, 0x56789abcu);
	CU_ASSERT_EQUAL(dnsrcode_to_flags(23, &flags, NULL), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(flags, 0x1234);
	CU_ASSERT_EQUAL(dnsrcode_to_flags(4096, NULL, NULL), DNSRCODE_EINVAL);
}

/* ------------------------------------------------------ effective */

struct status {
	int rc;
	unsigned code;
	dnsrcode_context ctx;
};

static struct status
effective(unsigned header, int has_opt, unsigned ext, int has_tsig, unsigned tsig_error)
{
	struct status s;
	uint16_t code = 4242;
	dnsrcode_context ctx = (dnsrcode_context)77;

	s.rc = dnsrcode_effective(header, has_opt, ext, has_tsig, tsig_error, &code, &ctx);
	s.code = code;
	s.ctx = ctx;
	return s;
}

#define ASSERT_STATUS(s, want_code, want_ctx) \
	do { \
		struct status s_ = (s); \
		CU_ASSERT_EQUAL(s_.rc, DNSRCODE_OK); \
		CU_ASSERT_EQUAL(s_.code, (want_code)); \
		CU_ASSERT_EQUAL(s_.ctx, (want_ctx)); \
	} while (0)

/* On error both outputs keep what effective() put there first. */
#define ASSERT_STATUS_ERROR(s, err) \
	do { \
		struct status s_ = (s); \
		CU_ASSERT_EQUAL(s_.rc, (err)); \
		CU_ASSERT_EQUAL(s_.code, 4242); \
		CU_ASSERT_EQUAL(s_.ctx, (dnsrcode_context)77); \
	} while (0)

static void
test_effective_without_opt_is_the_header_rcode(void)
{
	unsigned h;

	for (h = 0; h <= 15; h++)
		ASSERT_STATUS(effective(h, 0, 0, 0, 0), h, DNSRCODE_CTX_HEADER);
}

static void
test_effective_without_opt_ignores_ext_bits(void)
{
	ASSERT_STATUS(effective(0, 0, 1, 0, 0), 0, DNSRCODE_CTX_HEADER);
	ASSERT_STATUS(effective(3, 0, 255, 0, 0), 3, DNSRCODE_CTX_HEADER);
}

static void
test_effective_with_opt_adds_ext_bits(void)
{
	/* BADVERS: header 0, EXTENDED-RCODE 1. */
	ASSERT_STATUS(effective(0, 1, 1, 0, 0), 16, DNSRCODE_CTX_EDNS);
	/* BADCOOKIE: header 7, EXTENDED-RCODE 1. */
	ASSERT_STATUS(effective(7, 1, 1, 0, 0), 23, DNSRCODE_CTX_EDNS);
	ASSERT_STATUS(effective(3, 1, 0, 0, 0), 3, DNSRCODE_CTX_EDNS);
	ASSERT_STATUS(effective(15, 1, 255, 0, 0), 4095, DNSRCODE_CTX_EDNS);
}

static void
test_effective_notauth_with_tsig_error_is_the_tsig_error(void)
{
	ASSERT_STATUS(effective(9, 0, 0, 1, 16), 16, DNSRCODE_CTX_TSIG);
	ASSERT_STATUS(effective(9, 0, 0, 1, 18), 18, DNSRCODE_CTX_TSIG);
	ASSERT_STATUS(effective(9, 1, 0, 1, 17), 17, DNSRCODE_CTX_TSIG);
	ASSERT_STATUS(effective(9, 0, 0, 1, 65535), 65535, DNSRCODE_CTX_TSIG);
}

static void
test_effective_notauth_with_tsig_error_0_stays_notauth(void)
{
	ASSERT_STATUS(effective(9, 0, 0, 1, 0), 9, DNSRCODE_CTX_HEADER);
	ASSERT_STATUS(effective(9, 1, 0, 1, 0), 9, DNSRCODE_CTX_EDNS);
}

static void
test_effective_tsig_error_without_tsig_record_is_ignored(void)
{
	ASSERT_STATUS(effective(9, 0, 0, 0, 16), 9, DNSRCODE_CTX_HEADER);
}

static void
test_effective_tsig_error_ignored_unless_notauth(void)
{
	ASSERT_STATUS(effective(5, 0, 0, 1, 16), 5, DNSRCODE_CTX_HEADER);
	ASSERT_STATUS(effective(0, 0, 0, 1, 18), 0, DNSRCODE_CTX_HEADER);
	/* Header 9 with EXTENDED-RCODE 1 is 25, not NOTAUTH. */
	ASSERT_STATUS(effective(9, 1, 1, 1, 16), 25, DNSRCODE_CTX_EDNS);
}

static void
test_effective_rejects_out_of_range_inputs(void)
{
	ASSERT_STATUS_ERROR(effective(16, 0, 0, 0, 0), DNSRCODE_ERANGE);
	ASSERT_STATUS_ERROR(effective(UINT_MAX, 1, 0, 0, 0), DNSRCODE_ERANGE);
	ASSERT_STATUS_ERROR(effective(0, 1, 256, 0, 0), DNSRCODE_ERANGE);
	ASSERT_STATUS_ERROR(effective(9, 0, 0, 1, 65536), DNSRCODE_ERANGE);
}

/* The ranges are checked even for a record the message does not have. */
static void
test_effective_checks_ranges_of_absent_records(void)
{
	ASSERT_STATUS_ERROR(effective(0, 0, 256, 0, 0), DNSRCODE_ERANGE);
	ASSERT_STATUS_ERROR(effective(0, 0, 0, 0, 65536), DNSRCODE_ERANGE);
}

static void
test_effective_rejects_null_outputs(void)
{
	uint16_t code = 4242;
	dnsrcode_context ctx = (dnsrcode_context)77;

	CU_ASSERT_EQUAL(dnsrcode_effective(3, 0, 0, 0, 0, NULL, &ctx), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(ctx, (dnsrcode_context)77);
	CU_ASSERT_EQUAL(dnsrcode_effective(3, 0, 0, 0, 0, &code, NULL), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(code, 4242);
	CU_ASSERT_EQUAL(dnsrcode_effective(16, 0, 0, 0, 0, NULL, NULL), DNSRCODE_EINVAL);
}

static const struct test_case tests[] = {
	TEST_CASE(test_combine_puts_ext_bits_above_the_header),
	TEST_CASE(test_split_and_combine_round_trip_every_12_bit_code),
	TEST_CASE(test_combine_rejects_header_above_15),
	TEST_CASE(test_combine_rejects_ext_above_255),
	TEST_CASE(test_split_rejects_codes_above_4095),
	TEST_CASE(test_split_rejects_null_outputs),
	TEST_CASE(test_from_flags_matches_dnspython_for_every_code),
	TEST_CASE(test_from_flags_ignores_other_flag_and_ttl_bits),
	TEST_CASE(test_from_flags_without_opt_is_the_header_rcode),
	TEST_CASE(test_to_flags_changes_only_the_rcode_bits),
	TEST_CASE(test_to_flags_round_trips_through_from_flags),
	TEST_CASE(test_to_flags_rejects_codes_above_4095),
	TEST_CASE(test_to_flags_rejects_null_outputs),
	TEST_CASE(test_effective_without_opt_is_the_header_rcode),
	TEST_CASE(test_effective_without_opt_ignores_ext_bits),
	TEST_CASE(test_effective_with_opt_adds_ext_bits),
	TEST_CASE(test_effective_notauth_with_tsig_error_is_the_tsig_error),
	TEST_CASE(test_effective_notauth_with_tsig_error_0_stays_notauth),
	TEST_CASE(test_effective_tsig_error_without_tsig_record_is_ignored),
	TEST_CASE(test_effective_tsig_error_ignored_unless_notauth),
	TEST_CASE(test_effective_rejects_out_of_range_inputs),
	TEST_CASE(test_effective_checks_ranges_of_absent_records),
	TEST_CASE(test_effective_rejects_null_outputs),
	TEST_END,
};

int
main(void)
{
	return run_suite("wire", tests);
}
