/*
 * text.c - dnsrcode output for people (blocks, the --list table, --split)
 * and one-line output for scripts (--format).
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define LABEL_WIDTH 13 /* "Explanation: " */
#define LINE_WIDTH 79
#define COLUMN_GAP 2

/* The library's format styles, at their full length however long a
 * registry text grows: measure first (snprintf semantics), then fill. */
char *
text_format(const struct item *item, int style)
{
	int n = dnsrcode_format(NULL, 0, item->code, item->ctx, style);
	char *buf;

	if (n < 0) {
		/* Cannot happen for an item the program built; say so visibly. */
		fprintf(stderr, "%s: %u: %s\n", PROGRAM_NAME, item->code, dnsrcode_strerror(n));
		exit(EXIT_FAILURE);
	}
	if ((buf = malloc((size_t)n + 1)) == NULL) {
		perror(PROGRAM_NAME);
		exit(EXIT_FAILURE);
	}
	dnsrcode_format(buf, (size_t)n + 1, item->code, item->ctx, style);
	return buf;
}

void
text_line(const struct item *item, int style)
{
	char *line = text_format(item, style);

	printf("%s\n", line);
	free(line);
}

void
text_label(const char *name)
{
	printf("  %-*s", LABEL_WIDTH, name);
}

/* Fill lines up to LINE_WIDTH, continuing under the value column. */
void
text_wrapped(const char *text)
{
	const size_t indent = 2 + LABEL_WIDTH;
	size_t col = indent, word;

	while (*text != '\0') {
		while (*text == ' ')
			text++;
		if (*text == '\0')
			break;
		word = strcspn(text, " ");
		if (col > indent && col + 1 + word > LINE_WIDTH) {
			printf("\n%*s", (int)indent, "");
			col = indent;
		} else if (col > indent) {
			putchar(' ');
			col++;
		}
		fwrite(text, 1, word, stdout);
		col += word;
		text += word;
	}
	putchar('\n');
}

/* The registry row's explanation; for a value without a row, what its
 * range means (RFC 6895 §2.3). */
const char *
text_explanation(const struct item *item)
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

static void
families_list(unsigned families, const char *separator, int documents)
{
	unsigned bit;
	int first = 1;

	for (bit = 1; bit <= DNSRCODE_FAMILY_ALL; bit <<= 1) {
		if ((families & bit) == 0)
			continue;
		printf("%s%s", first ? "" : separator, cli_family_name(bit));
		if (documents)
			printf(" (%s)", cli_family_document(bit));
		first = 0;
	}
	if (first)
		fputs("-", stdout);
}

static void
contexts_list(unsigned contexts, const char *separator)
{
	unsigned ctx;
	int first = 1;

	for (ctx = DNSRCODE_CTX_HEADER; ctx <= DNSRCODE_CTX_TKEY; ctx++) {
		if ((contexts & DNSRCODE_CTXBIT(ctx)) == 0)
			continue;
		printf("%s%s", first ? "" : separator, cli_context_name((dnsrcode_context)ctx));
		first = 0;
	}
	if (first)
		fputs("-", stdout);
}

void
text_block(const struct item *item, size_t index)
{
	const dnsrcode_info *info = item->info;
	int range_class = dnsrcode_range(item->code);

	if (index > 0)
		putchar('\n');
	text_line(item, DNSRCODE_FMT_FULL);
	text_label("Name:");
	text_line(item, DNSRCODE_FMT_NAME);
	text_label("Description:");
	text_line(item, DNSRCODE_FMT_DESCRIPTION);
	text_label("Explanation:");
	text_wrapped(text_explanation(item));
	if (info != NULL) {
		text_label("Reference:");
		printf("%s\n", dnsrcode_info_reference(info));
		text_label("Families:");
		families_list(dnsrcode_info_families(info), ", ", 1);
		putchar('\n');
		text_label("Contexts:");
		contexts_list(dnsrcode_info_contexts(info), ", ");
		putchar('\n');
	}
	text_label("Range:");
	printf("%s\n", cli_range_name(range_class));
	if (item->off_context) {
		text_label("Note:");
		printf("%s is not expected in %s\n", dnsrcode_info_mnemonic(info),
		       cli_context_field(item->asked));
	}
	if (item->form != NULL) {
		text_label("Form:");
		printf("%s\n", item->form);
	}
}

/* Column widths of the --list table. */
struct row_widths {
	int code, mnemonic, name, families, contexts, description;
};

static int
families_width(unsigned families)
{
	unsigned bit;
	int w = 0;

	for (bit = 1; bit <= DNSRCODE_FAMILY_ALL; bit <<= 1)
		if (families & bit)
			w += (w > 0) + (int)strlen(cli_family_name(bit));
	return w > 0 ? w : 1;
}

static int
contexts_width(unsigned contexts)
{
	unsigned ctx;
	int w = 0;

	for (ctx = DNSRCODE_CTX_HEADER; ctx <= DNSRCODE_CTX_TKEY; ctx++)
		if (contexts & DNSRCODE_CTXBIT(ctx))
			w += (w > 0) + (int)strlen(cli_context_name((dnsrcode_context)ctx));
	return w > 0 ? w : 1;
}

static int
max_int(int a, int b)
{
	return a > b ? a : b;
}

static void
pad(int used, int width)
{
	printf("%*s", width - used + COLUMN_GAP, "");
}

void
text_table(const struct item *items, size_t count)
{
	struct row_widths w = { 4, 8, 4, 8, 8, 11 }; /* the header words */
	char code[8];
	size_t i;

	for (i = 0; i < count; i++) {
		const dnsrcode_info *info = items[i].info;

		w.code = max_int(w.code, snprintf(code, sizeof(code), "%u", items[i].code));
		w.mnemonic = max_int(w.mnemonic, (int)strlen(dnsrcode_info_mnemonic(info)));
		w.name = max_int(w.name, (int)strlen(dnsrcode_info_name(info)));
		w.families = max_int(w.families, families_width(dnsrcode_info_families(info)));
		w.contexts = max_int(w.contexts, contexts_width(dnsrcode_info_contexts(info)));
		w.description = max_int(w.description, (int)strlen(dnsrcode_info_description(info)));
	}
	printf("%*s%*s%-*s%*s%-*s%*s%-*s%*s%-*s%*s%-*s%*sREFERENCE\n", w.code, "CODE", COLUMN_GAP,
	       "", w.mnemonic, "MNEMONIC", COLUMN_GAP, "", w.name, "NAME", COLUMN_GAP, "", w.families,
	       "FAMILIES", COLUMN_GAP, "", w.contexts, "CONTEXTS", COLUMN_GAP, "", w.description,
	       "DESCRIPTION", COLUMN_GAP, "");
	for (i = 0; i < count; i++) {
		const dnsrcode_info *info = items[i].info;
		unsigned families = dnsrcode_info_families(info);
		unsigned contexts = dnsrcode_info_contexts(info);

		printf("%*u%*s%-*s%*s%-*s%*s", w.code, items[i].code, COLUMN_GAP, "", w.mnemonic,
		       dnsrcode_info_mnemonic(info), COLUMN_GAP, "", w.name, dnsrcode_info_name(info),
		       COLUMN_GAP, "");
		families_list(families, ",", 0);
		pad(families_width(families), w.families);
		contexts_list(contexts, ",");
		pad(contexts_width(contexts), w.contexts);
		printf("%-*s%*s%s\n", w.description, dnsrcode_info_description(info), COLUMN_GAP, "",
		       dnsrcode_info_reference(info));
	}
}

void
text_split(uint16_t code, size_t index)
{
	struct item item = { NULL, code, DNSRCODE_CTX_EDNS, DNSRCODE_CTX_EDNS, NULL, 0, NULL };
	uint8_t header_rcode = 0, opt_ext_rcode = 0;

	/* RFC 6891 §6.1.3: the low 4 bits travel in the header, the high 8 in
	 * the OPT record's TTL. */
	dnsrcode_split(code, &header_rcode, &opt_ext_rcode);
	if (index > 0)
		putchar('\n');
	text_line(&item, DNSRCODE_FMT_FULL);
	printf("  %-20s%u\n", "Header RCODE:", (unsigned)header_rcode);
	printf("  %-20s%u\n", "OPT EXTENDED-RCODE:", (unsigned)opt_ext_rcode);
}
