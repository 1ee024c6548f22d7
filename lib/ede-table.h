/*
 * ede-table.h - the Extended DNS Error registry (RFC 8914) as the
 * library's files see it: the layout of its rows, the generated tables
 * (lib/ede-table.inc), and the two searches on them, by code and by name.
 * lib/ede.c defines the tables.  Nothing here is part of the ABI.
 */
#ifndef DNSRCODE_EDE_TABLE_H
#define DNSRCODE_EDE_TABLE_H

#include <string.h>

#include "chars.h"
#include "internal.h"
#include "range.h"

/* Texts are offsets into the string blob ede_text, never pointers. */
struct dnsrcode_ede_info {
	uint16_t code;
	uint16_t rcode; /* the paired RCODE, or DNSRCODE_NO_CODE */
	uint8_t category;
	uint8_t retry;
	uint16_t purpose_off;
	uint8_t purpose_len;
	uint16_t mnemonic_off;
	uint8_t mnemonic_len;
	uint16_t reference_off;
	uint8_t reference_len;
	uint16_t explanation_off;
	uint16_t basis_off;
};

/* A spelling the parser knows, upper case: purpose, mnemonic or alias. */
struct ede_name {
	uint16_t text_off;
	uint8_t len;
	uint16_t code;
};

#include "ede-table.inc"

/* The row of @code, or NULL. */
static inline const dnsrcode_ede_info *
ede_lookup(unsigned code)
{
	unsigned index;

	if (code >= EDE_DENSE)
		return NULL;
	index = ede_index[code];
	return index == EDE_NO_ENTRY ? NULL : &ede_entries[index];
}

/*
 * The purpose, mnemonic or alias @text spells, in any case, or NULL.
 * Purposes run to 50 bytes with spaces, too long for the word compare of
 * the RCODE names: the names are upper case in byte order, so the text is
 * upper-cased once and then found by binary search with memcmp().
 */
static inline const struct ede_name *
ede_name_find(const char *text, size_t len)
{
	char upper[EDE_NAME_MAX];
	size_t i, lo = 0, hi = EDE_NAME_COUNT;

	if (len < EDE_NAME_MIN || len > EDE_NAME_MAX)
		return NULL;
	for (i = 0; i < len; i++)
		upper[i] = (char)to_upper((unsigned char)text[i]);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct ede_name *n = &ede_names[mid];
		size_t common = n->len < len ? n->len : len;
		int cmp = memcmp(ede_text + n->text_off, upper, common);

		if (cmp == 0)
			cmp = n->len < len ? -1 : n->len > len;
		if (cmp == 0)
			return n;
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

#endif /* DNSRCODE_EDE_TABLE_H */
