/*
 * peer-ldns.c - NLnet Labs ldns: its lookup table of RCODE names.
 */
#include "config.h"

#include <ldns/ldns.h>

#include "bench.h"

static int
ldns_to_text(unsigned code)
{
	return ldns_lookup_by_id(ldns_rcodes, (int)code) != NULL;
}

/* ldns compares C strings; the inputs are NUL-terminated literals. */
static int
ldns_from_text(const struct bench_text *t)
{
	return ldns_lookup_by_name(ldns_rcodes, t->s) != NULL;
}

const char *
bench_ldns_version(void)
{
	return ldns_version();
}

BENCH_CODE_LOOP(ldns_w1, ldns_to_text, bench_assigned, bench_assigned_count)
BENCH_TEXT_LOOP(ldns_w2u, ldns_from_text, bench_upper, bench_name_count)
BENCH_TEXT_LOOP(ldns_w2m, ldns_from_text, bench_mixed, bench_name_count)
BENCH_CODE_LOOP(ldns_w3c, ldns_to_text, bench_unassigned, bench_unassigned_count)
BENCH_TEXT_LOOP(ldns_w3n, ldns_from_text, bench_non_name, bench_non_name_count)

const struct bench_case bench_ldns_cases[] = {
	{ W1_TO_TEXT, ROLE_PEER, "ldns", "ldns_lookup_by_id", ldns_w1, ldns_to_text, NULL },
	{ W2_UPPER, ROLE_PEER, "ldns", "ldns_lookup_by_name", ldns_w2u, NULL, ldns_from_text },
	{ W2_MIXED, ROLE_PEER, "ldns", "ldns_lookup_by_name", ldns_w2m, NULL, ldns_from_text },
	{ W3_CODES, ROLE_PEER, "ldns", "ldns_lookup_by_id", ldns_w3c, ldns_to_text, NULL },
	{ W3_NAME, ROLE_PEER, "ldns", "ldns_lookup_by_name", ldns_w3n, NULL, ldns_from_text },
	BENCH_CASES_END
};
