/*
 * status-format.c - the status of a DNS message as dnsrcode --status
 * prints it: a block in the form of dig's header, one line per message
 * (--oneline), or one JSON object each.
 */
#include "config.h"

#include <arpa/inet.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#include "cli.h"
#include "status-format.h"

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
		size_t n = *s >= 0x80 ? utf8_sequence(s, (size_t)(end - s)) : 0;

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

/* ------------------------------------------------- where a message is */

void
status_label(char *buf, size_t size, const struct status_out *o, const struct input_meta *m)
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
	char where[STATUS_LABEL_MAX], when[48], from[64], to[64];

	status_label(where, sizeof(where), o, m);
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

void
status_block(const struct status_out *o, const struct status_message *x)
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
	rcode_mnemonic(status, sizeof(status), st->rcode, st->rcode_ctx);
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
				       cli_retry_advice(ede_retry(x->ede[i].code)));
		}
		if (st->ede_count > STATUS_EDE_SHOWN)
			printf("; EDE: %" PRIu32 " more not shown\n", st->ede_count - STATUS_EDE_SHOWN);
	}
	if (st->has_tsig) {
		char error[32];

		rcode_mnemonic(error, sizeof(error), st->tsig_error, DNSRCODE_CTX_TSIG);
		printf(";; TSIG PSEUDOSECTION:\n; TSIG: error: %s (%u)", error, st->tsig_error);
		/* RFC 8945 §5.2.1-5.2.4: the status above is the TSIG error;
		 * say what the header carried. */
		if (st->rcode_ctx == DNSRCODE_CTX_TSIG) {
			rcode_mnemonic(header, sizeof(header), st->header_rcode, DNSRCODE_CTX_HEADER);
			printf(", header status: %s (%u)", header, st->header_rcode);
		}
		putchar('\n');
	}
}

/* ----------------------------------------------------------- one line */

void
status_oneline(const struct status_out *o, const struct status_message *x)
{
	const dnsrcode_status *st = &x->st;
	const struct input_meta *m = x->meta;
	char status[32];
	size_t i;

	where_text(o, m, 0);
	if ((st->flags & QR) == 0) {
		fputs(" query", stdout);
	} else {
		rcode_mnemonic(status, sizeof(status), st->rcode, st->rcode_ctx);
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
			printf(" retry: %s", cli_retry_advice(retry));
	}
	if (st->ede_count > STATUS_EDE_SHOWN)
		printf(" (%" PRIu32 " more EDE)", st->ede_count - STATUS_EDE_SHOWN);
	putchar('\n');
}

/* --------------------------------------------------------------- JSON */

static void
json_address(const char *name, const struct input_meta *m, const uint8_t *addr)
{
	char text[64];

	if (m->has_addr)
		address(text, sizeof(text), m, addr);
	json_member_string(name, m->has_addr ? text : NULL);
}

static void
json_where(const struct status_out *o, const struct input_meta *m)
{
	char where[STATUS_LABEL_MAX], when[48];

	status_label(where, sizeof(where), o, m);
	json_key("input");
	json_string(where);
	json_member_string("file", m->file);
	json_member_number("packet", m->packet > 0, m->packet);
	json_member_number("message", 1, m->message);
	json_member_string("time", timestamp(when, sizeof(when), m, 9) ? when : NULL);
	json_member_string("transport", transport_name(m->transport));
	json_address("src", m, m->src);
	json_address("dst", m, m->dst);
	json_member_number("sport", m->has_addr, m->sport);
	json_member_number("dport", m->has_addr, m->dport);
}

static void
json_ede(const struct status_message *x)
{
	size_t i;

	putchar('[');
	for (i = 0; i < ede_shown(&x->st); i++) {
		const dnsrcode_ede_option *e = &x->ede[i];
		const dnsrcode_ede_info *info = dnsrcode_ede_lookup(e->code);

		if (i > 0)
			json_next();
		putchar('{');
		json_key("code");
		printf("%u", e->code);
		json_member_string("purpose", dnsrcode_ede_info_purpose(info));
		json_member_string("mnemonic", dnsrcode_ede_info_mnemonic(info));
		json_member_string("category", ede_category(e->code));
		json_member_string("retry", cli_retry_name(ede_retry(e->code)));
		json_member("text");
		if (e->text_len > 0)
			json_text(e->text, e->text_len);
		else
			json_string(NULL);
		putchar('}');
	}
	putchar(']');
}

void
status_json(const struct status_out *o, const struct status_message *x)
{
	const dnsrcode_status *st = &x->st;
	char text[32], opcode[16], note[96];
	size_t i;
	int first = 1;

	json_list_item(o->shown);
	putchar('{');
	json_where(o, x->meta);
	json_member_number("id", 1, st->id);
	json_member_string("opcode", opcode_name(st->opcode, opcode, sizeof(opcode)));
	json_member("flags");
	putchar('[');
	for (i = 0; i < COUNT(header_flags); i++) {
		if (st->flags & header_flags[i].bit) {
			if (!first)
				json_next();
			json_string(header_flags[i].name);
			first = 0;
		}
	}
	putchar(']');
	rcode_mnemonic(text, sizeof(text), st->rcode, st->rcode_ctx);
	json_member_string("status", text);
	json_member_number("rcode", 1, st->rcode);
	json_member_string("rcode_context", cli_context_name((dnsrcode_context)st->rcode_ctx));
	if (x->off_context != NULL)
		snprintf(note, sizeof(note), "%s is not expected in %s", text,
		         cli_context_field((dnsrcode_context)st->rcode_ctx));
	json_member_string("note", x->off_context != NULL ? note : NULL);
	json_member_number("header_rcode", 1, st->header_rcode);
	json_member("counts");
	printf("{\"query\": %u, \"answer\": %u, \"authority\": %u, \"additional\": %u}",
	       st->qdcount, st->ancount, st->nscount, st->arcount);
	json_member("edns");
	if (st->has_opt)
		printf("{\"version\": %u, \"udp_size\": %u, \"do\": %s, \"flags\": %u, "
		       "\"extended_rcode\": %u}",
		       st->edns_version, st->udp_size, st->edns_flags & EDNS_DO ? "true" : "false",
		       st->edns_flags, st->opt_ext_rcode);
	else
		json_string(NULL);
	json_member("tsig");
	if (st->has_tsig) {
		rcode_mnemonic(text, sizeof(text), st->tsig_error, DNSRCODE_CTX_TSIG);
		putchar('{');
		json_key("error");
		printf("%u", st->tsig_error);
		json_member_string("mnemonic", text);
		putchar('}');
	} else {
		json_string(NULL);
	}
	json_member_number("ede_count", 1, st->ede_count);
	json_member("ede");
	json_ede(x);
	putchar('}');
}
