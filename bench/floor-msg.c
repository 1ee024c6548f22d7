/*
 * floor-msg.c - yardsticks for dnsrcode_msg_status(): the cheapest walk
 * that still checks everything ours checks, and a walk that checks less
 * than that, as the bound no correct reader can pass.
 *
 * The floor checks every length against the data, every label type, every
 * compression pointer (backwards, below the previous jump, at most 127 per
 * name) and the 255-octet limit of every name, the OPT rules (additional
 * section, root owner, once, options filling RDATA, EDE of 2 octets or
 * more), the TSIG rules (last, class ANY, RDATA adding up) and that nothing
 * follows the last record; it finds the OPT, the TSIG error and the EDE
 * options.  It is one function with no error codes, no caller's struct of
 * a size to honour and no EDE text trimming: what ours adds to it is the
 * price of its interface.
 *
 * The bound walks the same records but does not follow pointers: it knows
 * where each name ends in its record and nothing about the name a pointer
 * makes.  It is not correct (it accepts pointer loops, forward pointers and
 * names over 255 octets); it is what reading a message costs at all.
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

/*
 * Suffixes already walked, by offset, as ours keeps them: a pointer to one
 * adds its length and its pointers instead of walking it again.  Where it
 * would take a name past a limit it is walked again, so an answer never
 * depends on what is remembered.
 */
struct known {
	uint64_t bits;
	uint16_t offset[SLOTS];
	uint8_t octets[SLOTS], hops[SLOTS];
};

/* The end of the name at @p in its record, or 0; *octets its length. */
static size_t
name(const uint8_t *m, size_t end, size_t p, unsigned *octets, struct known *k)
{
	size_t limit = p, after = 0;
	unsigned total = 0, hops = 0, n = 0, i;
	uint16_t at[128];
	uint8_t tot_at[128], hops_at[128];

	for (;;) {
		unsigned c;

		if (p >= end)
			return 0;
		c = m[p];
		if (c < 0x40) {
			if (c == 0) {
				total++;
				if (after == 0)
					after = p + 1;
				break;
			}
			if (p < 0x4000) {
				at[n] = (uint16_t)p;
				tot_at[n] = (uint8_t)total;
				hops_at[n++] = (uint8_t)hops;
			}
			total += c + 1;
			if (total >= NAME_MAX_OCTETS || c >= end - p)
				return 0;
			p += c + 1;
		} else if (c >= 0xc0) {
			size_t t;
			unsigned s;

			if (end - p < 2)
				return 0;
			t = (c & 0x3f) << 8 | m[p + 1];
			if (after == 0)
				after = p + 2;
			if (t >= limit || ++hops > HOPS_MAX)
				return 0;
			s = t & (SLOTS - 1);
			if (k != NULL && (k->bits >> s & 1) && k->offset[s] == t &&
			    total + k->octets[s] <= NAME_MAX_OCTETS && hops + k->hops[s] <= HOPS_MAX) {
				total += k->octets[s];
				hops += k->hops[s];
				break;
			}
			limit = t;
			p = t;
		} else {
			return 0;
		}
	}
	if (k != NULL) {
		for (i = 0; i < n; i++) {
			unsigned s = at[i] & (SLOTS - 1);

			k->offset[s] = at[i];
			k->octets[s] = (uint8_t)(total - tot_at[i]);
			k->hops[s] = (uint8_t)(hops - hops_at[i]);
			k->bits |= (uint64_t)1 << s;
		}
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
	struct known k;
	size_t p = HEADER, i, rrs, first_ar;
	unsigned qd, octets;

	if (len < HEADER)
		return 0;
	k.bits = 0;
	start(out);
	qd = get16(m + 4);
	first_ar = (size_t)get16(m + 6) + get16(m + 8);
	rrs = first_ar + get16(m + 10);
	for (i = 0; i < qd; i++) {
		if ((p = name(m, len, p, &octets, &k)) == 0 || len - p < 4)
			return 0;
		p += 4;
	}
	for (i = 0; i < rrs; i++) {
		unsigned type, rdlen;

		if ((p = name(m, len, p, &octets, &k)) == 0 || len - p < 10)
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
			if (i < first_ar || i != rrs - 1 || get16(m + p - 8) != 255 ||
			    !tsig(m, name(m, p + rdlen, p, &octets, NULL), p + rdlen, out))
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
		if (c >= 0x40 || c >= end - p)
			return 0;
		p += c + 1;
	}
}

int
floor_msg_bound(const uint8_t *m, size_t len, struct floor_msg *out)
{
	size_t p = HEADER, i, rrs, first_ar;
	unsigned qd;

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
		unsigned type, rdlen, root = m[p] == 0;

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
