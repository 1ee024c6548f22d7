/*
 * input-buffer.c - input_reserve(): the growing buffer in which the TCP
 * stream and fragment layers keep octets that wait for the rest.
 */
#include "config.h"

#include <stdlib.h>

#include "input-internal.h"

int
input_reserve(uint8_t **buf, uint32_t *size, uint32_t need, uint32_t first, uint32_t max)
{
	uint32_t grown_size = *size ? *size : first;
	uint8_t *grown;

	if (need <= *size)
		return 0;
	while (grown_size < need)
		grown_size *= 2;
	if (grown_size > max)
		grown_size = max;
	if ((grown = realloc(*buf, grown_size)) == NULL)
		return -1;
	*buf = grown;
	*size = grown_size;
	return 0;
}
