/*
 * batch.c - dnsrcode -: CODEs (or EDEs with --ede) one per line from
 * standard input, also inside the lines dig, kdig, drill and host print,
 * each with the form it was found in.
 *
 * The tools' shapes, from their sources:
 *   dig    ";; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 1"
 *          ("status: ?3841" for a code it has no name for)
 *          "; EDE: 22 (No Reachable Authority): (text)"
 *   kdig   ";; ->>HEADER<<- opcode: QUERY; status: NXDOMAIN; id: 1"
 *          ";; EDE: 22 (No Reachable Authority): 'text'"
 *   drill  ";; ->>HEADER<<- opcode: QUERY, rcode: NXDOMAIN, id: 1"
 *          ("rcode: RCODE11" for a code it has no name for)
 *   host   "Host example. not found: 3(NXDOMAIN)" (BIND, unbound-host;
 *          "23(?23)" for a code BIND's host has no name for)
 *   khost  "Host example. type A error: NXDOMAIN"
 *   logs   "RCODE 11"
 */
#define _POSIX_C_SOURCE 200809L /* getline() */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int
is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* The text after the first "key" in line, up to the first character in
 * stops (or the end); NULL when key is not there. */
static const char *
after(const char *line, const char *key, const char *stops, size_t *len)
{
	const char *p = strstr(line, key);

	if (p == NULL)
		return NULL;
	p += strlen(key);
	*len = strcspn(p, stops);
	return p;
}

/* The value of "status: X," (dig), "status: X;" (kdig) or "rcode: X,"
 * (drill) in a header line. */
static const char *
header_form(const char *line, const char **text, size_t *len)
{
	const char *p;

	if (strstr(line, "->>HEADER<<-") == NULL)
		return NULL;
	if ((p = after(line, "status: ", ",;", len)) != NULL) {
		*text = p;
		return p[*len] == ';' ? "kdig header" : "dig header";
	}
	if ((p = after(line, "rcode: ", ",", len)) != NULL) {
		*text = p;
		return "drill header";
	}
	return NULL;
}

/* "not found: 3(NXDOMAIN)": the number, and the name checked against
 * it by the caller. */
static const char *
host_form(const char *line, const char **text, size_t *len, const char **name, size_t *name_len)
{
	const char *p = strstr(line, "not found: "), *q;

	if (p == NULL)
		return NULL;
	p += strlen("not found: ");
	for (q = p; is_digit(*q); q++)
		;
	if (q == p || *q != '(')
		return NULL;
	*text = p;
	*len = (size_t)(q - p);
	*name = q + 1;
	*name_len = strcspn(q + 1, ")");
	return "host";
}

/* "N(NAME)" alone, as host prints it after "not found: ". */
static const char *
pair_form(const char *line, const char **text, size_t *len, const char **name, size_t *name_len)
{
	const char *q = line;
	size_t n;

	while (is_digit(*q))
		q++;
	if (q == line || *q != '(')
		return NULL;
	n = strcspn(q + 1, ")");
	if (q[1 + n] != ')' || q[2 + n] != '\0')
		return NULL;
	*text = line;
	*len = (size_t)(q - line);
	*name = q + 1;
	*name_len = n;
	return "number(name)";
}

/* "RCODE 11", the generic form with a space. */
static const char *
spaced_form(const char *line, const char **text, size_t *len)
{
	const char *p;

	if (strncmp(line, "RCODE", 5) != 0 && strncmp(line, "rcode", 5) != 0)
		return NULL;
	for (p = line + 5; *p == ' '; p++)
		;
	if (p == line + 5 || !is_digit(*p) || p[strspn(p, "0123456789")] != '\0')
		return NULL;
	*text = p;
	*len = strlen(p);
	return "RCODE number";
}

/* Which tool form holds the code in line, if any: the code's text (not
 * NUL-terminated), and a name printed beside it that must agree. */
static const char *
rcode_form(const char *line, const char **text, size_t *len, const char **name, size_t *name_len)
{
	const char *form;

	*name = NULL;
	*name_len = 0;
	if ((form = header_form(line, text, len)) != NULL)
		return form;
	if ((form = host_form(line, text, len, name, name_len)) != NULL)
		return form;
	if ((form = after(line, " error: ", "", len)) != NULL && strncmp(line, "Host ", 5) == 0) {
		*text = form;
		return "khost";
	}
	if ((form = pair_form(line, text, len, name, name_len)) != NULL)
		return form;
	return spaced_form(line, text, len);
}

/* "; EDE: 22 (...)" (dig) or ";; EDE: 22 (...)" (kdig). */
static const char *
ede_form(const char *line, const char **text, size_t *len)
{
	const char *p;

	if (strncmp(line, ";; EDE: ", 8) == 0)
		p = line + 8;
	else if (strncmp(line, "; EDE: ", 7) == 0)
		p = line + 7;
	else
		return NULL;
	*text = p;
	*len = strspn(p, "0123456789");
	return p == line + 8 ? "kdig EDE" : "dig EDE";
}

void
batch_begin(struct batch *b, int ede, dnsrcode_context ctx)
{
	memset(b, 0, sizeof(*b));
	b->ede = ede;
	b->ctx = ctx;
}

void
batch_end(struct batch *b)
{
	free(b->line);
	b->line = NULL;
}

static void
line_error(const struct batch *b, const char *what, const char *reason)
{
	cli_complain(b->where, what, "%s", reason);
}

/* Does "NAME" beside a number name that number?  dig and host print
 * "?N" for a code they have no name for. */
static int
name_agrees(const struct batch *b, uint16_t code, const char *name, size_t len)
{
	uint16_t named;

	if (name == NULL || (len > 1 && name[0] == '?'))
		return 1;
	return dnsrcode_parse(name, len, b->ctx, &named) != DNSRCODE_OK || named == code;
}

/* Take text[0..len) as the line's code, without a "?" that dig and host
 * put before a number they have no name for. */
static int
take(struct batch *b, const char *line, const char *text, size_t len, const char *form)
{
	if (len > 1 && text[0] == '?' && is_digit(text[1])) {
		text++;
		len--;
	}
	if (len == 0 || len >= sizeof(b->buf)) {
		line_error(b, line, len == 0 ? "no code after the label" : "code too long");
		return -1;
	}
	memcpy(b->buf, text, len);
	b->buf[len] = '\0';
	b->text = b->buf;
	b->form = form;
	return 1;
}

/* The line without the white space around it, in place. */
static char *
trim(char *line, size_t len)
{
	while (len > 0 && is_blank(line[len - 1]))
		len--;
	line[len] = '\0';
	while (is_blank(*line))
		line++;
	return line;
}

int
batch_next(struct batch *b)
{
	ssize_t got;

	while ((got = getline(&b->line, &b->size, stdin)) > 0) {
		const char *text, *name = NULL, *form;
		char *line;
		size_t len, name_len = 0;
		uint16_t code;

		b->number++;
		snprintf(b->where, sizeof(b->where), "stdin:%zu", b->number);
		if (memchr(b->line, '\0', (size_t)got) != NULL) {
			line_error(b, b->line, "NUL byte in the line");
			return -1;
		}
		line = trim(b->line, (size_t)got);
		if (*line == '\0')
			continue;
		form = b->ede ? ede_form(line, &text, &len)
		              : rcode_form(line, &text, &len, &name, &name_len);
		if (form != NULL) {
			/* dig, kdig and drill print records after the header. */
			if (strstr(line, "->>HEADER<<-") != NULL)
				b->tool_seen = 1;
			if (take(b, line, text, len, form) < 0)
				return -1;
			if (!b->ede && dnsrcode_parse(b->text, strlen(b->text), b->ctx, &code) == DNSRCODE_OK &&
			    !name_agrees(b, code, name, name_len)) {
				line_error(b, line, "the number and the name disagree");
				return -1;
			}
			return 1;
		}
		/* A tool's comments, and once a tool's output was seen, the
		 * rest of it (records, timings): no code is expected there. */
		if (*line == ';' || *line == '#' || b->tool_seen)
			continue;
		b->text = line;
		b->form = "plain";
		return 1;
	}
	if (ferror(stdin) && !b->failed) {
		b->failed = 1;
		fprintf(stderr, "%s: standard input: %s\n", PROGRAM_NAME, strerror(errno));
		return -1;
	}
	return 0;
}
