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
