/*
 * test_ede.c - the Extended DNS Error registry: exact against data/ede.csv,
 * lookup, parse, format, ranges, iteration and the advice columns.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dnsrcode.h"

#include "testutil.h"

#define CSV_FIELDS 8
#define CSV_FIELD_MAX 1024
#define CSV_LINE_MAX 4096

/* ------------------------------------------------------------ helpers */

static const dnsrcode_ede_info *
lookup_str(const char *text)
{
	return dnsrcode_ede_lookup_text(text, strlen(text));
}

static int
category_of(unsigned code)
{
	return dnsrcode_ede_info_category(dnsrcode_ede_lookup(code));
}

static int
retry_of(unsigned code)
{
	return dnsrcode_ede_info_retry(dnsrcode_ede_lookup(code));
}

static unsigned
rcode_of(unsigned code)
{
	return dnsrcode_ede_info_rcode(dnsrcode_ede_lookup(code));
}

static int
parse_str(const char *text, uint16_t *code)
{
	return dnsrcode_ede_parse(text, strlen(text), code);
}

/* One CSV record into fld[]; "" inside quotes is one quote.  Returns the
 * number of fields, or -1 for a line the test cannot read. */
static int
csv_split(const char *line, char fld[CSV_FIELDS][CSV_FIELD_MAX])
{
	int n = 0, quoted = 0;
	size_t len = 0;

	for (; *line != '\0' && *line != '\n' && *line != '\r'; line++) {
		if (quoted && *line == '"' && line[1] == '"') {
			line++;
		} else if (*line == '"') {
			quoted = !quoted;
			continue;
		} else if (!quoted && *line == ',') {
			fld[n][len] = '\0';
			if (++n == CSV_FIELDS)
				return -1;
			len = 0;
			continue;
		}
		if (len + 1 >= CSV_FIELD_MAX)
			return -1;
		fld[n][len++] = *line;
	}
	fld[n][len] = '\0';
	return n + 1;
}

/* "[RFC8914, Section 4.4][RFC8767]" as the library gives it:
 * "RFC8914, Section 4.4; RFC8767". */
static void
plain_reference(const char *iana, char *out, size_t size)
{
	size_t o = 0;

	for (; *iana != '\0' && o + 3 < size; iana++) {
		if (iana[0] == ']' && iana[1] == '[') {
			out[o++] = ';';
			out[o++] = ' ';
			iana++;
		} else if (*iana != '[' && *iana != ']') {
			out[o++] = *iana;
		}
	}
	out[o] = '\0';
}

/* A file of data/, or NULL. */
static FILE *
open_data(const char *name)
{
	const char *srcdir = getenv("top_srcdir");
	char path[1024];

	snprintf(path, sizeof(path), "%s/data/%s", srcdir != NULL ? srcdir : ".", name);
	return fopen(path, "r");
}

/* The records of a CSV file of data/ (header excluded) whose field
 * @field (from 0) is not empty, or whose first field has no '-' (a row,
 * not a range) when @field is -1.  -1 when the file cannot be read. */
static int
csv_count(const char *name, int field)
{
	char line[CSV_LINE_MAX], fld[CSV_FIELDS][CSV_FIELD_MAX];
	int n = 0;
	FILE *f = open_data(name);

	if (f == NULL || fgets(line, sizeof(line), f) == NULL) {
		if (f != NULL)
			fclose(f);
		return -1;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		if (csv_split(line, fld) <= (field < 0 ? 0 : field)) {
			n = -1;
			break;
		}
		if (field < 0 ? strchr(fld[0], '-') == NULL : fld[field][0] != '\0')
			n++;
	}
	fclose(f);
	return n;
}

/* The entries dnsrcode_ede_next() walks. */
static int
table_count(void)
{
	const dnsrcode_ede_info *info = NULL;
	int n = 0;

	while ((info = dnsrcode_ede_next(info)) != NULL)
		n++;
	return n;
}

/* -------------------------------------------------- exact against CSV */

static void
test_ede_table_matches_csv(void)
{
	char line[CSV_LINE_MAX], fld[CSV_FIELDS][CSV_FIELD_MAX], ref[CSV_FIELD_MAX];
	int rows = 0, ranges = 0;
	unsigned covered = 0;
	FILE *f = open_data("ede.csv");

	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	CU_ASSERT_PTR_NOT_NULL_FATAL(fgets(line, sizeof(line), f));
	while (fgets(line, sizeof(line), f) != NULL) {
		unsigned lo, hi;
		char dash;

		CU_ASSERT_EQUAL_FATAL(csv_split(line, fld), 3);
		if (sscanf(fld[0], "%u%c%u", &lo, &dash, &hi) == 3 && dash == '-') {
			int want = strcmp(fld[1], "Unassigned") == 0 ? DNSRCODE_RANGE_UNASSIGNED
			                                             : DNSRCODE_RANGE_PRIVATE;

			CU_ASSERT_EQUAL(dnsrcode_ede_range(lo), want);
			CU_ASSERT_EQUAL(dnsrcode_ede_range(hi), want);
			CU_ASSERT_PTR_NULL(dnsrcode_ede_lookup(lo));
			CU_ASSERT_PTR_NULL(dnsrcode_ede_lookup(hi));
			covered += hi - lo + 1;
			ranges++;
		} else {
			const dnsrcode_ede_info *info;

			lo = (unsigned)strtoul(fld[0], NULL, 10);
			info = dnsrcode_ede_lookup(lo);
			CU_ASSERT_PTR_NOT_NULL_FATAL(info);
			CU_ASSERT_EQUAL(dnsrcode_ede_info_code(info), lo);
			ASSERT_STR_EQ(dnsrcode_ede_info_purpose(info), fld[1]);
			plain_reference(fld[2], ref, sizeof(ref));
			ASSERT_STR_EQ(dnsrcode_ede_info_reference(info), ref);
			CU_ASSERT_EQUAL(dnsrcode_ede_range(lo), DNSRCODE_RANGE_ASSIGNED);
			rows++;
		}
	}
	fclose(f);
	/* A file that held no row or no range would prove nothing above. */
	CU_ASSERT(rows > 0);
	CU_ASSERT(ranges > 0);
	CU_ASSERT_EQUAL(table_count(), rows);
	CU_ASSERT_EQUAL((unsigned)rows + covered, 65536);
}

static void
test_ede_next_walks_every_row_in_code_order(void)
{
	const dnsrcode_ede_info *info = NULL;
	int n = 0, last = -1, rows = csv_count("ede.csv", -1);

	while ((info = dnsrcode_ede_next(info)) != NULL) {
		CU_ASSERT(dnsrcode_ede_info_code(info) > last);
		CU_ASSERT_PTR_EQUAL(dnsrcode_ede_lookup(dnsrcode_ede_info_code(info)), info);
		last = dnsrcode_ede_info_code(info);
		n++;
	}
	CU_ASSERT(rows > 0);
	CU_ASSERT_EQUAL(n, rows);
}

static void
test_ede_next_stops_at_foreign_pointer(void)
{
	const dnsrcode_ede_info *first = dnsrcode_ede_next(NULL);
	const void *rcode_entry = dnsrcode_lookup(0, DNSRCODE_CTX_ANY);
	char not_an_entry[64];

	CU_ASSERT_PTR_NULL(dnsrcode_ede_next((const dnsrcode_ede_info *)not_an_entry));
	CU_ASSERT_PTR_NULL(dnsrcode_ede_next((const dnsrcode_ede_info *)((const char *)first + 1)));
	CU_ASSERT_PTR_NULL(dnsrcode_ede_next((const dnsrcode_ede_info *)rcode_entry));
}

/* ------------------------------------------------ every value 0..65535 */

static void
test_ede_every_value_formats_and_parses_back(void)
{
	unsigned code;

	for (code = 0; code <= 65535; code++) {
		char buf[256];
		uint16_t back = DNSRCODE_NO_CODE;
		int n, style, range = dnsrcode_ede_range(code);
		const dnsrcode_ede_info *info = dnsrcode_ede_lookup(code);

		if ((info != NULL) != (range == DNSRCODE_RANGE_ASSIGNED))
			CU_FAIL("lookup and range disagree");
		for (style = DNSRCODE_FMT_MNEMONIC; style <= DNSRCODE_FMT_NAME; style++) {
			n = dnsrcode_ede_format(buf, sizeof(buf), code, style);
			if (n <= 0 || (size_t)n >= sizeof(buf) ||
			    parse_str(buf, &back) != DNSRCODE_OK || back != code) {
				CU_FAIL("formatted text does not parse back");
				return;
			}
		}
		n = dnsrcode_ede_format(buf, sizeof(buf), code, DNSRCODE_FMT_FULL);
		if (n <= 0 || (size_t)n >= sizeof(buf) || (size_t)n != strlen(buf))
			CU_FAIL("FULL style length");
		if (info == NULL && dnsrcode_ede_to_text(code) != NULL)
			CU_FAIL("to_text of a code without a row");
		if (info != NULL &&
		    strcmp(dnsrcode_ede_to_text(code), dnsrcode_ede_info_mnemonic(info)) != 0)
			CU_FAIL("to_text differs from the mnemonic");
	}
	CU_ASSERT_EQUAL(dnsrcode_ede_range(65536), DNSRCODE_ERANGE);
	CU_ASSERT_PTR_NULL(dnsrcode_ede_lookup(65536));
	CU_ASSERT_PTR_NULL(dnsrcode_ede_to_text(70000));
}

/* RFC 8914 5.2: 0-49151 First Come First Served, 49152-65535 Private
 * Use; which of 1-49151 are assigned is data/ede.csv's (checked above). */
static void
test_ede_range_private_use_is_49152_to_65535(void)
{
	CU_ASSERT_EQUAL(dnsrcode_ede_range(0), DNSRCODE_RANGE_ASSIGNED);
	CU_ASSERT_NOT_EQUAL(dnsrcode_ede_range(49151), DNSRCODE_RANGE_PRIVATE);
	CU_ASSERT_EQUAL(dnsrcode_ede_range(49152), DNSRCODE_RANGE_PRIVATE);
	CU_ASSERT_EQUAL(dnsrcode_ede_range(65535), DNSRCODE_RANGE_PRIVATE);
	CU_ASSERT_EQUAL(dnsrcode_ede_range(65536), DNSRCODE_ERANGE);
}

/* ------------------------------------------------------------ lookup */

static void
test_ede_lookup_text_accepts_every_spelling(void)
{
	const dnsrcode_ede_info *info = dnsrcode_ede_lookup(9);

	CU_ASSERT_PTR_EQUAL(lookup_str("DNSKEY Missing"), info);
	CU_ASSERT_PTR_EQUAL(lookup_str("dnskey missing"), info);
	CU_ASSERT_PTR_EQUAL(lookup_str("DNSKEY_MISSING"), info);
	CU_ASSERT_PTR_EQUAL(lookup_str("dnskey_missing"), info);
	CU_ASSERT_PTR_EQUAL(lookup_str("EDE9"), info);
	CU_ASSERT_PTR_EQUAL(lookup_str("ede09"), info);
	CU_ASSERT_PTR_EQUAL(lookup_str("DNSKEY Missingx"), NULL);
}

/* data/ede-aliases.csv: the spellings unbound and BIND print.  Those that
 * differ from IANA's purpose only in letter case are no aliases, and BIND's
 * "Other" is the mnemonic OTHER: the case-insensitive match reads them. */
static void
test_ede_lookup_text_accepts_what_software_prints(void)
{
	uint16_t code = 0;

	CU_ASSERT_PTR_EQUAL(lookup_str("Non-Replayable Transactions Received in 0-RTT Data"),
	                    dnsrcode_ede_lookup(26));
	CU_ASSERT_PTR_EQUAL(lookup_str("non-replayable transactions received in 0-rtt data"),
	                    dnsrcode_ede_lookup(26));
	CU_ASSERT_EQUAL(parse_str("Non-Replayable Transactions Received in 0-RTT Data", &code),
	                DNSRCODE_OK);
	CU_ASSERT_EQUAL(code, 26);
	CU_ASSERT_PTR_EQUAL(lookup_str("Synthesized Answer"), dnsrcode_ede_lookup(29));
	CU_ASSERT_PTR_EQUAL(lookup_str("Other"), dnsrcode_ede_lookup(0));
	CU_ASSERT_PTR_EQUAL(lookup_str("Stale NXDOMAIN Answer"), dnsrcode_ede_lookup(19));
	CU_ASSERT_PTR_EQUAL(lookup_str("Signature Expired Before Valid"), dnsrcode_ede_lookup(25));
	CU_ASSERT_PTR_EQUAL(lookup_str("Unable to Conform to Policy"), dnsrcode_ede_lookup(28));
	/* A hyphen is a name character, so a near miss is unknown, not bad syntax. */
	CU_ASSERT_EQUAL(parse_str("Non-Replayable", &code), DNSRCODE_EUNKNOWN);
	CU_ASSERT_EQUAL(parse_str("Non-Replayable Transactions Received in 0-RTT Data.", &code),
	                DNSRCODE_ETRAILING);
}

static void
test_ede_lookup_text_refuses_numbers_and_unknown(void)
{
	CU_ASSERT_PTR_NULL(lookup_str("9"));
	CU_ASSERT_PTR_NULL(lookup_str("EDE40"));
	CU_ASSERT_PTR_NULL(lookup_str("EDE50000"));
	CU_ASSERT_PTR_NULL(lookup_str("EDE9x"));
	CU_ASSERT_PTR_NULL(lookup_str("EDE"));
	CU_ASSERT_PTR_NULL(lookup_str("No Such Error"));
	CU_ASSERT_PTR_NULL(lookup_str(""));
	CU_ASSERT_PTR_NULL(dnsrcode_ede_lookup_text(NULL, 3));
	/* len, not the NUL, ends the text. */
	CU_ASSERT_PTR_EQUAL(dnsrcode_ede_lookup_text("BlockedXYZ", 7), dnsrcode_ede_lookup(15));
}

static void
test_ede_every_purpose_and_mnemonic_round_trips(void)
{
	const dnsrcode_ede_info *info = NULL;

	while ((info = dnsrcode_ede_next(info)) != NULL) {
		char lower[128];
		const char *p = dnsrcode_ede_info_purpose(info);
		size_t i;

		CU_ASSERT_PTR_EQUAL(lookup_str(p), info);
		CU_ASSERT_PTR_EQUAL(lookup_str(dnsrcode_ede_info_mnemonic(info)), info);
		for (i = 0; p[i] != '\0' && i + 1 < sizeof(lower); i++)
			lower[i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
		lower[i] = '\0';
		CU_ASSERT_PTR_EQUAL(lookup_str(lower), info);
	}
}

/* ------------------------------------------------------------- parse */

static void
test_ede_parse_accepts_numbers_and_names(void)
{
	uint16_t code = 0;

	CU_ASSERT_EQUAL(parse_str("0", &code), DNSRCODE_OK);
	CU_ASSERT_EQUAL(code, 0);
	CU_ASSERT_EQUAL(parse_str("65535", &code), DNSRCODE_OK);
	CU_ASSERT_EQUAL(code, 65535);
	CU_ASSERT_EQUAL(parse_str("EDE49152", &code), DNSRCODE_OK);
	CU_ASSERT_EQUAL(code, 49152);
	CU_ASSERT_EQUAL(parse_str("Prohibited", &code), DNSRCODE_OK);
	CU_ASSERT_EQUAL(code, 18);
	CU_ASSERT_EQUAL(parse_str("network_error", &code), DNSRCODE_OK);
	CU_ASSERT_EQUAL(code, 23);
}

static void
test_ede_parse_gives_one_error_per_cause(void)
{
	uint16_t code = 4242;

	CU_ASSERT_EQUAL(dnsrcode_ede_parse(NULL, 1, &code), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(dnsrcode_ede_parse("9", 1, NULL), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(parse_str("", &code), DNSRCODE_EEMPTY);
	CU_ASSERT_EQUAL(parse_str("-1", &code), DNSRCODE_ESIGN);
	CU_ASSERT_EQUAL(parse_str("+9", &code), DNSRCODE_ESIGN);
	CU_ASSERT_EQUAL(parse_str(" Blocked", &code), DNSRCODE_ESPACE);
	CU_ASSERT_EQUAL(parse_str("Blocked ", &code), DNSRCODE_ESPACE);
	CU_ASSERT_EQUAL(parse_str("9 ", &code), DNSRCODE_ESPACE);
	CU_ASSERT_EQUAL(parse_str("DNSKEY  Missing", &code), DNSRCODE_ESPACE);
	CU_ASSERT_EQUAL(parse_str("DNSKEY\tMissing", &code), DNSRCODE_ESPACE);
	CU_ASSERT_EQUAL(parse_str("9x", &code), DNSRCODE_ETRAILING);
	CU_ASSERT_EQUAL(parse_str("0x10", &code), DNSRCODE_ETRAILING);
	CU_ASSERT_EQUAL(parse_str("EDE9.", &code), DNSRCODE_ETRAILING);
	CU_ASSERT_EQUAL(parse_str("Blocked!", &code), DNSRCODE_ETRAILING);
	CU_ASSERT_EQUAL(parse_str("DNSKEY Missing.", &code), DNSRCODE_ETRAILING);
	CU_ASSERT_EQUAL(dnsrcode_ede_parse("Blo\0cked", 8, &code), DNSRCODE_ESYNTAX);
	CU_ASSERT_EQUAL(parse_str("caf\xc3\xa9", &code), DNSRCODE_ESYNTAX);
	CU_ASSERT_EQUAL(parse_str("No Such Error", &code), DNSRCODE_EUNKNOWN);
	CU_ASSERT_EQUAL(parse_str("EDE", &code), DNSRCODE_EUNKNOWN);
	CU_ASSERT_EQUAL(parse_str("65536", &code), DNSRCODE_ERANGE);
	CU_ASSERT_EQUAL(parse_str("EDE99999999999999999999", &code), DNSRCODE_ERANGE);
	CU_ASSERT_EQUAL(code, 4242);
}

/* ------------------------------------------------------------ format */

/* Each style of a row, and of a value in either range: the text and the
 * length returned. */
static void
test_ede_format_prints_rows_and_ranges_in_each_style(void)
{
	static const struct {
		unsigned code;
		int style;
		const char *text;
	} cases[] = {
		{ 9, DNSRCODE_FMT_MNEMONIC, "DNSKEY_MISSING" },
		{ 9, DNSRCODE_FMT_NAME, "DNSKEY Missing" },
		{ 9, DNSRCODE_FMT_DESCRIPTION, "DNSKEY Missing" },
		{ 9, DNSRCODE_FMT_FULL, "DNSKEY_MISSING (9): DNSKEY Missing [RFC8914, Section 4.10]" },
		{ 3, DNSRCODE_FMT_FULL, "STALE_ANSWER (3): Stale Answer [RFC8914, Section 4.4][RFC8767]" },
		{ 40, DNSRCODE_FMT_MNEMONIC, "EDE40" },
		{ 40, DNSRCODE_FMT_NAME, "EDE40" },
		{ 40, DNSRCODE_FMT_DESCRIPTION, "Unassigned" },
		{ 40, DNSRCODE_FMT_FULL, "EDE40 (40): Unassigned" },
		{ 50000, DNSRCODE_FMT_DESCRIPTION, "Reserved for Private Use" },
		{ 50000, DNSRCODE_FMT_FULL, "EDE50000 (50000): Reserved for Private Use [RFC8914]" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char buf[128];
		int n = dnsrcode_ede_format(buf, sizeof(buf), cases[i].code, cases[i].style);

		CU_ASSERT_EQUAL(n, (int)strlen(cases[i].text));
		ASSERT_STR_EQ(n < 0 ? NULL : buf, cases[i].text);
	}
}

static void
test_ede_format_has_snprintf_semantics(void)
{
	char buf[8];

	memset(buf, 'x', sizeof(buf));
	CU_ASSERT_EQUAL(dnsrcode_ede_format(NULL, 0, 9, DNSRCODE_FMT_MNEMONIC), 14);
	CU_ASSERT_EQUAL(dnsrcode_ede_format(buf, sizeof(buf), 9, DNSRCODE_FMT_MNEMONIC), 14);
	ASSERT_STR_EQ(buf, "DNSKEY_");
	CU_ASSERT_EQUAL(dnsrcode_ede_format(buf, 1, 9, DNSRCODE_FMT_MNEMONIC), 14);
	CU_ASSERT_EQUAL(buf[0], '\0');
	memset(buf, 'x', sizeof(buf));
	CU_ASSERT_EQUAL(dnsrcode_ede_format(buf, sizeof(buf), 9, 42), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(dnsrcode_ede_format(buf, sizeof(buf), 9, -1), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(dnsrcode_ede_format(NULL, 4, 9, DNSRCODE_FMT_MNEMONIC), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(dnsrcode_ede_format(buf, sizeof(buf), 65536, DNSRCODE_FMT_MNEMONIC),
	                DNSRCODE_ERANGE);
	CU_ASSERT_EQUAL(buf[0], 'x');
}

/* ------------------------------------------------------------ advice */

static void
test_ede_paired_rcodes_are_the_documented_ones(void)
{
	const dnsrcode_ede_info *info = NULL;
	int paired = 0, noted = csv_count("ede-notes.csv", 4);

	CU_ASSERT_EQUAL(rcode_of(13), 2);  /* SERVFAIL */
	CU_ASSERT_EQUAL(rcode_of(18), 5);  /* REFUSED */
	CU_ASSERT_EQUAL(rcode_of(19), 3);  /* NXDOMAIN */
	CU_ASSERT_EQUAL(rcode_of(20), 5);  /* REFUSED */
	CU_ASSERT_EQUAL(rcode_of(26), 5);  /* REFUSED, RFC 9250 4.5 */
	CU_ASSERT_EQUAL(rcode_of(30), 1);  /* FORMERR */
	/* And no pairing but those of data/ede-notes.csv's rcode column. */
	while ((info = dnsrcode_ede_next(info)) != NULL)
		if (dnsrcode_ede_info_rcode(info) != DNSRCODE_NO_CODE)
			paired++;
	CU_ASSERT(noted >= 6);
	CU_ASSERT_EQUAL(paired, noted);
}

static void
test_ede_every_entry_has_advice_and_prose(void)
{
	const dnsrcode_ede_info *info = NULL;

	while ((info = dnsrcode_ede_next(info)) != NULL) {
		int cat = dnsrcode_ede_info_category(info), retry = dnsrcode_ede_info_retry(info);

		CU_ASSERT_PTR_NOT_NULL(dnsrcode_ede_category_name(cat));
		CU_ASSERT(retry == DNSRCODE_EDE_RETRY_NO || retry == DNSRCODE_EDE_RETRY_YES ||
		          retry == DNSRCODE_EDE_RETRY_MAYBE);
		CU_ASSERT(strlen(dnsrcode_ede_info_explanation(info)) > 20);
		CU_ASSERT(strlen(dnsrcode_ede_info_basis(info)) > 20);
	}
}

/* The basis of an RFC 8914 code cites the section its IANA reference
 * names: "RFC8914, Section 4.14" -> "RFC8914 4.14: ...". */
static void
test_ede_basis_cites_the_registered_section(void)
{
	const dnsrcode_ede_info *info = NULL;
	unsigned checked = 0;

	while ((info = dnsrcode_ede_next(info)) != NULL) {
		const char *ref = dnsrcode_ede_info_reference(info);
		char want[64];
		unsigned major, minor;

		if (sscanf(ref, "RFC8914, Section %u.%u", &major, &minor) != 2)
			continue;
		snprintf(want, sizeof(want), "RFC8914 %u.%u: ", major, minor);
		CU_ASSERT_EQUAL(strncmp(dnsrcode_ede_info_basis(info), want, strlen(want)), 0);
		checked++;
	}
	CU_ASSERT_EQUAL(checked, 25);
}

static void
test_ede_category_and_retry_of_one_code_per_category(void)
{
	CU_ASSERT_EQUAL(category_of(6), DNSRCODE_EDE_CAT_DNSSEC);
	CU_ASSERT_EQUAL(retry_of(6), DNSRCODE_EDE_RETRY_NO);
	CU_ASSERT_EQUAL(category_of(22), DNSRCODE_EDE_CAT_TRANSPORT);
	CU_ASSERT_EQUAL(retry_of(22), DNSRCODE_EDE_RETRY_YES);
	CU_ASSERT_EQUAL(category_of(3), DNSRCODE_EDE_CAT_STALE);
	CU_ASSERT_EQUAL(category_of(15), DNSRCODE_EDE_CAT_POLICY);
	CU_ASSERT_EQUAL(category_of(14), DNSRCODE_EDE_CAT_SERVER);
	CU_ASSERT_EQUAL(category_of(21), DNSRCODE_EDE_CAT_QUERY);
	CU_ASSERT_EQUAL(category_of(0), DNSRCODE_EDE_CAT_OTHER);
	ASSERT_STR_EQ(dnsrcode_ede_category_name(DNSRCODE_EDE_CAT_DNSSEC), "dnssec");
	CU_ASSERT_PTR_NULL(dnsrcode_ede_category_name(0));
	CU_ASSERT_PTR_NULL(dnsrcode_ede_category_name(8));
}

/* The retry advice decided against the defining texts (the basis column
 * of data/ede-notes.csv quotes them; data/PROVENANCE.md gives the
 * reasoning): a later edit must not quietly undo one. */
static void
test_ede_retry_advice_follows_the_texts(void)
{
	/* RFC 4035 4.3: Indeterminate is what this resolver could reach. */
	CU_ASSERT_EQUAL(retry_of(5), DNSRCODE_EDE_RETRY_YES);
	/* RFC 8914 1: the next resolver fails it too, or does not validate. */
	CU_ASSERT_EQUAL(retry_of(6), DNSRCODE_EDE_RETRY_NO);
	/* "presently valid" is the resolver's clock, for 7 as for 8. */
	CU_ASSERT_EQUAL(retry_of(7), DNSRCODE_EDE_RETRY_MAYBE);
	CU_ASSERT_EQUAL(retry_of(8), retry_of(7));
	/* RFC 4035 5: the path can strip DNSSEC records. */
	CU_ASSERT_EQUAL(retry_of(9), DNSRCODE_EDE_RETRY_MAYBE);
	CU_ASSERT_EQUAL(retry_of(10), DNSRCODE_EDE_RETRY_MAYBE);
	CU_ASSERT_EQUAL(retry_of(12), DNSRCODE_EDE_RETRY_MAYBE);
	CU_ASSERT_EQUAL(retry_of(11), DNSRCODE_EDE_RETRY_NO);
	/* RFC 9250 4.5: the client's own 0-RTT sending is the cause. */
	CU_ASSERT_EQUAL(retry_of(26), DNSRCODE_EDE_RETRY_NO);
	/* RFC 9276 3.2: the iteration limit is each resolver's own. */
	CU_ASSERT_EQUAL(retry_of(27), DNSRCODE_EDE_RETRY_YES);
	CU_ASSERT_EQUAL(retry_of(32), DNSRCODE_EDE_RETRY_MAYBE);
	CU_ASSERT_EQUAL(retry_of(33), DNSRCODE_EDE_RETRY_MAYBE);
}

/* Whether a text field of code's row contains words. */
static int
says(const char *(*field)(const dnsrcode_ede_info *), unsigned code, const char *words)
{
	const char *text = field(dnsrcode_ede_lookup(code));

	return text != NULL && strstr(text, words) != NULL;
}

#define basis_says(code, words) says(dnsrcode_ede_info_basis, (code), (words))
#define explanation_says(code, words) says(dnsrcode_ede_info_explanation, (code), (words))

static void
test_ede_basis_quotes_the_deciding_text(void)
{
	CU_ASSERT(basis_says(5, "not able to obtain the necessary DNSSEC RRs"));
	CU_ASSERT(basis_says(6, "configuration error or some form of data corruption"));
	CU_ASSERT(!basis_says(6, "every validator"));
	CU_ASSERT(basis_says(10, "strips DNSSEC RRs from a response"));
	CU_ASSERT(basis_says(26, "REFUSED"));
	CU_ASSERT(explanation_says(26, "not replayable"));
	CU_ASSERT(basis_says(32, "UPDATEs allowed for a customer"));
	CU_ASSERT(explanation_says(32, "transactions"));
	CU_ASSERT(basis_says(33, "any responses while an NTA is in effect"));
	CU_ASSERT(!basis_says(33, "would fail"));
	CU_ASSERT(basis_says(35, "TBA1"));
	CU_ASSERT(explanation_says(7, "presently valid"));
	CU_ASSERT(!explanation_says(7, "Every signature"));
}

static void
test_ede_accessors_take_null(void)
{
	CU_ASSERT_EQUAL(dnsrcode_ede_info_code(NULL), DNSRCODE_NO_CODE);
	CU_ASSERT_PTR_NULL(dnsrcode_ede_info_purpose(NULL));
	CU_ASSERT_PTR_NULL(dnsrcode_ede_info_mnemonic(NULL));
	CU_ASSERT_PTR_NULL(dnsrcode_ede_info_reference(NULL));
	CU_ASSERT_PTR_NULL(dnsrcode_ede_info_explanation(NULL));
	CU_ASSERT_PTR_NULL(dnsrcode_ede_info_basis(NULL));
	CU_ASSERT_EQUAL(dnsrcode_ede_info_category(NULL), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(dnsrcode_ede_info_retry(NULL), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(dnsrcode_ede_info_rcode(NULL), DNSRCODE_NO_CODE);
}

static void
test_ede_message_errors_have_their_own_text(void)
{
	int err;

	for (err = DNSRCODE_ETSIG; err <= DNSRCODE_ETRUNCATED; err++) {
		const char *text = dnsrcode_strerror(err);
		int other;

		ASSERT_STR_NE(text, "unknown error");
		for (other = err + 1; other <= DNSRCODE_ETRUNCATED; other++)
			ASSERT_STR_NE(text, dnsrcode_strerror(other));
	}
}

/* dnsrcode_ede_parse() returns DNSRCODE_EUNKNOWN and DNSRCODE_ESYNTAX
 * too, so their messages must not claim the text was meant as an RCODE. */
static void
test_ede_parse_error_messages_are_true_of_ede_text(void)
{
	uint16_t code;

	CU_ASSERT_EQUAL(parse_str("No Such Error", &code), DNSRCODE_EUNKNOWN);
	CU_ASSERT_PTR_NULL(strstr(dnsrcode_strerror(DNSRCODE_EUNKNOWN), "RCODE"));
	ASSERT_STR_NE(dnsrcode_strerror(DNSRCODE_EUNKNOWN), "unknown error");
	CU_ASSERT_EQUAL(parse_str("N/A", &code), DNSRCODE_ESYNTAX);
	CU_ASSERT_PTR_NULL(strstr(dnsrcode_strerror(DNSRCODE_ESYNTAX), "RCODE"));
	ASSERT_STR_NE(dnsrcode_strerror(DNSRCODE_ESYNTAX), "unknown error");
}

int
main(void)
{
	static const struct test_case tests[] = {
		{ "table matches data/ede.csv", test_ede_table_matches_csv },
		{ "next walks every row in code order",
		  test_ede_next_walks_every_row_in_code_order },
		{ "next stops at a foreign pointer", test_ede_next_stops_at_foreign_pointer },
		{ "every value formats and parses back",
		  test_ede_every_value_formats_and_parses_back },
		{ "private use is 49152..65535", test_ede_range_private_use_is_49152_to_65535 },
		{ "lookup_text accepts every spelling",
		  test_ede_lookup_text_accepts_every_spelling },
		{ "lookup_text accepts what software prints",
		  test_ede_lookup_text_accepts_what_software_prints },
		{ "lookup_text refuses numbers and unknown",
		  test_ede_lookup_text_refuses_numbers_and_unknown },
		{ "every purpose and mnemonic round-trips",
		  test_ede_every_purpose_and_mnemonic_round_trips },
		{ "parse accepts numbers and names", test_ede_parse_accepts_numbers_and_names },
		{ "parse gives one error per cause", test_ede_parse_gives_one_error_per_cause },
		{ "format prints rows and ranges in each style",
		  test_ede_format_prints_rows_and_ranges_in_each_style },
		{ "format has snprintf semantics", test_ede_format_has_snprintf_semantics },
		{ "paired RCODEs are the documented ones",
		  test_ede_paired_rcodes_are_the_documented_ones },
		{ "every entry has advice and prose", test_ede_every_entry_has_advice_and_prose },
		{ "basis cites the registered section",
		  test_ede_basis_cites_the_registered_section },
		{ "category and retry of one code per category",
		  test_ede_category_and_retry_of_one_code_per_category },
		{ "retry advice follows the texts", test_ede_retry_advice_follows_the_texts },
		{ "basis quotes the deciding text", test_ede_basis_quotes_the_deciding_text },
		{ "accessors take NULL", test_ede_accessors_take_null },
		{ "message errors have their own text",
		  test_ede_message_errors_have_their_own_text },
		{ "EUNKNOWN and ESYNTAX messages are true of EDE text",
		  test_ede_parse_error_messages_are_true_of_ede_text },
		TEST_END
	};

	return run_suite("ede", tests);
}
