/*
 * messages.c - how the dnsrcode program names what the user gave it on
 * standard error: the text between quotes, made safe for a terminal, in
 * one line that says what went wrong.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* User text for a message, between quotes; control and non-ASCII bytes
 * as \xNN and a quote or backslash after a backslash, so that no argument
 * can send escape sequences to a terminal and the quoted text reads back
 * unambiguously.  A long text (a 100 KB argument) is cut after QUOTE_MAX
 * bytes: "'aaaa'... (100000 bytes)". */
#define QUOTE_MAX 128u

char *
cli_quote(const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t len = strlen(text), shown = len > QUOTE_MAX ? QUOTE_MAX : len, i;
	char *out, *p;

	/* 4 bytes per escaped byte, the quotes, and "... (N bytes)". */
	out = cli_calloc(4 * shown + 3 + 40, 1);
	p = out;
	*p++ = '\'';
	for (i = 0; i < shown; i++) {
		if (s[i] == '\\' || s[i] == '\'') {
			*p++ = '\\';
			*p++ = (char)s[i];
		} else if (s[i] < 0x20 || s[i] >= 0x7f) {
			snprintf(p, 5, "\\x%02x", s[i]);
			p += 4;
		} else {
			*p++ = (char)s[i];
		}
	}
	*p++ = '\'';
	if (shown < len)
		p += sprintf(p, "... (%zu bytes)", len);
	*p = '\0';
	return out;
}

/* "dnsrcode: [where: ]'text': " and the rest of the line. */
void
cli_complain(const char *where, const char *text, const char *format, ...)
{
	char *quoted = cli_quote(text);
	va_list ap;

	fprintf(stderr, "%s: ", PROGRAM_NAME);
	if (where != NULL)
		fprintf(stderr, "%s: ", where);
	fprintf(stderr, "%s: ", quoted);
	va_start(ap, format);
	vfprintf(stderr, format, ap);
	va_end(ap);
	fputc('\n', stderr);
	free(quoted);
}
