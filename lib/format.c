/*
 * format.c - the four DNSRCODE_FMT_* styles, shared by the RCODE and the
 * EDE formatter: what a value prints as, given its row or its range.
 */
#include "config.h"

#include <string.h>

#include "buffer.h"
#include "format.h"

void
format_entry_range(struct format_entry *e, const struct code_range *range, const char *text)
{
	e->description = range_label(range != NULL ? range->range_class : DNSRCODE_RANGE_UNASSIGNED);
	e->description_len = strlen(e->description);
	if (range != NULL) {
		e->references = text + range->reference_off;
		e->references_len = range->reference_len;
	}
}

/* "[A][B]" from "A<sep>B": references as IANA prints them. */
static void
put_references(struct buffer *b, const char *refs, size_t len, const char *sep, size_t sep_len)
{
	size_t start = 0, i = 0;
	const char *hit;

	if (len == 0)
		return;
	buffer_put(b, " [", 2);
	/* memchr finds each candidate separator: this runs once per reference
	 * of every FULL-style format. */
	while ((hit = memchr(refs + i, sep[0], len - i)) != NULL) {
		i = (size_t)(hit - refs);
		if (i + sep_len > len)
			break;
		if (memcmp(refs + i, sep, sep_len) != 0) {
			i++;
			continue;
		}
		buffer_put(b, refs + start, i - start);
		buffer_put(b, "][", 2);
		start = i = i + sep_len;
	}
	buffer_put(b, refs + start, len - start);
	buffer_put(b, "]", 1);
}

/* The mnemonic, or generic<n> for a value without a row: the text that
 * parses back to the value. */
static void
put_mnemonic(struct buffer *b, unsigned code, const struct format_entry *e)
{
	if (e->mnemonic != NULL) {
		buffer_put(b, e->mnemonic, e->mnemonic_len);
	} else {
		buffer_put(b, e->generic, e->generic_len);
		buffer_put_decimal(b, code);
	}
}

int
format_entry(char *buf, size_t size, unsigned code, int style, const struct format_entry *e)
{
	struct buffer b = { buf, size, 0 };

	switch (style) {
	case DNSRCODE_FMT_MNEMONIC:
		put_mnemonic(&b, code, e);
		break;
	case DNSRCODE_FMT_NAME:
		if (e->mnemonic != NULL)
			buffer_put(&b, e->name, e->name_len);
		else
			put_mnemonic(&b, code, e);
		break;
	case DNSRCODE_FMT_DESCRIPTION:
		buffer_put(&b, e->description, e->description_len);
		break;
	default:
		/* "NXDOMAIN (3): Non-Existent Domain [RFC1035]" */
		put_mnemonic(&b, code, e);
		buffer_put(&b, " (", 2);
		buffer_put_decimal(&b, code);
		buffer_put(&b, "): ", 3);
		buffer_put(&b, e->description, e->description_len);
		put_references(&b, e->references, e->references_len, e->sep, e->sep_len);
		break;
	}
	return buffer_finish(&b);
}
