/*
 * rcode-format.h - how dnsrcode prints RCODEs (rcode-format.c), for
 * rcode.c, which finds the codes to print.  Not installed.
 */
#ifndef DNSRCODE_RCODE_FORMAT_H
#define DNSRCODE_RCODE_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "cli.h"

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
	const char *form; /* read from standard input: the form of the line */
};

/* A block for people, one line (--format), or a JSON object of a list. */
void rcode_block(const struct item *item, size_t index);
void rcode_line(const struct item *item, int style);
void rcode_json(const struct item *item, size_t index);
/* The --list table. */
void rcode_table(const struct item *items, size_t count);
/* --split: a 12-bit extended RCODE and its two parts (RFC 6891 §6.1.3). */
void rcode_split_block(uint16_t code, unsigned header_rcode, unsigned opt_ext_rcode, size_t index);
void rcode_split_json(uint16_t code, unsigned header_rcode, unsigned opt_ext_rcode, size_t index);

#endif /* DNSRCODE_RCODE_FORMAT_H */
