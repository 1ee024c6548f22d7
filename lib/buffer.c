/*
 * buffer.c - snprintf()-style output into a caller's buffer: decimals.
 */
#include "config.h"

#include "buffer.h"

void
buffer_put_decimal(struct buffer *b, unsigned v)
{
	char digits[10];
	size_t n = sizeof(digits);

	do {
		digits[--n] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	buffer_put(b, digits + n, sizeof(digits) - n);
}
