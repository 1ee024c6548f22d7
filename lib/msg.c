/*
 * msg.c - the status a DNS message carries, read from its wire form
 * (RFC 1035 §4.1) without allocating: the header, the OPT record
 * (RFC 6891), a TSIG record (RFC 8945) and EDE options (RFC 8914).
 *
 * This is the library's attack surface: every length is checked against
 * the buffer before it is used, every loop is bounded by the input, and
 * the caller's bytes are only ever read.
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
#define POINTER_TARGET_MAX 0x3fff /* 14 bits */
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

/*
 * The reader remembers the names it has walked.  A compressor points each
 * name at a suffix it wrote before, so the same few suffixes are the
 * targets of most pointers of a message; once one is known to be a valid
 * name of so many octets and so many pointers, a pointer to it need not be
 * followed again.  A small direct-mapped table of such suffixes, keyed by
 * offset: a suffix it has lost is walked again, so it changes the time a
 * message takes, never the answer.  A slot packs the suffix's offset (a
 * pointer target has 14 bits), its uncompressed length (the root's octet
 * included) and the pointers it follows.
 */
#define SUFFIX_SLOTS 64 /* one bit each in a uint64_t */
#define SUFFIX_SLOT(offset) ((offset) & (SUFFIX_SLOTS - 1))
#define SUFFIX(offset, wire_len, hops) \
	((uint32_t)(offset) | (uint32_t)(wire_len) << 16 | (uint32_t)(hops) << 24)
#define SUFFIX_OFFSET(s) ((s) & 0xffffu)
#define SUFFIX_WIRE_LEN(s) ((s) >> 16 & 0xffu)
#define SUFFIX_HOPS(s) ((s) >> 24)

struct reader {
	const uint8_t *msg;
	size_t question_len; /* of the question's name when all labels, else 0 */
	uint64_t known;      /* bit i: slot[i] holds a suffix */
	int error;           /* why the last walk stopped */
	uint32_t slot[SUFFIX_SLOTS];
};

/*
 * The suffix the reader remembers at @target, or 0 (no suffix is empty:
 * the root alone is one octet).  The question's name, the target of most
 * pointers, is remembered whole when it is labels only: a suffix of it is
 * found by stepping over its labels, which costs less than remembering
 * each of them.
 */
static LIB_INLINE uint32_t
recall(const struct reader *r, size_t target)
{
	unsigned i = SUFFIX_SLOT(target);

	if (target - HEADER_LEN < r->question_len) {
		size_t q = HEADER_LEN;

		while (q < target)
			q += r->msg[q] + 1u;
		if (q == target)
			return SUFFIX(target, HEADER_LEN + r->question_len - target, 0);
	}
	if (!(r->known >> i & 1) || SUFFIX_OFFSET(r->slot[i]) != target)
		return 0;
	return r->slot[i];
}

/*
 * Remember the suffix at each label start from @q up to @stop, the end of
 * its run of labels (a pointer or the root), when the name has @left
 * octets and @hops pointers from @q on.  Octets past the reach of a
 * pointer need no remembering, nor a suffix with all the pointers a name
 * may have: any pointer to it would make one too many, and the walk will
 * say so.
 */
static LIB_INLINE void
remember(struct reader *r, size_t q, size_t stop, unsigned left, unsigned hops)
{
	const uint8_t *msg = r->msg;
	uint64_t known = r->known;
	uint32_t suffix;

	if (hops >= POINTER_HOPS_MAX)
		return;
	if (stop > POINTER_TARGET_MAX + 1)
		stop = POINTER_TARGET_MAX + 1;
	/* One label on, the offset grows and the length shrinks by as much. */
	suffix = SUFFIX(q, left, hops);
	while (q < stop) {
		unsigned step = msg[q] + 1u;

		r->slot[SUFFIX_SLOT(q)] = suffix;
		known |= (uint64_t)1 << SUFFIX_SLOT(q);
		suffix += step - (step << 16);
		q += step;
	}
	r->known = known;
}

static size_t
fail(struct reader *r, int error)
{
	r->error = error;
	return 0;
}

/*
 * A run of labels the walk passed after a jump, from @start up to @stop (a
 * pointer or the root), when the name had @total octets and @hops pointers
 * before it.
 */
struct run {
	uint16_t start, stop;
	uint8_t total, hops;
};

/*
 * Walk the name at @p, following compression pointers to check the whole
 * name, and answer the octet after the name as it sits in the record; or 0
 * with the cause in r->error.  Data running out before the name ends is
 * truncation, also after a jump: like dnspython, BIND and Knot, the walk
 * lets a name reached through a pointer run on past the pointer itself,
 * and only then can its end lie beyond the data.  The name may not run
 * past @end.
 *
 * A pointer to a suffix the reader remembers ends the walk when the name
 * stays within both limits with it: walking the suffix again would find it
 * valid again (its own pointers go below a limit no higher than its start,
 * so they also go below the pointer to it), and would pass no limit.  When
 * the suffix would take the name past a limit, it is walked, so that the
 * error is the one the walk finds first.  Every label start the walk
 * passes is remembered once the name's length is known.
 */
LIB_NOINLINE static size_t
walk_name(struct reader *r, size_t end, size_t p)
{
	const uint8_t *msg = r->msg;
	size_t start = p, stop = 0, limit = p, after = 0;
	unsigned total = 0, hops = 0, runs = 0, i;
	struct run run[POINTER_HOPS_MAX];

	if (p >= end)
		return fail(r, DNSRCODE_ETRUNCATED);
	for (;;) {
		unsigned c = msg[p];

		if (c - 1 < 0x3f) {
			total += c + 1;
			if (total >= NAME_WIRE_MAX) /* no room left for the root */
				return fail(r, DNSRCODE_ENAME);
			/* The label and the octet after it, which the name
			 * needs, must lie in the data. */
			if (c >= end - p - 1)
				return fail(r, DNSRCODE_ETRUNCATED);
			p += c + 1;
			continue;
		}
		/* The end of a run of labels (before a jump that missed, there
		 * is only the first). */
		if (runs > 0)
			run[runs - 1].stop = (uint16_t)p;
		else
			stop = p;
		if (c == 0) {
			total++;
			if (hops == 0)
				after = p + 1;
			break;
		}
		if (c >= 0xc0) {
			size_t target;
			uint32_t known;

			if (end - p < 2)
				return fail(r, DNSRCODE_ETRUNCATED);
			target = (size_t)(c & 0x3f) << 8 | msg[p + 1];
			if (hops == 0)
				after = p + 2;
			/* RFC 1035 §4.1.4: a pointer names a prior occurrence.
			 * Each jump must land before the name and before the
			 * previous jump, so targets strictly decrease and no
			 * loop can form; the target lies in the data. */
			if (target >= limit || ++hops > POINTER_HOPS_MAX)
				return fail(r, DNSRCODE_EPOINTER);
			known = recall(r, target);
			if (known != 0 && total + SUFFIX_WIRE_LEN(known) <= NAME_WIRE_MAX &&
			    hops + SUFFIX_HOPS(known) <= POINTER_HOPS_MAX) {
				total += SUFFIX_WIRE_LEN(known);
				hops += SUFFIX_HOPS(known);
				break;
			}
			run[runs].start = (uint16_t)target;
			run[runs].total = (uint8_t)total;
			run[runs].hops = (uint8_t)hops;
			runs++;
			limit = target;
			p = target;
			continue;
		}
		/* 0x40 (extended labels, deprecated by RFC 6891 §5) and 0x80
		 * (unassigned) have no length we could trust. */
		return fail(r, DNSRCODE_ENAME);
	}
	remember(r, start, stop, total, hops);
	for (i = 0; i < runs; i++)
		remember(r, run[i].start, run[i].stop, total - run[i].total, hops - run[i].hops);
	return after;
}

/*
 * The same for the shapes nearly every name has, inline: labels (none or
 * more) that end in the root or in a pointer to a suffix the reader
 * remembers, within both limits, or in a pointer to labels that so end
 * (the owner of glue, whose name sits in an RDATA the walk skipped).  Any
 * other shape, and any problem, is left to walk_name(), which walks the
 * name again and says what it found.  No suffix remembered has so many
 * pointers that one more is too many.
 */
static LIB_INLINE size_t
skip_name(struct reader *r, size_t end, size_t p)
{
	const uint8_t *msg = r->msg;
	size_t q = p, limit = p, stop = 0, after = 0;
	unsigned total = 0, hops = 0, jump_total = 0, c;

	if (p >= end)
		return walk_name(r, end, p);
	/* Most owners: a pointer to a name already walked, and the root. */
	c = msg[p];
	if (c >= 0xc0 && end - p >= 2) {
		size_t target = (size_t)(c & 0x3f) << 8 | msg[p + 1];

		if (target < p && recall(r, target) != 0)
			return p + 2;
	} else if (c == 0) {
		return p + 1;
	}
	for (;;) {
		size_t target;
		uint32_t known;

		while ((c = msg[q]) - 1 < 0x3f) {
			total += c + 1;
			if (total >= NAME_WIRE_MAX || c >= end - q - 1)
				return walk_name(r, end, p);
			q += c + 1;
		}
		if (c == 0) {
			total++;
			if (hops == 0)
				after = q + 1;
			break;
		}
		if (c < 0xc0 || end - q < 2)
			return walk_name(r, end, p);
		target = (size_t)(c & 0x3f) << 8 | msg[q + 1];
		if (target >= limit)
			return walk_name(r, end, p);
		if (hops == 0)
			after = q + 2;
		known = recall(r, target);
		if (known != 0 && total + SUFFIX_WIRE_LEN(known) <= NAME_WIRE_MAX &&
		    hops + 1 + SUFFIX_HOPS(known) <= POINTER_HOPS_MAX) {
			total += SUFFIX_WIRE_LEN(known);
			hops += 1 + SUFFIX_HOPS(known);
			break;
		}
		if (hops > 0)
			return walk_name(r, end, p);
		/* The first jump, to labels not yet remembered. */
		hops = 1;
		stop = q;
		jump_total = total;
		limit = target;
		q = target;
	}
	if (limit == p) {
		remember(r, p, q, total, hops);
	} else {
		remember(r, p, stop, total, hops);
		remember(r, limit, q, total - jump_total, hops - 1);
	}
	return after;
}

/* Whether the valid name at @p is the root, itself or through pointers. */
static int
is_root(const uint8_t *msg, size_t p)
{
	while (msg[p] >= 0xc0)
		p = (size_t)(msg[p] & 0x3f) << 8 | msg[p + 1];
	return msg[p] == 0;
}

/* RFC 6891 §6.1.2: the RDATA is a run of {OPTION-CODE, OPTION-LENGTH,
 * OPTION-DATA} that fills RDLENGTH exactly.  Answers the count of EDE
 * options, or -1. */
static long
count_ede(const uint8_t *rdata, size_t rdlen)
{
	size_t p = 0;
	long n = 0;

	while (p < rdlen) {
		uint16_t code, olen;

		if (rdlen - p < OPTION_HEADER_LEN)
			return -1;
		code = get16(rdata + p);
		olen = get16(rdata + p + 2);
		p += OPTION_HEADER_LEN;
		if (olen > rdlen - p)
			return -1;
		/* RFC 8914 §2: a 2-octet INFO-CODE, then EXTRA-TEXT. */
		if (code == OPTION_EDE) {
			if (olen < 2)
				return -1;
			n++;
		}
		p += olen;
	}
	return n;
}

/* Copy the first ede_max EDE options of an RDATA that count_ede()
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
 * Original ID, Error, Other Len, Other Data, filling RDLENGTH exactly.
 * Answers the Error, or -1 with the cause in r->error. */
static long
read_tsig(struct reader *r, size_t p, size_t end)
{
	uint16_t mac_size, other_len, error;

	/* The name may not run past the RDATA, and a remembered suffix may:
	 * the TSIG is the last record, so forgetting them costs nothing. */
	r->known = 0;
	p = walk_name(r, end, p);
	if (p == 0) {
		if (r->error == DNSRCODE_ETRUNCATED)
			r->error = DNSRCODE_ETSIG;
		return -1;
	}
	r->error = DNSRCODE_ETSIG;
	if (end - p < TSIG_FIXED_LEN)
		return -1;
	mac_size = get16(r->msg + p + 8);
	p += TSIG_FIXED_LEN;
	if (end - p < mac_size)
		return -1;
	p += mac_size;
	if (end - p < TSIG_TRAILER_LEN)
		return -1;
	error = get16(r->msg + p + 2);
	other_len = get16(r->msg + p + 4);
	p += TSIG_TRAILER_LEN;
	if (end - p != other_len)
		return -1;
	return error;
}

/* What the walk finds besides the header. */
struct found {
	size_t opt;        /* offset of the OPT record's TYPE, 0 without OPT */
	uint32_t ede_count;
	int has_tsig;
	uint16_t tsig_error;
};

/* Walk every section of the message; fill *f, or answer the error. */
static int
walk(struct reader *r, size_t len, struct found *f)
{
	const uint8_t *msg = r->msg;
	size_t pos = HEADER_LEN, i = 0, qdcount = get16(msg + 4), rr_count, first_additional;

	if (qdcount > 0) {
		/* The question's name, when it is labels to the root within
		 * the limit: see recall().  Any other is walked as any name. */
		size_t q = HEADER_LEN;

		while (q < len && msg[q] - 1u < 0x3f)
			q += msg[q] + 1u;
		if (q < len && msg[q] == 0 && q + 1 - HEADER_LEN <= NAME_WIRE_MAX) {
			r->question_len = q + 1 - HEADER_LEN;
			pos = q + 1;
			i = 1;
			if (len - pos < QUESTION_FIXED_LEN)
				return DNSRCODE_ETRUNCATED;
			pos += QUESTION_FIXED_LEN;
		}
	}
	for (; i < qdcount; i++) {
		if ((pos = skip_name(r, len, pos)) == 0)
			return r->error;
		if (len - pos < QUESTION_FIXED_LEN)
			return DNSRCODE_ETRUNCATED;
		pos += QUESTION_FIXED_LEN;
	}
	first_additional = (size_t)get16(msg + 6) + get16(msg + 8);
	rr_count = first_additional + get16(msg + 10);
	for (i = 0; i < rr_count; i++) {
		size_t owner = pos;
		uint16_t type, rdlen;

		if ((pos = skip_name(r, len, pos)) == 0)
			return r->error;
		if (len - pos < RR_FIXED_LEN)
			return DNSRCODE_ETRUNCATED;
		type = get16(msg + pos);
		rdlen = get16(msg + pos + 8);
		if (len - pos - RR_FIXED_LEN < rdlen)
			return DNSRCODE_ETRUNCATED;
		if (type == TYPE_OPT) {
			long n;

			/* RFC 6891 §6.1.1: at most one OPT, in the additional
			 * section, owned by the root. */
			if (i < first_additional || f->opt != 0 || !is_root(msg, owner))
				return DNSRCODE_EOPT;
			if ((n = count_ede(msg + pos + RR_FIXED_LEN, rdlen)) < 0)
				return DNSRCODE_EOPT;
			f->opt = pos;
			f->ede_count = (uint32_t)n;
		} else if (type == TYPE_TSIG) {
			long error;

			/* RFC 8945 §5.2: one TSIG, the last record of the
			 * additional section; §4.2: of class ANY. */
			if (i < first_additional || i != rr_count - 1 ||
			    get16(msg + pos + 2) != CLASS_ANY)
				return DNSRCODE_ETSIG;
			error = read_tsig(r, pos + RR_FIXED_LEN, pos + RR_FIXED_LEN + rdlen);
			if (error < 0)
				return r->error;
			f->has_tsig = 1;
			f->tsig_error = (uint16_t)error;
		}
		pos += RR_FIXED_LEN + rdlen;
	}
	return pos == len ? DNSRCODE_OK : DNSRCODE_EMALFORMED;
}

/* The caller's struct, from the header and what the walk found. */
static void
fill_status(dnsrcode_status *s, const uint8_t *msg, const struct found *f)
{
	uint16_t flags = get16(msg + 2);
	unsigned opt_ext_rcode = 0;
	dnsrcode_context ctx;

	s->size = (uint32_t)sizeof(*s);
	s->id = get16(msg);
	s->flags = flags;
	s->qdcount = get16(msg + 4);
	s->ancount = get16(msg + 6);
	s->nscount = get16(msg + 8);
	s->arcount = get16(msg + 10);
	s->opcode = (uint8_t)(flags >> 11 & 0x0f);
	s->header_rcode = (uint8_t)(flags & 0x0f);
	s->has_opt = f->opt != 0;
	s->edns_version = 0;
	s->udp_size = 0;
	s->edns_flags = 0;
	if (f->opt != 0) {
		/* RFC 6891 §6.1.3: CLASS is the UDP payload size; TTL is
		 * EXTENDED-RCODE, VERSION, DO and Z. */
		const uint8_t *opt = msg + f->opt;

		opt_ext_rcode = opt[4];
		s->udp_size = get16(opt + 2);
		s->edns_version = opt[5];
		s->edns_flags = get16(opt + 6);
	}
	s->opt_ext_rcode = (uint8_t)opt_ext_rcode;
	s->has_tsig = (uint8_t)f->has_tsig;
	s->tsig_error = f->tsig_error;
	s->ede_count = f->ede_count;
	s->rcode = effective_rcode(flags & 0x0f, f->opt != 0, opt_ext_rcode, f->has_tsig,
	                           f->tsig_error, &ctx);
	s->rcode_ctx = (uint16_t)ctx;
}

DNSRCODE_API int
dnsrcode_msg_status(const uint8_t *msg, size_t len, dnsrcode_status *status,
                    size_t status_size, dnsrcode_ede_option *ede, size_t ede_max)
{
	struct reader r;
	struct found f = { 0, 0, 0, 0 };
	int rc;

	if (msg == NULL || status == NULL || (ede == NULL && ede_max > 0) ||
	    status_size < DNSRCODE_STATUS_SIZE_1_0)
		return DNSRCODE_EINVAL;
	if (len < HEADER_LEN)
		return DNSRCODE_ETRUNCATED;
	r.msg = msg;
	r.known = 0;
	r.question_len = 0;
	if ((rc = walk(&r, len, &f)) != DNSRCODE_OK)
		return rc;
	/* Not a byte past what both sides know: the caller's struct may be
	 * newer (longer) than this library's, and in 1.0 it cannot be shorter
	 * (status_size_is_1_0 above stops the build when that changes), so
	 * the fill is the whole struct. */
	fill_status(status, msg, &f);
	if (f.ede_count > 0 && ede_max > 0)
		fill_ede(msg + f.opt + RR_FIXED_LEN, get16(msg + f.opt + 8), ede, ede_max);
	return DNSRCODE_OK;
}
