/*
 * msg.c - the status a DNS message carries, read from its wire form
 * (RFC 1035 §4.1) without allocating: the header, the OPT record
 * (RFC 6891), a TSIG record (RFC 8945) and EDE options (RFC 8914).
 *
 * This is the library's attack surface: every length is checked against
 * the buffer before it is used, and every loop is bounded by the input.
 */
#include "config.h"

#include <string.h>

#include "internal.h"

#define HEADER_LEN 12
#define QUESTION_FIXED_LEN 4 /* QTYPE, QCLASS */
#define RR_FIXED_LEN 10      /* TYPE, CLASS, TTL, RDLENGTH */
#define NAME_WIRE_MAX 255    /* RFC 1035 §3.1, length octets included */
/* A name has at most 127 labels, and a compressor needs at most one
 * pointer per label; more hops than that only burn time. */
#define POINTER_HOPS_MAX 127
#define TYPE_OPT 41
#define TYPE_TSIG 250
#define CLASS_ANY 255
#define OPTION_EDE 15
#define OPTION_HEADER_LEN 4   /* OPTION-CODE, OPTION-LENGTH */
#define TSIG_FIXED_LEN 10     /* Time Signed (48 bits), Fudge, MAC Size */
#define TSIG_TRAILER_LEN 6    /* Original ID, Error, Other Len */

/* The header promises a layout without padding, whose 1.0 size is a
 * published constant: a change to either must fail the build. */
typedef char status_size_is_1_0[sizeof(dnsrcode_status) == DNSRCODE_STATUS_SIZE_1_0 ? 1 : -1];
typedef char status_ends_with_ede_count[offsetof(dnsrcode_status, ede_count) + sizeof(uint32_t) ==
                                                sizeof(dnsrcode_status) ? 1 : -1];

static uint16_t
get16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static uint32_t
get32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/*
 * Step over the name at *pos, following compression pointers to check the
 * whole name.  On success *pos is the octet after the name as it sits in
 * the record, and *wire_len its uncompressed length (1 for the root).
 * Data running out before the name ends is truncation, also after a jump:
 * like dnspython, BIND and Knot, the walk lets a name reached through a
 * pointer run on past the pointer itself, and only then can its end lie
 * beyond the data.
 */
static int
skip_name(const uint8_t *msg, size_t len, size_t *pos, size_t *wire_len)
{
	size_t p = *pos, limit = *pos, after = 0, total = 0;
	unsigned hops = 0;

	for (;;) {
		unsigned c;

		if (p >= len)
			return DNSRCODE_ETRUNCATED;
		c = msg[p];
		if (c == 0) {
			total++;
			if (hops == 0)
				after = p + 1;
			break;
		}
		switch (c & 0xc0) {
		case 0x00:
			total += c + 1;
			if (total + 1 > NAME_WIRE_MAX)
				return DNSRCODE_ENAME;
			if (c >= len - p)
				return DNSRCODE_ETRUNCATED;
			p += c + 1;
			break;
		case 0xc0: {
			size_t target;

			if (len - p < 2)
				return DNSRCODE_ETRUNCATED;
			target = (size_t)(c & 0x3f) << 8 | msg[p + 1];
			if (hops == 0)
				after = p + 2;
			/* RFC 1035 §4.1.4: a pointer names a prior occurrence.
			 * Each jump must land before the name and before the
			 * previous jump, so targets strictly decrease and no
			 * loop can form. */
			if (target >= limit || ++hops > POINTER_HOPS_MAX)
				return DNSRCODE_EPOINTER;
			limit = target;
			p = target;
			break;
		}
		default:
			/* 0x40 (extended labels, deprecated by RFC 6891 §5)
			 * and 0x80 (unassigned) have no length we could trust. */
			return DNSRCODE_ENAME;
		}
	}
	*pos = after;
	*wire_len = total;
	return DNSRCODE_OK;
}

/* RFC 6891 §6.1.2: the RDATA is a run of {OPTION-CODE, OPTION-LENGTH,
 * OPTION-DATA} that fills RDLENGTH exactly. */
static int
check_options(const uint8_t *rdata, size_t rdlen, uint32_t *ede_count)
{
	size_t p = 0;
	uint32_t n = 0;

	while (p < rdlen) {
		uint16_t code, olen;

		if (rdlen - p < OPTION_HEADER_LEN)
			return DNSRCODE_EOPT;
		code = get16(rdata + p);
		olen = get16(rdata + p + 2);
		p += OPTION_HEADER_LEN;
		if (olen > rdlen - p)
			return DNSRCODE_EOPT;
		/* RFC 8914 §2: a 2-octet INFO-CODE, then EXTRA-TEXT. */
		if (code == OPTION_EDE) {
			if (olen < 2)
				return DNSRCODE_EOPT;
			n++;
		}
		p += olen;
	}
	*ede_count = n;
	return DNSRCODE_OK;
}

/* Copy the first ede_max EDE options of an RDATA that check_options()
 * accepted. */
static void
fill_ede(const uint8_t *rdata, size_t rdlen, dnsrcode_ede_option *ede, size_t ede_max)
{
	size_t p = 0, n = 0;

	while (p < rdlen && n < ede_max) {
		uint16_t code = get16(rdata + p), olen = get16(rdata + p + 2);
		const uint8_t *data = rdata + p + OPTION_HEADER_LEN;

		if (code == OPTION_EDE) {
			uint16_t text_len = (uint16_t)(olen - 2);

			/* RFC 8914 §2: EXTRA-TEXT "may be null terminated";
			 * the terminator is not part of the text. */
			if (text_len > 0 && data[2 + text_len - 1] == '\0')
				text_len--;
			ede[n].code = get16(data);
			ede[n].text = (const char *)data + 2;
			ede[n].text_len = text_len;
			n++;
		}
		p += OPTION_HEADER_LEN + olen;
	}
}

/* RFC 8945 §4.2: Algorithm Name, Time Signed, Fudge, MAC Size, MAC,
 * Original ID, Error, Other Len, Other Data, filling RDLENGTH exactly. */
static int
read_tsig(const uint8_t *msg, size_t rdata, size_t rdlen, uint16_t *error)
{
	size_t p = rdata, end = rdata + rdlen, wire_len;
	uint16_t mac_size, other_len;
	int rc;

	/* Bounded by the RDATA: the name may not run past it. */
	rc = skip_name(msg, end, &p, &wire_len);
	if (rc != DNSRCODE_OK)
		return rc == DNSRCODE_ETRUNCATED ? DNSRCODE_ETSIG : rc;
	if (end - p < TSIG_FIXED_LEN)
		return DNSRCODE_ETSIG;
	mac_size = get16(msg + p + 8);
	p += TSIG_FIXED_LEN;
	if (end - p < mac_size)
		return DNSRCODE_ETSIG;
	p += mac_size;
	if (end - p < TSIG_TRAILER_LEN)
		return DNSRCODE_ETSIG;
	*error = get16(msg + p + 2);
	other_len = get16(msg + p + 4);
	p += TSIG_TRAILER_LEN;
	if (end - p != other_len)
		return DNSRCODE_ETSIG;
	return DNSRCODE_OK;
}

/* Walk every section; fill *s and remember where the OPT RDATA is. */
static int
walk(const uint8_t *msg, size_t len, dnsrcode_status *s, size_t *opt_rdata, size_t *opt_rdlen)
{
	size_t pos = HEADER_LEN, wire_len, i, rr_count, first_additional;
	int rc;

	for (i = 0; i < s->qdcount; i++) {
		if ((rc = skip_name(msg, len, &pos, &wire_len)) != DNSRCODE_OK)
			return rc;
		if (len - pos < QUESTION_FIXED_LEN)
			return DNSRCODE_ETRUNCATED;
		pos += QUESTION_FIXED_LEN;
	}
	first_additional = (size_t)s->ancount + s->nscount;
	rr_count = first_additional + s->arcount;
	for (i = 0; i < rr_count; i++) {
		int additional = i >= first_additional;
		uint16_t type, rrclass, rdlen;
		uint32_t ttl;

		if ((rc = skip_name(msg, len, &pos, &wire_len)) != DNSRCODE_OK)
			return rc;
		if (len - pos < RR_FIXED_LEN)
			return DNSRCODE_ETRUNCATED;
		type = get16(msg + pos);
		rrclass = get16(msg + pos + 2);
		ttl = get32(msg + pos + 4);
		rdlen = get16(msg + pos + 8);
		pos += RR_FIXED_LEN;
		if (len - pos < rdlen)
			return DNSRCODE_ETRUNCATED;
		if (type == TYPE_OPT) {
			/* RFC 6891 §6.1.1: at most one OPT, in the additional
			 * section, owned by the root. */
			if (!additional || s->has_opt || wire_len != 1)
				return DNSRCODE_EOPT;
			if ((rc = check_options(msg + pos, rdlen, &s->ede_count)) != DNSRCODE_OK)
				return rc;
			/* RFC 6891 §6.1.3: CLASS is the UDP payload size; TTL
			 * is EXTENDED-RCODE, VERSION, DO and Z. */
			s->has_opt = 1;
			s->udp_size = rrclass;
			s->opt_ext_rcode = (uint8_t)(ttl >> 24);
			s->edns_version = (uint8_t)(ttl >> 16);
			s->edns_flags = (uint16_t)ttl;
			*opt_rdata = pos;
			*opt_rdlen = rdlen;
		} else if (type == TYPE_TSIG) {
			/* RFC 8945 §5.2: one TSIG, the last record of the
			 * additional section; §4.2: of class ANY. */
			if (!additional || i != rr_count - 1 || rrclass != CLASS_ANY)
				return DNSRCODE_ETSIG;
			if ((rc = read_tsig(msg, pos, rdlen, &s->tsig_error)) != DNSRCODE_OK)
				return rc;
			s->has_tsig = 1;
		}
		pos += rdlen;
	}
	return pos == len ? DNSRCODE_OK : DNSRCODE_EMALFORMED;
}

DNSRCODE_API int
dnsrcode_msg_status(const uint8_t *msg, size_t len, dnsrcode_status *status,
                    size_t status_size, dnsrcode_ede_option *ede, size_t ede_max)
{
	dnsrcode_status s;
	dnsrcode_context ctx;
	size_t opt_rdata = 0, opt_rdlen = 0;
	int rc;

	if (msg == NULL || status == NULL || (ede == NULL && ede_max > 0) ||
	    status_size < DNSRCODE_STATUS_SIZE_1_0)
		return DNSRCODE_EINVAL;
	if (len < HEADER_LEN)
		return DNSRCODE_ETRUNCATED;

	memset(&s, 0, sizeof(s));
	s.id = get16(msg);
	s.flags = get16(msg + 2);
	s.qdcount = get16(msg + 4);
	s.ancount = get16(msg + 6);
	s.nscount = get16(msg + 8);
	s.arcount = get16(msg + 10);
	s.opcode = (uint8_t)(s.flags >> 11 & 0x0f);
	s.header_rcode = (uint8_t)(s.flags & 0x0f);
	if ((rc = walk(msg, len, &s, &opt_rdata, &opt_rdlen)) != DNSRCODE_OK)
		return rc;
	rc = rcode_effective(s.header_rcode, s.has_opt, s.opt_ext_rcode, s.has_tsig, s.tsig_error,
	                     &s.rcode, &ctx);
	if (rc != DNSRCODE_OK)
		return rc;
	s.rcode_ctx = (uint16_t)ctx;
	if (s.has_opt)
		fill_ede(msg + opt_rdata, opt_rdlen, ede, ede_max);

	/* Not a byte past what both sides know: the caller's struct may be
	 * older (shorter) or newer (longer) than this library's. */
	if (status_size > sizeof(s))
		status_size = sizeof(s);
	s.size = (uint32_t)status_size;
	memcpy(status, &s, status_size);
	return DNSRCODE_OK;
}
