/*
 * cli.h - what the parts of the dnsrcode program share.  Not installed.
 */
#ifndef DNSRCODE_CLI_H
#define DNSRCODE_CLI_H

#include <stddef.h>
#include <stdint.h>

#include "dnsrcode.h"

#define PROGRAM_NAME "dnsrcode"

/* One code to print: what the user typed (NULL for --list rows), the value,
 * the context it is printed in (the one of its registry row: BADSIG asked
 * for without a context prints as in TSIG), the context asked for, and its
 * registry row (NULL when unassigned). */
struct item {
	const char *input;
	uint16_t code;
	dnsrcode_context ctx;
	dnsrcode_context asked;
	const dnsrcode_info *info;
	int off_context; /* the row never appears in the context asked for */
};

/* names.c: the words the program reads and prints for library constants. */
int cli_context_from_name(const char *name, dnsrcode_context *ctx);
const char *cli_context_name(dnsrcode_context ctx);
const char *cli_context_names(void);
int cli_style_from_name(const char *name, int *style);
const char *cli_style_names(void);
const char *cli_family_name(unsigned family_bit);
const char *cli_family_document(unsigned family_bit);
const char *cli_range_name(int range_class);
int cli_strcaseeq(const char *a, const char *b);

/* text.c: output for people, and one-line output for scripts. */
char *text_format(const struct item *item, int style); /* malloc()ed */
const char *text_explanation(const struct item *item);
void text_block(const struct item *item, size_t index);
void text_line(const struct item *item, int style);
void text_table(const struct item *items, size_t count);
void text_split(uint16_t code, size_t index);

/* json.c: the same data as JSON (RFC 8259): one array, one object per
 * item, written as the items come. */
void json_begin(void);
void json_item(const struct item *item, size_t index);
void json_split(uint16_t code, size_t index);
void json_end(size_t count);

#endif /* DNSRCODE_CLI_H */
