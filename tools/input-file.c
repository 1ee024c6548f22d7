/*
 * input-file.c - files that are not captures: one raw DNS message, one
 * message as hex text (--hex), or a stream of messages each after its
 * 2-octet length as on a TCP connection (--tcp).
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "input-internal.h"

#define MESSAGE_MAX 65535u         /* RFC 1035 §4.2.2: a 16-bit length */
#define HEX_INPUT_MAX (1u << 20)   /* room for every message with spaces */
#define READ_CHUNK (64u * 1024u)
#define TOO_LONG "longer than 65535 octets, the most a DNS message holds"

/* All of a stream after head, up to max octets; -1 (reason in errno, or
 * ERANGE when longer) on failure. */
static int
read_all(FILE *f, const uint8_t *head, size_t headlen, size_t max, uint8_t **data, size_t *len)
{
	size_t size = headlen + READ_CHUNK, used = headlen, n;
	uint8_t *buf = malloc(size), *grown;

	if (buf == NULL)
		return -1;
	memcpy(buf, head, headlen);
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
	/* fread() left errno as read(2) set it: "Is a directory", "Bad
	 * file descriptor". */
	if (ferror(f) || used > max) {
		if (!ferror(f))
			errno = ERANGE;
		free(buf);
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

/* The whole file is one message, raw or in hex. */
static int
message_read(struct input *in, FILE *f, const uint8_t *head, size_t headlen, int hex,
             char *err, size_t errlen)
{
	const char *reason = NULL;
	uint8_t *msg = NULL;
	size_t len = 0;

	if (read_all(f, head, headlen, hex ? HEX_INPUT_MAX : MESSAGE_MAX, &msg, &len) != 0)
		reason = errno == ERANGE ? (hex ? "hex text too long" : TOO_LONG) : strerror(errno);
	else if (hex && (reason = decode_hex(msg, &len)) != NULL)
		free(msg);
	if (reason != NULL) {
		snprintf(err, errlen, "%s", reason);
		return -1;
	}
	input_message(in, msg, len);
	free(msg);
	return 0;
}

static void
emit(void *ctx, const uint8_t *msg, size_t len)
{
	input_message(ctx, msg, len);
}

/* Length-prefixed messages, read a chunk at a time: a file of any size
 * needs no more memory than its largest message. */
static int
stream_read(struct input *in, FILE *f, const uint8_t *head, size_t headlen, char *err,
            size_t errlen)
{
	struct dns_stream s = { NULL, 0, 0 };
	uint8_t *chunk = malloc(READ_CHUNK);
	size_t n, allocated = 0;
	int rc = 0;

	if (chunk == NULL || stream_feed(&s, head, headlen, emit, in, &allocated) < 0) {
		rc = -1;
	} else {
		while ((n = fread(chunk, 1, READ_CHUNK, f)) > 0)
			if (stream_feed(&s, chunk, n, emit, in, &allocated) < 0) {
				rc = -1;
				break;
			}
		if (ferror(f))
			rc = -1;
	}
	if (rc != 0)
		snprintf(err, errlen, "%s", strerror(errno));
	else if (s.have > 0)
		input_skip(in, INPUT_SKIP_TCP_LEFTOVER, 1);
	stream_free(&s, &allocated);
	free(chunk);
	return rc;
}

int
file_read(struct input *in, FILE *f, const uint8_t *head, size_t headlen, char *err,
          size_t errlen)
{
	switch (in->opt->format) {
	case INPUT_HEX:
		return message_read(in, f, head, headlen, 1, err, errlen);
	case INPUT_TCP:
		return stream_read(in, f, head, headlen, err, errlen);
	default:
		return message_read(in, f, head, headlen, 0, err, errlen);
	}
}
