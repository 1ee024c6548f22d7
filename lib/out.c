/*
 * out.c - snprintf()-style output into a caller's buffer.
 */
#include "config.h"

#include <string.h>

#include "dnsrcode.h"
#include "out.h"

void
out_put_decimal(struct out *o, unsigned v)
{
	char digits[10];
	size_t n = sizeof(digits);

	do {
		digits[--n] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	out_put(o, digits + n, sizeof(digits) - n);
}

void
out_put_references(struct out *o, const char *refs, size_t len, const char *sep, size_t sep_len)
{
	size_t start = 0;
	const char *hit;

	if (len == 0)
		return;
	out_put(o, " [", 2);
	/* The generators let sep[0] into a list only as the start of a whole
	 * separator (data/gen-*-table.awk), so each one memchr finds is one. */
	while ((hit = memchr(refs + start, sep[0], len - start)) != NULL) {
		size_t i = (size_t)(hit - refs);

		out_put(o, refs + start, i - start);
		out_put(o, "][", 2);
		start = i + sep_len;
	}
	out_put(o, refs + start, len - start);
	out_put(o, "]", 1);
}

int
out_finish(struct out *o)
{
	if (o->size > 0)
		o->buf[o->len < o->size ? o->len : o->size - 1] = '\0';
	return (int)o->len;
}

/* generic<n>: the text of a value without a row, which parses back to it. */
static void
put_generic(struct out *o, unsigned code, const struct out_entry *e)
{
	out_put(o, e->generic, e->generic_len);
	out_put_decimal(o, code);
}

int
out_format_entry(struct out *o, unsigned code, int style, const struct out_entry *e)
{
	switch (style) {
	case DNSRCODE_FMT_MNEMONIC:
		if (e->mnemonic != NULL)
			out_put(o, e->mnemonic, e->mnemonic_len);
		else
			put_generic(o, code, e);
		break;
	case DNSRCODE_FMT_NAME:
		if (e->mnemonic != NULL)
			out_put(o, e->name, e->name_len);
		else
			put_generic(o, code, e);
		break;
	case DNSRCODE_FMT_DESCRIPTION:
		out_put(o, e->description, e->description_len);
		break;
	default:
		/* "NXDOMAIN (3): Non-Existent Domain [RFC1035]" */
		if (e->mnemonic != NULL)
			out_put(o, e->mnemonic, e->mnemonic_len);
		else
			put_generic(o, code, e);
		out_put(o, " (", 2);
		out_put_decimal(o, code);
		out_put(o, "): ", 3);
		out_put(o, e->description, e->description_len);
		out_put_references(o, e->references, e->references_len, e->sep, e->sep_len);
		break;
	}
	return out_finish(o);
}
