/*
 * internal.h - the registry table's layout, shared by the library's files.
 * Nothing here is part of the ABI.
 */
#ifndef DNSRCODE_INTERNAL_H
#define DNSRCODE_INTERNAL_H

#include "dnsrcode.h"

/* Texts are offsets into one string blob, never pointers, so the tables are
 * read-only data that the dynamic loader does not have to relocate. */
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
	uint8_t entry; /* index into the entries; 255 for an alias of an unassigned value */
	uint8_t alias; /* 1 when dnsrcode_parse_strict() refuses it */
};

/* A run of values without a registry row. */
struct rcode_range {
	uint16_t lo, hi;
	uint8_t range_class;
	uint16_t reference_off;
	uint8_t reference_len;
};

#define RCODE_NO_ENTRY 255u

/* The tables' symbols (lib/rcode-table.inc) and the functions below that
 * carry it: visible to every file of the library and to nothing outside,
 * so reaching them is PC-relative and calling them is a direct call. */
#if defined(__GNUC__)
#  define RCODE_HIDDEN __attribute__((visibility("hidden")))
#else
#  define RCODE_HIDDEN
#endif

/* A function kept out of its caller, so that the caller's common path
 * has few registers to save.  Not "cold": that compiles for size, and
 * unknown names, which this library answers fast too, go that way. */
#if defined(__GNUC__)
#  define RCODE_NOINLINE __attribute__((noinline))
#else
#  define RCODE_NOINLINE
#endif

/* A function whose body belongs in each loop that calls it, though the
 * compiler would rather call it. */
#if defined(__GNUC__)
#  define RCODE_INLINE inline __attribute__((always_inline))
#else
#  define RCODE_INLINE inline
#endif

/* The generated tables (lib/table.c, lib/parse.c). */
const char *rcode_string(uint16_t offset);
const char *rcode_range_reference(const struct rcode_range *range);
const dnsrcode_info *rcode_entry(unsigned index);
const struct rcode_name *rcode_name_find(const char *text, size_t len);
const struct rcode_range *rcode_range_of(unsigned code);
const dnsrcode_info *rcode_lookup(unsigned code, dnsrcode_context ctx);
int rcode_range_class(unsigned code);

#define RCODE_NOTAUTH 9u
/*
 * The status a response carries, for arguments in range (dnsrcode_effective()
 * checks them; dnsrcode_msg_status() reads them off the wire): the header
 * RCODE; with OPT, RFC 6891 §6.1.3's upper 8 bits of the 12-bit RCODE;
 * and RFC 8945 §5.2.1-5.2.4: a server that rejects a request's TSIG
 * answers NOTAUTH and puts the cause (BADKEY, BADSIG, BADTIME, BADTRUNC)
 * in the TSIG Error, so that Error is the real status.  Answers the code,
 * and its context in *ctx.
 */
static inline uint16_t
effective_rcode(unsigned header_rcode, int has_opt, unsigned opt_ext_rcode, int has_tsig,
                unsigned tsig_error, dnsrcode_context *ctx)
{
	unsigned value = header_rcode;

	*ctx = DNSRCODE_CTX_HEADER;
	if (has_opt) {
		value |= opt_ext_rcode << 4;
		*ctx = DNSRCODE_CTX_EDNS;
	}
	if (has_tsig && tsig_error != 0 && value == RCODE_NOTAUTH) {
		value = tsig_error;
		*ctx = DNSRCODE_CTX_TSIG;
	}
	return (uint16_t)value;
}

/* ---------------------------------------------------------------- */
/* Extended DNS Errors (lib/ede-table.inc, generated like the above). */

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

/* The generated EDE tables (lib/ede.c). */
const char *ede_string(uint16_t offset);
const struct rcode_range *ede_range_of(unsigned code);
const struct ede_name *ede_name_find(const char *text, size_t len);

/* Behind dnsrcode_ede_lookup() and dnsrcode_ede_parse(), for the library's
 * own calls.  Its own calls go here, not to the dnsrcode_* names: those are
 * preemptible, so calling them would go through the PLT, need a dynamic
 * relocation, and let a same-named symbol interposed by the program take
 * over the library's internals.  tests/check-exports.sh holds this. */
RCODE_HIDDEN const dnsrcode_ede_info *ede_lookup(unsigned code); /* lib/ede.c */
RCODE_HIDDEN int ede_parse(const char *text, size_t len, uint16_t *code); /* lib/ede-parse.c */

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

/*
 * The index of @p in the table of @count elements of @size bytes at
 * @base, or @count when @p is not one of them.  The addresses are compared
 * as integers: a foreign pointer handed to an iterator ends the walk
 * instead of being dereferenced or compared as undefined behaviour.
 */
static inline size_t
table_index_of(const void *base, size_t count, size_t size, const void *p)
{
	uintptr_t b = (uintptr_t)base, q = (uintptr_t)p;

	if (q < b || q >= b + count * size || (q - b) % size != 0)
		return count;
	return (q - b) / size;
}

#endif /* DNSRCODE_INTERNAL_H */
