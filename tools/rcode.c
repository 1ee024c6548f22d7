/*
 * rcode.c - dnsrcode's RCODE modes: the CODE operands, each resolved to
 * the registry row it means; --list, every row (or those of a context);
 * --split, the two parts of extended RCODEs.  rcode-format.c prints them.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "rcode-format.h"

/* A CODE as the library reads it in ctx; a refused one is named on
 * standard error with what the context allows. */
static int
parse_code(const struct batch *from, const char *arg, dnsrcode_context ctx, int strict,
           uint16_t *code)
{
	size_t len = strlen(arg);
	char detail[48] = "";
	int err;

	err = strict ? dnsrcode_parse_strict(arg, len, ctx, code) :
	               dnsrcode_parse(arg, len, ctx, code);
	if (err == DNSRCODE_OK)
		return 1;
	if (err == DNSRCODE_ERANGE)
		snprintf(detail, sizeof(detail), " (%s: 0-%u)", cli_context_name(ctx),
		         ctx == DNSRCODE_CTX_HEADER ? 15u : ctx == DNSRCODE_CTX_EDNS ? 4095u : 65535u);
	operand_refused(from, arg, dnsrcode_strerror(err), detail);
	return 0;
}

/* The first context in which the value of a row means that row, so it
 * formats as itself: BADSIG in TSIG, BADVERS in ANY. */
static dnsrcode_context
home_context(const dnsrcode_info *info, dnsrcode_context preferred)
{
	unsigned code = dnsrcode_info_code(info), ctx;

	if (dnsrcode_lookup(code, preferred) == info)
		return preferred;
	for (ctx = DNSRCODE_CTX_ANY; ctx <= DNSRCODE_CTX_TKEY; ctx++)
		if (dnsrcode_lookup(code, (dnsrcode_context)ctx) == info)
			return (dnsrcode_context)ctx;
	return preferred;
}

static int
is_spelling_of(const dnsrcode_info *info, const char *text)
{
	return info != NULL && (cli_strcaseeq(text, dnsrcode_info_mnemonic(info)) ||
	                        cli_strcaseeq(text, dnsrcode_info_name(info)));
}

/* What the user asked for.  A number means what the context says; a name
 * means its own registry row: "badsig" with no context is BADSIG although
 * 16 alone reads as BADVERS, while "notauth" in TSIG is the RFC 8945 row
 * of 9 because that row is spelt NOTAUTH too. */
static void
resolve(struct item *item, const char *arg, uint16_t code, dnsrcode_context ctx)
{
	const dnsrcode_info *named = dnsrcode_lookup_name(arg, strlen(arg));

	item->input = arg;
	item->code = code;
	item->ctx = ctx;
	item->asked = ctx;
	item->info = dnsrcode_lookup(code, ctx);
	if (named != NULL && named != item->info && !is_spelling_of(item->info, arg)) {
		item->info = named;
		item->ctx = home_context(named, ctx);
	}
	item->off_context = item->info != NULL && ctx != DNSRCODE_CTX_ANY &&
	                    (dnsrcode_info_contexts(item->info) & DNSRCODE_CTXBIT(ctx)) == 0;
}

static void
print_item(const struct options *o, const struct item *item, size_t index)
{
	switch (o->output) {
	case OUTPUT_LINE:
		rcode_line(item, o->style);
		break;
	case OUTPUT_JSON:
		rcode_json(item, index);
		break;
	default:
		rcode_block(item, index);
		break;
	}
}

/* One CODE, from the command line or a line of standard input (from). */
static int
lookup_one(const struct options *o, const char *arg, const struct batch *from, size_t index)
{
	struct item item;
	uint16_t code;

	if (!parse_code(from, arg, o->ctx, o->strict, &code))
		return 0;
	resolve(&item, arg, code, o->ctx);
	item.form = from != NULL ? from->form : NULL;
	print_item(o, &item, index);
	return 1;
}

int
rcode_lookup(const struct options *o, int argc, char **argv)
{
	return operands_each(o, argc, argv, lookup_one);
}

int
rcode_list(const struct options *o)
{
	const dnsrcode_info *info = NULL;
	struct item *items;
	size_t count = 0, i;

	while ((info = dnsrcode_next(info)) != NULL)
		count++;
	items = cli_calloc(count, sizeof(*items));
	count = 0;
	while ((info = dnsrcode_next(info)) != NULL) {
		if (o->ctx != DNSRCODE_CTX_ANY &&
		    (dnsrcode_info_contexts(info) & DNSRCODE_CTXBIT(o->ctx)) == 0)
			continue;
		items[count].code = dnsrcode_info_code(info);
		items[count].ctx = home_context(info, DNSRCODE_CTX_ANY);
		items[count].asked = o->ctx;
		items[count].info = info;
		count++;
	}
	if (o->output == OUTPUT_TEXT) {
		rcode_table(items, count);
	} else {
		if (o->output == OUTPUT_JSON)
			json_list_begin();
		for (i = 0; i < count; i++)
			print_item(o, &items[i], i);
		if (o->output == OUTPUT_JSON)
			json_list_end(count);
	}
	free(items);
	return EXIT_SUCCESS;
}

/* The --split argument and every operand after it. */
int
rcode_split(const struct options *o, int argc, char **argv)
{
	uint16_t code;
	size_t found = 0;
	int i, status = EXIT_SUCCESS;

	if (o->output == OUTPUT_JSON)
		json_list_begin();
	for (i = -1; i < argc; i++) {
		const char *arg = i < 0 ? o->split_code : argv[i];
		uint8_t header_rcode = 0, opt_ext_rcode = 0;

		/* Only the 12-bit extended RCODE has two parts (RFC 6891 §6.1.3):
		 * the low 4 bits travel in the header, the high 8 in the OPT
		 * record's TTL. */
		if (!parse_code(NULL, arg, DNSRCODE_CTX_EDNS, o->strict, &code)) {
			status = EXIT_NOT_FOUND;
			continue;
		}
		dnsrcode_split(code, &header_rcode, &opt_ext_rcode);
		if (o->output == OUTPUT_JSON)
			rcode_split_json(code, header_rcode, opt_ext_rcode, found);
		else
			rcode_split_block(code, header_rcode, opt_ext_rcode, found);
		found++;
	}
	if (o->output == OUTPUT_JSON)
		json_list_end(found);
	return status;
}
