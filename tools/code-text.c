/*
 * code-text.c - a code's text in one of the library's format styles
 * (dnsrcode_format(), dnsrcode_ede_format()), for every mode that prints
 * one: at its full length however long a registry text grows, as a line
 * or a JSON string; and an RCODE's mnemonic in a buffer of its own.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

static int
format(char *buf, size_t size, enum registry r, uint16_t code, dnsrcode_context ctx, int style)
{
	if (r == REGISTRY_EDE)
		return dnsrcode_ede_format(buf, size, code, style);
	return dnsrcode_format(buf, size, code, ctx, style);
}

/* Measure first (snprintf semantics), then fill. */
char *
code_text(enum registry r, uint16_t code, dnsrcode_context ctx, int style)
{
	int n = format(NULL, 0, r, code, ctx, style);
	char *buf;

	if (n < 0) {
		/* Cannot happen for a code the program parsed; say so visibly. */
		fprintf(stderr, "%s: %s%u: %s\n", PROGRAM_NAME, r == REGISTRY_EDE ? "EDE " : "", code,
		        dnsrcode_strerror(n));
		exit(EXIT_FAILURE);
	}
	buf = cli_calloc((size_t)n + 1, 1);
	format(buf, (size_t)n + 1, r, code, ctx, style);
	return buf;
}

void
code_text_line(enum registry r, uint16_t code, dnsrcode_context ctx, int style)
{
	char *text = code_text(r, code, ctx, style);

	printf("%s\n", text);
	free(text);
}

void
code_text_json(enum registry r, uint16_t code, dnsrcode_context ctx, int style)
{
	char *text = code_text(r, code, ctx, style);

	json_string(text);
	free(text);
}

/* For the status of a message and the keys of --summary, which may be
 * read in a context the library has no row of the code for. */
void
rcode_mnemonic(char *buf, size_t size, unsigned code, unsigned ctx)
{
	if (dnsrcode_format(buf, size, code, (dnsrcode_context)ctx, DNSRCODE_FMT_MNEMONIC) < 0)
		snprintf(buf, size, "RCODE%u", code);
}
