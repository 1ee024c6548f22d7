/*
 * lists.h - the lists of include/dnsrcode.h that the bindings walk, as
 * X-macros: each binding defines the kinds it handles and expands a list.
 * Made by bindings/gen-lists.awk from lists.h.in beside it and the
 * header: edit those, not this file (the build remakes it;
 * tests/check-binding-lists.sh fails when it is stale).
 * Inserted into each SWIG wrapper by bindings/dnsrcode.i.
 */

/* The members of dnsrcode_status a binding shows, in struct order, each
 * by what it holds: INT a number, BOOL a flag (0 or 1), CONTEXT a
 * dnsrcode_context. */
#define DNSRCODE_SWIG_STATUS_FIELDS(INT, BOOL, CONTEXT) \
	INT(id) \
	INT(flags) \
	INT(qdcount) \
	INT(ancount) \
	INT(nscount) \
	INT(arcount) \
	INT(rcode) \
	CONTEXT(rcode_ctx) \
	INT(opcode) \
	INT(header_rcode) \
	BOOL(has_opt) \
	INT(edns_version) \
	INT(opt_ext_rcode) \
	BOOL(has_tsig) \
	INT(udp_size) \
	INT(edns_flags) \
	INT(tsig_error) \
	INT(ede_count)

/* The fields of a registry row, one per accessor dnsrcode_info_<field>(),
 * in header order: TEXT a string, CODE a code (DNSRCODE_NO_CODE for
 * none), INT a number. */
#define DNSRCODE_SWIG_INFO_FIELDS(TEXT, CODE, INT) \
	CODE(code) \
	TEXT(name) \
	TEXT(mnemonic) \
	TEXT(description) \
	TEXT(explanation) \
	TEXT(reference) \
	INT(families) \
	INT(contexts)

/* The same for an EDE row, dnsrcode_ede_info_<field>(). */
#define DNSRCODE_SWIG_EDE_INFO_FIELDS(TEXT, CODE, INT) \
	CODE(code) \
	TEXT(purpose) \
	TEXT(mnemonic) \
	TEXT(reference) \
	TEXT(explanation) \
	TEXT(basis) \
	INT(category) \
	INT(retry) \
	CODE(rcode)

/* The names of the contexts as their constants spell them
 * (DNSRCODE_CTX_HEADER), for an array indexed by the constant. */
#define DNSRCODE_SWIG_CONTEXT_NAMES \
	[DNSRCODE_CTX_ANY] = "ANY", \
	[DNSRCODE_CTX_HEADER] = "HEADER", \
	[DNSRCODE_CTX_EDNS] = "EDNS", \
	[DNSRCODE_CTX_TSIG] = "TSIG", \
	[DNSRCODE_CTX_TKEY] = "TKEY"

/* The first and the last of each choice an argument makes: a value
 * between is one of the constants, a value outside names none. */
#define DNSRCODE_SWIG_CONTEXT_MIN DNSRCODE_CTX_ANY
#define DNSRCODE_SWIG_CONTEXT_MAX DNSRCODE_CTX_TKEY
#define DNSRCODE_SWIG_STYLE_MIN DNSRCODE_FMT_MNEMONIC
#define DNSRCODE_SWIG_STYLE_MAX DNSRCODE_FMT_FULL
#define DNSRCODE_SWIG_EDE_CATEGORY_MIN DNSRCODE_EDE_CAT_OTHER
#define DNSRCODE_SWIG_EDE_CATEGORY_MAX DNSRCODE_EDE_CAT_QUERY
