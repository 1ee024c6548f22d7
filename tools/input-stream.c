/*
 * input-stream.c - DNS messages out of a byte stream where each follows
 * its 2-octet length (RFC 1035 §4.2.2): TCP connections and --tcp files.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "input-internal.h"

#define STREAM_MIN_ALLOC 512u
#define STREAM_MAX_ALLOC (2u + 65535u) /* a length and the largest message */

/* The buffer grows with what arrives, not with the length a stream
 * announces, so that a lying length costs nothing. */
static int
reserve(struct dns_stream *s, uint32_t need, size_t *allocated)
{
	uint32_t before = s->size;

	if (input_reserve(&s->buf, &s->size, need, STREAM_MIN_ALLOC, STREAM_MAX_ALLOC) != 0)
		return -1;
	*allocated += s->size - before;
	return 0;
}

long
stream_feed(struct dns_stream *s, const uint8_t *data, size_t len, stream_emit emit, void *ctx,
            size_t *allocated)
{
	long messages = 0;

	while (len > 0) {
		uint32_t want, take;

		/* The common case: whole messages in the data, no copy. */
		if (s->have == 0 && len >= 2 && len - 2 >= get16(data)) {
			size_t n = get16(data);

			emit(ctx, data + 2, n);
			data += 2 + n;
			len -= 2 + n;
			messages++;
			continue;
		}
		want = s->have < 2 ? 2 : 2u + get16(s->buf);
		take = want - s->have < len ? want - s->have : (uint32_t)len;
		if (reserve(s, s->have + take, allocated) != 0) {
			s->have = 0;
			return -1;
		}
		memcpy(s->buf + s->have, data, take);
		s->have += take;
		data += take;
		len -= take;
		if (s->have >= 2 && s->have == 2u + get16(s->buf)) {
			emit(ctx, s->buf + 2, s->have - 2u);
			s->have = 0;
			messages++;
		}
	}
	return messages;
}

void
stream_free(struct dns_stream *s, size_t *allocated)
{
	*allocated -= s->size;
	free(s->buf);
	s->buf = NULL;
	s->have = s->size = 0;
}
