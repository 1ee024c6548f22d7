/*
 * internal.h - what the library's files share: symbol visibility, the
 * hidden implementations behind exports the library calls itself, and the
 * walk of the iterators.  Each registry's own layout and
 * searches are in lib/rcode-table.h and lib/ede-table.h, what both share
 * of them in lib/range.h.  Nothing here is part of the ABI.
 */
#ifndef DNSRCODE_INTERNAL_H
#define DNSRCODE_INTERNAL_H

#include "dnsrcode.h"

/* The generated tables and the library's internal functions: visible to
 * every file of the library and to nothing outside, so reaching them is
 * PC-relative and calling them is a direct call. */
#if defined(__GNUC__)
#  define LIB_HIDDEN __attribute__((visibility("hidden")))
#else
#  define LIB_HIDDEN
#endif

/* A function kept out of its caller, so that the caller's common path
 * has few registers to save.  Not "cold": that compiles for size, and
 * unknown names, which this library answers fast too, go that way. */
#if defined(__GNUC__)
#  define LIB_NOINLINE __attribute__((noinline))
#else
#  define LIB_NOINLINE
#endif

/* A function whose body belongs in each loop that calls it, though the
 * compiler would rather call it.  Not in a coverage build (configure
 * --enable-coverage), so that each branch of the source is counted once. */
#if defined(__GNUC__) && !defined(LIB_COVERAGE)
#  define LIB_INLINE inline __attribute__((always_inline))
#else
#  define LIB_INLINE inline
#endif

/* A string literal and its length, for the text-and-length pairs. */
#define LIT(s) (s), (sizeof(s) - 1)

#define RCODE_NOTAUTH 9u
/*
 * The status a response carries, for arguments in range (dnsrcode_effective()
 * checks them; dnsrcode_msg_status() reads them off the wire): the header
 * RCODE; with OPT, RFC 6891 §6.1.3's upper 8 bits of the 12-bit RCODE;
 * and RFC 8945 §5.2.1-5.2.4: a server that rejects a request's TSIG
 * answers NOTAUTH and puts the cause (BADKEY, BADSIG, BADTIME, BADTRUNC)
 * in the TSIG Error, so that Error is the real status.  Answers the code,
 * and its context in *ctx.  Inline, so neither caller pays a call and
 * no exported name is called from inside the library.
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

/*
 * The iterators (dnsrcode_next(), dnsrcode_ede_next()): the element after
 * @prev in the table of @count elements of @size bytes at @base, the first
 * for NULL, and NULL after the last.  The addresses are compared as
 * integers: a foreign pointer handed to an iterator ends the walk instead
 * of being dereferenced or compared as undefined behaviour.
 */
static inline const void *
table_next(const void *base, size_t count, size_t size, const void *prev)
{
	uintptr_t b = (uintptr_t)base, p = (uintptr_t)prev;
	size_t next;

	if (prev == NULL)
		return base;
	if (p < b || p >= b + count * size || (p - b) % size != 0)
		return NULL;
	next = (p - b) / size + 1;
	return next < count ? (const char *)base + next * size : NULL;
}

#endif /* DNSRCODE_INTERNAL_H */
