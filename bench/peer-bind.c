/*
 * peer-bind.c - ISC BIND 9's libdns: dns_rcode_totext() into an
 * isc_buffer_t and dns_rcode_fromtext() from an isc_textregion_t.
 */
#include "config.h"

#include <isc/buffer.h>
#include <isc/region.h>
#include <isc/result.h>
#include <isc/mem.h>
#include <dns/message.h>
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

/* dns_message_parse() as a resolver calls it, on a message object made
 * and freed around each parse; one memory context for all of them. */
static isc_mem_t *bind_mctx;

static int
bind_msg(const struct bench_msg *m)
{
	dns_message_t *msg = NULL;
	isc_buffer_t b;
	int ok;

	if (bind_mctx == NULL)
		isc_mem_create(&bind_mctx);
	dns_message_create(bind_mctx, DNS_MESSAGE_INTENTPARSE, &msg);
	isc_buffer_constinit(&b, m->wire, m->len);
	isc_buffer_add(&b, (unsigned int)m->len);
	ok = dns_message_parse(msg, &b, 0) == ISC_R_SUCCESS;
	if (ok)
		bench_status_sink += msg->rcode; /* with OPT's extended bits */
	dns_message_detach(&msg);
	return ok;
}

BENCH_MSG_CASE(bench_bind_msg_cases, bind_msg, ROLE_PEER, "BIND 9",
	       "dns_message_create + dns_message_parse + dns_message_detach", bind_msg)
