/*
 * status-format.h - how dnsrcode --status prints a message
 * (status-format.c), for status.c, which reads each one.  Not installed.
 */
#ifndef DNSRCODE_STATUS_FORMAT_H
#define DNSRCODE_STATUS_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "cli.h"

#define STATUS_EDE_SHOWN 64
#define STATUS_LABEL_MAX 4200 /* a path, '#' and a number */

struct status_out {
	enum output output;
	int label_always; /* several files: every block names its message */
	int stream;       /* --tcp: a file holds several messages */
	size_t shown;
	int refused;
	uint64_t skipped[INPUT_SKIP_COUNT]; /* in the current file */
};

/* One message, read. */
struct status_message {
	const struct input_meta *meta;
	dnsrcode_status st;
	dnsrcode_ede_option ede[STATUS_EDE_SHOWN];
	const dnsrcode_info *off_context; /* the status's row, when not expected there */
};

/* "file", "file#packet" for a capture, "file#message" for a TCP stream. */
void status_label(char *buf, size_t size, const struct status_out *o, const struct input_meta *m);
/* A block in the form of dig's header, one line (--oneline), or a JSON
 * object of a list. */
void status_block(const struct status_out *o, const struct status_message *x);
void status_oneline(const struct status_out *o, const struct status_message *x);
void status_json(const struct status_out *o, const struct status_message *x);

#endif /* DNSRCODE_STATUS_FORMAT_H */
