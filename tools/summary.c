/*
 * summary.c - dnsrcode --summary: every FILE counted (summary-count.c),
 * then the counts printed once in the format asked for
 * (summary-format.c).
 */
#include "config.h"

#include "cli.h"
#include "summary-count.h"
#include "summary-format.h"

/* Counts over every message of every FILE, printed once at the end.  A
 * refused message is counted, not an error. */
int
summary_run(const struct options *o, int argc, char **argv)
{
	struct summary *s = summary_new();
	struct input_sink sink = summary_sink(s);
	int status = files_read(o, argc, argv, &sink, NULL, NULL);

	switch (o->output) {
	case OUTPUT_JSON:
		summary_json(s);
		break;
	case OUTPUT_CSV:
		summary_csv(s);
		break;
	case OUTPUT_PROMETHEUS:
		summary_prometheus(s);
		break;
	default:
		summary_text(s);
		break;
	}
	summary_free(s);
	return status;
}
