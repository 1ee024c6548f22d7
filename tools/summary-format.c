/*
 * summary-format.c - the counts of dnsrcode --summary as a table for
 * people, one JSON object, CSV rows or Prometheus text exposition.
 *
 * Every format shows the same sections with the same keys: RCODEs by
 * dnsrcode_format()'s mnemonic in the context they were read in (codes
 * that read the same, NOTAUTH from the header and from a TSIG error,
 * count as one key), EDEs by decimal INFO-CODE, pairs as "RCODE+CODE",
 * refused messages by error word, skipped packets by the input layer's
 * reason.  Keys with a zero count are left out.
 */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "summary-format.h"

#define KEY_MAX 40      /* a mnemonic and "+65535", a reason */
#define MNEMONIC_MAX 24 /* "RCODE65535", or the longest registry mnemonic */

struct row {
	char key[KEY_MAX];
	unsigned code; /* what the rows sort by */
	unsigned ede;
	uint64_t count;
};

struct rows {
	struct row *v;
	size_t n, size;
};

/* The sections, in output order; SECTION_TOTALS are plain numbers. */
enum section {
	SECTION_TOTALS,
	SECTION_RCODE,
	SECTION_EDE,
	SECTION_RCODE_EDE,
	SECTION_MALFORMED,
	SECTION_SKIPPED,
	SECTION_COUNT,
};

/* JSON member and CSV section; the words of the table and the metric. */
static const struct {
	const char *name;
	const char *heading; /* the table's key column */
	const char *counted; /* the table's count column */
	const char *metric;
	const char *label;
	const char *help;
} sections[SECTION_COUNT] = {
	{ "total", "", "COUNT", NULL, NULL, NULL },
	{ "rcode", "RCODE", "RESPONSES", "dnsrcode_responses_by_rcode_total", "rcode",
	  "DNS responses by effective RCODE (header, OPT and TSIG error combined)." },
	{ "ede", "EDE", "OPTIONS", "dnsrcode_ede_options_total", "code",
	  "Extended DNS Error options (RFC 8914) in responses, by INFO-CODE." },
	{ "rcode_ede", "RCODE+EDE", "RESPONSES", "dnsrcode_responses_by_rcode_ede_total", NULL,
	  "DNS responses by effective RCODE, once per distinct EDE INFO-CODE they carry." },
	{ "malformed", "MALFORMED", "MESSAGES", "dnsrcode_malformed_messages_total", "error",
	  "DNS messages the reader refused, by error." },
	{ "skipped", "SKIPPED", "PACKETS", "dnsrcode_skipped_packets_total", "reason",
	  "Packets not read as DNS messages, by reason." },
};

/* The totals, as members of the JSON object and counters of their own. */
static const struct {
	const char *name;
	const char *metric;
	const char *help;
} totals[] = {
	{ "messages", "dnsrcode_messages_total", "DNS messages found, refused ones included." },
	{ "queries", "dnsrcode_queries_total", "DNS messages read with QR=0." },
	{ "responses", "dnsrcode_responses_total", "DNS messages read with QR=1." },
};

static void
add(struct rows *r, const char *key, unsigned code, unsigned ede, uint64_t count)
{
	struct row *row;

	if (count == 0)
		return;
	if (r->n == r->size) {
		r->size = r->size ? 2 * r->size : 32;
		r->v = cli_realloc(r->v, r->size, sizeof(*r->v));
	}
	row = &r->v[r->n++];
	snprintf(row->key, sizeof(row->key), "%s", key);
	row->code = code;
	row->ede = ede;
	row->count = count;
}

static int
by_code(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	if (x->code != y->code)
		return x->code < y->code ? -1 : 1;
	if (x->ede != y->ede)
		return x->ede < y->ede ? -1 : 1;
	return strcmp(x->key, y->key);
}

/* Sorted by code, rows with the same key merged. */
static void
settle(struct rows *r)
{
	size_t i, out = 0;

	if (r->n == 0)
		return;
	qsort(r->v, r->n, sizeof(*r->v), by_code);
	for (i = 1; i < r->n; i++) {
		if (strcmp(r->v[i].key, r->v[out].key) == 0)
			r->v[out].count += r->v[i].count;
		else
			r->v[++out] = r->v[i];
	}
	r->n = out + 1;
}

static void
rcode_rows(const struct summary *s, struct rows *r)
{
	char key[KEY_MAX];
	unsigned code;

	for (code = 0; code < 65536; code++) {
		if (code < 16 && s->rcode_header[code] != 0) {
			rcode_mnemonic(key, sizeof(key), code, DNSRCODE_CTX_HEADER);
			add(r, key, code, 0, s->rcode_header[code]);
		}
		if (code < 4096 && s->rcode_edns[code] != 0) {
			rcode_mnemonic(key, sizeof(key), code, DNSRCODE_CTX_EDNS);
			add(r, key, code, 0, s->rcode_edns[code]);
		}
		if (s->rcode_tsig[code] != 0) {
			rcode_mnemonic(key, sizeof(key), code, DNSRCODE_CTX_TSIG);
			add(r, key, code, 0, s->rcode_tsig[code]);
		}
	}
}

static void
pair_rows(const struct summary *s, struct rows *r)
{
	char name[MNEMONIC_MAX], key[KEY_MAX];
	size_t i;

	for (i = 0; i < s->pair_slots; i++) {
		unsigned ctx, code, ede;

		if (s->pairs[i].key == 0)
			continue;
		summary_pair_parts(s->pairs[i].key, &ctx, &code, &ede);
		rcode_mnemonic(name, sizeof(name), code, ctx);
		snprintf(key, sizeof(key), "%s+%u", name, ede);
		add(r, key, code, ede, s->pairs[i].count);
	}
}

static void
build(const struct summary *s, struct rows *r)
{
	char key[KEY_MAX];
	unsigned i;

	memset(r, 0, SECTION_COUNT * sizeof(*r));
	rcode_rows(s, &r[SECTION_RCODE]);
	for (i = 0; i < 65536; i++) {
		if (s->ede[i] == 0)
			continue;
		snprintf(key, sizeof(key), "%u", i);
		add(&r[SECTION_EDE], key, i, 0, s->ede[i]);
	}
	pair_rows(s, &r[SECTION_RCODE_EDE]);
	for (i = 0; i < CLI_ERROR_KINDS; i++)
		add(&r[SECTION_MALFORMED], cli_error_name(i), i, 0, s->refused[i]);
	for (i = 0; i < INPUT_SKIP_COUNT; i++)
		add(&r[SECTION_SKIPPED], input_skip_name((enum input_skip)i), i, 0, s->skipped[i]);
	for (i = SECTION_RCODE; i < SECTION_COUNT; i++)
		settle(&r[i]);
}

static void
release(struct rows *r)
{
	unsigned i;

	for (i = 0; i < SECTION_COUNT; i++)
		free(r[i].v);
}

static uint64_t
total(const struct summary *s, size_t i)
{
	return i == 0 ? s->messages : i == 1 ? s->queries : s->responses;
}

static uint64_t
refused(const struct summary *s)
{
	return s->messages - s->queries - s->responses;
}

/* ------------------------------------------------------------ table */

static void
text_section(const struct summary *s, enum section which, const struct rows *r)
{
	const char *align = which == SECTION_RCODE ? "lrr" : which == SECTION_EDE ? "lrl" : "lr";
	char count[24], extra[128] = "";
	struct text_table t;
	size_t i;

	if (r->n == 0)
		return;
	text_table_init(&t, align);
	/* A third heading for the share of RCODEs, the purpose of EDEs. */
	text_table_row(&t, sections[which].heading, sections[which].counted,
	          which == SECTION_RCODE ? "SHARE" : "PURPOSE");
	for (i = 0; i < r->n; i++) {
		snprintf(count, sizeof(count), "%" PRIu64, r->v[i].count);
		if (which == SECTION_RCODE)
			snprintf(extra, sizeof(extra), "%5.1f%%",
			         100.0 * (double)r->v[i].count / (double)s->responses);
		if (which == SECTION_EDE)
			dnsrcode_ede_format(extra, sizeof(extra), r->v[i].code, DNSRCODE_FMT_DESCRIPTION);
		text_table_row(&t, r->v[i].key, count, extra);
	}
	putchar('\n');
	text_table_print(&t);
	text_table_free(&t);
}

void
summary_text(const struct summary *s)
{
	struct rows r[SECTION_COUNT];
	char count[24];
	struct text_table t;
	unsigned i;

	build(s, r);
	text_table_init(&t, "lr");
	for (i = 0; i < COUNT(totals); i++) {
		snprintf(count, sizeof(count), "%" PRIu64, total(s, i));
		text_table_row(&t, totals[i].name, count);
	}
	snprintf(count, sizeof(count), "%" PRIu64, refused(s));
	text_table_row(&t, "refused", count);
	text_table_print(&t);
	text_table_free(&t);
	for (i = SECTION_RCODE; i < SECTION_COUNT; i++)
		text_section(s, (enum section)i, &r[i]);
	release(r);
}

/* ------------------------------------------------------------- JSON */

void
summary_json(const struct summary *s)
{
	struct rows r[SECTION_COUNT];
	size_t i, j;

	build(s, r);
	putchar('{');
	for (i = 0; i < COUNT(totals); i++) {
		if (i > 0)
			fputs(", ", stdout);
		json_key(totals[i].name);
		printf("%" PRIu64, total(s, i));
	}
	for (i = SECTION_RCODE; i < SECTION_COUNT; i++) {
		fputs(",\n ", stdout);
		json_key(sections[i].name);
		putchar('{');
		for (j = 0; j < r[i].n; j++) {
			if (j > 0)
				fputs(", ", stdout);
			json_key(r[i].v[j].key);
			printf("%" PRIu64, r[i].v[j].count);
		}
		putchar('}');
	}
	puts("}");
	release(r);
}

/* -------------------------------------------------------------- CSV */

/* RFC 4180; no key holds a comma, a quote or a line break. */
void
summary_csv(const struct summary *s)
{
	struct rows r[SECTION_COUNT];
	size_t i, j;

	build(s, r);
	puts("section,key,count");
	for (i = 0; i < COUNT(totals); i++)
		printf("%s,%s,%" PRIu64 "\n", sections[SECTION_TOTALS].name, totals[i].name,
		       total(s, i));
	for (i = SECTION_RCODE; i < SECTION_COUNT; i++)
		for (j = 0; j < r[i].n; j++)
			printf("%s,%s,%" PRIu64 "\n", sections[i].name, r[i].v[j].key,
			       r[i].v[j].count);
	release(r);
}

/* ------------------------------------------------------- Prometheus */

/* The text exposition format (version 0.0.4): each metric family once,
 * # HELP and # TYPE before its samples.  Label values are mnemonics,
 * numbers and reason words: nothing to escape. */
static void
family(const char *metric, const char *help)
{
	printf("# HELP %s %s\n# TYPE %s counter\n", metric, help, metric);
}

void
summary_prometheus(const struct summary *s)
{
	struct rows r[SECTION_COUNT];
	size_t i, j;

	build(s, r);
	for (i = 0; i < COUNT(totals); i++) {
		family(totals[i].metric, totals[i].help);
		printf("%s %" PRIu64 "\n", totals[i].metric, total(s, i));
	}
	for (i = SECTION_RCODE; i < SECTION_COUNT; i++) {
		family(sections[i].metric, sections[i].help);
		for (j = 0; j < r[i].n; j++) {
			const struct row *row = &r[i].v[j];

			if (i == SECTION_RCODE_EDE)
				printf("%s{rcode=\"%.*s\",code=\"%u\"} %" PRIu64 "\n", sections[i].metric,
				       (int)strcspn(row->key, "+"), row->key, row->ede, row->count);
			else
				printf("%s{%s=\"%s\"} %" PRIu64 "\n", sections[i].metric,
				       sections[i].label, row->key, row->count);
		}
	}
	release(r);
}
