/*
 * peer-bind.c - ISC BIND 9's libdns: dns_rcode_totext() into an
 * isc_buffer_t and dns_rcode_fromtext() from an isc_textregion_t.
 */
#include "config.h"

#include <isc/buffer.h>
#include <isc/region.h>
#include <isc/result.h>
#include <dns/rcode.h>

#include "bench.h"

/* BIND never fails here: codes it has no name for come out as decimals
 * ("17"), which is not a name, so those count as misses. */
static int
bind_to_text(unsigned code)
{
	char text[64];
	isc_buffer_t b;

	isc_buffer_init(&b, text, sizeof(text));
	if (dns_rcode_totext((dns_rcode_t)code, &b) != ISC_R_SUCCESS)
		return 0;
	return isc_buffer_usedlength(&b) > 0 && !(text[0] >= '0' && text[0] <= '9');
}

static int
bind_from_text(const struct bench_text *t)
{
	isc_textregion_t r;
	dns_rcode_t code;

	r.base = (char *)(uintptr_t)t->s; /* BIND's region is not const; it only reads */
	r.length = (unsigned int)t->len;
	return dns_rcode_fromtext(&code, &r) == ISC_R_SUCCESS;
}

/* libdns exports no version call; the package version is in RESULTS.md. */
const char *
bench_bind_version(void)
{
	return "9 (libdns has no version call)";
}

BENCH_FIVE_CASES(bench_bind_cases, bind, ROLE_PEER, "BIND 9",
		 "dns_rcode_totext", bind_to_text,
		 "dns_rcode_fromtext", bind_from_text)
