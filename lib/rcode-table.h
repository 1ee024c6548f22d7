/*
 * rcode-table.h - the RCODE registry as the library's files see it: the
 * layout of its rows, the generated tables (lib/rcode-table.inc), and the
 * two searches on them, by code in a context and by name.  The searches
 * are inline so that the parser's and the formatter's common paths read
 * the tables without a call.  lib/rcode.c defines the tables.
 * Nothing here is part of the ABI.
 */
#ifndef DNSRCODE_RCODE_TABLE_H
#define DNSRCODE_RCODE_TABLE_H

#include <string.h>

#include "internal.h"
#include "range.h"

/* Texts are offsets into the string blob rcode_text, never pointers. */
struct dnsrcode_info {
	uint16_t code;
	uint8_t families;
	uint8_t contexts;
	uint16_t name_off;
	uint8_t name_len;
	uint16_t mnemonic_off;
	uint8_t mnemonic_len;
	uint16_t description_off;
	uint8_t description_len;
	uint16_t reference_off;
	uint8_t reference_len;
	uint16_t explanation_off;
};

/* A spelling the parser knows: a mnemonic or an alias, upper case. */
struct rcode_name {
	uint16_t text_off;
	uint8_t len;
	uint16_t code;
	uint8_t entry; /* index into the entries; RCODE_NO_ENTRY for an alias of an unassigned value */
	uint8_t alias; /* 1 when dnsrcode_parse_strict() refuses it */
};

#include "rcode-table.inc"

static inline int
rcode_ctx_valid(dnsrcode_context ctx)
{
	return (unsigned)ctx <= DNSRCODE_CTX_TKEY;
}

static inline unsigned
rcode_ctx_max(dnsrcode_context ctx)
{
	return ctx == DNSRCODE_CTX_HEADER ? 15u : ctx == DNSRCODE_CTX_EDNS ? 4095u : 65535u;
}

/* The row of an index from the tables, or NULL for RCODE_NO_ENTRY. */
static inline const dnsrcode_info *
rcode_row(unsigned index)
{
	return index == RCODE_NO_ENTRY ? NULL : &rcode_entries[index];
}

/* The row @code means in @ctx, or NULL. */
static inline const dnsrcode_info *
rcode_lookup(unsigned code, dnsrcode_context ctx)
{
	if (code >= RCODE_DENSE || !rcode_ctx_valid(ctx))
		return NULL;
	return rcode_row(rcode_pick[ctx][code]);
}

/* ------------------------------------------------------------ by name */

/* Unaligned loads that compile to one instruction. */
static inline uint64_t
rcode_load64(const char *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static inline uint32_t
rcode_load32(const char *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/*
 * Whether a word of input equals a word of an upper-case key, ignoring the
 * case of the input where the key has a letter.  Letters are the key bytes
 * with bit 0x40 set (A-Z; the generator allows only A-Z and 0-9); moved
 * down to 0x20 it is the case bit, which both sides then have set, so
 * 'n' and 'N' both match 'N' and nothing else does.  Digits compare
 * exactly.
 */
#if RCODE_NAME_MIN < 4 || RCODE_NAME_MAX > 16
#error "rcode_name_find() compares names of 4 to 16 bytes only"
#endif

#define RCODE_FOLD64 0x2020202020202020u
#define RCODE_FOLD32 0x20202020u

static inline int
rcode_same64(uint64_t in, uint64_t key)
{
	uint64_t fold = (key >> 1) & RCODE_FOLD64;

	return (in | fold) == (key | fold);
}

static inline int
rcode_same32(uint32_t in, uint32_t key)
{
	uint32_t fold = (key >> 1) & RCODE_FOLD32;

	return (in | fold) == (key | fold);
}

/*
 * The name or alias @text spells, in any case, or NULL.  Without copying
 * the text: the hash reads three bytes folded with | 0x20, and the
 * comparison is two overlapping words (the first and the last 8 bytes,
 * or 4 under 8), so it never reads outside [text, text + len).
 */
static inline const struct rcode_name *
rcode_name_find(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	const struct rcode_name *n;
	const char *key;

	if (len < RCODE_NAME_MIN || len > RCODE_NAME_MAX)
		return NULL;
	n = &rcode_names[RCODE_HASH(s[0] | 0x20u, s[len / 2] | 0x20u, s[len - 1] | 0x20u, len)];
	if (n->len != len)
		return NULL;
	key = rcode_text + n->text_off;
	if (len >= 8) {
		if (!rcode_same64(rcode_load64(text), rcode_load64(key)) ||
		    !rcode_same64(rcode_load64(text + len - 8), rcode_load64(key + len - 8)))
			return NULL;
	} else {
		if (!rcode_same32(rcode_load32(text), rcode_load32(key)) ||
		    !rcode_same32(rcode_load32(text + len - 4), rcode_load32(key + len - 4)))
			return NULL;
	}
	return n;
}

#endif /* DNSRCODE_RCODE_TABLE_H */
