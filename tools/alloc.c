/*
 * alloc.c - memory for the dnsrcode program: every part takes it here,
 * and when it runs out the program stops with the reason, as it cannot
 * print what it was asked for.
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

static void *
checked(void *p)
{
	if (p == NULL) {
		perror(PROGRAM_NAME);
		exit(EXIT_FAILURE);
	}
	return p;
}

void *
cli_calloc(size_t count, size_t size)
{
	return checked(calloc(count, size));
}

/* count * size bytes, refused like a failed allocation when the product
 * does not fit in a size_t. */
void *
cli_realloc(void *p, size_t count, size_t size)
{
	if (size != 0 && count > SIZE_MAX / size) {
		errno = ENOMEM;
		return checked(NULL);
	}
	return checked(realloc(p, count * size));
}
