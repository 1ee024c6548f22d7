/*
 * out.h - a caller's buffer filled with snprintf() semantics, shared by
 * the formatters (lib/format.c, lib/ede-format.c).  Not part of the ABI.
 */
#ifndef DNSRCODE_OUT_H
#define DNSRCODE_OUT_H

#include <stddef.h>
#include <string.h>

/* Output that counts every byte but stores only what fits before the NUL. */
struct out {
	char *buf;
	size_t size;
	size_t len;
};

/* Inline: every formatter calls it several times per text. */
static inline void
out_put(struct out *o, const char *s, size_t n)
{
	if (o->len + 1 < o->size) {
		size_t room = o->size - 1 - o->len;
		memcpy(o->buf + o->len, s, n < room ? n : room);
	}
	o->len += n;
}

void out_put_decimal(struct out *o, unsigned v);
/* "[A][B]" from "A<sep>B": references as IANA prints them. */
void out_put_references(struct out *o, const char *refs, size_t len, const char *sep,
                        size_t sep_len);
/* NUL-terminate what fits; the full length as snprintf() returns it. */
int out_finish(struct out *o);

/* What a value prints as, in every DNSRCODE_FMT_* style: its registry row,
 * or (mnemonic NULL) the range class it falls in.  Both registries print
 * alike; only the texts and the separators differ. */
struct out_entry {
	const char *generic;    /* "RCODE", "EDE": a value without a row is generic<n> */
	size_t generic_len;
	const char *mnemonic;   /* NULL when the value has no row */
	size_t mnemonic_len;
	const char *name;
	size_t name_len;
	const char *description; /* the row's, or the range class label */
	size_t description_len;
	const char *references; /* the row's or the range's, sep-separated */
	size_t references_len;
	const char *sep;
	size_t sep_len;
};

/* Print @code in @style (already validated) and finish the output. */
int out_format_entry(struct out *o, unsigned code, int style, const struct out_entry *e);

#endif /* DNSRCODE_OUT_H */
