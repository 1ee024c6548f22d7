/*
 * dnsrcode.h - DNS response codes (RCODEs) and Extended DNS Errors: name,
 * classify, print, parse; and the status of a DNS response on the wire.
 *
 * The one public header of libdnsrcode.  Every function is thread-safe,
 * allocates nothing and keeps no state; every pointer argument may be NULL
 * (an error, never a crash).  Registry types are opaque and entries are
 * static; the only structures, filled by dnsrcode_msg_status() in the
 * caller's memory, say below how they stay ABI-safe.
 *
 * Copyright (c) 2026 The libdnsrcode authors.  MIT licence (see COPYING).
 */
#ifndef DNSRCODE_H
#define DNSRCODE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(DNSRCODE_BUILDING) && defined(__GNUC__)
#  define DNSRCODE_API __attribute__((visibility("default")))
#else
#  define DNSRCODE_API
#endif

/** Compile-time version of this header; dnsrcode_version() is the runtime one. */
#define DNSRCODE_VERSION_MAJOR 1
#define DNSRCODE_VERSION_MINOR 0
#define DNSRCODE_VERSION_PATCH 0
#define DNSRCODE_VERSION "1.0.0"

/** One row of the IANA "DNS RCODEs" registry.  Static; never freed. */
typedef struct dnsrcode_info dnsrcode_info;

/**
 * Where a code was carried; it decides how many bits exist and which
 * registry row a doubly assigned value (9, 16) means.
 * Values never change; new ones are appended.
 */
typedef enum {
	DNSRCODE_CTX_ANY = 0,    /**< unknown: 0..65535, 16 reads as BADVERS */
	DNSRCODE_CTX_HEADER = 1, /**< 4-bit RCODE of the message header: 0..15 */
	DNSRCODE_CTX_EDNS = 2,   /**< 12-bit extended RCODE (header + OPT): 0..4095 */
	DNSRCODE_CTX_TSIG = 3,   /**< 16-bit TSIG Error: 16 is BADSIG, 9 "Not Authorized" */
	DNSRCODE_CTX_TKEY = 4    /**< 16-bit TKEY Error: 16 is BADSIG */
} dnsrcode_context;

/*
 * Every group of constants is an enum with explicit values, so that the
 * ABI baseline (abidw, abidiff) records each name and value and a change
 * fails `make abi-check`.  Values never change; new ones are appended.
 * Functions take and return plain int or unsigned, so C++ callers need
 * no casts and bitwise-or'ed families stay valid arguments.
 */

/** Bits of dnsrcode_info_contexts(): one per wire field (never for ANY). */
#define DNSRCODE_CTXBIT(ctx) (1u << (ctx))
typedef enum {
	DNSRCODE_CTXBIT_HEADER = 1 << DNSRCODE_CTX_HEADER,
	DNSRCODE_CTXBIT_EDNS = 1 << DNSRCODE_CTX_EDNS,
	DNSRCODE_CTXBIT_TSIG = 1 << DNSRCODE_CTX_TSIG,
	DNSRCODE_CTXBIT_TKEY = 1 << DNSRCODE_CTX_TKEY
} dnsrcode_context_bit;

/** Families: the document that defines a registry row (bits, may be or-ed). */
typedef enum {
	DNSRCODE_FAMILY_BASE = 0x01,   /**< RFC 1035 */
	DNSRCODE_FAMILY_UPDATE = 0x02, /**< RFC 2136 dynamic update */
	DNSRCODE_FAMILY_DSO = 0x04,    /**< RFC 8490 DNS stateful operations */
	DNSRCODE_FAMILY_EDNS = 0x08,   /**< RFC 6891 EDNS(0) */
	DNSRCODE_FAMILY_TSIG = 0x10,   /**< RFC 8945 TSIG */
	DNSRCODE_FAMILY_TKEY = 0x20,   /**< RFC 2930 TKEY */
	DNSRCODE_FAMILY_COOKIE = 0x40, /**< RFC 7873 DNS cookies */
	DNSRCODE_FAMILY_ALL = 0x7f
} dnsrcode_family;

/** Range classes of dnsrcode_range() (RFC 6895 §2.3) and of
 *  dnsrcode_ede_range() (RFC 8914 §5.2), which has no RESERVED. */
typedef enum {
	DNSRCODE_RANGE_ASSIGNED = 1,   /**< has a registry row */
	DNSRCODE_RANGE_UNASSIGNED = 2, /**< RCODE 12-15, 24-3840, 4096-65534;
	                                    EDE 36-49151 in the current registry */
	DNSRCODE_RANGE_PRIVATE = 3,    /**< RCODE 3841-4095, EDE 49152-65535 */
	DNSRCODE_RANGE_RESERVED = 4    /**< RCODE 65535 */
} dnsrcode_range_class;

/** Styles of dnsrcode_format() and dnsrcode_ede_format(). */
typedef enum {
	DNSRCODE_FMT_MNEMONIC = 0,    /**< "NXDOMAIN"; unassigned: "RCODE12" */
	DNSRCODE_FMT_NAME = 1,        /**< "NXDomain"; unassigned: "RCODE12" */
	DNSRCODE_FMT_DESCRIPTION = 2, /**< "Non-Existent Domain"; unassigned: "Unassigned" */
	DNSRCODE_FMT_FULL = 3         /**< "NXDOMAIN (3): Non-Existent Domain [RFC1035]" */
} dnsrcode_style;

/** Results: DNSRCODE_OK or one negative value per cause. */
typedef enum {
	DNSRCODE_OK = 0,
	DNSRCODE_EINVAL = -1,      /**< bad argument: NULL, unknown context or style */
	DNSRCODE_EUNKNOWN = -2,    /**< well-formed text naming no RCODE, or no EDE for ede_parse */
	DNSRCODE_ESYNTAX = -3,     /**< characters no RCODE or EDE text has (NUL, '-', non-ASCII) */
	DNSRCODE_ERANGE = -4,      /**< a number too large: for the context, or above 65535 */
	DNSRCODE_EEMPTY = -5,      /**< empty text */
	DNSRCODE_ESIGN = -6,       /**< a leading '+' or '-' */
	DNSRCODE_ESPACE = -7,      /**< white space where the text has none: anywhere in
	                                RCODE text; in EDE text, any but single inner spaces */
	DNSRCODE_ETRAILING = -8,   /**< a number or name followed by other characters */
	DNSRCODE_EALIAS = -9,      /**< a non-canonical spelling, refused by the strict parser */
	DNSRCODE_ETRUNCATED = -10, /**< a DNS message ends before a field it declares */
	DNSRCODE_EMALFORMED = -11, /**< a DNS message is inconsistent */
	DNSRCODE_EPOINTER = -12,   /**< a DNS message has a bad compression pointer */
	DNSRCODE_ENAME = -13,      /**< a DNS message has a bad label type or a name over 255 octets */
	DNSRCODE_EOPT = -14,       /**< a DNS message has a bad or misplaced OPT record or option */
	DNSRCODE_ETSIG = -15       /**< a DNS message has a bad or misplaced TSIG record */
} dnsrcode_error;

/** Returned by the functions that give a code when there is none: 65535 is
 *  reserved and never the answer of a valid call. */
#define DNSRCODE_NO_CODE 0xffffu

/* ------------------------------------------------------------------ */
/* Lookup                                                             */

/**
 * Find the registry entry for a code as read in a context.
 *
 * Where the registry has two rows for a value the context picks one:
 * 16 is BADSIG in TSIG and TKEY, BADVERS elsewhere; 9 is "Not Authorized"
 * (RFC 8945) in TSIG, "Not Authoritative" (RFC 2136) elsewhere.
 *
 * A lookup answers what the value names, so nothing read off the wire is
 * left a bare number when the registry has a name for it: 17 in EDNS
 * (header 1, OPT 1) is BADKEY.  Whether the row may legitimately appear
 * there is the contexts fact, dnsrcode_info_contexts() (BADKEY: TSIG and
 * TKEY only).
 *
 * @param code  0..65535
 * @param ctx   where the code was carried
 * @return the entry, or NULL when the code is unassigned, does not fit
 *         @p ctx (16 in HEADER) or @p ctx is not a context.
 */
DNSRCODE_API const dnsrcode_info *dnsrcode_lookup(unsigned code, dnsrcode_context ctx);

/**
 * Find an entry by IANA name or mnemonic, case-insensitively; the aliases
 * other software prints (NOTIMPL, RESERVED11) are accepted too.
 * "NOTAUTH" gives the RFC 2136 row of 9; "BADSIG" and "BADVERS" their own rows.
 *
 * @param name  the text, not necessarily NUL-terminated
 * @param len   its length in bytes
 * @return the entry, or NULL for NULL, numbers, and unknown names.
 */
DNSRCODE_API const dnsrcode_info *dnsrcode_lookup_name(const char *name, size_t len);

/**
 * Iterate over every registry row in registry order (by code; for 9 and 16
 * the RFC 2136 / RFC 6891 row comes first).
 *
 * @param prev  NULL to start, else the entry returned last
 * @return the next entry, or NULL after the last one or when @p prev is
 *         not an entry of this library.
 */
DNSRCODE_API const dnsrcode_info *dnsrcode_next(const dnsrcode_info *prev);

/** The entry's code, or DNSRCODE_NO_CODE for NULL. */
DNSRCODE_API uint16_t dnsrcode_info_code(const dnsrcode_info *info);
/** The IANA name ("NXDomain"), or NULL for NULL. */
DNSRCODE_API const char *dnsrcode_info_name(const dnsrcode_info *info);
/** The upper-case mnemonic DNS tools print ("NXDOMAIN"), or NULL for NULL. */
DNSRCODE_API const char *dnsrcode_info_mnemonic(const dnsrcode_info *info);
/** The IANA description ("Non-Existent Domain"), or NULL for NULL. */
DNSRCODE_API const char *dnsrcode_info_description(const dnsrcode_info *info);
/** One or two plain sentences: what it means, the usual cause; NULL for NULL. */
DNSRCODE_API const char *dnsrcode_info_explanation(const dnsrcode_info *info);
/** The IANA references without brackets ("RFC2136 RFC6672"), or NULL for NULL. */
DNSRCODE_API const char *dnsrcode_info_reference(const dnsrcode_info *info);
/** DNSRCODE_FAMILY_* bits of the defining document; 0 for NULL. */
DNSRCODE_API unsigned dnsrcode_info_families(const dnsrcode_info *info);
/** DNSRCODE_CTXBIT_* of the wire fields this row may legitimately appear
 *  in (BADTIME: TSIG and TKEY only); 0 for NULL. */
DNSRCODE_API unsigned dnsrcode_info_contexts(const dnsrcode_info *info);

/* ------------------------------------------------------------------ */
/* Text                                                               */

/**
 * The mnemonic of a code in a context: the fast path of
 * dnsrcode_info_mnemonic(dnsrcode_lookup(code, ctx)).
 *
 * @return "NXDOMAIN", or NULL when the code is unassigned, does not fit
 *         @p ctx, or @p ctx is not a context.
 */
DNSRCODE_API const char *dnsrcode_to_text(unsigned code, dnsrcode_context ctx);

/**
 * Parse the text of an RCODE, case-insensitively: an IANA name or mnemonic
 * (BADSIG and BADVERS both give 16), a decimal number, "RCODE<decimal>",
 * and the spellings other software prints (NOTIMPL; BIND's RESERVED11 to
 * RESERVED15).  Nothing around the text is skipped.
 *
 * @param text  not necessarily NUL-terminated; a NUL inside @p len is an error
 * @param len   length of @p text in bytes
 * @param ctx   the value must fit this context
 * @param code  receives the value on success; untouched on error
 * @return DNSRCODE_OK, or DNSRCODE_EINVAL (NULL, bad ctx), DNSRCODE_EEMPTY,
 *         DNSRCODE_ESIGN, DNSRCODE_ESPACE, DNSRCODE_ETRAILING ("3x",
 *         "0x10"), DNSRCODE_ESYNTAX, DNSRCODE_EUNKNOWN ("FOO"),
 *         DNSRCODE_ERANGE (value above 65535 or outside @p ctx).
 */
DNSRCODE_API int dnsrcode_parse(const char *text, size_t len, dnsrcode_context ctx,
                                uint16_t *code);

/**
 * As dnsrcode_parse(), accepting only the canonical forms: IANA name or
 * mnemonic in any case, decimal, "RCODE<decimal>".  An alias such as
 * NOTIMPL gives DNSRCODE_EALIAS.
 */
DNSRCODE_API int dnsrcode_parse_strict(const char *text, size_t len, dnsrcode_context ctx,
                                       uint16_t *code);

/**
 * Format a code with snprintf() semantics: returns the length of the full
 * text, writes at most @p size bytes and always NUL-terminates when
 * @p size > 0; @p buf may be NULL when @p size is 0, to measure.
 * Unassigned codes print as "RCODE<n>" (MNEMONIC, NAME) and as their range
 * class (DESCRIPTION: "Unassigned", "Reserved for Private Use", "Reserved"),
 * so MNEMONIC and NAME output always parses back to the same value.
 *
 * @param style  DNSRCODE_FMT_*
 * @return the full length, or DNSRCODE_ERANGE (code does not fit @p ctx) or
 *         DNSRCODE_EINVAL (bad ctx or style, NULL buf with size > 0); on
 *         error @p buf is untouched.
 */
DNSRCODE_API int dnsrcode_format(char *buf, size_t size, unsigned code, dnsrcode_context ctx,
                                 int style);

/* ------------------------------------------------------------------ */
/* Classification                                                     */

/**
 * The range class of a value.
 * @return DNSRCODE_RANGE_*, or DNSRCODE_ERANGE above 65535.
 */
DNSRCODE_API int dnsrcode_range(unsigned code);

/**
 * Whether the row @p code means in @p ctx belongs to any of @p families.
 * A predicate: 1 or 0, never an error, so `if (dnsrcode_in_family(...))`
 * is safe.
 * @return 1, or 0 also when @p code has no row there, does not fit @p ctx
 *         or @p ctx is not a context.
 */
DNSRCODE_API int dnsrcode_in_family(unsigned code, unsigned families, dnsrcode_context ctx);

/**
 * Whether @p code is representable in @p ctx: HEADER 0..15, EDNS 0..4095,
 * ANY, TSIG and TKEY 0..65535.  A predicate: 1 or 0, never an error.
 * @return 1, or 0 also when @p ctx is not a context (nothing fits there).
 */
DNSRCODE_API int dnsrcode_fits(unsigned code, dnsrcode_context ctx);

/* ------------------------------------------------------------------ */
/* The extended RCODE on the wire (RFC 6891 §6.1.3)                    */

/**
 * The 12-bit code from the header RCODE (low 4 bits) and the OPT record's
 * EXTENDED-RCODE (high 8 bits).
 * @return 0..4095, or DNSRCODE_NO_CODE when @p header_rcode > 15 or
 *         @p opt_ext_rcode > 255.
 */
DNSRCODE_API uint16_t dnsrcode_combine(unsigned header_rcode, unsigned opt_ext_rcode);

/**
 * Split a 12-bit code into its header and OPT parts.
 * @return DNSRCODE_OK; DNSRCODE_ERANGE above 4095; DNSRCODE_EINVAL for a
 *         NULL pointer (outputs untouched on error).
 */
DNSRCODE_API int dnsrcode_split(unsigned code, uint8_t *header_rcode, uint8_t *opt_ext_rcode);

/**
 * The code carried by a message's header flags (the 16 bits after the ID)
 * and its OPT record's TTL field; pass 0 as @p opt_ttl without OPT.
 */
DNSRCODE_API uint16_t dnsrcode_from_flags(uint16_t header_flags, uint32_t opt_ttl);

/**
 * Store a code into header flags and an OPT TTL, changing only the RCODE
 * bits (low 4 of the flags, high 8 of the TTL); the other flags, the EDNS
 * version and the DO bit are kept.
 * @return DNSRCODE_OK; DNSRCODE_ERANGE above 4095; DNSRCODE_EINVAL for a
 *         NULL pointer (outputs untouched on error).
 */
DNSRCODE_API int dnsrcode_to_flags(unsigned code, uint16_t *header_flags, uint32_t *opt_ttl);

/**
 * The status a response carries.  With OPT, the 12-bit extended RCODE
 * (RFC 6891 §6.1.3); when the result is NOTAUTH (9) and a TSIG record has a
 * non-zero Error, that error (RFC 8945 §5.2.1-5.2.4), read in
 * DNSRCODE_CTX_TSIG.
 *
 * @param code  receives the code
 * @param ctx   receives the context to read it in (HEADER, EDNS or TSIG)
 * @return DNSRCODE_OK; DNSRCODE_ERANGE when @p header_rcode > 15,
 *         @p opt_ext_rcode > 255 or @p tsig_error > 65535; DNSRCODE_EINVAL
 *         for a NULL pointer (outputs untouched on error).
 */
DNSRCODE_API int dnsrcode_effective(unsigned header_rcode, int has_opt, unsigned opt_ext_rcode,
                                    int has_tsig, unsigned tsig_error, uint16_t *code,
                                    dnsrcode_context *ctx);

/* ================================================================== */
/* Extended DNS Errors (RFC 8914)                                     */
/*                                                                    */
/* The IANA "Extended DNS Error Codes" registry, treated like the     */
/* RCODEs: opaque static entries, lookup, parse, format, iteration,   */
/* plus advice a resolver can act on.                                 */

/** One row of the IANA "Extended DNS Error Codes" registry.  Static; never freed. */
typedef struct dnsrcode_ede_info dnsrcode_ede_info;

/** Categories of dnsrcode_ede_info_category(): what the code is about. */
typedef enum {
	DNSRCODE_EDE_CAT_OTHER = 1,     /**< no category: "Other Error" */
	DNSRCODE_EDE_CAT_DNSSEC = 2,    /**< DNSSEC validation */
	DNSRCODE_EDE_CAT_STALE = 3,     /**< stale, cached or synthesized answers */
	DNSRCODE_EDE_CAT_POLICY = 4,    /**< policy or filtering: blocked, censored, refused */
	DNSRCODE_EDE_CAT_SERVER = 5,    /**< the server's own state or role */
	DNSRCODE_EDE_CAT_TRANSPORT = 6, /**< reaching other servers */
	DNSRCODE_EDE_CAT_QUERY = 7      /**< the query itself */
} dnsrcode_ede_category;

/** Advice of dnsrcode_ede_info_retry(): may asking another server help? */
typedef enum {
	DNSRCODE_EDE_RETRY_NO = 1,   /**< no: the cause is the data or the client's own request */
	DNSRCODE_EDE_RETRY_YES = 2,  /**< yes: the cause is this server's state, policy,
	                                  support or path */
	DNSRCODE_EDE_RETRY_MAYBE = 3 /**< the defining text does not say where the cause lies */
} dnsrcode_ede_retry;

/**
 * Find the registry entry for an INFO-CODE.
 * @param code  0..65535
 * @return the entry, or NULL when @p code is unassigned, private use or
 *         above 65535.
 */
DNSRCODE_API const dnsrcode_ede_info *dnsrcode_ede_lookup(unsigned code);

/**
 * Find an entry by text, case-insensitively: the IANA purpose ("DNSKEY
 * Missing"), the mnemonic ("DNSKEY_MISSING"), "EDE<decimal>" ("EDE9"), or a
 * spelling other software prints ("Other", "Synthesized Answer").  Nothing
 * around the text is skipped.
 *
 * @param text  not necessarily NUL-terminated
 * @param len   its length in bytes
 * @return the entry, or NULL for NULL, a bare number (use
 *         dnsrcode_ede_lookup()), unknown text, and "EDE<n>" of a code
 *         without a row.
 */
DNSRCODE_API const dnsrcode_ede_info *dnsrcode_ede_lookup_text(const char *text, size_t len);

/**
 * Iterate over every registry row in code order.
 * @param prev  NULL to start, else the entry returned last
 * @return the next entry, or NULL after the last one or when @p prev is
 *         not an EDE entry of this library.
 */
DNSRCODE_API const dnsrcode_ede_info *dnsrcode_ede_next(const dnsrcode_ede_info *prev);

/** The entry's INFO-CODE, or DNSRCODE_NO_CODE for NULL. */
DNSRCODE_API uint16_t dnsrcode_ede_info_code(const dnsrcode_ede_info *info);
/** The purpose exactly as IANA spells it ("DNSKEY Missing"), or NULL for NULL. */
DNSRCODE_API const char *dnsrcode_ede_info_purpose(const dnsrcode_ede_info *info);
/** The stable upper-case mnemonic ("DNSKEY_MISSING"), or NULL for NULL. */
DNSRCODE_API const char *dnsrcode_ede_info_mnemonic(const dnsrcode_ede_info *info);
/** The IANA references without brackets, "; " between two
 *  ("RFC8914, Section 4.4; RFC8767"), or NULL for NULL. */
DNSRCODE_API const char *dnsrcode_ede_info_reference(const dnsrcode_ede_info *info);
/** One or two plain sentences: what it means, the usual cause; NULL for NULL. */
DNSRCODE_API const char *dnsrcode_ede_info_explanation(const dnsrcode_ede_info *info);
/** The text the category, retry advice and paired RCODE rest on: the
 *  section of the defining document and its words ("RFC8914 4.14: ..."),
 *  marked "our reading" where no RFC says it; NULL for NULL. */
DNSRCODE_API const char *dnsrcode_ede_info_basis(const dnsrcode_ede_info *info);
/** DNSRCODE_EDE_CAT_*, or DNSRCODE_EINVAL for NULL. */
DNSRCODE_API int dnsrcode_ede_info_category(const dnsrcode_ede_info *info);
/** DNSRCODE_EDE_RETRY_*, or DNSRCODE_EINVAL for NULL. */
DNSRCODE_API int dnsrcode_ede_info_retry(const dnsrcode_ede_info *info);
/** The RCODE the defining document says the code comes with (13 Cached
 *  Error: SERVFAIL; 18 Prohibited and 20 Not Authoritative: REFUSED;
 *  19: NXDOMAIN; 30 Invalid Query Type: FORMERR), or DNSRCODE_NO_CODE
 *  when it names none, and for NULL. */
DNSRCODE_API uint16_t dnsrcode_ede_info_rcode(const dnsrcode_ede_info *info);

/** A category's lower-case name ("dnssec", "stale", "policy", "server",
 *  "transport", "query", "other"), or NULL for a value that is not a
 *  DNSRCODE_EDE_CAT_*. */
DNSRCODE_API const char *dnsrcode_ede_category_name(int category);

/** The mnemonic of a code, the fast path of
 *  dnsrcode_ede_info_mnemonic(dnsrcode_ede_lookup(code)); NULL when the
 *  code has no registry row. */
DNSRCODE_API const char *dnsrcode_ede_to_text(unsigned code);

/**
 * Parse the text of an INFO-CODE, case-insensitively: the IANA purpose,
 * the mnemonic, a decimal number, "EDE<decimal>", and the spellings other
 * software prints.  Nothing around the text is skipped; the purposes'
 * single inner spaces are the only white space accepted.
 *
 * @param text  not necessarily NUL-terminated; a NUL inside @p len is an error
 * @param len   length of @p text in bytes
 * @param code  receives the value on success; untouched on error
 * @return DNSRCODE_OK, or DNSRCODE_EINVAL (NULL), DNSRCODE_EEMPTY,
 *         DNSRCODE_ESIGN, DNSRCODE_ESPACE (white space at either end,
 *         doubled, or other than ' '), DNSRCODE_ETRAILING ("9x", "EDE9.",
 *         "Blocked!"), DNSRCODE_ESYNTAX, DNSRCODE_EUNKNOWN ("Foo Bar"),
 *         DNSRCODE_ERANGE (above 65535).
 */
DNSRCODE_API int dnsrcode_ede_parse(const char *text, size_t len, uint16_t *code);

/**
 * The range class of an INFO-CODE (RFC 8914 §5.2): the RCODE classes
 * without RESERVED.
 * @return DNSRCODE_RANGE_ASSIGNED, _UNASSIGNED or _PRIVATE (49152-65535),
 *         or DNSRCODE_ERANGE above 65535.
 */
DNSRCODE_API int dnsrcode_ede_range(unsigned code);

/**
 * Format an INFO-CODE with snprintf() semantics, as dnsrcode_format():
 * returns the length of the full text, writes at most @p size bytes and
 * always NUL-terminates when @p size > 0; @p buf may be NULL when @p size
 * is 0, to measure.  Styles: DNSRCODE_FMT_MNEMONIC "DNSKEY_MISSING",
 * DNSRCODE_FMT_NAME and DNSRCODE_FMT_DESCRIPTION the IANA purpose "DNSKEY
 * Missing", DNSRCODE_FMT_FULL "DNSKEY_MISSING (9): DNSKEY Missing [RFC8914,
 * Section 4.10]".  A code without a row prints as "EDE<n>" (MNEMONIC,
 * NAME) and as its range class (DESCRIPTION: "Unassigned", "Reserved for
 * Private Use"), so MNEMONIC and NAME output always parses back.
 *
 * @return the full length, or DNSRCODE_ERANGE (@p code above 65535) or
 *         DNSRCODE_EINVAL (bad style, NULL buf with size > 0); on error
 *         @p buf is untouched.
 */
DNSRCODE_API int dnsrcode_ede_format(char *buf, size_t size, unsigned code, int style);

/* ================================================================== */
/* Reading a response's status from the wire                          */
/*                                                                    */
/* ABI: the caller owns the result and passes its size, as Linux's    */
/* openat2(2) and sched_getattr(2) do: dnsrcode_msg_status(..., &st,  */
/* sizeof(st), ...).  The size is an argument, never read from the    */
/* struct, so garbage in the caller's memory cannot steer a write.    */
/* The library writes min(caller's size, its own size) bytes and no   */
/* more, and stores that count in @c size: a program built against a  */
/* later header learns which fields an older library filled (fields   */
/* past @c size were not written), and one built against this header  */
/* runs unchanged on a later library.  Members are fixed-width and    */
/* laid out without padding; new ones are only appended.  Each        */
/* released layout's size is a constant, DNSRCODE_STATUS_SIZE_1_0 for */
/* this one, and no caller may pass less.  dnsrcode_ede_option is an  */
/* element of the caller's array: its layout is frozen for good; more */
/* detail would come from a new function, never from a change to it.  */

/** One EDE option (RFC 8914 §2) found in a message. */
typedef struct dnsrcode_ede_option {
	const char *text;  /**< EXTRA-TEXT inside the caller's message buffer; not
	                        NUL-terminated; one trailing NUL, which RFC 8914 §2
	                        allows, is not counted.  Never NULL after a fill. */
	uint16_t text_len; /**< its length in bytes, 0 when there is none */
	uint16_t code;     /**< INFO-CODE: dnsrcode_ede_lookup(code) */
} dnsrcode_ede_option;

/** The status of a DNS message, filled by dnsrcode_msg_status(). */
typedef struct dnsrcode_status {
	uint32_t size;         /**< out: the bytes of this struct the library filled */
	uint16_t id;           /**< the header ID */
	uint16_t flags;        /**< the header's second 16 bits: QR, Opcode, AA, TC,
	                            RD, RA, Z, AD, CD and RCODE */
	uint16_t qdcount;      /**< the header's four counts */
	uint16_t ancount;
	uint16_t nscount;
	uint16_t arcount;
	uint16_t rcode;        /**< the effective RCODE, as dnsrcode_effective() */
	uint16_t rcode_ctx;    /**< a dnsrcode_context: where to read @c rcode
	                            (HEADER, EDNS or TSIG) */
	uint8_t opcode;        /**< 0..15 */
	uint8_t header_rcode;  /**< the 4-bit header RCODE */
	uint8_t has_opt;       /**< 1 when the additional section has an OPT record */
	uint8_t edns_version;  /**< OPT VERSION; 0 without OPT */
	uint8_t opt_ext_rcode; /**< OPT EXTENDED-RCODE (upper 8 of 12 bits); 0 without OPT */
	uint8_t has_tsig;      /**< 1 when the last additional record is a TSIG */
	uint16_t udp_size;     /**< OPT CLASS: the sender's UDP payload size; 0 without OPT */
	uint16_t edns_flags;   /**< OPT DO bit and Z: low 16 bits of its TTL; 0 without OPT */
	uint16_t tsig_error;   /**< its Error field; 0 without TSIG */
	uint32_t ede_count;    /**< EDE options in the message, also those that did
	                            not fit the caller's array */
} dnsrcode_status;

/** sizeof(dnsrcode_status) in release 1.0, the least a caller may pass. */
#define DNSRCODE_STATUS_SIZE_1_0 36u

/**
 * Read the status of a raw DNS message (as received, without a TCP length
 * prefix) without allocating.  Every section is walked and every length is
 * checked against @p len: compression pointers must point before the name
 * that uses them and before any earlier jump (RFC 1035 §4.1.4, so no loop
 * can form), labels are at most 63 octets and names at most 255 (RFC 1035
 * §3.1), at most one OPT, in the additional section, owned by the root,
 * whose options fill its RDATA exactly (RFC 6891 §6.1.1), EDE options of at
 * least 2 octets (RFC 8914 §2), a TSIG of class ANY only as the last
 * additional record (RFC 8945 §5.2) with consistent RDATA, and no octets
 * after the last record.
 *
 * @param msg      the message
 * @param len      its length in bytes
 * @param status   caller's struct; filled on success, untouched on error
 * @param status_size  sizeof(*status) as the caller was compiled (see above)
 * @param ede      caller's array for the first @p ede_max EDE options, in
 *                 message order; NULL when @p ede_max is 0; filled on
 *                 success, untouched on error
 * @param ede_max  how many elements @p ede holds
 * @return DNSRCODE_OK;
 *         DNSRCODE_EINVAL (NULL @p msg or @p status, NULL @p ede with
 *         @p ede_max > 0, @p status_size under DNSRCODE_STATUS_SIZE_1_0);
 *         DNSRCODE_ETRUNCATED: the data ends before a field it declares (a
 *         header under 12 octets, counts larger than the data, a name or
 *         RDATA cut off); retrying over TCP may help;
 *         the message is malformed: DNSRCODE_EPOINTER (a compression pointer
 *         forward, to itself, past the end, or into a loop), DNSRCODE_ENAME
 *         (a label type other than length or pointer, a name over 255
 *         octets), DNSRCODE_EOPT (OPT outside the additional section, twice,
 *         not owned by the root, options not filling RDLENGTH, an EDE option
 *         under 2 octets), DNSRCODE_ETSIG (TSIG not last, outside the
 *         additional section, not class ANY, or RDATA not adding up),
 *         DNSRCODE_EMALFORMED (octets after the last record).
 */
DNSRCODE_API int dnsrcode_msg_status(const uint8_t *msg, size_t len, dnsrcode_status *status,
                                     size_t status_size, dnsrcode_ede_option *ede,
                                     size_t ede_max);

/* ------------------------------------------------------------------ */
/* Errors and versions                                                */

/** The snapshot date of the IANA data built in, "YYYY-MM-DD". */
DNSRCODE_API const char *dnsrcode_registry_date(void);

/** A one-line English message for DNSRCODE_OK or a DNSRCODE_E* value;
 *  "unknown error" for anything else.  Never NULL. */
DNSRCODE_API const char *dnsrcode_strerror(int err);

/** The library's version at run time, "1.0.0". */
DNSRCODE_API const char *dnsrcode_version(void);

#ifdef __cplusplus
}
#endif

#endif /* DNSRCODE_H */
