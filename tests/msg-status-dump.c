/*
 * msg-status-dump.c - print dnsrcode_msg_status() of DNS messages given
 * as hex, one message per line on stdin, one result line per message:
 *
 *   ok id=.. flags=.. opcode=.. header_rcode=.. opt=0|1 version=..
 *      ext=.. udp=.. edns_flags=.. tsig=0|1 tsig_error=.. rcode=.. ctx=..
 *      ede_count=.. ede=CODE:HEXTEXT,...
 *   error=<negative code>
 *
 * tests/msg_status_dnspython.py compares it with what dnspython parses.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dnsrcode.h"

#define MSG_MAX 65535
#define EDE_MAX 64

static int
hex_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Read one line of hex into msg; -1 at end of input, -2 on bad input. */
static long
read_hex_line(FILE *in, uint8_t *msg)
{
	long len = 0;
	int c, hi = -1;

	while ((c = getc(in)) != EOF && c != '\n') {
		int v = hex_value(c);

		if (c == ' ' || c == '\r' || c == '\t')
			continue;
		if (v < 0 || len >= MSG_MAX)
			return -2;
		if (hi < 0) {
			hi = v;
		} else {
			msg[len++] = (uint8_t)(hi << 4 | v);
			hi = -1;
		}
	}
	if (c == EOF && len == 0 && hi < 0)
		return -1;
	return hi < 0 ? len : -2;
}

static void
print_status(const dnsrcode_status *st, const dnsrcode_ede_option *ede)
{
	size_t i, shown = st->ede_count < EDE_MAX ? st->ede_count : EDE_MAX;

	printf("ok id=%u flags=%u opcode=%u header_rcode=%u opt=%u version=%u ext=%u udp=%u "
	       "edns_flags=%u tsig=%u tsig_error=%u rcode=%u ctx=%d ede_count=%lu ede=",
	       st->id, st->flags, st->opcode, st->header_rcode, st->has_opt, st->edns_version,
	       st->opt_ext_rcode, st->udp_size, st->edns_flags, st->has_tsig, st->tsig_error,
	       st->rcode, (int)st->rcode_ctx, (unsigned long)st->ede_count);
	for (i = 0; i < shown; i++) {
		uint16_t j;

		printf("%s%u:", i > 0 ? "," : "", ede[i].code);
		for (j = 0; j < ede[i].text_len; j++)
			printf("%02x", (unsigned char)ede[i].text[j]);
	}
	putchar('\n');
}

int
main(void)
{
	static uint8_t msg[MSG_MAX];
	dnsrcode_ede_option ede[EDE_MAX];
	long len;

	while ((len = read_hex_line(stdin, msg)) != -1) {
		dnsrcode_status st;
		int rc;

		if (len < 0) {
			fprintf(stderr, "msg-status-dump: input is not hex\n");
			return 2;
		}
		rc = dnsrcode_msg_status(msg, (size_t)len, &st, sizeof(st), ede, EDE_MAX);
		if (rc != DNSRCODE_OK)
			printf("error=%d\n", rc);
		else
			print_status(&st, ede);
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
