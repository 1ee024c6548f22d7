/*
 * rcode-format.c - RCODEs as dnsrcode prints them: a block for people, one
 * line in a format style (--format), the --list table, JSON objects, and
 * the two parts of --split.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "rcode-format.h"

#define SET_MAX 16      /* names in a set of families or contexts */
#define JOINED_MAX 256  /* "base (RFC 1035), update (RFC 2136), ..." */

/* The registry row's explanation; for a value without a row, what its
 * range means (RFC 6895 §2.3). */
static const char *
explanation(const struct item *item)
{
	if (item->info != NULL)
		return dnsrcode_info_explanation(item->info);
	switch (dnsrcode_range(item->code)) {
	case DNSRCODE_RANGE_PRIVATE:
		return "Reserved for private use (RFC 6895 section 2.3): its meaning is "
		       "agreed between the parties that use it, not by IANA.";
	case DNSRCODE_RANGE_RESERVED:
		return "Reserved (RFC 6895 section 2.3): it can be allocated only by "
		       "Standards Action.";
	default:
		return "IANA has not assigned this value, so it has no defined meaning.";
	}
}

/* The families of a row, lowest bit first: their names and the documents
 * that define them. */
static size_t
family_set(unsigned families, const char **names, const char **documents)
{
	unsigned bit;
	size_t n = 0;

	for (bit = 1; bit <= DNSRCODE_FAMILY_ALL && n < SET_MAX; bit <<= 1) {
		if ((families & bit) == 0)
			continue;
		names[n] = cli_family_name(bit);
		documents[n++] = cli_family_document(bit);
	}
	return n;
}

/* The contexts a row may appear in, in their order. */
static size_t
context_set(unsigned contexts, const char **names)
{
	unsigned ctx;
	size_t n = 0;

	for (ctx = DNSRCODE_CTX_HEADER; ctx <= DNSRCODE_CTX_TKEY && n < SET_MAX; ctx++)
		if (contexts & DNSRCODE_CTXBIT(ctx))
			names[n++] = cli_context_name((dnsrcode_context)ctx);
	return n;
}

/* The names a separator apart, each with its note when notes is not
 * NULL ("edns (RFC 6891)"); "-" for none.  A set fits in JOINED_MAX. */
static const char *
joined(char *buf, size_t size, const char **names, const char **notes, size_t n,
       const char *separator)
{
	size_t i, used = 0;
	int w;

	if (n == 0)
		return "-";
	for (i = 0; i < n && used < size; i++) {
		if (notes != NULL)
			w = snprintf(buf + used, size - used, "%s%s (%s)", i > 0 ? separator : "",
			             names[i], notes[i]);
		else
			w = snprintf(buf + used, size - used, "%s%s", i > 0 ? separator : "", names[i]);
		used += w > 0 ? (size_t)w : 0;
	}
	return buf;
}

static void
json_names(const char **names, size_t n)
{
	size_t i;

	putchar('[');
	for (i = 0; i < n; i++) {
		if (i > 0)
			json_next();
		json_string(names[i]);
	}
	putchar(']');
}

void
rcode_line(const struct item *item, int style)
{
	code_text_line(REGISTRY_RCODE, item->code, item->ctx, style);
}

void
rcode_block(const struct item *item, size_t index)
{
	const dnsrcode_info *info = item->info;
	const char *names[SET_MAX], *documents[SET_MAX];
	char buf[JOINED_MAX];
	size_t n;

	block_begin(index);
	rcode_line(item, DNSRCODE_FMT_FULL);
	block_label("Name:");
	rcode_line(item, DNSRCODE_FMT_NAME);
	block_label("Description:");
	rcode_line(item, DNSRCODE_FMT_DESCRIPTION);
	block_wrapped("Explanation:", explanation(item));
	if (info != NULL) {
		block_line("Reference:", dnsrcode_info_reference(info));
		n = family_set(dnsrcode_info_families(info), names, documents);
		block_line("Families:", joined(buf, sizeof(buf), names, documents, n, ", "));
		n = context_set(dnsrcode_info_contexts(info), names);
		block_line("Contexts:", joined(buf, sizeof(buf), names, NULL, n, ", "));
	}
	block_line("Range:", cli_range_name(dnsrcode_range(item->code)));
	if (item->off_context) {
		block_label("Note:");
		printf("%s is not expected in %s\n", dnsrcode_info_mnemonic(info),
		       cli_context_field(item->asked));
	}
	if (item->form != NULL)
		block_line("Form:", item->form);
}

void
rcode_table(const struct item *items, size_t count)
{
	const char *names[SET_MAX], *documents[SET_MAX];
	char code[8], families_buf[JOINED_MAX], contexts_buf[JOINED_MAX];
	const char *families, *contexts;
	struct text_table t;
	size_t i, n;

	text_table_init(&t, "rllllll");
	text_table_row(&t, "CODE", "MNEMONIC", "NAME", "FAMILIES", "CONTEXTS", "DESCRIPTION", "REFERENCE");
	for (i = 0; i < count; i++) {
		const dnsrcode_info *info = items[i].info;

		snprintf(code, sizeof(code), "%u", items[i].code);
		n = family_set(dnsrcode_info_families(info), names, documents);
		families = joined(families_buf, sizeof(families_buf), names, NULL, n, ",");
		n = context_set(dnsrcode_info_contexts(info), names);
		contexts = joined(contexts_buf, sizeof(contexts_buf), names, NULL, n, ",");
		text_table_row(&t, code, dnsrcode_info_mnemonic(info), dnsrcode_info_name(info), families,
		          contexts, dnsrcode_info_description(info), dnsrcode_info_reference(info));
	}
	text_table_print(&t);
	text_table_free(&t);
}

static void
json_styled(const struct item *item, const char *name, int style)
{
	json_member(name);
	code_text_json(REGISTRY_RCODE, item->code, item->ctx, style);
}

void
rcode_json(const struct item *item, size_t index)
{
	const dnsrcode_info *info = item->info;
	const char *names[SET_MAX], *documents[SET_MAX];
	size_t n;

	json_list_item(index);
	putchar('{');
	if (item->input != NULL) {
		json_key("input");
		json_string(item->input);
		json_next();
	}
	json_key("code");
	printf("%u", item->code);
	json_styled(item, "mnemonic", DNSRCODE_FMT_MNEMONIC);
	json_styled(item, "name", DNSRCODE_FMT_NAME);
	json_styled(item, "description", DNSRCODE_FMT_DESCRIPTION);
	json_member_string("explanation", explanation(item));
	json_member_string("reference", dnsrcode_info_reference(info));
	json_member("families");
	n = family_set(dnsrcode_info_families(info), names, documents);
	json_names(names, n);
	json_member("contexts");
	n = context_set(dnsrcode_info_contexts(info), names);
	json_names(names, n);
	json_member_string("range", cli_range_name(dnsrcode_range(item->code)));
	json_styled(item, "full", DNSRCODE_FMT_FULL);
	if (item->form != NULL)
		json_member_string("form", item->form);
	putchar('}');
}

void
rcode_split_block(uint16_t code, unsigned header_rcode, unsigned opt_ext_rcode, size_t index)
{
	block_begin(index);
	code_text_line(REGISTRY_RCODE, code, DNSRCODE_CTX_EDNS, DNSRCODE_FMT_FULL);
	printf("  %-20s%u\n", "Header RCODE:", header_rcode);
	printf("  %-20s%u\n", "OPT EXTENDED-RCODE:", opt_ext_rcode);
}

void
rcode_split_json(uint16_t code, unsigned header_rcode, unsigned opt_ext_rcode, size_t index)
{
	json_list_item(index);
	putchar('{');
	json_key("code");
	printf("%u", code);
	json_member("mnemonic");
	code_text_json(REGISTRY_RCODE, code, DNSRCODE_CTX_EDNS, DNSRCODE_FMT_MNEMONIC);
	json_member_number("header_rcode", 1, header_rcode);
	json_member_number("opt_extended_rcode", 1, opt_ext_rcode);
	putchar('}');
}
