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

/* One EDE, from the command line or a line of standard input (from). */
static int
lookup_one(const struct options *o, const char *arg, const struct batch *from, size_t index)
{
	const char *form = from != NULL ? from->form : NULL;
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
	if (o->output == OUTPUT_JSON)
		ede_json(arg, form, code, index);
	else if (o->output == OUTPUT_LINE)
		ede_line(code, o->style);
	else
		ede_block(code, form, index);
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
	while ((info = dnsrcode_ede_next(info)) != NULL) {
		if (o->output == OUTPUT_JSON)
			ede_json(NULL, NULL, dnsrcode_ede_info_code(info), count);
		else
			ede_line(dnsrcode_ede_info_code(info), o->style);
		count++;
	}
	if (o->output == OUTPUT_JSON)
		json_list_end(count);
	return EXIT_SUCCESS;
}
