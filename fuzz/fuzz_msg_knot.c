/*
 * fuzz_msg_knot.c - differential target: each input goes to
 * dnsrcode_msg_status() and to libknot's parser (knot_pkt_new() +
 * knot_pkt_parse(KNOT_PF_KEEPWIRE), as the bench calls it).
 *
 * Where both accept, they must agree on the header RCODE, the extended
 * RCODE (knot_pkt_ext_rcode(), which reads TSIG the way RFC 8945 §5.2
 * says and dnsrcode_effective() does), the presence of OPT and of TSIG,
 * and the EDE options, code and text, in order.  Where only one accepts,
 * the input must fall under one of the differences fuzz/README.md lists
 * and justifies; each is decided here from facts the plain reader of
 * msg_reference.c gathers, or, for RDATA, by asking Knot again.  Anything
 * else is a finding: FUZZ_CHECK() aborts.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libknot/libknot.h>

#include "dnsrcode.h"

#include "fuzz.h"
#include "msg_reference.h"

#define EDE_SLOTS REF_EDE_MAX
#define TYPE_UNKNOWN 65280 /* private use (RFC 6895 §3.1): no RDATA format */

/* Knot's parse of @data, or NULL where it refuses; *copy owns the bytes
 * the packet reads. */
static knot_pkt_t *
knot_parse(const uint8_t *data, size_t size, uint8_t **copy)
{
	knot_pkt_t *pkt;

	*copy = malloc(size > 0 ? size : 1);
	FUZZ_CHECK(*copy != NULL);
	memcpy(*copy, data, size);
	pkt = knot_pkt_new(*copy, (uint16_t)size, NULL);
	FUZZ_CHECK(pkt != NULL);
	if (knot_pkt_parse(pkt, KNOT_PF_KEEPWIRE) != KNOT_EOK) {
		knot_pkt_free(pkt);
		return NULL;
	}
	/* KEEPWIRE: Knot reads the caller's bytes and leaves them be. */
	FUZZ_CHECK(memcmp(*copy, data, size) == 0);
	return pkt;
}

/* The EDE options Knot sees, against ours, in order. */
static void
compare_ede(const knot_pkt_t *pkt, const dnsrcode_status *st, const dnsrcode_ede_option *ede)
{
	const uint8_t *opt = NULL;
	size_t n = 0;

	while ((opt = knot_edns_get_option(pkt->opt_rr, KNOT_EDNS_OPTION_EDE, opt)) != NULL) {
		uint16_t len = knot_edns_opt_get_length(opt);
		const uint8_t *data = opt + 4;

		FUZZ_CHECK(len >= 2);
		if (n < EDE_SLOTS) {
			size_t text_len = len - 2u;

			FUZZ_CHECK(ede[n].code == (data[0] << 8 | data[1]));
			/* Ours leaves out one trailing NUL (RFC 8914 §2). */
			if (text_len > 0 && data[2 + text_len - 1] == '\0')
				text_len--;
			FUZZ_CHECK(ede[n].text_len == text_len);
			FUZZ_CHECK(memcmp(ede[n].text, data + 2, text_len) == 0);
		}
		n++;
	}
	FUZZ_CHECK(n == st->ede_count);
}

static void
compare_accepted(const knot_pkt_t *pkt, const dnsrcode_status *st,
                 const dnsrcode_ede_option *ede)
{
	FUZZ_CHECK(knot_wire_get_rcode(pkt->wire) == st->header_rcode);
	FUZZ_CHECK(knot_pkt_ext_rcode(pkt) == st->rcode);
	FUZZ_CHECK((pkt->opt_rr != NULL) == st->has_opt);
	FUZZ_CHECK((pkt->tsig_rr != NULL) == st->has_tsig);
	if (st->has_opt)
		compare_ede(pkt, st, ede);
}

/* Append the valid name at @p of @msg to @out, uncompressed; its end. */
static uint8_t *
expand_name(const uint8_t *msg, size_t p, uint8_t *out)
{
	for (;;) {
		unsigned c = msg[p];

		if (c >= 0xc0) {
			p = (size_t)(c & 0x3f) << 8 | msg[p + 1];
			continue;
		}
		memcpy(out, msg + p, c + 1u);
		out += c + 1;
		if (c == 0)
			return out;
		p += c + 1;
	}
}

/*
 * Difference 3 of fuzz/README.md: Knot reads the RDATA of the types it
 * knows and refuses RDATA that does not fit the type.  The same message
 * built again, every name uncompressed and every record but OPT and TSIG
 * of a type without an RDATA format (RDATA, class, TTL as they were),
 * must then be one Knot accepts.  (Rebuilt, not patched in place: a
 * record's TYPE may be octets a name reads too.)
 */
static int
knot_accepts_retyped(const uint8_t *data, size_t size, const struct ref_result *ref)
{
	/* A name grows to at most 255 octets from at least 1. */
	size_t room = 12 + 4 * 255 + ref->rr_count * (255 + 10) + size;
	uint8_t *out = malloc(room), *w = out, *copy;
	knot_pkt_t *pkt;
	size_t i;
	int accepted;

	FUZZ_CHECK(out != NULL && ref->st.qdcount <= 1);
	memcpy(w, data, 12);
	w += 12;
	if (ref->st.qdcount == 1) {
		w = expand_name(data, 12, w);
		memcpy(w, data + ref->records_start - 4, 4);
		w += 4;
	}
	for (i = 0; i < ref->rr_count; i++) {
		const uint8_t *fixed = data + ref->rr_type[i];
		unsigned type = (unsigned)fixed[0] << 8 | fixed[1];
		size_t rdlen = (size_t)fixed[8] << 8 | fixed[9];

		w = expand_name(data, ref->rr_owner[i], w);
		memcpy(w, fixed, 10 + rdlen);
		if (type != 41 && type != 250) {
			w[0] = TYPE_UNKNOWN >> 8;
			w[1] = TYPE_UNKNOWN & 0xff;
		}
		w += 10 + rdlen;
	}
	/* Too long for a DNS message after all: nothing to ask Knot. */
	if ((size_t)(w - out) > UINT16_MAX) {
		free(out);
		return 1;
	}
	pkt = knot_parse(out, (size_t)(w - out), &copy);
	accepted = pkt != NULL;
	knot_pkt_free(pkt);
	free(copy);
	free(out);
	return accepted;
}

/* Differences 4 and 5: Knot applies the rules of class IN to an OPT whose
 * payload size is 1 (no empty RDATA), and wants the TSIG's algorithm name
 * uncompressed. */
static int
knot_refuses_special(const uint8_t *data, const struct ref_result *ref)
{
	if (ref->st.has_opt) {
		const uint8_t *opt = data + ref->opt_offset;

		if (ref->st.udp_size == 1 && opt[8] == 0 && opt[9] == 0)
			return 1;
	}
	return ref->st.has_tsig && ref->tsig_name_compressed;
}

/* Only ours accepts: Knot is stricter in what it must be. */
static void
only_ours(const uint8_t *data, size_t size, const struct ref_result *ref)
{
	/* Differences 1 and 2: one question, its name uncompressed. */
	if (ref->st.qdcount > 1 || ref->question_compressed)
		return;
	if (knot_refuses_special(data, ref))
		return;
	FUZZ_CHECK(knot_accepts_retyped(data, size, ref));
}

/* Only Knot accepts: ours must have stopped at a rule fuzz/README.md
 * lists as one Knot does not have (differences 6 to 11). */
static void
only_knot(const struct ref_result *ref)
{
	switch (ref->rule) {
	case RULE_POINTER_FORWARD:
	case RULE_POINTER_HOPS:
	case RULE_OPT_OWNER:
	case RULE_EDE_SHORT:
	case RULE_TSIG_CLASS:
	case RULE_TSIG_RDATA:
		return;
	default:
		FUZZ_CHECK(!"Knot accepts what ours rejects for a rule both have");
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dnsrcode_status st;
	dnsrcode_ede_option ede[EDE_SLOTS];
	struct ref_result ref;
	knot_pkt_t *pkt;
	size_t records, *rr_owner, *rr_type;
	uint8_t *copy;
	int rc;

	/* Knot's packets hold at most 65535 octets, as DNS messages do. */
	if (size < 12 || size > UINT16_MAX)
		return 0;
	rc = dnsrcode_msg_status(data, size, &st, sizeof(st), ede, EDE_SLOTS);
	records = REF_RECORDS_MAX(size);
	rr_owner = calloc(records, sizeof(*rr_owner));
	rr_type = calloc(records, sizeof(*rr_type));
	FUZZ_CHECK(rr_owner != NULL && rr_type != NULL);
	ref_msg_status(data, size, rr_owner, rr_type, &ref);
	FUZZ_CHECK(rc == ref.rc);
	pkt = knot_parse(data, size, &copy);
	if (rc == DNSRCODE_OK && pkt != NULL)
		compare_accepted(pkt, &st, ede);
	else if (rc == DNSRCODE_OK)
		only_ours(data, size, &ref);
	else if (pkt != NULL)
		only_knot(&ref);
	knot_pkt_free(pkt);
	free(copy);
	free(rr_owner);
	free(rr_type);
	return 0;
}
