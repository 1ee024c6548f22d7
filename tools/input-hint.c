/*
 * input-hint.c - what a file read as one raw DNS message, which the
 * reader refused, probably is instead: length-prefixed messages (--tcp),
 * hex text (--hex), a capture format libpcap does not read, or a
 * compressed file.
 */
#include "config.h"

#include <string.h>

#include "input-internal.h"

#define DNS_HEADER 12

/* Lengths that, one after the other, cover the data exactly. */
static int
is_length_prefixed(const uint8_t *p, size_t len)
{
	size_t at = 0;

	while (at + 2 <= len) {
		size_t n = get16(p + at);

		if (n < DNS_HEADER || n > len - at - 2)
			return 0;
		at += 2 + n;
	}
	return len > 0 && at == len;
}

static int
is_hex_text(const uint8_t *p, size_t len)
{
	size_t i, digits = 0;

	for (i = 0; i < len; i++) {
		if ((p[i] >= '0' && p[i] <= '9') || (p[i] >= 'a' && p[i] <= 'f') ||
		    (p[i] >= 'A' && p[i] <= 'F'))
			digits++;
		else if (p[i] != ' ' && (p[i] < '\t' || p[i] > '\r'))
			return 0;
	}
	return digits >= 2 * DNS_HEADER;
}

static int
starts_with(const uint8_t *p, size_t len, const char *magic, size_t n)
{
	return len >= n && memcmp(p, magic, n) == 0;
}

const char *
input_hint(const uint8_t *msg, size_t len)
{
	if (is_length_prefixed(msg, len))
		return "it looks like messages each after a 2-octet length: try --tcp";
	if (is_hex_text(msg, len))
		return "it looks like hex text: try --hex";
	/* Kuznetzov's modified pcap (either byte order), Sun's snoop. */
	if (starts_with(msg, len, "\xa1\xb2\xcd\x34", 4) ||
	    starts_with(msg, len, "\x34\xcd\xb2\xa1", 4) || starts_with(msg, len, "snoop\0\0\0", 8))
		return "it looks like a capture in a format libpcap does not read: "
		       "convert it to pcap";
	/* gzip, zstd, xz, bzip2. */
	if (starts_with(msg, len, "\x1f\x8b", 2) || starts_with(msg, len, "\x28\xb5\x2f\xfd", 4) ||
	    starts_with(msg, len, "\xfd" "7zXZ", 5) || starts_with(msg, len, "BZh", 3))
		return "it looks compressed: decompress it first";
	return NULL;
}
