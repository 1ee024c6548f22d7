/*
 * cli.h - what the parts of the dnsrcode program share.  Not installed.
 */
#ifndef DNSRCODE_CLI_H
#define DNSRCODE_CLI_H

#include <stddef.h>
#include <stdint.h>

#include "dnsrcode.h"
#include "input.h"

#define PROGRAM_NAME "dnsrcode"

/* How the results are printed; which ones a mode takes is its business. */
enum output {
	OUTPUT_TEXT = 0,   /* blocks, or a table */
	OUTPUT_LINE,       /* --format: one line per code */
	OUTPUT_JSON,
	OUTPUT_ONELINE,    /* --status --oneline: one line per message */
	OUTPUT_CSV,        /* --summary --csv */
	OUTPUT_PROMETHEUS, /* --summary --prometheus */
};

/* One code to print: what the user typed (NULL for --list rows), the value,
 * the context it is printed in (the one of its registry row: BADSIG asked
 * for without a context prints as in TSIG), the context asked for, and its
 * registry row (NULL when unassigned). */
struct item {
	const char *input;
	uint16_t code;
	dnsrcode_context ctx;
	dnsrcode_context asked;
	const dnsrcode_info *info;
	int off_context; /* the row never appears in the context asked for */
	const char *form; /* read from standard input: the form of the line */
};

/* names.c: the words the program reads and prints for library constants. */
int cli_context_from_name(const char *name, dnsrcode_context *ctx);
const char *cli_context_name(dnsrcode_context ctx);
const char *cli_context_field(dnsrcode_context ctx); /* "an extended RCODE" */
const char *cli_context_names(void);
int cli_style_from_name(const char *name, int *style);
const char *cli_style_names(void);
const char *cli_family_name(unsigned family_bit);
const char *cli_family_document(unsigned family_bit);
const char *cli_range_name(int range_class);
int cli_strcaseeq(const char *a, const char *b);
/* A DNSRCODE_E* value as a short word ("truncated", "pointer"): an index
 * for counting, and the word.  Index 0 is any value that is no error. */
#define CLI_ERROR_KINDS 16u
unsigned cli_error_index(int err);
const char *cli_error_name(unsigned index);

/* dnsrcode.c: user text between quotes for a message, control and
 * non-ASCII bytes as \xNN (malloc()ed; exits when memory runs out). */
char *cli_quote(const char *text);

/* text.c: output for people, and one-line output for scripts. */
char *text_format(const struct item *item, int style); /* malloc()ed */
const char *text_explanation(const struct item *item);
void text_block(const struct item *item, size_t index);
void text_line(const struct item *item, int style);
void text_table(const struct item *items, size_t count);
void text_split(uint16_t code, size_t index);
/* The parts of a block: a label in the label column, a value that wraps
 * under the value column. */
void text_label(const char *name);
void text_wrapped(const char *text);

/* json.c: the same data as JSON (RFC 8259): one array, one object per
 * item, written as the items come. */
void json_begin(void);
void json_item(const struct item *item, size_t index);
void json_split(uint16_t code, size_t index);
void json_end(size_t count);
/* The pieces: strings (NULL as null; json_text() takes a length and may
 * hold NUL), "name": , and the separator before item index. */
void json_string(const char *text);
void json_text(const char *text, size_t len);
void json_key(const char *name);
void json_separate(size_t index);
/* Length of the well-formed UTF-8 sequence at s within avail bytes, 0 when
 * there is none (RFC 3629 §4). */
size_t cli_utf8_sequence(const unsigned char *s, size_t avail);

/* ede.c: Extended DNS Errors (RFC 8914), as blocks, lines, a table or
 * JSON; form: the form of a line read from standard input, or NULL. */
void ede_block(uint16_t code, const char *form, size_t index);
void ede_line(uint16_t code, int style);
void ede_table(void);
void ede_json_item(const char *input, const char *form, uint16_t code, size_t index);
/* DNSRCODE_EDE_RETRY_*: "yes", "no", "maybe" (NULL for another value),
 * and the advice in a few words ("another server may help"). */
const char *ede_retry_name(int retry);
const char *ede_retry_advice(int retry);

/* batch.c: "dnsrcode -": CODEs or EDEs one per line from standard input,
 * also in the lines dig, kdig, drill and host print.  batch_next()
 * answers 1 with the code's text in text and its form ("plain",
 * "dig header", "host", ...) in form, 0 at the end, -1 for a line that
 * holds no code it can take (named on standard error). */
struct batch {
	int ede;
	dnsrcode_context ctx;
	char *line;
	size_t size;
	size_t number;    /* of the line read last, from 1 */
	int tool_seen;    /* a header dig, kdig or drill print: the lines after it hold no code */
	int failed;       /* a read error was reported */
	const char *text; /* in line or buf */
	const char *form;
	char buf[64];
};
void batch_begin(struct batch *b, int ede, dnsrcode_context ctx);
int batch_next(struct batch *b);
void batch_end(struct batch *b);

/* status.c: --status over the messages the input layer finds: a block in
 * the form of dig's header per message, one line each (OUTPUT_ONELINE) or
 * a JSON array.  label_always: every block names its message, as when
 * there are several files; stream: each file holds several messages
 * (--tcp), named by their number.  status_file_done() reports the packets of a
 * file that held no DNS message; status_end() answers 1 when a message
 * was refused. */
struct status_out;
struct status_out *status_begin(enum output output, int label_always, int stream);
struct input_sink status_sink(struct status_out *o);
void status_file_done(struct status_out *o, const char *path);
int status_end(struct status_out *o);

#endif /* DNSRCODE_CLI_H */
