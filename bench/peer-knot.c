/*
 * peer-knot.c - CZ.NIC libknot: knot_rcode_names and its lookup helpers
 * (inline functions of <libknot/lookup.h>, so they inline here too).
 */
#include "config.h"

#include <libknot/libknot.h>

#include "bench.h"

static int
knot_to_text(unsigned code)
{
	return knot_lookup_by_id(knot_rcode_names, (int)code) != NULL;
}

static int
knot_from_text(const struct bench_text *t)
{
	return knot_lookup_by_name(knot_rcode_names, t->s) != NULL;
}

#define STR(x) #x
#define XSTR(x) STR(x)

/* libknot has no run-time version call; the header's is the one built
 * against, and the soname pins the library to it. */
const char *
bench_knot_version(void)
{
	return XSTR(KNOT_VERSION_MAJOR) "." XSTR(KNOT_VERSION_MINOR) " (headers)";
}

BENCH_CODE_LOOP(knot_w1, knot_to_text, bench_assigned, bench_assigned_count)
BENCH_TEXT_LOOP(knot_w2u, knot_from_text, bench_upper, bench_name_count)
BENCH_TEXT_LOOP(knot_w2m, knot_from_text, bench_mixed, bench_name_count)
BENCH_CODE_LOOP(knot_w3c, knot_to_text, bench_unassigned, bench_unassigned_count)
BENCH_TEXT_LOOP(knot_w3n, knot_from_text, bench_non_name, bench_non_name_count)

const struct bench_case bench_knot_cases[] = {
	{ W1_TO_TEXT, ROLE_PEER, "Knot", "knot_lookup_by_id", knot_w1, knot_to_text, NULL },
	{ W2_UPPER, ROLE_PEER, "Knot", "knot_lookup_by_name", knot_w2u, NULL, knot_from_text },
	{ W2_MIXED, ROLE_PEER, "Knot", "knot_lookup_by_name", knot_w2m, NULL, knot_from_text },
	{ W3_CODES, ROLE_PEER, "Knot", "knot_lookup_by_id", knot_w3c, knot_to_text, NULL },
	{ W3_NAME, ROLE_PEER, "Knot", "knot_lookup_by_name", knot_w3n, NULL, knot_from_text },
	BENCH_CASES_END
};
