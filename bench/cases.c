/*
 * cases.c - the floor and libdnsrcode on every workload.
 */
#include "config.h"

#include "dnsrcode.h"

#include "bench.h"
#include "floor.h"

/* ---------------------------------------------------------- the floor */

static int
floor_code(unsigned code)
{
	return floor_to_text(code) != NULL;
}

static int
floor_text(const struct bench_text *t)
{
	uint16_t code;

	return floor_from_text(t->s, t->len, &code);
}

BENCH_FIVE_CASES(bench_floor_cases, floor, ROLE_FLOOR, "floor",
		 "array index", floor_code,
		 "perfect hash", floor_text)

/* ------------------------------------ the floor, as a shared library */

static int
floor_so_code(unsigned code)
{
	return floor_so_to_text(code) != NULL;
}

static int
floor_so_text(const struct bench_text *t)
{
	uint16_t code;

	return floor_so_from_text(t->s, t->len, &code);
}

BENCH_FIVE_CASES(bench_floor_so_cases, floor_so, ROLE_FLOOR_SO, "floor.so",
		 "array index", floor_so_code,
		 "perfect hash", floor_so_text)

/* -------------------------------------------------------- libdnsrcode */

static int
ours_to_text(unsigned code)
{
	return dnsrcode_to_text(code, DNSRCODE_CTX_ANY) != NULL;
}

static int
ours_parse(const struct bench_text *t)
{
	uint16_t code;

	return dnsrcode_parse(t->s, t->len, DNSRCODE_CTX_ANY, &code) == DNSRCODE_OK;
}

static int
ours_lookup_name(const struct bench_text *t)
{
	return dnsrcode_lookup_name(t->s, t->len) != NULL;
}

/* The buffer a caller would have on its stack. */
static int
ours_format_mnemonic(unsigned code)
{
	char buf[64];

	return dnsrcode_format(buf, sizeof(buf), code, DNSRCODE_CTX_ANY, DNSRCODE_FMT_MNEMONIC) > 0;
}

static int
ours_format_full(unsigned code)
{
	char buf[64];

	return dnsrcode_format(buf, sizeof(buf), code, DNSRCODE_CTX_ANY, DNSRCODE_FMT_FULL) > 0;
}

BENCH_CODE_LOOP(ours_w1, ours_to_text, bench_assigned, bench_assigned_count)
BENCH_TEXT_LOOP(ours_w2u, ours_parse, bench_upper, bench_name_count)
BENCH_TEXT_LOOP(ours_w2m, ours_parse, bench_mixed, bench_name_count)
BENCH_TEXT_LOOP(ours_w2u_name, ours_lookup_name, bench_upper, bench_name_count)
BENCH_TEXT_LOOP(ours_w2m_name, ours_lookup_name, bench_mixed, bench_name_count)
BENCH_CODE_LOOP(ours_w3c, ours_to_text, bench_unassigned, bench_unassigned_count)
BENCH_TEXT_LOOP(ours_w3n, ours_parse, bench_non_name, bench_non_name_count)
BENCH_CODE_LOOP(ours_w4m, ours_format_mnemonic, bench_assigned, bench_assigned_count)
BENCH_CODE_LOOP(ours_w4f, ours_format_full, bench_assigned, bench_assigned_count)

/* The first case of each workload is the one the targets are about. */
const struct bench_case bench_ours_cases[] = {
	{ W1_TO_TEXT, ROLE_OURS, "libdnsrcode", "dnsrcode_to_text", ours_w1, ours_to_text, NULL },
	{ W2_UPPER, ROLE_OURS, "libdnsrcode", "dnsrcode_parse", ours_w2u, NULL, ours_parse },
	{ W2_UPPER, ROLE_OURS, "libdnsrcode", "dnsrcode_lookup_name", ours_w2u_name, NULL,
	  ours_lookup_name },
	{ W2_MIXED, ROLE_OURS, "libdnsrcode", "dnsrcode_parse", ours_w2m, NULL, ours_parse },
	{ W2_MIXED, ROLE_OURS, "libdnsrcode", "dnsrcode_lookup_name", ours_w2m_name, NULL,
	  ours_lookup_name },
	{ W3_CODES, ROLE_OURS, "libdnsrcode", "dnsrcode_to_text", ours_w3c, ours_to_text, NULL },
	{ W3_NAME, ROLE_OURS, "libdnsrcode", "dnsrcode_parse", ours_w3n, NULL, ours_parse },
	{ W4_MNEMONIC, ROLE_OURS, "libdnsrcode", "dnsrcode_format MNEMONIC", ours_w4m,
	  ours_format_mnemonic, NULL },
	{ W4_FULL, ROLE_OURS, "libdnsrcode", "dnsrcode_format FULL", ours_w4f, ours_format_full,
	  NULL },
	BENCH_CASES_END
};
