/*
 * ede.c - dnsrcode output for Extended DNS Errors (RFC 8914): a block for
 * people, one line per code (--format), the --ede --list table, and JSON.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define COLUMN_GAP 2

const char *
ede_retry_name(int retry)
{
	switch (retry) {
	case DNSRCODE_EDE_RETRY_NO:
		return "no";
	case DNSRCODE_EDE_RETRY_YES:
		return "yes";
	case DNSRCODE_EDE_RETRY_MAYBE:
		return "maybe";
	default:
		return NULL;
	}
}

/* The advice in a few words, for --status. */
const char *
ede_retry_advice(int retry)
{
	switch (retry) {
	case DNSRCODE_EDE_RETRY_NO:
		return "another server will not help";
	case DNSRCODE_EDE_RETRY_YES:
		return "another server may help";
	default:
		return "another server may or may not help";
	}
}

/* What the advice means, for people. */
static const char *
retry_words(int retry)
{
	switch (retry) {
	case DNSRCODE_EDE_RETRY_NO:
		return "no: another server is not expected to answer differently";
	case DNSRCODE_EDE_RETRY_YES:
		return "yes: another server may answer";
	default:
		return "maybe: the defining text does not say";
	}
}

static const char *
range_name(int range_class)
{
	switch (range_class) {
	case DNSRCODE_RANGE_ASSIGNED:
		return "assigned";
	case DNSRCODE_RANGE_PRIVATE:
		return "private use";
	default:
		return "unassigned";
	}
}

/* The registry row's explanation; a code without a row still means
 * something: its range says who may use it (RFC 8914 §5.2). */
static const char *
explanation(uint16_t code)
{
	const dnsrcode_ede_info *info = dnsrcode_ede_lookup(code);

	if (info != NULL)
		return dnsrcode_ede_info_explanation(info);
	if (dnsrcode_ede_range(code) == DNSRCODE_RANGE_PRIVATE)
		return "Reserved for private use (RFC 8914 section 5.2): its meaning is agreed "
		       "between the parties that use it, not by IANA.";
	return "IANA has not assigned this INFO-CODE, so it has no defined meaning.";
}

/* A style of dnsrcode_ede_format() at its full length, however long a
 * registry text grows: measure first (snprintf semantics), then fill. */
static char *
formatted(uint16_t code, int style)
{
	int n = dnsrcode_ede_format(NULL, 0, code, style);
	char *buf;

	if (n < 0) {
		/* Cannot happen for a parsed code; say so visibly. */
		fprintf(stderr, "%s: EDE %u: %s\n", PROGRAM_NAME, code, dnsrcode_strerror(n));
		exit(EXIT_FAILURE);
	}
	if ((buf = malloc((size_t)n + 1)) == NULL) {
		perror(PROGRAM_NAME);
		exit(EXIT_FAILURE);
	}
	dnsrcode_ede_format(buf, (size_t)n + 1, code, style);
	return buf;
}

void
ede_line(uint16_t code, int style)
{
	char *line = formatted(code, style);

	printf("%s\n", line);
	free(line);
}

static void
paired_rcode(const dnsrcode_ede_info *info)
{
	uint16_t rcode = dnsrcode_ede_info_rcode(info);

	if (rcode == DNSRCODE_NO_CODE)
		printf("-\n");
	else
		printf("%s (%u)\n", dnsrcode_to_text(rcode, DNSRCODE_CTX_ANY), rcode);
}

void
ede_block(uint16_t code, const char *form, size_t index)
{
	const dnsrcode_ede_info *info = dnsrcode_ede_lookup(code);

	if (index > 0)
		putchar('\n');
	ede_line(code, DNSRCODE_FMT_FULL);
	text_label("Purpose:");
	ede_line(code, DNSRCODE_FMT_DESCRIPTION);
	text_label("Mnemonic:");
	ede_line(code, DNSRCODE_FMT_MNEMONIC);
	text_label("Explanation:");
	text_wrapped(explanation(code));
	if (info != NULL) {
		text_label("Category:");
		printf("%s\n", dnsrcode_ede_category_name(dnsrcode_ede_info_category(info)));
		text_label("Retry:");
		text_wrapped(retry_words(dnsrcode_ede_info_retry(info)));
		text_label("Paired with:");
		paired_rcode(info);
		text_label("Basis:");
		text_wrapped(dnsrcode_ede_info_basis(info));
		text_label("Reference:");
		printf("%s\n", dnsrcode_ede_info_reference(info));
	}
	text_label("Range:");
	printf("%s\n", range_name(dnsrcode_ede_range(code)));
	if (form != NULL) {
		text_label("Form:");
		printf("%s\n", form);
	}
}

static int
max_int(int a, int b)
{
	return a > b ? a : b;
}

static const char *
rcode_column(const dnsrcode_ede_info *info)
{
	uint16_t rcode = dnsrcode_ede_info_rcode(info);

	return rcode == DNSRCODE_NO_CODE ? "-" : dnsrcode_to_text(rcode, DNSRCODE_CTX_ANY);
}

void
ede_table(void)
{
	/* The header words are the narrowest a column gets. */
	int w_code = 4, w_mnemonic = 8, w_category = 8, w_retry = 5, w_rcode = 5;
	const dnsrcode_ede_info *info = NULL;
	char code[8];
	int n;

	while ((info = dnsrcode_ede_next(info)) != NULL) {
		n = snprintf(code, sizeof(code), "%u", dnsrcode_ede_info_code(info));
		w_code = max_int(w_code, n);
		w_mnemonic = max_int(w_mnemonic, (int)strlen(dnsrcode_ede_info_mnemonic(info)));
		w_category = max_int(w_category, (int)strlen(dnsrcode_ede_category_name(
		                                     dnsrcode_ede_info_category(info))));
		w_rcode = max_int(w_rcode, (int)strlen(rcode_column(info)));
	}
	printf("%*s%*s%-*s%*s%-*s%*s%-*s%*s%-*s%*sPURPOSE\n", w_code, "CODE", COLUMN_GAP, "",
	       w_mnemonic, "MNEMONIC", COLUMN_GAP, "", w_category, "CATEGORY", COLUMN_GAP, "",
	       w_retry, "RETRY", COLUMN_GAP, "", w_rcode, "RCODE", COLUMN_GAP, "");
	while ((info = dnsrcode_ede_next(info)) != NULL) {
		const char *category = dnsrcode_ede_category_name(dnsrcode_ede_info_category(info));
		const char *retry = ede_retry_name(dnsrcode_ede_info_retry(info));

		printf("%*u%*s%-*s%*s", w_code, dnsrcode_ede_info_code(info), COLUMN_GAP, "",
		       w_mnemonic, dnsrcode_ede_info_mnemonic(info), COLUMN_GAP, "");
		printf("%-*s%*s%-*s%*s%-*s%*s%s\n", w_category, category, COLUMN_GAP, "", w_retry,
		       retry, COLUMN_GAP, "", w_rcode, rcode_column(info), COLUMN_GAP, "",
		       dnsrcode_ede_info_purpose(info));
	}
}

static void
json_formatted(uint16_t code, int style)
{
	char *text = formatted(code, style);

	json_string(text);
	free(text);
}

void
ede_json_item(const char *input, const char *form, uint16_t code, size_t index)
{
	const dnsrcode_ede_info *info = dnsrcode_ede_lookup(code);
	uint16_t rcode = dnsrcode_ede_info_rcode(info);

	json_separate(index);
	putchar('{');
	if (input != NULL) {
		json_key("input");
		json_string(input);
		fputs(", ", stdout);
	}
	json_key("code");
	printf("%u, ", code);
	json_key("mnemonic");
	json_formatted(code, DNSRCODE_FMT_MNEMONIC);
	fputs(", ", stdout);
	json_key("purpose");
	json_formatted(code, DNSRCODE_FMT_DESCRIPTION);
	fputs(", ", stdout);
	json_key("explanation");
	json_string(explanation(code));
	fputs(", ", stdout);
	json_key("category");
	json_string(dnsrcode_ede_category_name(dnsrcode_ede_info_category(info)));
	fputs(", ", stdout);
	json_key("retry");
	json_string(ede_retry_name(dnsrcode_ede_info_retry(info)));
	fputs(", ", stdout);
	json_key("paired_rcode");
	if (rcode == DNSRCODE_NO_CODE)
		fputs("null", stdout);
	else
		printf("%u", rcode);
	fputs(", ", stdout);
	json_key("paired_rcode_mnemonic");
	json_string(rcode == DNSRCODE_NO_CODE ? NULL : dnsrcode_to_text(rcode, DNSRCODE_CTX_ANY));
	fputs(", ", stdout);
	json_key("basis");
	json_string(dnsrcode_ede_info_basis(info));
	fputs(", ", stdout);
	json_key("reference");
	json_string(dnsrcode_ede_info_reference(info));
	fputs(", ", stdout);
	json_key("range");
	json_string(range_name(dnsrcode_ede_range(code)));
	fputs(", ", stdout);
	json_key("full");
	json_formatted(code, DNSRCODE_FMT_FULL);
	if (form != NULL) {
		fputs(", ", stdout);
		json_key("form");
		json_string(form);
	}
	putchar('}');
}
