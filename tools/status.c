/*
 * status.c - dnsrcode --status: what dnsrcode_msg_status() reads from each
 * message the input layer finds, as a block in the form of dig's header,
 * as one line per message (--oneline), or as one JSON object each.  A
 * message the library refuses is named on standard error, with the input
 * layer's hint when the file is probably something else than a raw
 * message.
 */
#include "config.h"

#include <arpa/inet.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "cli.h"

#define STATUS_EDE_SHOWN 64
#define LABEL_MAX 4200 /* a path, '#' and a number */
#define QR 0x8000u
#define EDNS_DO 0x8000u /* RFC 3225 */

/* Header flag bits in dig's order (RFC 1035 §4.1.1, RFC 4035 §3.2). */
static const struct {
	uint16_t bit;
	const char *name;
} header_flags[] = {
	{ 0x8000, "qr" }, { 0x0400, "aa" }, { 0x0200, "tc" }, { 0x0100, "rd" },
	{ 0x0080, "ra" }, { 0x0020, "ad" }, { 0x0010, "cd" },
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

struct status_out {
	enum output output;
	int label_always; /* several files: every block names its message */
	int stream;       /* --tcp: a file holds several messages */
	size_t shown;
	int refused;
	uint64_t skipped[INPUT_SKIP_COUNT]; /* in the current file */
};

/* One message, read. */
struct message {
	const struct input_meta *meta;
	dnsrcode_status st;
	dnsrcode_ede_option ede[STATUS_EDE_SHOWN];
	const dnsrcode_info *off_context; /* the status's row, when not expected there */
};

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
rcode_text(char *buf, size_t size, unsigned code, unsigned ctx)
{
	if (dnsrcode_format(buf, size, code, (dnsrcode_context)ctx, DNSRCODE_FMT_MNEMONIC) < 0)
		snprintf(buf, size, "RCODE%u", code);
}

/* ------------------------------------------------- where a message is */

/* "file", "file#packet" for a capture, "file#message" for a TCP stream. */
static void
label(char *buf, size_t size, const struct status_out *o, const struct input_meta *m)
{
	if (m->packet > 0)
		snprintf(buf, size, "%s#%" PRIu64, m->file, m->packet);
	else if (o->stream)
		snprintf(buf, size, "%s#%" PRIu64, m->file, m->message);
	else
		snprintf(buf, size, "%s", m->file);
}

/* RFC 3339 in UTC; digits: 3 (milliseconds) or 9. */
static int
timestamp(char *buf, size_t size, const struct input_meta *m, int digits)
{
	time_t sec = (time_t)m->sec;
	struct tm tm;
	size_t n;

	if (!m->has_time || gmtime_r(&sec, &tm) == NULL)
		return 0;
	n = strftime(buf, size, "%Y-%m-%dT%H:%M:%S", &tm);
	if (digits == 3)
		snprintf(buf + n, size - n, ".%03" PRIu32 "Z", m->nsec / 1000000u);
	else
		snprintf(buf + n, size - n, ".%09" PRIu32 "Z", m->nsec);
	return 1;
}

static void
address(char *buf, size_t size, const struct input_meta *m, const uint8_t *addr)
{
	if (inet_ntop(m->af == AF_INET6 ? AF_INET6 : AF_INET, addr, buf, (socklen_t)size) == NULL)
		snprintf(buf, size, "?");
}

/* The message's name, time and addresses: "capture.pcap#12
 * 2026-12-03T10:00:00.123Z 192.0.2.1 -> 198.51.100.7", with the ports and
 * transport when ports is set. */
static void
where_text(const struct status_out *o, const struct input_meta *m, int ports)
{
	char where[LABEL_MAX], when[48], from[64], to[64];

	label(where, sizeof(where), o, m);
	safe_text(where, strlen(where));
	if (timestamp(when, sizeof(when), m, 3))
		printf(" %s", when);
	if (!m->has_addr)
		return;
	address(from, sizeof(from), m, m->src);
	address(to, sizeof(to), m, m->dst);
	if (ports)
		printf(" %s#%u -> %s#%u %s", from, m->sport, to, m->dport,
		       m->transport == 't' ? "TCP" : "UDP");
	else
		printf(" %s -> %s", from, to);
}

static const char *
transport_name(char transport)
{
	return transport == 'u' ? "udp" : transport == 't' ? "tcp" : NULL;
}

/* ------------------------------------------------------- refused ones */

static void
refused(struct status_out *o, const uint8_t *msg, size_t len, const struct input_meta *m,
        int err)
{
	char where[LABEL_MAX], *name;
	const char *why = m->packet == 0 && !o->stream ? input_hint(msg, len) : NULL;

	label(where, sizeof(where), o, m);
	name = cli_quote(where);
	fprintf(stderr, "%s: %s: %s%s%s%s\n", PROGRAM_NAME, name, dnsrcode_strerror(err),
	        why != NULL ? " (" : "", why != NULL ? why : "", why != NULL ? ")" : "");
	free(name);
	o->refused = 1;
}

/* ------------------------------------------------------- EDE options */

static const char *
ede_category(uint16_t code)
{
	const dnsrcode_ede_info *info = dnsrcode_ede_lookup(code);

	return info != NULL ? dnsrcode_ede_category_name(dnsrcode_ede_info_category(info)) : NULL;
}

static int
ede_retry(uint16_t code)
{
	const dnsrcode_ede_info *info = dnsrcode_ede_lookup(code);

	return info != NULL ? dnsrcode_ede_info_retry(info) : 0;
}

static size_t
ede_shown(const dnsrcode_status *st)
{
	return st->ede_count < STATUS_EDE_SHOWN ? st->ede_count : STATUS_EDE_SHOWN;
}

/* ------------------------------------------------------------- blocks */

static void
block(struct status_out *o, const struct message *x)
{
	const dnsrcode_status *st = &x->st;
	const struct input_meta *m = x->meta;
	char status[32], header[32], opcode[16];
	size_t i;
	int first = 1;

	if (o->shown > 0)
		putchar('\n');
	if (o->label_always || m->packet > 0 || o->stream) {
		printf(";; ");
		where_text(o, m, 1);
		printf(":\n");
	}
	rcode_text(status, sizeof(status), st->rcode, st->rcode_ctx);
	printf(";; ->>HEADER<<- opcode: %s, status: %s, id: %u\n",
	       opcode_name(st->opcode, opcode, sizeof(opcode)), status, st->id);
	if (x->off_context != NULL)
		printf(";; NOTE: %s is not expected in %s\n", status,
		       cli_context_field((dnsrcode_context)st->rcode_ctx));
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
		for (i = 0; i < ede_shown(st); i++) {
			char what[128];
			const char *category = ede_category(x->ede[i].code);

			dnsrcode_ede_format(what, sizeof(what), x->ede[i].code, DNSRCODE_FMT_NAME);
			printf("; EDE: %u (%s)", x->ede[i].code, what);
			if (x->ede[i].text_len > 0) {
				printf(": (");
				safe_text(x->ede[i].text, x->ede[i].text_len);
				putchar(')');
			}
			putchar('\n');
			if (category != NULL)
				printf(";      category: %s; retry: %s\n", category,
				       ede_retry_advice(ede_retry(x->ede[i].code)));
		}
		if (st->ede_count > STATUS_EDE_SHOWN)
			printf("; EDE: %" PRIu32 " more not shown\n", st->ede_count - STATUS_EDE_SHOWN);
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

/* ----------------------------------------------------------- one line */

static void
oneline(const struct status_out *o, const struct message *x)
{
	const dnsrcode_status *st = &x->st;
	const struct input_meta *m = x->meta;
	char status[32];
	size_t i;

	where_text(o, m, 0);
	if ((st->flags & QR) == 0) {
		fputs(" query", stdout);
	} else {
		rcode_text(status, sizeof(status), st->rcode, st->rcode_ctx);
		printf(" %s", status);
		if (x->off_context != NULL)
			printf(" (not expected in %s)",
			       cli_context_field((dnsrcode_context)st->rcode_ctx));
	}
	for (i = 0; i < ede_shown(st); i++) {
		char purpose[128];
		int retry = ede_retry(x->ede[i].code);

		dnsrcode_ede_format(purpose, sizeof(purpose), x->ede[i].code, DNSRCODE_FMT_NAME);
		printf(" EDE %u \"%s\"", x->ede[i].code, purpose);
		if (x->ede[i].text_len > 0) {
			fputs(" (", stdout);
			safe_text(x->ede[i].text, x->ede[i].text_len);
			putchar(')');
		}
		if (retry != 0)
			printf(" retry: %s", ede_retry_advice(retry));
	}
	if (st->ede_count > STATUS_EDE_SHOWN)
		printf(" (%" PRIu32 " more EDE)", st->ede_count - STATUS_EDE_SHOWN);
	putchar('\n');
}

/* --------------------------------------------------------------- JSON */

static void
comma(void)
{
	fputs(", ", stdout);
}

/* ", "name": value" for a number that may be missing (null). */
static void
json_number(const char *name, int present, uint64_t value)
{
	comma();
	json_key(name);
	if (present)
		printf("%" PRIu64, value);
	else
		fputs("null", stdout);
}

static void
json_address(const char *name, const struct input_meta *m, const uint8_t *addr)
{
	char text[64];

	comma();
	json_key(name);
	if (m->has_addr)
		address(text, sizeof(text), m, addr);
	json_string(m->has_addr ? text : NULL);
}

static void
json_where(const struct status_out *o, const struct input_meta *m)
{
	char where[LABEL_MAX], when[48];

	label(where, sizeof(where), o, m);
	json_key("input");
	json_string(where);
	comma();
	json_key("file");
	json_string(m->file);
	json_number("packet", m->packet > 0, m->packet);
	json_number("message", 1, m->message);
	comma();
	json_key("time");
	json_string(timestamp(when, sizeof(when), m, 9) ? when : NULL);
	comma();
	json_key("transport");
	json_string(transport_name(m->transport));
	json_address("src", m, m->src);
	json_address("dst", m, m->dst);
	json_number("sport", m->has_addr, m->sport);
	json_number("dport", m->has_addr, m->dport);
}

static void
json_ede(const struct message *x)
{
	size_t i;

	putchar('[');
	for (i = 0; i < ede_shown(&x->st); i++) {
		const dnsrcode_ede_option *e = &x->ede[i];
		const dnsrcode_ede_info *info = dnsrcode_ede_lookup(e->code);

		if (i > 0)
			comma();
		printf("{\"code\": %u, ", e->code);
		json_key("purpose");
		json_string(dnsrcode_ede_info_purpose(info));
		comma();
		json_key("mnemonic");
		json_string(dnsrcode_ede_info_mnemonic(info));
		comma();
		json_key("category");
		json_string(ede_category(e->code));
		comma();
		json_key("retry");
		json_string(ede_retry_name(ede_retry(e->code)));
		comma();
		json_key("text");
		if (e->text_len > 0)
			json_text(e->text, e->text_len);
		else
			fputs("null", stdout);
		putchar('}');
	}
	putchar(']');
}

static void
json_message(struct status_out *o, const struct message *x)
{
	const dnsrcode_status *st = &x->st;
	char text[32], opcode[16], note[96];
	size_t i;
	int first = 1;

	json_separate(o->shown);
	putchar('{');
	json_where(o, x->meta);
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
	json_string(cli_context_name((dnsrcode_context)st->rcode_ctx));
	comma();
	json_key("note");
	if (x->off_context != NULL)
		snprintf(note, sizeof(note), "%s is not expected in %s", text,
		         cli_context_field((dnsrcode_context)st->rcode_ctx));
	json_string(x->off_context != NULL ? note : NULL);
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
	printf("%" PRIu32, st->ede_count);
	comma();
	json_key("ede");
	json_ede(x);
	putchar('}');
}

/* ------------------------------------------------------ the callbacks */

/* The status's registry row when that row does not belong to the context
 * the status is read in: header 1 with OPT EXTENDED-RCODE 1 is 17, BADKEY,
 * a TSIG error, in an extended RCODE. */
static const dnsrcode_info *
off_context(const dnsrcode_status *st)
{
	const dnsrcode_info *info = dnsrcode_lookup(st->rcode, (dnsrcode_context)st->rcode_ctx);

	if (info == NULL || (dnsrcode_info_contexts(info) & DNSRCODE_CTXBIT(st->rcode_ctx)) != 0)
		return NULL;
	return info;
}

static void
on_message(void *ctx, const uint8_t *msg, size_t len, const struct input_meta *meta)
{
	struct status_out *o = ctx;
	struct message x;
	int err;

	err = dnsrcode_msg_status(msg, len, &x.st, sizeof(x.st), x.ede, STATUS_EDE_SHOWN);
	if (err != DNSRCODE_OK) {
		refused(o, msg, len, meta, err);
		return;
	}
	x.meta = meta;
	x.off_context = off_context(&x.st);
	switch (o->output) {
	case OUTPUT_JSON:
		json_message(o, &x);
		break;
	case OUTPUT_ONELINE:
		oneline(o, &x);
		break;
	default:
		block(o, &x);
		break;
	}
	o->shown++;
}

static void
on_skip(void *ctx, enum input_skip why, const struct input_meta *meta)
{
	struct status_out *o = ctx;

	(void)meta;
	if ((unsigned)why < INPUT_SKIP_COUNT)
		o->skipped[why]++;
}

struct status_out *
status_begin(enum output output, int label_always, int stream)
{
	struct status_out *o = calloc(1, sizeof(*o));

	if (o == NULL) {
		perror(PROGRAM_NAME);
		exit(EXIT_FAILURE);
	}
	o->output = output;
	o->label_always = label_always;
	o->stream = stream;
	if (output == OUTPUT_JSON)
		json_begin();
	return o;
}

struct input_sink
status_sink(struct status_out *o)
{
	struct input_sink sink = { o, on_message, on_skip };

	return sink;
}

/* Packets of the file just read that held no DNS message: one line on
 * standard error, so that nothing goes unaccounted for. */
void
status_file_done(struct status_out *o, const char *path)
{
	uint64_t total = 0;
	unsigned i;
	char *name;

	for (i = 0; i < INPUT_SKIP_COUNT; i++)
		total += o->skipped[i];
	if (total == 0)
		return;
	name = cli_quote(path);
	fprintf(stderr, "%s: %s: %" PRIu64 " packet%s not read as DNS:", PROGRAM_NAME, name, total,
	        total == 1 ? "" : "s");
	for (i = 0; i < INPUT_SKIP_COUNT; i++)
		if (o->skipped[i] > 0)
			fprintf(stderr, " %s %" PRIu64, input_skip_name((enum input_skip)i),
			        o->skipped[i]);
	fputc('\n', stderr);
	free(name);
	memset(o->skipped, 0, sizeof(o->skipped));
}

int
status_end(struct status_out *o)
{
	int refused_any = o->refused;

	if (o->output == OUTPUT_JSON)
		json_end(o->shown);
	free(o);
	return refused_any;
}
