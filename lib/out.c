/*
 * out.c - snprintf()-style output into a caller's buffer.
 */
#include "config.h"

#include <string.h>

#include "out.h"

void
out_put_str(struct out *o, const char *s)
{
	out_put(o, s, strlen(s));
}

void
out_put_decimal(struct out *o, unsigned v)
{
	char digits[10];
	size_t n = sizeof(digits);

	do {
		digits[--n] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	out_put(o, digits + n, sizeof(digits) - n);
}

void
out_put_references(struct out *o, const char *refs, size_t len, const char *sep, size_t sep_len)
{
	size_t start = 0, i = 0;
	const char *hit;

	if (len == 0)
		return;
	out_put(o, " [", 2);
	/* memchr finds each candidate separator: this runs once per reference
	 * of every FULL-style format. */
	while ((hit = memchr(refs + i, sep[0], len - i)) != NULL) {
		i = (size_t)(hit - refs);
		if (i + sep_len > len)
			break;
		if (memcmp(refs + i, sep, sep_len) != 0) {
			i++;
			continue;
		}
		out_put(o, refs + start, i - start);
		out_put(o, "][", 2);
		start = i = i + sep_len;
	}
	out_put(o, refs + start, len - start);
	out_put(o, "]", 1);
}

int
out_finish(struct out *o)
{
	if (o->size > 0)
		o->buf[o->len < o->size ? o->len : o->size - 1] = '\0';
	return (int)o->len;
}
