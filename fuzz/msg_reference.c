/*
 * msg_reference.c - the plain second reader (see msg_reference.h).  Each
 * rule is a test in the order a reader meets it, so that the first rule a
 * message breaks is the one reported; lib/msg.c must report the same.
 */
#include <string.h>

#include "msg_reference.h"

static unsigned
u16(const uint8_t *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static int
stop(struct ref_result *out, int rc, enum ref_rule rule)
{
	out->rc = rc;
	out->rule = rule;
	return rc;
}

/*
 * The name at *pos, every pointer followed: RFC 1035 §3.1 and §4.1.4 as
 * include/dnsrcode.h words them.  On success *pos is past the name as it
 * sits in its record, *octets its uncompressed length and *pointers
 * whether it has any.
 */
static int
name(const uint8_t *m, size_t end, size_t *pos, unsigned *octets, int *pointers,
     struct ref_result *out)
{
	size_t p = *pos, limit = *pos, after = 0;
	unsigned total = 0, hops = 0;

	for (;;) {
		unsigned c;

		if (p >= end)
			return stop(out, DNSRCODE_ETRUNCATED, RULE_TRUNCATED);
		c = m[p];
		if (c == 0) {
			total++;
			if (hops == 0)
				after = p + 1;
			break;
		}
		if ((c & 0xc0) == 0xc0) {
			size_t target;

			if (end - p < 2)
				return stop(out, DNSRCODE_ETRUNCATED, RULE_TRUNCATED);
			target = (size_t)(c & 0x3f) << 8 | m[p + 1];
			if (hops == 0)
				after = p + 2;
			if (target >= limit)
				return stop(out, DNSRCODE_EPOINTER, RULE_POINTER_FORWARD);
			if (++hops > 127)
				return stop(out, DNSRCODE_EPOINTER, RULE_POINTER_HOPS);
			limit = target;
			p = target;
			continue;
		}
		if (c & 0xc0)
			return stop(out, DNSRCODE_ENAME, RULE_LABEL_TYPE);
		total += c + 1;
		if (total + 1 > 255)
			return stop(out, DNSRCODE_ENAME, RULE_NAME_LONG);
		if (p + c + 1 >= end)
			return stop(out, DNSRCODE_ETRUNCATED, RULE_TRUNCATED);
		p += c + 1;
	}
	*pos = after;
	*octets = total;
	*pointers = hops > 0;
	return DNSRCODE_OK;
}

/* RFC 6891 §6.1.2 and RFC 8914 §2: the options, and the EDE among them. */
static int
options(const uint8_t *m, size_t p, size_t end, struct ref_result *out)
{
	while (p < end) {
		unsigned code, olen;

		if (end - p < 4)
			return stop(out, DNSRCODE_EOPT, RULE_OPT_OPTIONS);
		code = u16(m + p);
		olen = u16(m + p + 2);
		p += 4;
		if (olen > end - p)
			return stop(out, DNSRCODE_EOPT, RULE_OPT_OPTIONS);
		if (code == 15) {
			if (olen < 2)
				return stop(out, DNSRCODE_EOPT, RULE_EDE_SHORT);
			if (out->ede_count < REF_EDE_MAX) {
				dnsrcode_ede_option *e = &out->ede[out->ede_count];

				e->code = (uint16_t)u16(m + p);
				e->text = (const char *)m + p + 2;
				e->text_len = (uint16_t)(olen - 2);
				if (e->text_len > 0 && e->text[e->text_len - 1] == '\0')
					e->text_len--;
			}
			out->ede_count++;
		}
		p += olen;
	}
	return DNSRCODE_OK;
}

/* RFC 8945 §4.2: the TSIG RDATA from @p to @end, fields adding up. */
static int
tsig(const uint8_t *m, size_t p, size_t end, struct ref_result *out)
{
	unsigned octets, mac, other;
	int rc = name(m, end, &p, &octets, &out->tsig_name_compressed, out);

	if (rc != DNSRCODE_OK) {
		if (rc == DNSRCODE_ETRUNCATED)
			return stop(out, DNSRCODE_ETSIG, RULE_TSIG_RDATA);
		return rc;
	}
	if (end - p < 10)
		return stop(out, DNSRCODE_ETSIG, RULE_TSIG_RDATA);
	mac = u16(m + p + 8);
	p += 10;
	if (end - p < mac)
		return stop(out, DNSRCODE_ETSIG, RULE_TSIG_RDATA);
	p += mac;
	if (end - p < 6)
		return stop(out, DNSRCODE_ETSIG, RULE_TSIG_RDATA);
	out->st.tsig_error = (uint16_t)u16(m + p + 2);
	other = u16(m + p + 4);
	p += 6;
	if (end - p != other)
		return stop(out, DNSRCODE_ETSIG, RULE_TSIG_RDATA);
	return DNSRCODE_OK;
}

static int
walk(const uint8_t *m, size_t len, struct ref_result *out)
{
	dnsrcode_status *st = &out->st;
	size_t p = 12, i, first_ar, rrs;
	unsigned octets;
	int rc, pointers;

	for (i = 0; i < st->qdcount; i++) {
		if ((rc = name(m, len, &p, &octets, &pointers, out)) != DNSRCODE_OK)
			return rc;
		if (i == 0)
			out->question_compressed = pointers;
		if (len - p < 4)
			return stop(out, DNSRCODE_ETRUNCATED, RULE_TRUNCATED);
		p += 4;
	}
	out->records_start = p;
	first_ar = (size_t)st->ancount + st->nscount;
	rrs = first_ar + st->arcount;
	for (i = 0; i < rrs; i++) {
		size_t owner = p;
		unsigned type, rrclass, rdlen;
		uint32_t ttl;

		if ((rc = name(m, len, &p, &octets, &pointers, out)) != DNSRCODE_OK)
			return rc;
		if (len - p < 10)
			return stop(out, DNSRCODE_ETRUNCATED, RULE_TRUNCATED);
		if (out->rr_type != NULL) {
			out->rr_owner[out->rr_count] = owner;
			out->rr_type[out->rr_count] = p;
		}
		out->rr_count++;
		type = u16(m + p);
		rrclass = u16(m + p + 2);
		ttl = (uint32_t)u16(m + p + 4) << 16 | u16(m + p + 6);
		rdlen = u16(m + p + 8);
		if (len - p - 10 < rdlen)
			return stop(out, DNSRCODE_ETRUNCATED, RULE_TRUNCATED);
		if (type == 41) {
			if (i < first_ar || st->has_opt)
				return stop(out, DNSRCODE_EOPT, RULE_OPT_PLACE);
			if (octets != 1)
				return stop(out, DNSRCODE_EOPT, RULE_OPT_OWNER);
			if ((rc = options(m, p + 10, p + 10 + rdlen, out)) != DNSRCODE_OK)
				return rc;
			st->has_opt = 1;
			st->udp_size = (uint16_t)rrclass;
			st->opt_ext_rcode = (uint8_t)(ttl >> 24);
			st->edns_version = (uint8_t)(ttl >> 16);
			st->edns_flags = (uint16_t)ttl;
			st->ede_count = (uint32_t)out->ede_count;
			out->opt_offset = p;
		} else if (type == 250) {
			if (i < first_ar || i != rrs - 1)
				return stop(out, DNSRCODE_ETSIG, RULE_TSIG_PLACE);
			if (rrclass != 255)
				return stop(out, DNSRCODE_ETSIG, RULE_TSIG_CLASS);
			if ((rc = tsig(m, p + 10, p + 10 + rdlen, out)) != DNSRCODE_OK)
				return rc;
			st->has_tsig = 1;
		}
		p += 10 + rdlen;
	}
	if (p != len)
		return stop(out, DNSRCODE_EMALFORMED, RULE_TRAILING);
	return DNSRCODE_OK;
}

void
ref_msg_status(const uint8_t *msg, size_t len, size_t *rr_owner, size_t *rr_type,
               struct ref_result *out)
{
	dnsrcode_status *st = &out->st;
	unsigned rcode;

	memset(out, 0, sizeof(*out));
	out->rr_owner = rr_type != NULL ? rr_owner : NULL;
	out->rr_type = rr_owner != NULL ? rr_type : NULL;
	if (len < 12) {
		stop(out, DNSRCODE_ETRUNCATED, RULE_TRUNCATED);
		return;
	}
	st->size = sizeof(*st);
	st->id = (uint16_t)u16(msg);
	st->flags = (uint16_t)u16(msg + 2);
	st->qdcount = (uint16_t)u16(msg + 4);
	st->ancount = (uint16_t)u16(msg + 6);
	st->nscount = (uint16_t)u16(msg + 8);
	st->arcount = (uint16_t)u16(msg + 10);
	st->opcode = (uint8_t)(st->flags >> 11 & 0x0f);
	st->header_rcode = (uint8_t)(st->flags & 0x0f);
	if (walk(msg, len, out) != DNSRCODE_OK)
		return;
	/* RFC 6891 §6.1.3; RFC 8945 §5.2.1-5.2.4. */
	rcode = st->header_rcode;
	st->rcode_ctx = DNSRCODE_CTX_HEADER;
	if (st->has_opt) {
		rcode |= (unsigned)st->opt_ext_rcode << 4;
		st->rcode_ctx = DNSRCODE_CTX_EDNS;
	}
	if (st->has_tsig && st->tsig_error != 0 && rcode == 9) {
		rcode = st->tsig_error;
		st->rcode_ctx = DNSRCODE_CTX_TSIG;
	}
	st->rcode = (uint16_t)rcode;
	out->rc = DNSRCODE_OK;
	out->rule = RULE_NONE;
}
