/*
 * input-read.c - input_read(): open a file, tell a capture from the other
 * formats by its first octets, and hand it to the reader of its format.
 */
#define _GNU_SOURCE /* fopencookie() */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "input-internal.h"

#define DNS_PORT 53
#define STREAM_BUFFER (256u * 1024u) /* fewer read()s on a large capture */

static void
set_error(char *err, size_t errlen, const char *reason)
{
	if (errlen > 0)
		snprintf(err, errlen, "%s", reason);
}

/* pcap (microsecond and nanosecond, either byte order) and pcapng. */
static int
is_capture(const uint8_t *head, size_t len)
{
	static const uint8_t magic[][4] = {
		{ 0xa1, 0xb2, 0xc3, 0xd4 }, { 0xd4, 0xc3, 0xb2, 0xa1 },
		{ 0xa1, 0xb2, 0x3c, 0x4d }, { 0x4d, 0x3c, 0xb2, 0xa1 },
		{ 0x0a, 0x0d, 0x0d, 0x0a },
	};
	size_t i;

	for (i = 0; len >= 4 && i < sizeof(magic) / sizeof(magic[0]); i++)
		if (memcmp(head, magic[i], 4) == 0)
			return 1;
	return 0;
}

#ifdef HAVE_FOPENCOOKIE
/* A pipe cannot go back to its first octets for libpcap: a stream that
 * gives the octets already read, then the rest of the pipe. */
struct replay {
	FILE *f;
	uint8_t head[4];
	size_t pos, len;
};

static ssize_t
replay_read(void *cookie, char *buf, size_t size)
{
	struct replay *r = cookie;
	size_t n;

	if (r->pos < r->len) {
		n = r->len - r->pos < size ? r->len - r->pos : size;
		memcpy(buf, r->head + r->pos, n);
		r->pos += n;
		return (ssize_t)n;
	}
	n = fread(buf, 1, size, r->f);
	return n == 0 && ferror(r->f) ? -1 : (ssize_t)n;
}

static int
replay_close(void *cookie)
{
	struct replay *r = cookie;
	int rc = fclose(r->f);

	free(r);
	return rc;
}

static FILE *
rewound(FILE *f, const uint8_t *head, size_t len)
{
	static const cookie_io_functions_t io = { .read = replay_read, .close = replay_close };
	struct replay *r;
	FILE *g;

	if (fseeko(f, 0, SEEK_SET) == 0)
		return f;
	if ((r = malloc(sizeof(*r))) == NULL)
		return NULL;
	r->f = f;
	memcpy(r->head, head, len);
	r->pos = 0;
	r->len = len;
	if ((g = fopencookie(r, "rb", io)) == NULL) {
		free(r);
		return NULL;
	}
	setvbuf(g, NULL, _IOFBF, STREAM_BUFFER);
	return g;
}
#else
static FILE *
rewound(FILE *f, const uint8_t *head, size_t len)
{
	(void)head;
	(void)len;
	return fseeko(f, 0, SEEK_SET) == 0 ? f : NULL;
}
#endif

static FILE *
open_input(const char *path)
{
	int fd = strcmp(path, "-") == 0 ? dup(STDIN_FILENO) : open(path, O_RDONLY);
	FILE *f;

	if (fd < 0)
		return NULL;
	if ((f = fdopen(fd, "rb")) == NULL) {
		int saved = errno;

		close(fd);
		errno = saved;
		return NULL;
	}
	setvbuf(f, NULL, _IOFBF, STREAM_BUFFER);
	return f;
}

int
input_read_stream(FILE *f, const char *name, const struct input_options *opt,
                  const struct input_sink *sink, char *err, size_t errlen)
{
	static const struct input_options defaults;
	struct input *in;
	uint8_t head[4];
	size_t len, i;
	FILE *g;
	int rc;

	if ((in = calloc(1, sizeof(*in))) == NULL) {
		set_error(err, errlen, strerror(errno));
		fclose(f);
		return -1;
	}
	in->opt = opt != NULL ? opt : &defaults;
	in->sink = sink;
	in->meta.file = name;
	in->dns_port[DNS_PORT / 8] |= 1u << DNS_PORT % 8;
	for (i = 0; i < in->opt->nports; i++)
		in->dns_port[in->opt->ports[i] / 8] |= (uint8_t)(1u << in->opt->ports[i] % 8);

	len = fread(head, 1, sizeof(head), f);
	if (ferror(f)) {
		set_error(err, errlen, strerror(errno));
		rc = -1;
	} else if (!is_capture(head, len)) {
		rc = file_read(in, f, head, len, err, errlen);
	} else if ((g = rewound(f, head, len)) == NULL) {
		set_error(err, errlen, "a capture on a pipe cannot be read here");
		rc = -1;
	} else {
		f = NULL; /* capture_read() closes it (through g) */
		rc = capture_read(in, g, err, errlen);
	}
	if (f != NULL)
		fclose(f);
	free(in);
	return rc;
}

int
input_read(const char *path, const struct input_options *opt, const struct input_sink *sink,
           char *err, size_t errlen)
{
	FILE *f = open_input(path);

	if (f == NULL) {
		set_error(err, errlen, strerror(errno));
		return -1;
	}
	return input_read_stream(f, path, opt, sink, err, errlen);
}
