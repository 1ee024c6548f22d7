/*
 * operands.c - the CODE and EDE operands of dnsrcode: each argument in
 * turn, "-" standing for the lines of standard input (batch.c), with one
 * JSON array around them all; and the line that names one the library
 * refused.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"

int
operands_each(const struct options *o, int argc, char **argv, operand_fn one)
{
	size_t found = 0;
	int i, got, status = EXIT_SUCCESS;

	if (o->output == OUTPUT_JSON)
		json_list_begin();
	for (i = 0; i < argc; i++) {
		struct batch b;

		if (strcmp(argv[i], "-") != 0) {
			if (one(o, argv[i], NULL, found))
				found++;
			else
				status = EXIT_NOT_FOUND;
			continue;
		}
		batch_begin(&b, o->ede, o->ctx);
		while ((got = batch_next(&b)) != 0) {
			if (got > 0 && one(o, b.text, &b, found))
				found++;
			else
				status = EXIT_NOT_FOUND;
		}
		batch_end(&b);
	}
	if (o->output == OUTPUT_JSON)
		json_list_end(found);
	return status;
}

/* Where it came from (the line of standard input), the text, the
 * library's reason and what the input got wrong, if the caller knows. */
void
operand_refused(const struct batch *from, const char *text, const char *reason,
                const char *detail)
{
	cli_complain(from != NULL ? from->where : NULL, text, "%s%s", reason, detail);
}
