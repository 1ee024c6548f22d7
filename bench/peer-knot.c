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

BENCH_FIVE_CASES(bench_knot_cases, knot, ROLE_PEER, "Knot",
		 "knot_lookup_by_id", knot_to_text,
		 "knot_lookup_by_name", knot_from_text)

/* The packet reads the caller's buffer in place; KNOT_PF_KEEPWIRE keeps
 * it from stripping a TSIG off that buffer (it would lower ARCOUNT in the
 * caller's bytes).  knot_pkt_ext_rcode() is the status ours reports. */
static int
knot_msg(const struct bench_msg *m)
{
	knot_pkt_t *pkt = knot_pkt_new((void *)(uintptr_t)m->wire, (uint16_t)m->len, NULL);
	int ok;

	if (pkt == NULL)
		return 0;
	ok = knot_pkt_parse(pkt, KNOT_PF_KEEPWIRE) == KNOT_EOK;
	if (ok)
		bench_status_sink += knot_pkt_ext_rcode(pkt);
	knot_pkt_free(pkt);
	return ok;
}

BENCH_MSG_CASE(bench_knot_msg_cases, knot_msg, ROLE_PEER, "Knot",
	       "knot_pkt_new + knot_pkt_parse(KEEPWIRE) + knot_pkt_ext_rcode + knot_pkt_free", knot_msg)
