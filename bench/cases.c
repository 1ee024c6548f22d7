/*
 * cases.c - the floor and libdnsrcode on every workload.
 */
#include "config.h"

#include <stddef.h>

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

/* ------------------------------------------- the message floor, bound */

static int
floor_msg(const struct bench_msg *m)
{
	struct floor_msg out;

	if (!floor_msg_status(m->wire, m->len, &out))
		return 0;
	bench_status_sink += out.rcode;
	return 1;
}

static int
floor_so_msg(const struct bench_msg *m)
{
	struct floor_msg out;

	if (!floor_so_msg_status(m->wire, m->len, &out))
		return 0;
	bench_status_sink += out.rcode;
	return 1;
}

static int
bound_msg(const struct bench_msg *m)
{
	struct floor_msg out;

	if (!floor_msg_bound(m->wire, m->len, &out))
		return 0;
	bench_status_sink += out.rcode;
	return 1;
}

BENCH_MSG_CASE(bench_floor_msg_cases, floor_msg, ROLE_FLOOR, "floor", "checking walk", floor_msg)
BENCH_MSG_CASE(bench_floor_so_msg_cases, floor_so_msg, ROLE_FLOOR_SO, "floor.so", "checking walk",
	       floor_so_msg)
BENCH_MSG_CASE(bench_bound_msg_cases, bound_msg, ROLE_BOUND, "bound", "walk, pointers skipped",
	       bound_msg)

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

/* A caller's struct and room for the EDE options of a message on its
 * stack, as the floor has. */
static int
ours_msg_status(const struct bench_msg *m)
{
	dnsrcode_status st;
	dnsrcode_ede_option ede[FLOOR_EDE_MAX];

	if (dnsrcode_msg_status(m->wire, m->len, &st, sizeof(st), ede, FLOOR_EDE_MAX) != DNSRCODE_OK)
		return 0;
	bench_status_sink += st.rcode;
	return 1;
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

BENCH_MSG_LOOP(ours_w5, ours_msg_status)

/* The first case of each workload is the one the targets are about. */
const struct bench_case bench_ours_cases[] = {
	{ W1_TO_TEXT, ROLE_OURS, "libdnsrcode", "dnsrcode_to_text", ours_w1, ours_to_text, NULL, NULL },
	{ W2_UPPER, ROLE_OURS, "libdnsrcode", "dnsrcode_parse", ours_w2u, NULL, ours_parse, NULL },
	{ W2_UPPER, ROLE_OURS, "libdnsrcode", "dnsrcode_lookup_name", ours_w2u_name, NULL,
	  ours_lookup_name, NULL },
	{ W2_MIXED, ROLE_OURS, "libdnsrcode", "dnsrcode_parse", ours_w2m, NULL, ours_parse, NULL },
	{ W2_MIXED, ROLE_OURS, "libdnsrcode", "dnsrcode_lookup_name", ours_w2m_name, NULL,
	  ours_lookup_name, NULL },
	{ W3_CODES, ROLE_OURS, "libdnsrcode", "dnsrcode_to_text", ours_w3c, ours_to_text, NULL, NULL },
	{ W3_NAME, ROLE_OURS, "libdnsrcode", "dnsrcode_parse", ours_w3n, NULL, ours_parse, NULL },
	{ W4_MNEMONIC, ROLE_OURS, "libdnsrcode", "dnsrcode_format MNEMONIC", ours_w4m,
	  ours_format_mnemonic, NULL, NULL },
	{ W4_FULL, ROLE_OURS, "libdnsrcode", "dnsrcode_format FULL", ours_w4f, ours_format_full,
	  NULL, NULL },
	{ W5_MESSAGE, ROLE_OURS, "libdnsrcode", "dnsrcode_msg_status", ours_w5, NULL, NULL,
	  ours_msg_status },
	BENCH_CASES_END
};
