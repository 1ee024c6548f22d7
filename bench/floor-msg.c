/*
 * floor-msg.c - yardsticks for dnsrcode_msg_status(): the cheapest walk
 * this bench's author could write that still checks everything ours
 * checks, and a walk that checks less than that, as the bound no correct
 * reader can pass.
 *
 * The floor checks every length against the data, every label type, every
 * compression pointer (below the name and the previous jump, at most 127
 * in a name) and the 255-octet limit of every name, the OPT rules
 * (additional section, root owner, once, options filling RDATA, EDE of 2
 * octets or more), the TSIG rules (last, class ANY, RDATA adding up) and
 * that nothing follows the last record; it finds the OPT, the TSIG error
 * and the EDE options.  Its answer is yes or no, with no error codes, no
 * struct of a caller's size and no EDE text trimming.  It remembers names
 * as ours does (the question's name whole, other label starts in a small
 * table), so that a pointer to a name already walked costs a lookup.
 *
 * The bound walks the same records but does not follow pointers: it knows
 * where each name ends in its record and nothing about the name a pointer
 * makes.  It is not correct (it accepts pointer loops, forward pointers
 * and names over 255 octets); it is what reading a message costs at all.
 */
#include "config.h"

#include <string.h>

#ifdef FLOOR_SHARED
#define floor_msg_status floor_so_msg_status
#define floor_msg_bound floor_so_msg_bound
#endif

#include "floor.h"

#define HEADER 12
#define NAME_MAX_OCTETS 255
#define HOPS_MAX 127
#define SLOTS 64

static unsigned
get16(const uint8_t *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

/* Names already walked: the question's (labels only) whole, and label
 * starts of others with their suffix's octets and pointers. */
struct memo {
	const uint8_t *m;
	size_t qlen;    /* the question's name's octets, 0 when not all labels */
	uint64_t bits;  /* which slots are filled */
	uint16_t at[SLOTS];
	uint8_t octets[SLOTS], hops[SLOTS];
};

/* The suffix at @t: 1 and its octets and pointers, or 0. */
static int
known(const struct memo *k, size_t t, unsigned *octets, unsigned *hops)
{
	unsigned s = t & (SLOTS - 1);

	if (t - HEADER < k->qlen) {
		size_t q = HEADER;

		while (q < t)
			q += k->m[q] + 1u;
		if (q == t) {
			*octets = (unsigned)(HEADER + k->qlen - t);
			*hops = 0;
			return 1;
		}
	}
	if (!(k->bits >> s & 1) || k->at[s] != t)
		return 0;
	*octets = k->octets[s];
	*hops = k->hops[s];
	return 1;
}

/*
 * The end of the name at @p in its record, or 0; *octets its length.
 * Labels from @p up to its first pointer are remembered, and the target
 * of a pointer that had to be walked.
 */
static size_t
name(struct memo *k, size_t end, size_t p, unsigned *octets)
{
	const uint8_t *m = k->m;
	size_t q = p, limit = p, after = 0, stop = 0, first = 0;
	unsigned total = 0, hops = 0, at_first = 0, kn, kh;

	for (;;) {
		unsigned c;

		if (q >= end)
			return 0;
		c = m[q];
		if (c == 0) {
			total++;
			break;
		}
		if (c < 0x40) {
			total += c + 1;
			if (total >= NAME_MAX_OCTETS || c >= end - q - 1)
				return 0;
			q += c + 1;
			continue;
		}
		if (c < 0xc0 || end - q < 2)
			return 0;
		if (after == 0) {
			after = q + 2;
			stop = q;
		}
		q = (size_t)(c & 0x3f) << 8 | m[q + 1];
		if (q >= limit || ++hops > HOPS_MAX)
			return 0;
		if (known(k, q, &kn, &kh) && total + kn <= NAME_MAX_OCTETS && hops + kh <= HOPS_MAX) {
			total += kn;
			hops += kh;
			break;
		}
		if (hops == 1) {
			first = q;
			at_first = total;
		}
		limit = q;
	}
	if (after == 0) {
		after = q + 1;
		stop = q;
	}
	/* The labels before the first pointer, then a walked target. */
	for (q = p; q < stop && q < 0x4000; q += m[q] + 1u) {
		unsigned s = q & (SLOTS - 1);

		k->at[s] = (uint16_t)q;
		k->octets[s] = (uint8_t)(total - (q - p));
		k->hops[s] = (uint8_t)hops;
		k->bits |= (uint64_t)1 << s;
	}
	if (first != 0 && hops - 1 < HOPS_MAX) {
		unsigned s = first & (SLOTS - 1);

		k->at[s] = (uint16_t)first;
		k->octets[s] = (uint8_t)(total - at_first);
		k->hops[s] = (uint8_t)(hops - 1);
		k->bits |= (uint64_t)1 << s;
	}
	*octets = total;
	return after;
}

/* The OPT RDATA's options: their count of EDE, the first few copied. */
static int
options(const uint8_t *o, size_t len, struct floor_msg *out)
{
	size_t p = 0;

	while (p < len) {
		unsigned code, olen;

		if (len - p < 4)
			return 0;
		code = get16(o + p);
		olen = get16(o + p + 2);
		p += 4;
		if (olen > len - p)
			return 0;
		if (code == 15) {
			if (olen < 2)
				return 0;
			if (out->ede_count < FLOOR_EDE_MAX) {
				out->ede[out->ede_count].code = (uint16_t)get16(o + p);
				out->ede[out->ede_count].text = o + p + 2;
				out->ede[out->ede_count].text_len = (uint16_t)(olen - 2);
			}
			out->ede_count++;
		}
		p += olen;
	}
	return 1;
}

/* The TSIG RDATA after its name (which ends at @p, 0 when it does not):
 * MAC and Other Data adding up to its end. */
static int
tsig(const uint8_t *m, size_t p, size_t end, struct floor_msg *out)
{
	if (p == 0 || end - p < 10 || end - p - 10 < get16(m + p + 8))
		return 0;
	p += 10 + get16(m + p + 8);
	if (end - p < 6 || end - p - 6 != get16(m + p + 4))
		return 0;
	out->tsig_error = (uint16_t)get16(m + p + 2);
	return 1;
}

/* RFC 6891 §6.1.3 and RFC 8945 §5.2.1-5.2.4, as dnsrcode_effective(). */
static int
effective(const uint8_t *m, struct floor_msg *out)
{
	out->rcode = (uint16_t)(out->ext_rcode << 4 | (m[3] & 0x0f));
	if (out->has_tsig && out->tsig_error != 0 && out->rcode == 9)
		out->rcode = out->tsig_error;
	return 1;
}

/* Zero what a message without OPT or TSIG leaves unset. */
static void
start(struct floor_msg *out)
{
	out->has_opt = out->has_tsig = 0;
	out->ext_rcode = 0;
	out->tsig_error = 0;
	out->ede_count = 0;
}

int
floor_msg_status(const uint8_t *m, size_t len, struct floor_msg *out)
{
	struct memo k;
	size_t p = HEADER, i = 0, rrs, first_ar, qd;
	unsigned octets;

	if (len < HEADER)
		return 0;
	k.m = m;
	k.qlen = 0;
	k.bits = 0;
	start(out);
	qd = get16(m + 4);
	first_ar = (size_t)get16(m + 6) + get16(m + 8);
	rrs = first_ar + get16(m + 10);
	if (qd > 0) {
		/* The question's name, all labels: remembered whole. */
		while (p < len && m[p] - 1u < 0x3f)
			p += m[p] + 1u;
		if (p < len && m[p] == 0 && p + 1 - HEADER <= NAME_MAX_OCTETS) {
			k.qlen = p + 1 - HEADER;
			if (len - ++p < 4)
				return 0;
			p += 4;
			i = 1;
		} else {
			p = HEADER;
		}
	}
	for (; i < qd; i++) {
		if ((p = name(&k, len, p, &octets)) == 0 || len - p < 4)
			return 0;
		p += 4;
	}
	for (i = 0; i < rrs; i++) {
		unsigned type, rdlen, hops, c = p < len ? m[p] : 0xff;
		size_t t = p + 1 < len ? (size_t)(c & 0x3f) << 8 | m[p + 1] : p;

		/* The common owners inline: a pointer to a name walked, the
		 * root; any other goes the whole way. */
		if (c >= 0xc0 && t < p && known(&k, t, &octets, &hops) && hops < HOPS_MAX) {
			p += 2;
		} else if (c == 0) {
			octets = 1;
			p++;
		} else if ((p = name(&k, len, p, &octets)) == 0) {
			return 0;
		}
		if (len - p < 10)
			return 0;
		type = get16(m + p);
		rdlen = get16(m + p + 8);
		p += 10;
		if (len - p < rdlen)
			return 0;
		if (type == 41) {
			if (i < first_ar || out->has_opt || octets != 1 || !options(m + p, rdlen, out))
				return 0;
			out->has_opt = 1;
			out->ext_rcode = m[p - 6];
		} else if (type == 250) {
			if (i < first_ar || i != rrs - 1 || get16(m + p - 8) != 255)
				return 0;
			k.bits = 0;
			if (!tsig(m, name(&k, p + rdlen, p, &octets), p + rdlen, out))
				return 0;
			out->has_tsig = 1;
		}
		p += rdlen;
	}
	return p == len && effective(m, out);
}

/* The end of the name at @p as it sits in its record, or 0. */
static size_t
skip(const uint8_t *m, size_t end, size_t p)
{
	for (;;) {
		unsigned c;

		if (p >= end)
			return 0;
		c = m[p];
		if (c == 0)
			return p + 1;
		if (c >= 0xc0)
			return end - p < 2 ? 0 : p + 2;
		if (c >= 0x40 || c >= end - p - 1)
			return 0;
		p += c + 1;
	}
}

int
floor_msg_bound(const uint8_t *m, size_t len, struct floor_msg *out)
{
	size_t p = HEADER, i, rrs, first_ar, qd;

	if (len < HEADER)
		return 0;
	start(out);
	qd = get16(m + 4);
	first_ar = (size_t)get16(m + 6) + get16(m + 8);
	rrs = first_ar + get16(m + 10);
	for (i = 0; i < qd; i++) {
		if ((p = skip(m, len, p)) == 0 || len - p < 4)
			return 0;
		p += 4;
	}
	for (i = 0; i < rrs; i++) {
		unsigned type, rdlen, root = p < len && m[p] == 0;

		if ((p = skip(m, len, p)) == 0 || len - p < 10)
			return 0;
		type = get16(m + p);
		rdlen = get16(m + p + 8);
		p += 10;
		if (len - p < rdlen)
			return 0;
		if (type == 41) {
			if (i < first_ar || out->has_opt || !root || !options(m + p, rdlen, out))
				return 0;
			out->has_opt = 1;
			out->ext_rcode = m[p - 6];
		} else if (type == 250) {
			if (i < first_ar || i != rrs - 1 || get16(m + p - 8) != 255 ||
			    !tsig(m, skip(m, p + rdlen, p), p + rdlen, out))
				return 0;
			out->has_tsig = 1;
		}
		p += rdlen;
	}
	return p == len && effective(m, out);
}
