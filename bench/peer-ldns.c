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

BENCH_FIVE_CASES(bench_ldns_cases, ldns, ROLE_PEER, "ldns",
		 "ldns_lookup_by_id", ldns_to_text,
		 "ldns_lookup_by_name", ldns_from_text)

/* ldns copies what it reads into a packet of its own. */
static int
ldns_msg(const struct bench_msg *m)
{
	ldns_pkt *pkt = NULL;

	if (ldns_wire2pkt(&pkt, m->wire, m->len) != LDNS_STATUS_OK)
		return 0;
	bench_status_sink += (unsigned)ldns_pkt_get_rcode(pkt) | (unsigned)ldns_pkt_edns_extended_rcode(pkt) << 4;
	ldns_pkt_free(pkt);
	return 1;
}

BENCH_MSG_CASE(bench_ldns_msg_cases, ldns_msg, ROLE_PEER, "ldns", "ldns_wire2pkt + ldns_pkt_free",
	       ldns_msg)
