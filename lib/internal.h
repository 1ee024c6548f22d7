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

/* A string literal and its length, for the text-and-length pairs. */
#define LIT(s) (s), (sizeof(s) - 1)

/* The implementations behind exported functions that the library calls
 * itself.  Its own calls go here, not to the dnsrcode_* names: those are
 * preemptible, so calling them would go through the PLT, need a dynamic
 * relocation, and let a same-named symbol interposed by the program take
 * over the library's internals.  tests/check-exports.sh holds this. */
LIB_HIDDEN int rcode_effective(unsigned header_rcode, int has_opt, unsigned opt_ext_rcode,
                               int has_tsig, unsigned tsig_error, uint16_t *code,
                               dnsrcode_context *ctx); /* lib/wire.c */

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
