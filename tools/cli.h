/*
 * cli.h - what the parts of the dnsrcode program share: the options the
 * front (dnsrcode.c) parsed, the entry of each mode, and the small output
 * helpers every mode writes with.  Not installed.
 *
 * The parts, from the top: dnsrcode.c reads the command line and calls one
 * mode, by subject: rcode.c, ede.c, status.c or summary.c, each printing
 * through its *-format.c (summary.c counting with summary-count.c).  They
 * read their operands through operands.c (CODEs and EDEs; standard input
 * by batch.c) or files.c (FILEs, by the input layer: input.h), and print
 * with text-table.c, block.c, json.c and code-text.c; names.c,
 * messages.c, alloc.c and utf8.c serve them all.
 */
#ifndef DNSRCODE_CLI_H
#define DNSRCODE_CLI_H

#include <stddef.h>
#include <stdint.h>

#include "dnsrcode.h"
#include "input.h"

#define PROGRAM_NAME "dnsrcode"

#define EXIT_NOT_FOUND 1
#define EXIT_USAGE 2

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* What the program does; one per invocation. */
enum mode {
	MODE_LOOKUP = 0,
	MODE_LIST,
	MODE_SPLIT,
	MODE_STATUS,
	MODE_SUMMARY,
};

/* How the results are printed; which ones a mode takes is its business. */
enum output {
	OUTPUT_TEXT = 0,   /* blocks, or a table */
	OUTPUT_LINE,       /* --format: one line per code */
	OUTPUT_JSON,
	OUTPUT_ONELINE,    /* --status --oneline: one line per message */
	OUTPUT_CSV,        /* --summary --csv */
	OUTPUT_PROMETHEUS, /* --summary --prometheus */
};

#define PORTS_MAX 64 /* --port: more is a mistake, not a use */

/* The command line, as dnsrcode.c parsed and checked it. */
struct options {
	enum mode mode;
	const char *mode_option; /* the option that chose the mode, for messages */
	enum output output;
	const char *output_option;
	int style;
	dnsrcode_context ctx;
	int ctx_given;
	int strict;
	const char *split_code;
	int ede;                  /* --ede: CODEs and --list are Extended DNS Errors */
	const char *input_option; /* --hex or --tcp, for messages */
	struct input_options input;
	uint16_t ports[PORTS_MAX]; /* --port */
};

/* ------------------------------------------------------------ the modes */

/* Each answers the exit status.  The front has checked the operands. */

/* rcode.c: CODEs, --list and --split. */
int rcode_lookup(const struct options *o, int argc, char **argv);
int rcode_list(const struct options *o);
int rcode_split(const struct options *o, int argc, char **argv);

/* ede.c: --ede EDEs and --ede --list. */
int ede_lookup(const struct options *o, int argc, char **argv);
int ede_list(const struct options *o);

/* status.c: --status FILEs. */
int status_run(const struct options *o, int argc, char **argv);

/* summary.c: --summary FILEs. */
int summary_run(const struct options *o, int argc, char **argv);

/* ------------------------------------------------------ their operands */

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
	char where[32];   /* "stdin:<number>", for messages */
	int tool_seen;    /* a header dig, kdig or drill print: the lines after it hold no code */
	int failed;       /* a read error was reported */
	const char *text; /* in line or buf */
	const char *form;
	char buf[64];
};
void batch_begin(struct batch *b, int ede, dnsrcode_context ctx);
int batch_next(struct batch *b);
void batch_end(struct batch *b);

/* operands.c: every CODE or EDE operand, "-" as the lines of standard
 * input, given to one() with the line it came from (NULL for an
 * argument) and its index among those printed; one() answers 1 when it
 * printed the code, 0 when it named on standard error why not.  With
 * --json the objects go in one array.  Answers the exit status. */
typedef int (*operand_fn)(const struct options *o, const char *text, const struct batch *from,
                          size_t index);
int operands_each(const struct options *o, int argc, char **argv, operand_fn one);
/* An operand the library refused: "dnsrcode: stdin:3: 'x': reason". */
void operand_refused(const struct batch *from, const char *text, const char *reason,
                     const char *detail);

/* files.c: every FILE through the input layer into sink; a FILE that
 * cannot be read is named on standard error.  done, when not NULL, is
 * called after each FILE.  Answers the exit status. */
int files_read(const struct options *o, int argc, char **argv, const struct input_sink *sink,
               void (*done)(void *ctx, const char *path), void *ctx);

/* ----------------------------------------------------- output helpers */

/* code-text.c: a code's text in a library format style (DNSRCODE_FMT_*)
 * at its full length however long a registry text grows (malloc()ed), as
 * a line, or as a JSON string; ctx is ignored for an EDE.  rcode_mnemonic():
 * the mnemonic in a buffer, "RCODE<n>" when the library refuses. */
enum registry { REGISTRY_RCODE, REGISTRY_EDE };
char *code_text(enum registry r, uint16_t code, dnsrcode_context ctx, int style);
void code_text_line(enum registry r, uint16_t code, dnsrcode_context ctx, int style);
void code_text_json(enum registry r, uint16_t code, dnsrcode_context ctx, int style);
void rcode_mnemonic(char *buf, size_t size, unsigned code, unsigned ctx);

/* block.c: a block for people: a blank line before all but the first, a
 * label in the label column, a value that wraps under the value column. */
void block_begin(size_t index);
void block_label(const char *name);
void block_line(const char *label, const char *value);
void block_wrapped(const char *label, const char *text);

/* text-table.c: rows of text in columns as wide as their widest cell, two
 * spaces apart; align has one letter per column, 'l' or 'r'.  The cells
 * are copied; a row is printed by text_table_print() only. */
#define TEXT_TABLE_COLUMNS_MAX 8
struct text_table {
	size_t columns;
	const char *align;
	int width[TEXT_TABLE_COLUMNS_MAX];
	char **cells;
	size_t rows, size;
};
void text_table_init(struct text_table *t, const char *align);
void text_table_row(struct text_table *t, ...); /* t->columns const char *s */
void text_table_print(const struct text_table *t);
void text_table_free(struct text_table *t);

/* json.c: JSON (RFC 8259).  Strings (NULL as null; json_text() takes a
 * length and may hold NUL), "name": , members after the first with the
 * separator before them; a list of objects one a line (json_list_*). */
void json_string(const char *text);
void json_text(const char *text, size_t len);
void json_key(const char *name);
void json_next(void);
void json_member(const char *name);
void json_member_string(const char *name, const char *text);
void json_member_number(const char *name, int present, uint64_t value);
void json_list_begin(void);
void json_list_item(size_t index);
void json_list_end(size_t count);

/* utf8.c: length of the well-formed UTF-8 sequence at s within avail
 * bytes, 0 when there is none (RFC 3629 §4). */
size_t utf8_sequence(const unsigned char *s, size_t avail);

/* ----------------------------------------------------- common helpers */

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
/* DNSRCODE_EDE_RETRY_*: "yes", "no", "maybe" (NULL for another value),
 * the advice in a few words ("another server may help"), and what it
 * means, for people. */
const char *cli_retry_name(int retry);
const char *cli_retry_advice(int retry);
const char *cli_retry_meaning(int retry);

/* messages.c: user text between quotes for a message, control and
 * non-ASCII bytes as \xNN (malloc()ed); one line on standard error that
 * names such a text: "dnsrcode: [where: ]'text': ...". */
char *cli_quote(const char *text);
#if defined(__GNUC__)
#define CLI_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define CLI_NORETURN __attribute__((noreturn))
#else
#define CLI_PRINTF(f, a)
#define CLI_NORETURN
#endif
void cli_complain(const char *where, const char *text, const char *format, ...) CLI_PRINTF(3, 4);

/* alloc.c: memory, or the program exits naming the failure. */
void *cli_calloc(size_t count, size_t size);
void *cli_realloc(void *p, size_t count, size_t size);

#endif /* DNSRCODE_CLI_H */
