/*
 * json.c - JSON (RFC 8259) for every mode of dnsrcode: strings, members
 * and lists of objects, written as they come so nothing is held in
 * memory.
 */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* A JSON string (RFC 8259 §7) of len bytes, which may hold NUL: quote,
 * backslash and control characters escaped; a byte that is not UTF-8
 * becomes U+FFFD. */
void
json_text(const char *text, size_t len)
{
	/* The characters with a two-character escape, and its letter. */
	static const char escaped[] = "\"\\\b\f\n\r\t", letter[] = "\"\\bfnrt";
	const unsigned char *s = (const unsigned char *)text, *end = s + len;
	const char *e;
	size_t n;

	putchar('"');
	for (; s < end; s++) {
		if ((e = memchr(escaped, *s, sizeof(escaped) - 1)) != NULL) {
			putchar('\\');
			putchar(letter[e - escaped]);
		} else if (*s < 0x20 || *s == 0x7f) {
			printf("\\u%04x", *s);
		} else if (*s < 0x80) {
			putchar(*s);
		} else if ((n = utf8_sequence(s, (size_t)(end - s))) > 0) {
			fwrite(s, 1, n, stdout);
			s += n - 1;
		} else {
			fputs("\\ufffd", stdout);
		}
	}
	putchar('"');
}

/* A NUL-terminated text as a JSON string; NULL as null. */
void
json_string(const char *text)
{
	if (text == NULL)
		fputs("null", stdout);
	else
		json_text(text, strlen(text));
}

void
json_key(const char *name)
{
	json_string(name);
	fputs(": ", stdout);
}

/* Between two members of an object, or two values of an array. */
void
json_next(void)
{
	fputs(", ", stdout);
}

/* A member after the first: the separator and its name. */
void
json_member(const char *name)
{
	json_next();
	json_key(name);
}

void
json_member_string(const char *name, const char *text)
{
	json_member(name);
	json_string(text);
}

/* A number, or null when it is not there. */
void
json_member_number(const char *name, int present, uint64_t value)
{
	json_member(name);
	if (present)
		printf("%" PRIu64, value);
	else
		fputs("null", stdout);
}

/* One array, one object a line: "[\n  {...},\n  {...}\n]"; "[]" empty. */
void
json_list_begin(void)
{
	putchar('[');
}

void
json_list_item(size_t index)
{
	fputs(index > 0 ? ",\n  " : "\n  ", stdout);
}

void
json_list_end(size_t count)
{
	fputs(count > 0 ? "\n]\n" : "]\n", stdout);
}
