/*
 * ede-format.h - how dnsrcode prints Extended DNS Errors (ede-format.c),
 * for ede.c, which finds the codes to print.  Not installed.
 */
#ifndef DNSRCODE_EDE_FORMAT_H
#define DNSRCODE_EDE_FORMAT_H

#include <stddef.h>
#include <stdint.h>

/* A block for people, one line (--format), or a JSON object of a list;
 * input: what the user typed (NULL for --list rows); form: the form of a
 * line read from standard input, or NULL. */
void ede_block(uint16_t code, const char *form, size_t index);
void ede_line(uint16_t code, int style);
void ede_json(const char *input, const char *form, uint16_t code, size_t index);
/* The --ede --list table. */
void ede_table(void);

#endif /* DNSRCODE_EDE_FORMAT_H */
