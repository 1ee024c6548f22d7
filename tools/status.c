/*
 * status.c - dnsrcode --status: what dnsrcode_msg_status() reads from each
 * message the input layer finds, printed by status-format.c.  A message
 * the library refuses is named on standard error, with the input layer's
 * hint when the file is probably something else than a raw message; the
 * packets of a file that held no DNS message are counted there too.
 */
#include "config.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "status-format.h"

static void
refused(struct status_out *o, const uint8_t *msg, size_t len, const struct input_meta *m,
        int err)
{
	char where[STATUS_LABEL_MAX];
	const char *why = m->packet == 0 && !o->stream ? input_hint(msg, len) : NULL;

	status_label(where, sizeof(where), o, m);
	cli_complain(NULL, where, "%s%s%s%s", dnsrcode_strerror(err), why != NULL ? " (" : "",
	             why != NULL ? why : "", why != NULL ? ")" : "");
	o->refused = 1;
}

/* The status's registry row when that row does not belong to the context
 * the status is read in: header 1 with OPT EXTENDED-RCODE 1 is 17, BADKEY,
 * a TSIG error, in an extended RCODE. */
static const dnsrcode_info *
off_context(const dnsrcode_status *st)
{
	const dnsrcode_info *info = dnsrcode_lookup(st->rcode, (dnsrcode_context)st->rcode_ctx);

	if (info == NULL || (dnsrcode_info_contexts(info) & DNSRCODE_CTXBIT(st->rcode_ctx)) != 0)
		return NULL;
	return info;
}

static void
on_message(void *ctx, const uint8_t *msg, size_t len, const struct input_meta *meta)
{
	struct status_out *o = ctx;
	struct status_message x;
	int err;

	err = dnsrcode_msg_status(msg, len, &x.st, sizeof(x.st), x.ede, STATUS_EDE_SHOWN);
	if (err != DNSRCODE_OK) {
		refused(o, msg, len, meta, err);
		return;
	}
	x.meta = meta;
	x.off_context = off_context(&x.st);
	switch (o->output) {
	case OUTPUT_JSON:
		status_json(o, &x);
		break;
	case OUTPUT_ONELINE:
		status_oneline(o, &x);
		break;
	default:
		status_block(o, &x);
		break;
	}
	o->shown++;
}

static void
on_skip(void *ctx, enum input_skip why, const struct input_meta *meta)
{
	struct status_out *o = ctx;

	(void)meta;
	if ((unsigned)why < INPUT_SKIP_COUNT)
		o->skipped[why]++;
}

/* Packets of the file just read that held no DNS message: one line on
 * standard error, so that nothing goes unaccounted for. */
static void
file_done(void *ctx, const char *path)
{
	struct status_out *o = ctx;
	char reasons[INPUT_SKIP_COUNT * 48];
	size_t used = 0;
	uint64_t total = 0;
	unsigned i;

	for (i = 0; i < INPUT_SKIP_COUNT; i++) {
		if (o->skipped[i] == 0)
			continue;
		total += o->skipped[i];
		used += (size_t)snprintf(reasons + used, sizeof(reasons) - used, " %s %" PRIu64,
		                         input_skip_name((enum input_skip)i), o->skipped[i]);
	}
	if (total == 0)
		return;
	cli_complain(NULL, path, "%" PRIu64 " packet%s not read as DNS:%s", total,
	             total == 1 ? "" : "s", reasons);
	memset(o->skipped, 0, sizeof(o->skipped));
}

/* Every message of every FILE; a refused message makes the exit status 1. */
int
status_run(const struct options *o, int argc, char **argv)
{
	struct status_out out = { o->output, argc > 1, o->input.format == INPUT_TCP, 0, 0, { 0 } };
	struct input_sink sink = { &out, on_message, on_skip };
	int status;

	if (out.output == OUTPUT_JSON)
		json_list_begin();
	status = files_read(o, argc, argv, &sink, file_done, &out);
	if (out.output == OUTPUT_JSON)
		json_list_end(out.shown);
	if (out.refused && status == EXIT_SUCCESS)
		status = EXIT_NOT_FOUND;
	return status;
}
