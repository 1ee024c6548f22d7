/*
 * buffer.h - a caller's buffer filled with snprintf() semantics: every
 * byte is counted, only what fits before the NUL is stored.  Used by the
 * formatter (lib/format.c).  Not part of the ABI.
 */
#ifndef DNSRCODE_BUFFER_H
#define DNSRCODE_BUFFER_H

#include <stddef.h>
#include <string.h>

#include "internal.h"

struct buffer {
	char *buf;
	size_t size;
	size_t len;
};

/* Inline: the formatter calls it several times per text. */
static inline void
buffer_put(struct buffer *b, const char *s, size_t n)
{
	if (b->len + 1 < b->size) {
		size_t room = b->size - 1 - b->len;
		memcpy(b->buf + b->len, s, n < room ? n : room);
	}
	b->len += n;
}

/* lib/buffer.c: out of line, as the formatter prints a decimal only for
 * a value without a row and in the FULL style. */
LIB_HIDDEN void buffer_put_decimal(struct buffer *b, unsigned v);

/* NUL-terminate what fits; the full length as snprintf() returns it. */
static inline int
buffer_finish(struct buffer *b)
{
	if (b->size > 0)
		b->buf[b->len < b->size ? b->len : b->size - 1] = '\0';
	return (int)b->len;
}

#endif /* DNSRCODE_BUFFER_H */
