/*
 * fuzz_capture.c - libFuzzer target for the capture reader of the
 * dnsrcode program (tools/input.h): the input is a file, pcap or pcapng
 * by its first octets (else a raw message, hex text or a TCP stream), and
 * every message read goes through dnsrcode_msg_status(), as --summary
 * does.
 *
 * Layout: the first octet chooses the options, the rest is the file.
 *   bits 0-1  format asked for: detect, raw, hex, tcp
 *   bit 2     port 5353 is a DNS port too
 *   bit 3     room for 3 TCP streams and 2 fragment sets (eviction)
 *
 * Checks, besides "no crash, no sanitizer report": messages are numbered
 * 1, 2, 3...; no message is longer than a DNS message can be; packet
 * numbers never go back; every skip reason has its name; the result is 0
 * or -1, and -1 comes with a reason; the library answers every message
 * with a status or a message error.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dnsrcode.h"
#include "fuzz.h"
#include "../tools/input.h" /* the program's, not installed */

struct seen {
	uint64_t messages, packet;
	unsigned sum;
};

static void
on_message(void *ctx, const uint8_t *msg, size_t len, const struct input_meta *meta)
{
	dnsrcode_status st;
	dnsrcode_ede_option ede[4];
	struct seen *s = ctx;
	size_t i;
	int rc;

	FUZZ_CHECK(len <= 65535);
	FUZZ_CHECK(meta->message == ++s->messages);
	FUZZ_CHECK(meta->packet >= s->packet);
	FUZZ_CHECK(meta->transport == 0 || meta->transport == 'u' || meta->transport == 't');
	s->packet = meta->packet;
	/* Every octet is there to read (ASan sees a read past the end). */
	for (i = 0; i < len; i++)
		s->sum += msg[i];
	rc = dnsrcode_msg_status(msg, len, &st, sizeof(st), ede, 4);
	FUZZ_CHECK(rc == DNSRCODE_OK || rc == DNSRCODE_ETRUNCATED || rc == DNSRCODE_EMALFORMED ||
	           rc == DNSRCODE_EPOINTER || rc == DNSRCODE_ENAME || rc == DNSRCODE_EOPT ||
	           rc == DNSRCODE_ETSIG);
}

static void
on_skip(void *ctx, enum input_skip why, const struct input_meta *meta)
{
	struct seen *s = ctx;

	FUZZ_CHECK((unsigned)why < INPUT_SKIP_COUNT);
	FUZZ_CHECK(input_skip_name(why) != NULL);
	FUZZ_CHECK(meta->packet >= s->packet);
	s->packet = meta->packet;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const uint16_t ports[] = { 5353 };
	struct input_options opt;
	struct seen seen = { 0, 0, 0 };
	const struct input_sink sink = { &seen, on_message, on_skip };
	char err[256] = "";
	FILE *f;
	int rc;

	if (size < 1)
		return 0;
	memset(&opt, 0, sizeof(opt));
	opt.format = (enum input_format)(data[0] & 3);
	if (data[0] & 4) {
		opt.ports = ports;
		opt.nports = 1;
	}
	if (data[0] & 8) {
		opt.tcp_streams_max = 3;
		opt.fragment_sets_max = 2;
	}
	/* fmemopen() refuses an empty buffer in older C libraries. */
	f = size > 1 ? fmemopen((void *)(data + 1), size - 1, "rb") : fopen("/dev/null", "rb");
	if (f == NULL)
		return 0;
	rc = input_read_stream(f, "fuzz", &opt, &sink, err, sizeof(err));
	FUZZ_CHECK(rc == 0 || rc == -1);
	FUZZ_CHECK(rc == 0 || err[0] != '\0');
	return 0;
}
