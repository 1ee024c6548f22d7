/*
 * inputs.c - the same inputs for every implementation.
 */
#include "config.h"

#include "bench.h"

/* Every assigned code (IANA "DNS RCODEs"; 12-15 are unassigned). */
const unsigned bench_assigned[] = {
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 16, 17, 18, 19, 20, 21, 22, 23
};
const size_t bench_assigned_count = sizeof(bench_assigned) / sizeof(bench_assigned[0]);

#define T(s) { s, sizeof(s) - 1 }

/* The 21 mnemonics of those codes: 16 has two (BADVERS, BADSIG). */
const struct bench_text bench_upper[] = {
	T("NOERROR"), T("FORMERR"), T("SERVFAIL"), T("NXDOMAIN"), T("NOTIMP"),
	T("REFUSED"), T("YXDOMAIN"), T("YXRRSET"), T("NXRRSET"), T("NOTAUTH"),
	T("NOTZONE"), T("DSOTYPENI"), T("BADVERS"), T("BADSIG"), T("BADKEY"),
	T("BADTIME"), T("BADMODE"), T("BADNAME"), T("BADALG"), T("BADTRUNC"),
	T("BADCOOKIE")
};

/* The same names as people type them: IANA's camel case where it has
 * one, otherwise a capital and lower case. */
const struct bench_text bench_mixed[] = {
	T("NoError"), T("FormErr"), T("ServFail"), T("NxDomain"), T("NotImp"),
	T("Refused"), T("YxDomain"), T("YxRRSet"), T("NxRRSet"), T("NotAuth"),
	T("NotZone"), T("DsoTypeNi"), T("BadVers"), T("BadSig"), T("BadKey"),
	T("BadTime"), T("BadMode"), T("BadName"), T("BadAlg"), T("BadTrunc"),
	T("BadCookie")
};
const size_t bench_name_count = sizeof(bench_upper) / sizeof(bench_upper[0]);

/* Unassigned, private use and reserved values. */
const unsigned bench_unassigned[] = { 12, 100, 3841, 65535 };
const size_t bench_unassigned_count = sizeof(bench_unassigned) / sizeof(bench_unassigned[0]);

const struct bench_text bench_non_name[] = { T("FOO") };
const size_t bench_non_name_count = sizeof(bench_non_name) / sizeof(bench_non_name[0]);

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
	default:
		return bench_assigned_count;
	}
}
