/*
 * ede.c - dnsrcode's Extended DNS Error modes (RFC 8914): the EDE
 * operands (--ede) and the whole registry (--ede --list).  ede-format.c
 * prints them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ede-format.h"

/* input: what the user typed, NULL for --list rows; form: the form of a
 * line of standard input, or NULL. */
static void
print_code(const struct options *o, const char *input, const char *form, uint16_t code,
           size_t index)
{
	switch (o->output) {
	case OUTPUT_LINE:
		ede_line(code, o->style);
		break;
	case OUTPUT_JSON:
		ede_json(input, form, code, index);
		break;
	default:
		ede_block(code, form, index);
		break;
	}
}

/* One EDE, from the command line or a line of standard input (from). */
static int
lookup_one(const struct options *o, const char *arg, const struct batch *from, size_t index)
{
	uint16_t code;
	int err = dnsrcode_ede_parse(arg, strlen(arg), &code);

	if (err != DNSRCODE_OK) {
		/* EDE text has no context, and single inner spaces are part
		 * of it: say what the input got wrong. */
		operand_refused(from, arg,
		                err == DNSRCODE_EUNKNOWN ? "unknown Extended DNS Error" :
		                                           dnsrcode_strerror(err),
		                err == DNSRCODE_ERANGE ? " (INFO-CODE: 0-65535)" :
		                err == DNSRCODE_ESPACE ? " (words are separated by one space)" : "");
		return 0;
	}
	print_code(o, arg, from != NULL ? from->form : NULL, code, index);
	return 1;
}

int
ede_lookup(const struct options *o, int argc, char **argv)
{
	return operands_each(o, argc, argv, lookup_one);
}

int
ede_list(const struct options *o)
{
	const dnsrcode_ede_info *info = NULL;
	size_t count = 0;

	if (o->output == OUTPUT_TEXT) {
		ede_table();
		return EXIT_SUCCESS;
	}
	if (o->output == OUTPUT_JSON)
		json_list_begin();
	while ((info = dnsrcode_ede_next(info)) != NULL)
		print_code(o, NULL, NULL, dnsrcode_ede_info_code(info), count++);
	if (o->output == OUTPUT_JSON)
		json_list_end(count);
	return EXIT_SUCCESS;
}
