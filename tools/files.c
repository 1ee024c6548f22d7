/*
 * files.c - the FILE operands of dnsrcode --status and --summary: each
 * read by the input layer (input.h) into the mode's sink, and one that
 * cannot be read named on standard error with the input layer's reason.
 */
#include "config.h"

#include <stdlib.h>

#include "cli.h"

int
files_read(const struct options *o, int argc, char **argv, const struct input_sink *sink,
           void (*done)(void *ctx, const char *path), void *ctx)
{
	char reason[256];
	int i, status = EXIT_SUCCESS;

	for (i = 0; i < argc; i++) {
		if (input_read(argv[i], &o->input, sink, reason, sizeof(reason)) != 0) {
			cli_complain(NULL, argv[i], "%s", reason);
			status = EXIT_NOT_FOUND;
		}
		if (done != NULL)
			done(ctx, argv[i]);
	}
	return status;
}
