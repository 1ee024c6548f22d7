/*
 * format.h - the four DNSRCODE_FMT_* styles, for a value of either
 * registry (lib/format.c).  Not part of the ABI.
 */
#ifndef DNSRCODE_FORMAT_H
#define DNSRCODE_FORMAT_H

#include <stddef.h>

#include "internal.h"
#include "range.h"

/* What a value prints as: its registry row, or (mnemonic NULL) the range
 * it falls in.  Both registries print alike; only the texts and the
 * separators differ. */
struct format_entry {
	const char *generic;    /* "RCODE", "EDE": a value without a row is generic<n> */
	size_t generic_len;
	const char *sep;        /* between two of the references */
	size_t sep_len;
	const char *mnemonic;   /* NULL when the value has no row */
	size_t mnemonic_len;
	const char *name;
	size_t name_len;
	const char *description; /* the row's, or the range class label */
	size_t description_len;
	const char *references; /* the row's or the range's, sep-separated */
	size_t references_len;
};

/* A value without a row: the label of @range's class and its references,
 * which are in @text, the registry's string blob.  @range NULL reads as
 * unassigned. */
LIB_HIDDEN void format_entry_range(struct format_entry *e, const struct code_range *range,
                                   const char *text);

/* Print @code in @style (already validated) into @buf of @size bytes,
 * with snprintf() semantics. */
LIB_HIDDEN int format_entry(char *buf, size_t size, unsigned code, int style,
                            const struct format_entry *e);

#endif /* DNSRCODE_FORMAT_H */
