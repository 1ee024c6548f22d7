/*
 * test_lookup.c - the registry table: lookup by code and by name,
 * iteration, the entry accessors, classification, errors and versions.
 */
#include "config.h"

#include <limits.h>

#include "dnsrcode.h"
#include "testutil.h"

#define CTX_COUNT 5
#define ALL_CTXBITS \
	(DNSRCODE_CTXBIT_HEADER | DNSRCODE_CTXBIT_EDNS | DNSRCODE_CTXBIT_TSIG | \
	 DNSRCODE_CTXBIT_TKEY)
#define CTX_H DNSRCODE_CTXBIT_HEADER
#define CTX_E DNSRCODE_CTXBIT_EDNS
#define CTX_S DNSRCODE_CTXBIT_TSIG
#define CTX_K DNSRCODE_CTXBIT_TKEY

/*
 * The registry rows as data/rcodes.csv has them, in its order, written out
 * by hand so that a generator bug cannot make the test agree with itself.
 * Contexts: the header and the 12-bit EDNS field carry everything below 16;
 * EDNS adds BADVERS (RFC 6891 §6.1.3) and BADCOOKIE (RFC 7873 §5.2.3); the
 * TSIG Error field holds NOERROR and the TSIG errors (RFC 8945
 * §5.2.1-5.2.4); the TKEY Error field holds NOERROR, "a DNS RCODE" 1-15 and
 * 16-21 (RFC 2930 §2.6).  The RFC 8945 row of 9 is the header's NOTAUTH, so no Error field.
 */
static const struct row {
	unsigned code;
	const char *name;
	const char *mnemonic;
	const char *description;
	const char *reference;
	unsigned families;
	unsigned contexts;
} registry[] = {
	{ 0, "NoError", "NOERROR", "No Error", "RFC1035", DNSRCODE_FAMILY_BASE, ALL_CTXBITS },
	{ 1, "FormErr", "FORMERR", "Format Error", "RFC1035", DNSRCODE_FAMILY_BASE,
	  CTX_H | CTX_E | CTX_K },
	{ 2, "ServFail", "SERVFAIL", "Server Failure", "RFC1035", DNSRCODE_FAMILY_BASE,
	  CTX_H | CTX_E | CTX_K },
	{ 3, "NXDomain", "NXDOMAIN", "Non-Existent Domain", "RFC1035", DNSRCODE_FAMILY_BASE,
	  CTX_H | CTX_E | CTX_K },
	{ 4, "NotImp", "NOTIMP", "Not Implemented", "RFC1035", DNSRCODE_FAMILY_BASE,
	  CTX_H | CTX_E | CTX_K },
	{ 5, "Refused", "REFUSED", "Query Refused", "RFC1035", DNSRCODE_FAMILY_BASE,
	  CTX_H | CTX_E | CTX_K },
	{ 6, "YXDomain", "YXDOMAIN", "Name Exists when it should not", "RFC2136 RFC6672",
	  DNSRCODE_FAMILY_UPDATE, CTX_H | CTX_E | CTX_K },
	{ 7, "YXRRSet", "YXRRSET", "RR Set Exists when it should not", "RFC2136",
	  DNSRCODE_FAMILY_UPDATE, CTX_H | CTX_E | CTX_K },
	{ 8, "NXRRSet", "NXRRSET", "RR Set that should exist does not", "RFC2136",
	  DNSRCODE_FAMILY_UPDATE, CTX_H | CTX_E | CTX_K },
	{ 9, "NotAuth", "NOTAUTH", "Server Not Authoritative for zone", "RFC2136",
	  DNSRCODE_FAMILY_UPDATE, CTX_H | CTX_E | CTX_K },
	{ 9, "NotAuth", "NOTAUTH", "Not Authorized", "RFC8945", DNSRCODE_FAMILY_TSIG,
	  CTX_H | CTX_E },
	{ 10, "NotZone", "NOTZONE", "Name not contained in zone", "RFC2136", DNSRCODE_FAMILY_UPDATE,
	  CTX_H | CTX_E | CTX_K },
	{ 11, "DSOTYPENI", "DSOTYPENI", "DSO-TYPE Not Implemented", "RFC8490", DNSRCODE_FAMILY_DSO,
	  CTX_H },
	{ 16, "BADVERS", "BADVERS", "Bad OPT Version", "RFC6891", DNSRCODE_FAMILY_EDNS, CTX_E },
	{ 16, "BADSIG", "BADSIG", "TSIG Signature Failure", "RFC8945", DNSRCODE_FAMILY_TSIG,
	  CTX_S | CTX_K },
	{ 17, "BADKEY", "BADKEY", "Key not recognized", "RFC8945", DNSRCODE_FAMILY_TSIG,
	  CTX_S | CTX_K },
	{ 18, "BADTIME", "BADTIME", "Signature out of time window", "RFC8945", DNSRCODE_FAMILY_TSIG,
	  CTX_S | CTX_K },
	{ 19, "BADMODE", "BADMODE", "Bad TKEY Mode", "RFC2930", DNSRCODE_FAMILY_TKEY, CTX_K },
	{ 20, "BADNAME", "BADNAME", "Duplicate key name", "RFC2930", DNSRCODE_FAMILY_TKEY, CTX_K },
	{ 21, "BADALG", "BADALG", "Algorithm not supported", "RFC2930", DNSRCODE_FAMILY_TKEY,
	  CTX_K },
	{ 22, "BADTRUNC", "BADTRUNC", "Bad Truncation", "RFC8945", DNSRCODE_FAMILY_TSIG, CTX_S },
	{ 23, "BADCOOKIE", "BADCOOKIE", "Bad/missing Server Cookie", "RFC7873",
	  DNSRCODE_FAMILY_COOKIE, CTX_E },
};

#define ROW_COUNT (sizeof(registry) / sizeof(registry[0]))
#define ROW_NOTAUTH_2136 9
#define ROW_NOTAUTH_8945 10
#define ROW_BADVERS 13
#define ROW_BADSIG 14

static const dnsrcode_context contexts[CTX_COUNT] = {
	DNSRCODE_CTX_ANY,  DNSRCODE_CTX_HEADER, DNSRCODE_CTX_EDNS,
	DNSRCODE_CTX_TSIG, DNSRCODE_CTX_TKEY,
};

/* The entry a row describes, found by walking the registry. */
static const dnsrcode_info *
entry_of_row(size_t row)
{
	const dnsrcode_info *info = dnsrcode_next(NULL);
	size_t i;

	for (i = 0; i < row && info != NULL; i++)
		info = dnsrcode_next(info);
	return info;
}

static int
same_text(const char *a, const char *b)
{
	return a != NULL && b != NULL && strcmp(a, b) == 0;
}

/* ---------------------------------------------------------- by code */

static void
test_lookup_single_row_codes_in_every_context(void)
{
	size_t row, c;

	for (row = 0; row < ROW_COUNT; row++) {
		const struct row *r = &registry[row];

		if (r->code == 9 || r->code == 16)
			continue;
		for (c = 0; c < CTX_COUNT; c++) {
			const dnsrcode_info *info = dnsrcode_lookup(r->code, contexts[c]);

			if (contexts[c] == DNSRCODE_CTX_HEADER && r->code > 15) {
				CU_ASSERT_PTR_NULL(info);
				continue;
			}
			CU_ASSERT_PTR_EQUAL(info, entry_of_row(row));
		}
	}
}

static void
test_lookup_16_is_badvers_in_any_and_edns(void)
{
	const dnsrcode_info *badvers = entry_of_row(ROW_BADVERS);

	ASSERT_STR_EQ(dnsrcode_info_mnemonic(badvers), "BADVERS");
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup(16, DNSRCODE_CTX_ANY), badvers);
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup(16, DNSRCODE_CTX_EDNS), badvers);
}

static void
test_lookup_16_is_badsig_in_tsig_and_tkey(void)
{
	const dnsrcode_info *badsig = entry_of_row(ROW_BADSIG);

	ASSERT_STR_EQ(dnsrcode_info_mnemonic(badsig), "BADSIG");
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup(16, DNSRCODE_CTX_TSIG), badsig);
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup(16, DNSRCODE_CTX_TKEY), badsig);
}

static void
test_lookup_16_is_null_in_header(void)
{
	CU_ASSERT_PTR_NULL(dnsrcode_lookup(16, DNSRCODE_CTX_HEADER));
}

static void
test_lookup_9_is_not_authorized_only_in_tsig(void)
{
	const dnsrcode_info *rfc2136 = entry_of_row(ROW_NOTAUTH_2136);
	const dnsrcode_info *rfc8945 = entry_of_row(ROW_NOTAUTH_8945);

	CU_ASSERT_PTR_NOT_EQUAL(rfc2136, rfc8945);
	ASSERT_STR_EQ(dnsrcode_info_description(dnsrcode_lookup(9, DNSRCODE_CTX_TSIG)),
	              "Not Authorized");
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup(9, DNSRCODE_CTX_TSIG), rfc8945);
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup(9, DNSRCODE_CTX_ANY), rfc2136);
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup(9, DNSRCODE_CTX_HEADER), rfc2136);
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup(9, DNSRCODE_CTX_EDNS), rfc2136);
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup(9, DNSRCODE_CTX_TKEY), rfc2136);
}

static void
test_lookup_above_15_is_null_in_header(void)
{
	unsigned code;

	for (code = 16; code <= 23; code++)
		CU_ASSERT_PTR_NULL(dnsrcode_lookup(code, DNSRCODE_CTX_HEADER));
}

static void
test_lookup_unassigned_is_null(void)
{
	static const unsigned codes[] = {
		12, 13, 14, 15, 24, 3840, 3841, 4095, 4096, 65534, 65535
	};
	size_t i, c;

	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
		for (c = 0; c < CTX_COUNT; c++)
			CU_ASSERT_PTR_NULL(dnsrcode_lookup(codes[i], contexts[c]));
}

static void
test_lookup_above_65535_is_null(void)
{
	size_t c;

	for (c = 0; c < CTX_COUNT; c++) {
		CU_ASSERT_PTR_NULL(dnsrcode_lookup(65536, contexts[c]));
		CU_ASSERT_PTR_NULL(dnsrcode_lookup(65536 + 3, contexts[c]));
		CU_ASSERT_PTR_NULL(dnsrcode_lookup(UINT_MAX, contexts[c]));
	}
}

static void
test_lookup_invalid_context_is_null(void)
{
	CU_ASSERT_PTR_NULL(dnsrcode_lookup(3, (dnsrcode_context)5));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup(3, (dnsrcode_context)99));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup(3, (dnsrcode_context)-1));
	CU_ASSERT_PTR_NULL(dnsrcode_to_text(3, (dnsrcode_context)99));
}

/* to_text's table has 8 cells a code and only 5 contexts: the padding
 * (5..7) and everything past it must answer NULL for every code, the
 * dense ones above all. */
static void
test_to_text_invalid_context_is_null_for_every_code(void)
{
	static const int bad[] = { 5, 6, 7, 8, 9, 15, 16, 255, 256, 65536, INT_MAX, -1, -8, INT_MIN };
	unsigned code;
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		for (code = 0; code <= 65536; code++) {
			if (dnsrcode_to_text(code, (dnsrcode_context)bad[i]) != NULL) {
				CU_FAIL("to_text() answered for a context that is none");
				return;
			}
		}
		CU_ASSERT_PTR_NULL(dnsrcode_to_text(UINT_MAX, (dnsrcode_context)bad[i]));
	}
}

/* ---------------------------------------------------------- by name */

static void
test_lookup_name_finds_every_name_and_mnemonic_in_any_case(void)
{
	size_t row;

	for (row = 0; row < ROW_COUNT; row++) {
		const char *texts[2] = { registry[row].name, registry[row].mnemonic };
		size_t t;

		for (t = 0; t < 2; t++) {
			const char *forms[4];
			char lower[32], upper[32], mixed[32];
			size_t f;

			case_variants(texts[t], lower, upper, mixed, 1);
			forms[0] = texts[t];
			forms[1] = lower;
			forms[2] = upper;
			forms[3] = mixed;
			for (f = 0; f < 4; f++) {
				const dnsrcode_info *info =
				        dnsrcode_lookup_name(forms[f], strlen(forms[f]));

				CU_ASSERT_PTR_NOT_NULL(info);
				CU_ASSERT_EQUAL(dnsrcode_info_code(info), registry[row].code);
				ASSERT_STR_EQ(dnsrcode_info_mnemonic(info), registry[row].mnemonic);
			}
		}
	}
}

static void
test_lookup_name_notauth_gives_the_rfc2136_row(void)
{
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup_name(LIT("NotAuth")), entry_of_row(ROW_NOTAUTH_2136));
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup_name(LIT("notauth")), entry_of_row(ROW_NOTAUTH_2136));
}

static void
test_lookup_name_badsig_and_badvers_give_their_own_rows(void)
{
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup_name(LIT("BADSIG")), entry_of_row(ROW_BADSIG));
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup_name(LIT("badvers")), entry_of_row(ROW_BADVERS));
}

static void
test_lookup_name_accepts_aliases_of_assigned_codes(void)
{
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup_name(LIT("NOTIMPL")),
	                    dnsrcode_lookup(4, DNSRCODE_CTX_ANY));
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup_name(LIT("notimpl")),
	                    dnsrcode_lookup(4, DNSRCODE_CTX_ANY));
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup_name(LIT("RESERVED11")),
	                    dnsrcode_lookup(11, DNSRCODE_CTX_ANY));
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup_name(LIT("Reserved11")),
	                    dnsrcode_lookup(11, DNSRCODE_CTX_ANY));
	CU_ASSERT_PTR_NOT_NULL(dnsrcode_lookup_name(LIT("RESERVED11")));
}

/* c-ares (ares_dns_rcode_tostr(), which adig prints) spells 11 DSOTYPEI. */
static void
test_lookup_name_accepts_c_ares_dsotypei(void)
{
	CU_ASSERT_PTR_NOT_NULL(dnsrcode_lookup_name(LIT("DSOTYPEI")));
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup_name(LIT("DSOTYPEI")),
	                    dnsrcode_lookup(11, DNSRCODE_CTX_ANY));
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup_name(LIT("dsotypei")),
	                    dnsrcode_lookup(11, DNSRCODE_CTX_HEADER));
}

/* BIND's RESERVED12..15 name values without a registry row: no entry. */
static void
test_lookup_name_aliases_of_unassigned_codes_give_null(void)
{
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("RESERVED12")));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("RESERVED13")));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("reserved14")));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("RESERVED15")));
}

static void
test_lookup_name_rejects_numbers(void)
{
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("3")));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("16")));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("RCODE3")));
}

static void
test_lookup_name_rejects_unknown_names(void)
{
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("FOO")));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("NXDOMAINS")));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("NX DOMAIN")));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("BADCOOKIEBADCOOKIE")));
}

static void
test_lookup_name_rejects_null_and_empty(void)
{
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(NULL, 0));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(NULL, 8));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name("NXDOMAIN", 0));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("")));
}

static void
test_lookup_name_honours_len(void)
{
	CU_ASSERT_PTR_EQUAL(dnsrcode_lookup_name("NXDOMAINxyz", 8),
	                    dnsrcode_lookup(3, DNSRCODE_CTX_ANY));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name("NXDOMAIN", 7));
}

static void
test_lookup_name_rejects_embedded_nul(void)
{
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("NXDOMAIN\0")));
	CU_ASSERT_PTR_NULL(dnsrcode_lookup_name(LIT("NX\0DOMAIN")));
}

/* -------------------------------------------------------- iteration */

static void
test_next_yields_registry_rows_in_csv_order(void)
{
	const dnsrcode_info *info;
	size_t row = 0;

	for (info = dnsrcode_next(NULL); info != NULL; info = dnsrcode_next(info)) {
		if (row < ROW_COUNT) {
			CU_ASSERT_EQUAL(dnsrcode_info_code(info), registry[row].code);
			ASSERT_STR_EQ(dnsrcode_info_reference(info), registry[row].reference);
			ASSERT_STR_EQ(dnsrcode_info_description(info), registry[row].description);
		}
		row++;
		if (row > 1000)
			break;
	}
	CU_ASSERT_EQUAL(row, 22);
	CU_ASSERT_EQUAL(row, ROW_COUNT);
}

static void
test_next_after_last_is_null(void)
{
	const dnsrcode_info *last = entry_of_row(ROW_COUNT - 1);

	CU_ASSERT_PTR_NOT_NULL(last);
	CU_ASSERT_EQUAL(dnsrcode_info_code(last), 23);
	CU_ASSERT_PTR_NULL(dnsrcode_next(last));
}

static void
test_next_with_foreign_pointer_is_null(void)
{
	static const char elsewhere[64];
	const dnsrcode_info *first = dnsrcode_next(NULL);

	CU_ASSERT_PTR_NULL(dnsrcode_next((const dnsrcode_info *)elsewhere));
	/* Inside the table but not at an entry's start. */
	CU_ASSERT_PTR_NULL(dnsrcode_next((const dnsrcode_info *)((const char *)first + 1)));
}

/* -------------------------------------------------------- accessors */

static void
test_accessors_match_registry_csv(void)
{
	size_t row;

	for (row = 0; row < ROW_COUNT; row++) {
		const dnsrcode_info *info = entry_of_row(row);
		const struct row *r = &registry[row];

		CU_ASSERT_EQUAL(dnsrcode_info_code(info), r->code);
		ASSERT_STR_EQ(dnsrcode_info_name(info), r->name);
		ASSERT_STR_EQ(dnsrcode_info_mnemonic(info), r->mnemonic);
		ASSERT_STR_EQ(dnsrcode_info_description(info), r->description);
		ASSERT_STR_EQ(dnsrcode_info_reference(info), r->reference);
	}
}

static void
test_mnemonic_is_upper_case_name(void)
{
	size_t row;

	for (row = 0; row < ROW_COUNT; row++) {
		char lower[32], upper[32], mixed[32];

		case_variants(registry[row].name, lower, upper, mixed, 1);
		ASSERT_STR_EQ(dnsrcode_info_mnemonic(entry_of_row(row)), upper);
	}
}

static void
test_families_follow_the_defining_document(void)
{
	size_t row;

	for (row = 0; row < ROW_COUNT; row++)
		CU_ASSERT_EQUAL(dnsrcode_info_families(entry_of_row(row)), registry[row].families);
	CU_ASSERT_EQUAL(dnsrcode_info_families(dnsrcode_lookup(16, DNSRCODE_CTX_ANY)),
	                DNSRCODE_FAMILY_EDNS);
	CU_ASSERT_EQUAL(dnsrcode_info_families(dnsrcode_lookup(16, DNSRCODE_CTX_TSIG)),
	                DNSRCODE_FAMILY_TSIG);
	CU_ASSERT_EQUAL(dnsrcode_info_families(dnsrcode_lookup(9, DNSRCODE_CTX_TSIG)),
	                DNSRCODE_FAMILY_TSIG);
	CU_ASSERT_EQUAL(dnsrcode_info_families(dnsrcode_lookup(11, DNSRCODE_CTX_ANY)),
	                DNSRCODE_FAMILY_DSO);
	CU_ASSERT_EQUAL(dnsrcode_info_families(dnsrcode_lookup(23, DNSRCODE_CTX_ANY)),
	                DNSRCODE_FAMILY_COOKIE);
}

static void
test_each_row_has_exactly_one_family(void)
{
	size_t row;

	for (row = 0; row < ROW_COUNT; row++) {
		unsigned f = dnsrcode_info_families(entry_of_row(row));

		CU_ASSERT(f != 0 && (f & (f - 1)) == 0);
		CU_ASSERT_EQUAL(f & ~DNSRCODE_FAMILY_ALL, 0);
	}
}

static void
test_contexts_match_the_wire_fields(void)
{
	size_t row;

	for (row = 0; row < ROW_COUNT; row++)
		CU_ASSERT_EQUAL(dnsrcode_info_contexts(entry_of_row(row)), registry[row].contexts);
}

static void
test_contexts_badtime_only_in_tsig_and_tkey(void)
{
	CU_ASSERT_EQUAL(dnsrcode_info_contexts(dnsrcode_lookup_name(LIT("BADTIME"))),
	                DNSRCODE_CTXBIT_TSIG | DNSRCODE_CTXBIT_TKEY);
}

/* RFC 8490 5.4: a DSO message's four count fields "MUST be set to zero",
 * so no OPT, TSIG or TKEY record can carry DSOTYPENI. */
static void
test_contexts_dsotypeni_only_in_the_header(void)
{
	CU_ASSERT_EQUAL(dnsrcode_info_contexts(dnsrcode_lookup_name(LIT("DSOTYPENI"))),
	                DNSRCODE_CTXBIT_HEADER);
}

/* A lookup answers what the value names, even where the row may not
 * legitimately appear: 17 in EDNS (header 1 + OPT 1) is BADKEY, whose
 * contexts say it belongs in TSIG and TKEY only. */
static void
test_lookup_names_a_value_outside_its_contexts(void)
{
	const dnsrcode_info *info = dnsrcode_lookup(17, DNSRCODE_CTX_EDNS);

	CU_ASSERT_PTR_EQUAL(info, dnsrcode_lookup_name(LIT("BADKEY")));
	CU_ASSERT_EQUAL(dnsrcode_info_contexts(info) & DNSRCODE_CTXBIT_EDNS, 0);
	ASSERT_STR_EQ(dnsrcode_to_text(17, DNSRCODE_CTX_EDNS), "BADKEY");
	ASSERT_STR_EQ(dnsrcode_to_text(11, DNSRCODE_CTX_EDNS), "DSOTYPENI");
}

static void
test_contexts_badcookie_only_in_edns(void)
{
	CU_ASSERT_EQUAL(dnsrcode_info_contexts(dnsrcode_lookup_name(LIT("BADCOOKIE"))),
	                DNSRCODE_CTXBIT_EDNS);
}

static void
test_contexts_never_header_at_16_or_above(void)
{
	const dnsrcode_info *info;

	for (info = dnsrcode_next(NULL); info != NULL; info = dnsrcode_next(info))
		if (dnsrcode_info_code(info) >= 16)
			CU_ASSERT_EQUAL(dnsrcode_info_contexts(info) & DNSRCODE_CTXBIT_HEADER, 0);
}

/* A context bit promises the value can be carried there, never ANY. */
static void
test_contexts_only_where_the_code_fits(void)
{
	const dnsrcode_info *info;

	for (info = dnsrcode_next(NULL); info != NULL; info = dnsrcode_next(info)) {
		unsigned bits = dnsrcode_info_contexts(info);
		unsigned code = dnsrcode_info_code(info);
		size_t c;

		CU_ASSERT(bits != 0);
		CU_ASSERT_EQUAL(bits & DNSRCODE_CTXBIT(DNSRCODE_CTX_ANY), 0);
		CU_ASSERT_EQUAL(bits & ~ALL_CTXBITS, 0);
		for (c = 0; c < CTX_COUNT; c++)
			if (bits & DNSRCODE_CTXBIT(contexts[c]))
				CU_ASSERT_EQUAL(dnsrcode_fits(code, contexts[c]), 1);
	}
}

static void
test_explanation_is_nonempty_and_not_the_description(void)
{
	const dnsrcode_info *info;

	for (info = dnsrcode_next(NULL); info != NULL; info = dnsrcode_next(info)) {
		const char *explanation = dnsrcode_info_explanation(info);

		CU_ASSERT_PTR_NOT_NULL_FATAL(explanation);
		CU_ASSERT(strlen(explanation) > 0);
		CU_ASSERT(!same_text(explanation, dnsrcode_info_description(info)));
	}
}

static int
explains(unsigned code, dnsrcode_context ctx, const char *words)
{
	const char *text = dnsrcode_info_explanation(dnsrcode_lookup(code, ctx));

	return text != NULL && strstr(text, words) != NULL;
}

/* The explanations corrected against their RFCs (data/rcode-notes.csv
 * quotes the text): a later edit must not quietly bring the old claims
 * back. */
static void
test_explanations_say_what_the_rfcs_say(void)
{
	/* RFC 2308 2.2: NODATA has an SOA, or no NS, in the authority section. */
	CU_ASSERT(explains(0, DNSRCODE_CTX_ANY, "SOA record or no NS records"));
	CU_ASSERT(explains(0, DNSRCODE_CTX_ANY, "referral"));
	/* RFC 6891 6.1.2: an option not understood is ignored, not FORMERR. */
	CU_ASSERT(!explains(1, DNSRCODE_CTX_ANY, "unsupported option"));
	CU_ASSERT(explains(1, DNSRCODE_CTX_ANY, "ignored, not an error"));
	/* RFC 1996 never uses NOTAUTH; RFC 5936 does, for zone transfers. */
	CU_ASSERT(!explains(9, DNSRCODE_CTX_ANY, "NOTIFY"));
	CU_ASSERT(explains(9, DNSRCODE_CTX_ANY, "zone transfer"));
	/* RFC 8490: either side may send a DSO request. */
	CU_ASSERT(explains(11, DNSRCODE_CTX_ANY, "client or server"));
	/* RFC 2930 4.2: deleting a key the server does not know. */
	CU_ASSERT(explains(20, DNSRCODE_CTX_TKEY, "deletion"));
	/* RFC 4635 3.1 and 4: below the protocol minimum is FORMERR,
	 * BADTRUNC is the local policy's. */
	CU_ASSERT(explains(22, DNSRCODE_CTX_TSIG, "local policy"));
	CU_ASSERT(explains(22, DNSRCODE_CTX_TSIG, "FORMERR"));
	CU_ASSERT(!explains(22, DNSRCODE_CTX_TSIG, "sets the minimum"));
}

static void
test_two_rows_of_a_code_have_different_explanations(void)
{
	CU_ASSERT(!same_text(dnsrcode_info_explanation(entry_of_row(ROW_NOTAUTH_2136)),
	                     dnsrcode_info_explanation(entry_of_row(ROW_NOTAUTH_8945))));
	CU_ASSERT(!same_text(dnsrcode_info_explanation(entry_of_row(ROW_BADVERS)),
	                     dnsrcode_info_explanation(entry_of_row(ROW_BADSIG))));
}

static void
test_accessors_of_null(void)
{
	CU_ASSERT_EQUAL(dnsrcode_info_code(NULL), DNSRCODE_NO_CODE);
	CU_ASSERT_PTR_NULL(dnsrcode_info_name(NULL));
	CU_ASSERT_PTR_NULL(dnsrcode_info_mnemonic(NULL));
	CU_ASSERT_PTR_NULL(dnsrcode_info_description(NULL));
	CU_ASSERT_PTR_NULL(dnsrcode_info_explanation(NULL));
	CU_ASSERT_PTR_NULL(dnsrcode_info_reference(NULL));
	CU_ASSERT_EQUAL(dnsrcode_info_families(NULL), 0);
	CU_ASSERT_EQUAL(dnsrcode_info_contexts(NULL), 0);
}

static void
test_to_text_is_the_lookup_mnemonic(void)
{
	ASSERT_STR_EQ(dnsrcode_to_text(3, DNSRCODE_CTX_HEADER), "NXDOMAIN");
	ASSERT_STR_EQ(dnsrcode_to_text(16, DNSRCODE_CTX_ANY), "BADVERS");
	ASSERT_STR_EQ(dnsrcode_to_text(16, DNSRCODE_CTX_TKEY), "BADSIG");
	CU_ASSERT_PTR_NULL(dnsrcode_to_text(16, DNSRCODE_CTX_HEADER));
	CU_ASSERT_PTR_NULL(dnsrcode_to_text(12, DNSRCODE_CTX_ANY));
}

/* --------------------------------------------------- classification */

static void
test_range_at_class_boundaries(void)
{
	static const struct {
		unsigned code;
		int range;
	} cases[] = {
		{ 0, DNSRCODE_RANGE_ASSIGNED },      { 11, DNSRCODE_RANGE_ASSIGNED },
		{ 12, DNSRCODE_RANGE_UNASSIGNED },   { 15, DNSRCODE_RANGE_UNASSIGNED },
		{ 16, DNSRCODE_RANGE_ASSIGNED },     { 23, DNSRCODE_RANGE_ASSIGNED },
		{ 24, DNSRCODE_RANGE_UNASSIGNED },   { 3840, DNSRCODE_RANGE_UNASSIGNED },
		{ 3841, DNSRCODE_RANGE_PRIVATE },    { 4095, DNSRCODE_RANGE_PRIVATE },
		{ 4096, DNSRCODE_RANGE_UNASSIGNED }, { 65534, DNSRCODE_RANGE_UNASSIGNED },
		{ 65535, DNSRCODE_RANGE_RESERVED },  { 65536, DNSRCODE_ERANGE },
		{ UINT_MAX, DNSRCODE_ERANGE },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int got = dnsrcode_range(cases[i].code);

		if (got != cases[i].range)
			fprintf(stderr, "range(%u) = %d, want %d\n", cases[i].code, got,
			        cases[i].range);
		CU_ASSERT_EQUAL(got, cases[i].range);
	}
}

static void
test_fits_holds_the_field_widths(void)
{
	CU_ASSERT_EQUAL(dnsrcode_fits(15, DNSRCODE_CTX_HEADER), 1);
	CU_ASSERT_EQUAL(dnsrcode_fits(16, DNSRCODE_CTX_HEADER), 0);
	CU_ASSERT_EQUAL(dnsrcode_fits(4095, DNSRCODE_CTX_EDNS), 1);
	CU_ASSERT_EQUAL(dnsrcode_fits(4096, DNSRCODE_CTX_EDNS), 0);
	CU_ASSERT_EQUAL(dnsrcode_fits(65535, DNSRCODE_CTX_ANY), 1);
	CU_ASSERT_EQUAL(dnsrcode_fits(65535, DNSRCODE_CTX_TSIG), 1);
	CU_ASSERT_EQUAL(dnsrcode_fits(65535, DNSRCODE_CTX_TKEY), 1);
	CU_ASSERT_EQUAL(dnsrcode_fits(65536, DNSRCODE_CTX_ANY), 0);
	CU_ASSERT_EQUAL(dnsrcode_fits(65536, DNSRCODE_CTX_TSIG), 0);
	CU_ASSERT_EQUAL(dnsrcode_fits(65536, DNSRCODE_CTX_TKEY), 0);
	CU_ASSERT_EQUAL(dnsrcode_fits(UINT_MAX, DNSRCODE_CTX_ANY), 0);
	CU_ASSERT_EQUAL(dnsrcode_fits(0, DNSRCODE_CTX_HEADER), 1);
}

/* A predicate answers 1 or 0: `if (dnsrcode_fits(c, bogus))` must be
 * false, and nothing fits a context that is none. */
static const int not_contexts[] = { 5, 6, 7, 8, 99, 65536, INT_MAX, -1, INT_MIN };

static void
test_fits_is_false_for_invalid_context(void)
{
	size_t i;

	for (i = 0; i < sizeof(not_contexts) / sizeof(not_contexts[0]); i++) {
		CU_ASSERT_EQUAL(dnsrcode_fits(0, (dnsrcode_context)not_contexts[i]), 0);
		CU_ASSERT_EQUAL(dnsrcode_fits(3, (dnsrcode_context)not_contexts[i]), 0);
	}
}

static void
test_in_family_uses_the_row_the_context_picks(void)
{
	CU_ASSERT_EQUAL(dnsrcode_in_family(16, DNSRCODE_FAMILY_EDNS, DNSRCODE_CTX_ANY), 1);
	CU_ASSERT_EQUAL(dnsrcode_in_family(16, DNSRCODE_FAMILY_TSIG, DNSRCODE_CTX_ANY), 0);
	CU_ASSERT_EQUAL(dnsrcode_in_family(16, DNSRCODE_FAMILY_TSIG, DNSRCODE_CTX_TSIG), 1);
	CU_ASSERT_EQUAL(dnsrcode_in_family(16, DNSRCODE_FAMILY_EDNS, DNSRCODE_CTX_TKEY), 0);
	CU_ASSERT_EQUAL(dnsrcode_in_family(9, DNSRCODE_FAMILY_UPDATE, DNSRCODE_CTX_HEADER), 1);
	CU_ASSERT_EQUAL(dnsrcode_in_family(9, DNSRCODE_FAMILY_UPDATE, DNSRCODE_CTX_TSIG), 0);
	CU_ASSERT_EQUAL(dnsrcode_in_family(9, DNSRCODE_FAMILY_TSIG, DNSRCODE_CTX_TSIG), 1);
}

static void
test_in_family_accepts_any_of_several_bits(void)
{
	const unsigned base_or_update = DNSRCODE_FAMILY_BASE | DNSRCODE_FAMILY_UPDATE;

	CU_ASSERT_EQUAL(dnsrcode_in_family(3, base_or_update, DNSRCODE_CTX_HEADER), 1);
	CU_ASSERT_EQUAL(dnsrcode_in_family(7, base_or_update, DNSRCODE_CTX_HEADER), 1);
	CU_ASSERT_EQUAL(dnsrcode_in_family(11, base_or_update, DNSRCODE_CTX_HEADER), 0);
	CU_ASSERT_EQUAL(dnsrcode_in_family(23, DNSRCODE_FAMILY_ALL, DNSRCODE_CTX_EDNS), 1);
	CU_ASSERT_EQUAL(dnsrcode_in_family(3, 0, DNSRCODE_CTX_ANY), 0);
}

static void
test_in_family_is_false_without_an_entry(void)
{
	CU_ASSERT_EQUAL(dnsrcode_in_family(12, DNSRCODE_FAMILY_ALL, DNSRCODE_CTX_ANY), 0);
	CU_ASSERT_EQUAL(dnsrcode_in_family(16, DNSRCODE_FAMILY_ALL, DNSRCODE_CTX_HEADER), 0);
	CU_ASSERT_EQUAL(dnsrcode_in_family(3841, DNSRCODE_FAMILY_ALL, DNSRCODE_CTX_ANY), 0);
	CU_ASSERT_EQUAL(dnsrcode_in_family(65536, DNSRCODE_FAMILY_ALL, DNSRCODE_CTX_ANY), 0);
}

static void
test_in_family_is_false_for_invalid_context(void)
{
	size_t i;

	for (i = 0; i < sizeof(not_contexts) / sizeof(not_contexts[0]); i++) {
		CU_ASSERT_EQUAL(dnsrcode_in_family(3, DNSRCODE_FAMILY_ALL,
		                                   (dnsrcode_context)not_contexts[i]), 0);
		CU_ASSERT_EQUAL(dnsrcode_in_family(12, DNSRCODE_FAMILY_ALL,
		                                   (dnsrcode_context)not_contexts[i]), 0);
	}
}

/* -------------------------------------------- versions and messages */

static void
test_registry_date(void)
{
	ASSERT_STR_EQ(dnsrcode_registry_date(), "2026-10-04");
}

static void
test_version_matches_header_and_package(void)
{
	char macro_version[32];

	ASSERT_STR_EQ(dnsrcode_version(), DNSRCODE_VERSION);
	ASSERT_STR_EQ(dnsrcode_version(), PACKAGE_VERSION);
	snprintf(macro_version, sizeof(macro_version), "%d.%d.%d", DNSRCODE_VERSION_MAJOR,
	         DNSRCODE_VERSION_MINOR, DNSRCODE_VERSION_PATCH);
	ASSERT_STR_EQ(macro_version, DNSRCODE_VERSION);
}

static void
test_strerror_gives_distinct_text_for_every_result(void)
{
	static const int results[] = {
		DNSRCODE_OK,        DNSRCODE_EINVAL, DNSRCODE_EUNKNOWN,   DNSRCODE_ESYNTAX,
		DNSRCODE_ERANGE,    DNSRCODE_EEMPTY, DNSRCODE_ESIGN,      DNSRCODE_ESPACE,
		DNSRCODE_ETRAILING, DNSRCODE_EALIAS, DNSRCODE_ETRUNCATED, DNSRCODE_EMALFORMED,
		DNSRCODE_EPOINTER,  DNSRCODE_ENAME,  DNSRCODE_EOPT,       DNSRCODE_ETSIG,
	};
	const size_t n = sizeof(results) / sizeof(results[0]);
	size_t i, j;

	for (i = 0; i < n; i++) {
		const char *msg = dnsrcode_strerror(results[i]);

		CU_ASSERT_PTR_NOT_NULL_FATAL(msg);
		CU_ASSERT(strlen(msg) > 0);
		ASSERT_STR_NE(msg, "unknown error");
		for (j = 0; j < i; j++)
			ASSERT_STR_NE(msg, dnsrcode_strerror(results[j]));
	}
}

static void
test_strerror_of_other_values_is_unknown_error(void)
{
	ASSERT_STR_EQ(dnsrcode_strerror(1), "unknown error");
	ASSERT_STR_EQ(dnsrcode_strerror(DNSRCODE_ETSIG - 1), "unknown error");
	ASSERT_STR_EQ(dnsrcode_strerror(-1000), "unknown error");
	ASSERT_STR_EQ(dnsrcode_strerror(INT_MIN), "unknown error");
	ASSERT_STR_EQ(dnsrcode_strerror(INT_MAX), "unknown error");
}

static const struct test_case tests[] = {
	TEST_CASE(test_lookup_single_row_codes_in_every_context),
	TEST_CASE(test_lookup_16_is_badvers_in_any_and_edns),
	TEST_CASE(test_lookup_16_is_badsig_in_tsig_and_tkey),
	TEST_CASE(test_lookup_16_is_null_in_header),
	TEST_CASE(test_lookup_9_is_not_authorized_only_in_tsig),
	TEST_CASE(test_lookup_above_15_is_null_in_header),
	TEST_CASE(test_lookup_unassigned_is_null),
	TEST_CASE(test_lookup_above_65535_is_null),
	TEST_CASE(test_lookup_invalid_context_is_null),
	TEST_CASE(test_lookup_name_finds_every_name_and_mnemonic_in_any_case),
	TEST_CASE(test_lookup_name_notauth_gives_the_rfc2136_row),
	TEST_CASE(test_lookup_name_badsig_and_badvers_give_their_own_rows),
	TEST_CASE(test_lookup_name_accepts_aliases_of_assigned_codes),
	TEST_CASE(test_lookup_name_accepts_c_ares_dsotypei),
	TEST_CASE(test_lookup_name_aliases_of_unassigned_codes_give_null),
	TEST_CASE(test_lookup_name_rejects_numbers),
	TEST_CASE(test_lookup_name_rejects_unknown_names),
	TEST_CASE(test_lookup_name_rejects_null_and_empty),
	TEST_CASE(test_lookup_name_honours_len),
	TEST_CASE(test_lookup_name_rejects_embedded_nul),
	TEST_CASE(test_next_yields_registry_rows_in_csv_order),
	TEST_CASE(test_next_after_last_is_null),
	TEST_CASE(test_next_with_foreign_pointer_is_null),
	TEST_CASE(test_accessors_match_registry_csv),
	TEST_CASE(test_mnemonic_is_upper_case_name),
	TEST_CASE(test_families_follow_the_defining_document),
	TEST_CASE(test_each_row_has_exactly_one_family),
	TEST_CASE(test_contexts_match_the_wire_fields),
	TEST_CASE(test_contexts_badtime_only_in_tsig_and_tkey),
	TEST_CASE(test_contexts_dsotypeni_only_in_the_header),
	TEST_CASE(test_lookup_names_a_value_outside_its_contexts),
	TEST_CASE(test_contexts_badcookie_only_in_edns),
	TEST_CASE(test_contexts_never_header_at_16_or_above),
	TEST_CASE(test_contexts_only_where_the_code_fits),
	TEST_CASE(test_explanation_is_nonempty_and_not_the_description),
	TEST_CASE(test_explanations_say_what_the_rfcs_say),
	TEST_CASE(test_two_rows_of_a_code_have_different_explanations),
	TEST_CASE(test_accessors_of_null),
	TEST_CASE(test_to_text_is_the_lookup_mnemonic),
	TEST_CASE(test_to_text_invalid_context_is_null_for_every_code),
	TEST_CASE(test_range_at_class_boundaries),
	TEST_CASE(test_fits_holds_the_field_widths),
	TEST_CASE(test_fits_is_false_for_invalid_context),
	TEST_CASE(test_in_family_uses_the_row_the_context_picks),
	TEST_CASE(test_in_family_accepts_any_of_several_bits),
	TEST_CASE(test_in_family_is_false_without_an_entry),
	TEST_CASE(test_in_family_is_false_for_invalid_context),
	TEST_CASE(test_registry_date),
	TEST_CASE(test_version_matches_header_and_package),
	TEST_CASE(test_strerror_gives_distinct_text_for_every_result),
	TEST_CASE(test_strerror_of_other_values_is_unknown_error),
	TEST_END,
};

int
main(void)
{
	return run_suite("lookup", tests);
}
