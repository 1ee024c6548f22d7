/*
 * status.c - dnsrcode --status: read a raw DNS message (binary, or hex
 * text with --hex) from a file or standard input, and print what
 * dnsrcode_msg_status() found the way dig prints a response's header, or
 * as JSON.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define MESSAGE_MAX 65535u         /* RFC 1035 §4.2.2: a 16-bit length */
#define HEX_INPUT_MAX (1u << 20)   /* room for every message with spaces */
#define READ_CHUNK 4096u
#define TOO_LONG "longer than 65535 octets, the most a DNS message holds"

/* Header flag bits in dig's order (RFC 1035 §4.1.1, RFC 4035 §3.2). */
static const struct {
	uint16_t bit;
	const char *name;
} header_flags[] = {
	{ 0x8000, "qr" }, { 0x0400, "aa" }, { 0x0200, "tc" }, { 0x0100, "rd" },
	{ 0x0080, "ra" }, { 0x0020, "ad" }, { 0x0010, "cd" },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define EDNS_DO 0x8000u /* RFC 3225 */

static void
load_error(const char *path, const char *reason)
{
	char *name = cli_quote(path);

	fprintf(stderr, "%s: %s: %s\n", PROGRAM_NAME, name, reason);
	free(name);
}

/* All of a stream, up to max bytes; -1 (reason in errno, or ERANGE when
 * longer) on failure. */
static int
read_all(FILE *f, size_t max, uint8_t **data, size_t *len)
{
	uint8_t *buf = NULL, *grown;
	size_t size = 0, used = 0, n;

	for (;;) {
		if (used == size) {
			if (size > max) {
				free(buf);
				errno = ERANGE;
				return -1;
			}
			size += READ_CHUNK;
			if ((grown = realloc(buf, size)) == NULL) {
				free(buf);
				return -1;
			}
			buf = grown;
		}
		n = fread(buf + used, 1, size - used, f);
		used += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		free(buf);
		errno = EIO;
		return -1;
	}
	if (used > max) {
		free(buf);
		errno = ERANGE;
		return -1;
	}
	*data = buf;
	*len = used;
	return 0;
}

static int
hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Hex text to octets in place; white space anywhere is skipped. */
static const char *
decode_hex(uint8_t *data, size_t *len)
{
	size_t i, out = 0;
	int high = -1;

	for (i = 0; i < *len; i++) {
		int c = data[i], v;

		if (c == ' ' || (c >= '\t' && c <= '\r'))
			continue;
		if ((v = hex_digit(c)) < 0)
			return "not hex text";
		if (high < 0) {
			high = v;
		} else {
			data[out++] = (uint8_t)(high << 4 | v);
			high = -1;
		}
	}
	if (high >= 0)
		return "odd number of hex digits";
	if (out > MESSAGE_MAX)
		return TOO_LONG;
	*len = out;
	return NULL;
}

int
status_load(const char *path, int hex, uint8_t **msg, size_t *len)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	const char *reason;
	int rc;

	if (f == NULL) {
		load_error(path, strerror(errno));
		return -1;
	}
	rc = read_all(f, hex ? HEX_INPUT_MAX : MESSAGE_MAX, msg, len);
	if (rc != 0 && errno == ERANGE)
		reason = hex ? "hex text too long" : TOO_LONG;
	else
		reason = rc != 0 ? strerror(errno) : NULL;
	if (f != stdin)
		fclose(f);
	if (reason == NULL && hex && (reason = decode_hex(*msg, len)) != NULL)
		free(*msg);
	if (reason != NULL) {
		load_error(path, reason);
		return -1;
	}
	return 0;
}

static const char *
opcode_name(unsigned opcode, char *buf, size_t size)
{
	/* IANA "DNS OpCodes"; 3 and 7-15 are unassigned. */
	static const char *const names[] = { "QUERY", "IQUERY", "STATUS", NULL, "NOTIFY", "UPDATE",
		                             "DSO" };

	if (opcode < COUNT(names) && names[opcode] != NULL)
		return names[opcode];
	snprintf(buf, size, "RESERVED%u", opcode);
	return buf;
}

/* EXTRA-TEXT for a terminal: UTF-8 as it is, except C1 controls; control
 * bytes, backslashes and bytes that are not UTF-8 as \xNN, so that no
 * server can send escape sequences to the reader's terminal. */
static void
safe_text(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text, *end = s + len;

	while (s < end) {
		size_t n = *s >= 0x80 ? cli_utf8_sequence(s, (size_t)(end - s)) : 0;

		if (n > 0 && !(s[0] == 0xc2 && s[1] < 0xa0)) {
			fwrite(s, 1, n, stdout);
			s += n;
		} else if (*s >= 0x20 && *s < 0x7f && *s != '\\') {
			putchar(*s++);
		} else {
			printf("\\x%02x", *s++);
		}
	}
}

static void
rcode_text(char *buf, size_t size, unsigned code, dnsrcode_context ctx)
{
	if (dnsrcode_format(buf, size, code, ctx, DNSRCODE_FMT_MNEMONIC) < 0)
		snprintf(buf, size, "RCODE%u", code);
}

void
status_text(const char *name, const dnsrcode_status *st, const dnsrcode_ede_option *ede,
            size_t index)
{
	char status[32], header[32], opcode[16];
	size_t i;
	int first = 1;

	if (index > 0)
		putchar('\n');
	if (name != NULL) {
		printf(";; ");
		safe_text(name, strlen(name));
		printf(":\n");
	}
	rcode_text(status, sizeof(status), st->rcode, st->rcode_ctx);
	printf(";; ->>HEADER<<- opcode: %s, status: %s, id: %u\n",
	       opcode_name(st->opcode, opcode, sizeof(opcode)), status, st->id);
	printf(";; flags:");
	for (i = 0; i < COUNT(header_flags); i++) {
		if (st->flags & header_flags[i].bit) {
			printf(" %s", header_flags[i].name);
			first = 0;
		}
	}
	printf("%s QUERY: %u, ANSWER: %u, AUTHORITY: %u, ADDITIONAL: %u\n", first ? "" : ";",
	       st->qdcount, st->ancount, st->nscount, st->arcount);
	if (st->has_opt) {
		printf(";; OPT PSEUDOSECTION:\n");
		printf("; EDNS: version: %u, flags:%s; udp: %u\n", st->edns_version,
		       st->edns_flags & EDNS_DO ? " do" : "", st->udp_size);
		if (st->edns_flags & ~EDNS_DO)
			printf("; MBZ: 0x%04x\n", st->edns_flags & ~EDNS_DO);
		for (i = 0; i < st->ede_count && i < STATUS_EDE_SHOWN; i++) {
			char *what;
			int n = dnsrcode_ede_format(NULL, 0, ede[i].code, DNSRCODE_FMT_NAME);

			if (n < 0 || (what = malloc((size_t)n + 1)) == NULL) {
				perror(PROGRAM_NAME);
				exit(EXIT_FAILURE);
			}
			dnsrcode_ede_format(what, (size_t)n + 1, ede[i].code, DNSRCODE_FMT_NAME);
			printf("; EDE: %u (%s)", ede[i].code, what);
			free(what);
			if (ede[i].text_len > 0) {
				printf(": (");
				safe_text(ede[i].text, ede[i].text_len);
				putchar(')');
			}
			putchar('\n');
		}
		if (st->ede_count > STATUS_EDE_SHOWN)
			printf("; EDE: %lu more not shown\n", (unsigned long)(st->ede_count - STATUS_EDE_SHOWN));
	}
	if (st->has_tsig) {
		char error[32];

		rcode_text(error, sizeof(error), st->tsig_error, DNSRCODE_CTX_TSIG);
		printf(";; TSIG PSEUDOSECTION:\n; TSIG: error: %s (%u)", error, st->tsig_error);
		/* RFC 8945 §5.2.1-5.2.4: the status above is the TSIG error;
		 * say what the header carried. */
		if (st->rcode_ctx == DNSRCODE_CTX_TSIG) {
			rcode_text(header, sizeof(header), st->header_rcode, DNSRCODE_CTX_HEADER);
			printf(", header status: %s (%u)", header, st->header_rcode);
		}
		putchar('\n');
	}
}

static void
comma(void)
{
	fputs(", ", stdout);
}

void
status_json(const char *name, const dnsrcode_status *st, const dnsrcode_ede_option *ede,
            size_t index)
{
	char text[32], opcode[16];
	size_t i;
	int first = 1;

	json_separate(index);
	putchar('{');
	json_key("input");
	json_string(name);
	comma();
	json_key("id");
	printf("%u", st->id);
	comma();
	json_key("opcode");
	json_string(opcode_name(st->opcode, opcode, sizeof(opcode)));
	comma();
	json_key("flags");
	putchar('[');
	for (i = 0; i < COUNT(header_flags); i++) {
		if (st->flags & header_flags[i].bit) {
			if (!first)
				comma();
			json_string(header_flags[i].name);
			first = 0;
		}
	}
	putchar(']');
	comma();
	json_key("status");
	rcode_text(text, sizeof(text), st->rcode, st->rcode_ctx);
	json_string(text);
	comma();
	json_key("rcode");
	printf("%u", st->rcode);
	comma();
	json_key("rcode_context");
	json_string(cli_context_name(st->rcode_ctx));
	comma();
	json_key("header_rcode");
	printf("%u", st->header_rcode);
	comma();
	json_key("counts");
	printf("{\"query\": %u, \"answer\": %u, \"authority\": %u, \"additional\": %u}",
	       st->qdcount, st->ancount, st->nscount, st->arcount);
	comma();
	json_key("edns");
	if (st->has_opt)
		printf("{\"version\": %u, \"udp_size\": %u, \"do\": %s, \"flags\": %u, "
		       "\"extended_rcode\": %u}",
		       st->edns_version, st->udp_size, st->edns_flags & EDNS_DO ? "true" : "false",
		       st->edns_flags, st->opt_ext_rcode);
	else
		fputs("null", stdout);
	comma();
	json_key("tsig");
	if (st->has_tsig) {
		rcode_text(text, sizeof(text), st->tsig_error, DNSRCODE_CTX_TSIG);
		printf("{\"error\": %u, \"mnemonic\": ", st->tsig_error);
		json_string(text);
		putchar('}');
	} else {
		fputs("null", stdout);
	}
	comma();
	json_key("ede_count");
	printf("%lu", (unsigned long)st->ede_count);
	comma();
	json_key("ede");
	putchar('[');
	for (i = 0; i < st->ede_count && i < STATUS_EDE_SHOWN; i++) {
		const dnsrcode_ede_info *info = dnsrcode_ede_lookup(ede[i].code);

		if (i > 0)
			comma();
		printf("{\"code\": %u, ", ede[i].code);
		json_key("purpose");
		json_string(dnsrcode_ede_info_purpose(info));
		comma();
		json_key("mnemonic");
		json_string(dnsrcode_ede_info_mnemonic(info));
		comma();
		json_key("text");
		if (ede[i].text_len > 0)
			json_text(ede[i].text, ede[i].text_len);
		else
			fputs("null", stdout);
		putchar('}');
	}
	putchar(']');
	putchar('}');
}
