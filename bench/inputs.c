/*
 * inputs.c - the same inputs for every implementation.
 */
#include "config.h"

#include <string.h>

#include "bench.h"

/* Every assigned code (IANA "DNS RCODEs"; 12-15 are unassigned). */
const unsigned bench_assigned[] = {
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 16, 17, 18, 19, 20, 21, 22, 23
};
const size_t bench_assigned_count = sizeof(bench_assigned) / sizeof(bench_assigned[0]);

/* Unassigned, private use and reserved values. */
const unsigned bench_unassigned[] = { 12, 100, 3841, 65535 };
const size_t bench_unassigned_count = sizeof(bench_unassigned) / sizeof(bench_unassigned[0]);

/*
 * Each text starts its own 32-byte slot, and the slots start a page.
 * glibc's string functions, which the peers call, take different paths
 * by alignment and by nearness to the end of a page; fixed places keep
 * the peers' figures from moving whenever this program is relinked.
 */
#define SLOT 32
#if defined(__GNUC__)
#  define PAGE_ALIGNED __attribute__((aligned(4096)))
#else
#  define PAGE_ALIGNED
#endif

#define NAMES 21

static const char text_slots[2 * NAMES + 1][SLOT] PAGE_ALIGNED = {
	/* The 21 mnemonics of the assigned codes: 16 has two. */
	"NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED",
	"YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE", "DSOTYPENI",
	"BADVERS", "BADSIG", "BADKEY", "BADTIME", "BADMODE", "BADNAME",
	"BADALG", "BADTRUNC", "BADCOOKIE",
	/* The same as people type them ("NxDomain"). */
	"NoError", "FormErr", "ServFail", "NxDomain", "NotImp", "Refused",
	"YxDomain", "YxRRSet", "NxRRSet", "NotAuth", "NotZone", "DsoTypeNi",
	"BadVers", "BadSig", "BadKey", "BadTime", "BadMode", "BadName",
	"BadAlg", "BadTrunc", "BadCookie",
	/* No RCODE has this name. */
	"FOO"
};

struct bench_text bench_upper[NAMES];
struct bench_text bench_mixed[NAMES];
const size_t bench_name_count = NAMES;
struct bench_text bench_non_name[1];
const size_t bench_non_name_count = 1;

static void
point(struct bench_text *t, const char *slot)
{
	t->s = slot;
	t->len = strlen(slot);
}

void
bench_inputs_init(void)
{
	size_t i;

	for (i = 0; i < NAMES; i++) {
		point(&bench_upper[i], text_slots[i]);
		point(&bench_mixed[i], text_slots[NAMES + i]);
	}
	point(&bench_non_name[0], text_slots[2 * NAMES]);
}

size_t
bench_input_count(enum bench_workload w)
{
	switch (w) {
	case W2_UPPER:
	case W2_MIXED:
		return bench_name_count;
	case W3_CODES:
		return bench_unassigned_count;
	case W3_NAME:
		return bench_non_name_count;
	case W5_MESSAGE:
		return bench_msg_count;
	default:
		return bench_assigned_count;
	}
}
