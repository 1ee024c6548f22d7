/*
 * dnsrcode.c - the dnsrcode command: options, modes and exit status.
 *
 * Exit status: 0 when every CODE was found, 1 when one was not (or the
 * output could not be written), 2 on bad usage.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define EXIT_NOT_FOUND 1
#define EXIT_USAGE 2

/* What the program does; one per invocation.  A new mode (an EDE lookup,
 * the status of a message on stdin) is one more value, one more option
 * that selects it, and one more run_*() function. */
enum mode {
	MODE_LOOKUP = 0,
	MODE_LIST,
	MODE_SPLIT,
	MODE_STATUS,
};

enum output {
	OUTPUT_TEXT = 0, /* blocks, or the --list table */
	OUTPUT_LINE,     /* --format: one line per code */
	OUTPUT_JSON,
};

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
	int ede;                 /* --ede: CODEs and --list are Extended DNS Errors */
	const char *status_file; /* --status=FILE */
	int hex;                 /* --hex: --status input is hex text */
};

/* Long-only options get values outside the range of characters. */
enum {
	OPT_SPLIT = 256,
	OPT_STRICT,
	OPT_EDE,
	OPT_STATUS,
	OPT_HEX,
};

static const char short_options[] = ":c:f:hjlV";

static const struct option long_options[] = {
	{ "context", required_argument, NULL, 'c' },
	{ "ede", no_argument, NULL, OPT_EDE },
	{ "format", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ "hex", no_argument, NULL, OPT_HEX },
	{ "json", no_argument, NULL, 'j' },
	{ "list", no_argument, NULL, 'l' },
	{ "split", required_argument, NULL, OPT_SPLIT },
	{ "status", required_argument, NULL, OPT_STATUS },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static void
help(void)
{
	printf("Usage: %s [OPTION]... CODE...\n"
	       "  or:  %s --list [--context=CTX] [--format=STYLE | --json]\n"
	       "  or:  %s --split=CODE [CODE]...\n"
	       "  or:  %s --ede [--format=STYLE | --json] EDE...\n"
	       "  or:  %s --ede --list [--format=STYLE | --json]\n"
	       "  or:  %s --status=FILE [--hex] [--json] [FILE]...\n",
	       PROGRAM_NAME, PROGRAM_NAME, PROGRAM_NAME, PROGRAM_NAME, PROGRAM_NAME, PROGRAM_NAME);
	fputs("Describe DNS response codes (RCODEs) and Extended DNS Errors (EDE) from\n"
	      "the IANA registries, and read the status of a DNS response.\n"
	      "\n"
	      "A CODE is a decimal number (3), an IANA name or mnemonic in any case\n"
	      "(NXDomain, nxdomain), RCODE<number> (RCODE3), or a spelling other DNS\n"
	      "software prints (NOTIMPL, RESERVED11).\n"
	      "\n"
	      "Options:\n"
	      "An EDE is a number (9), the IANA purpose in any case (\"DNSKEY Missing\"),\n"
	      "the mnemonic (DNSKEY_MISSING) or EDE<number> (EDE9).\n"
	      "\n"
	      "  -c, --context=CTX   read each CODE as carried in CTX: any (the default;\n"
	      "                      16 is BADVERS), header (0-15), edns (0-4095), tsig\n"
	      "                      or tkey (0-65535; 16 is BADSIG); with --list, list\n"
	      "                      only the rows that may appear in CTX\n"
	      "      --ede           read the operands as Extended DNS Error INFO-CODEs\n"
	      "                      (RFC 8914); with --list, list that registry\n"
	      "  -f, --format=STYLE  print one line per code in STYLE: mnemonic, name,\n"
	      "                      description or full\n"
	      "      --hex           with --status, read each FILE as hex text\n"
	      "  -j, --json          print a JSON array with one object per code\n"
	      "  -l, --list          list every row of the registry as a table\n"
	      "      --split=CODE    print the header RCODE and OPT EXTENDED-RCODE\n"
	      "                      parts of CODE, a 12-bit extended RCODE (0-4095),\n"
	      "                      and of every further CODE\n"
	      "      --status=FILE   print the status of the DNS message in FILE ('-' for\n"
	      "                      standard input), as received, without a TCP length\n"
	      "                      prefix, the way dig prints a header, with its EDE\n"
	      "                      options; and of every further FILE\n"
	      "      --strict        accept only the canonical spellings: IANA name or\n"
	      "                      mnemonic, decimal number, RCODE<number>\n"
	      "  -h, --help          print this help and exit\n"
	      "  -V, --version       print the version and the registry date and exit\n"
	      "\n"
	      "Exit status: 0 if every CODE was found, 1 if a CODE was unknown or did\n"
	      "not fit the context (or a FILE could not be read or is not a well-formed\n"
	      "DNS message), 2 on bad usage.\n"
	      "\n"
	      "Examples:\n"
	      "  dnsrcode nxdomain              all about NXDOMAIN (3)\n"
	      "  dnsrcode --context tsig 16     16 in a TSIG Error field: BADSIG\n"
	      "  dnsrcode --format mnemonic 5   REFUSED\n"
	      "  dnsrcode --list --json         the whole registry as JSON\n"
	      "  dnsrcode --ede 9               all about EDE 9, DNSKEY Missing\n"
	      "  dnsrcode --status - < reply    the status of a response on stdin\n",
	      stdout);
	printf("\nReport bugs to: %s\n", PACKAGE_BUGREPORT);
}

static void
version(void)
{
	printf("%s (%s) %s\n", PROGRAM_NAME, PACKAGE_NAME, dnsrcode_version());
	printf("IANA DNS RCODEs registry of %s\n", dnsrcode_registry_date());
}

/* User text for a message, between quotes; control and non-ASCII bytes
 * as \xNN, so that no argument can send escape sequences to a terminal. */
char *
cli_quote(const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t len = strlen(text);
	char *out, *p;

	if (len > (SIZE_MAX - 3) / 4 || (out = malloc(4 * len + 3)) == NULL) {
		perror(PROGRAM_NAME);
		exit(EXIT_FAILURE);
	}
	p = out;
	*p++ = '\'';
	for (; *s != '\0'; s++) {
		if (*s < 0x20 || *s >= 0x7f || *s == '\\') {
			snprintf(p, 5, "\\x%02x", *s);
			p += 4;
		} else {
			*p++ = (char)*s;
		}
	}
	*p++ = '\'';
	*p = '\0';
	return out;
}

#if defined(__GNUC__)
#define CLI_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define CLI_NORETURN __attribute__((noreturn))
#else
#define CLI_PRINTF(f, a)
#define CLI_NORETURN
#endif

static void usage_error(const char *format, ...) CLI_PRINTF(1, 2) CLI_NORETURN;

/* Bad usage: one line naming the bad argument, then where help is. */
static void
usage_error(const char *format, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", PROGRAM_NAME);
	va_start(ap, format);
	vfprintf(stderr, format, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s --help' for more information.\n", PROGRAM_NAME);
	exit(EXIT_USAGE);
}

static void bad_option(int ret, char **argv) CLI_NORETURN;

/* The option getopt_long() could not use, named as the user wrote it.
 * For a long option that is argv[optind - 1] up to any '='; a short one
 * may sit inside a cluster such as -lx, so it is named by optopt. */
static void
bad_option(int ret, char **argv)
{
	const char *arg = optind > 0 ? argv[optind - 1] : "";
	char *name;
	size_t len, i, matches = 0;

	if (strncmp(arg, "--", 2) != 0 || arg[2] == '\0') {
		char option[3] = { '-', (char)optopt, '\0' };

		name = cli_quote(option);
		if (ret == ':')
			usage_error("option %s needs an argument", name);
		usage_error("unknown option %s", name);
	}
	len = strcspn(arg, "=");
	name = cli_quote(arg);
	/* Cut the quoted copy after the name: "'--help=x'" -> "'--help'". */
	if (arg[len] == '=')
		strcpy(name + 1 + strcspn(name + 1, "="), "'");
	if (ret == ':')
		usage_error("option %s needs an argument", name);
	if (optopt != 0)
		usage_error("option %s takes no argument", name);
	for (i = 0; long_options[i].name != NULL; i++)
		if (strncmp(long_options[i].name, arg + 2, len - 2) == 0)
			matches++;
	if (matches > 1)
		usage_error("option %s is ambiguous", name);
	usage_error("unknown option %s", name);
}

static void
set_mode(struct options *o, enum mode mode, const char *option)
{
	if (o->mode_option != NULL && o->mode != mode)
		usage_error("options '%s' and '%s' cannot be combined", o->mode_option, option);
	o->mode = mode;
	o->mode_option = option;
}

static void
set_output(struct options *o, enum output output, const char *option)
{
	if (o->output_option != NULL && o->output != output)
		usage_error("options '%s' and '%s' cannot be combined", o->output_option, option);
	o->output = output;
	o->output_option = option;
}

static void
parse_options(int argc, char **argv, struct options *o)
{
	int c;

	opterr = 0; /* our messages, in our form */
	while ((c = getopt_long(argc, argv, short_options, long_options, NULL)) != -1) {
		switch (c) {
		case 'c':
			if (!cli_context_from_name(optarg, &o->ctx))
				usage_error("invalid context %s (choose %s)", cli_quote(optarg),
				            cli_context_names());
			o->ctx_given = 1;
			break;
		case 'f':
			if (!cli_style_from_name(optarg, &o->style))
				usage_error("invalid format %s (choose %s)", cli_quote(optarg),
				            cli_style_names());
			set_output(o, OUTPUT_LINE, "--format");
			break;
		case 'h':
			help();
			exit(EXIT_SUCCESS);
		case 'j':
			set_output(o, OUTPUT_JSON, "--json");
			break;
		case 'l':
			set_mode(o, MODE_LIST, "--list");
			break;
		case OPT_SPLIT:
			set_mode(o, MODE_SPLIT, "--split");
			o->split_code = optarg;
			break;
		case OPT_STRICT:
			o->strict = 1;
			break;
		case OPT_EDE:
			o->ede = 1;
			break;
		case OPT_STATUS:
			set_mode(o, MODE_STATUS, "--status");
			o->status_file = optarg;
			break;
		case OPT_HEX:
			o->hex = 1;
			break;
		case 'V':
			version();
			exit(EXIT_SUCCESS);
		default:
			bad_option(c, argv);
		}
	}
}

/* One line on stderr naming the argument and the library's reason. */
static void
not_found(const char *arg, int err, dnsrcode_context ctx)
{
	char *name = cli_quote(arg);

	fprintf(stderr, "%s: %s: %s", PROGRAM_NAME, name, dnsrcode_strerror(err));
	if (err == DNSRCODE_ERANGE)
		fprintf(stderr, " (%s: 0-%u)", cli_context_name(ctx),
		        ctx == DNSRCODE_CTX_HEADER ? 15u : ctx == DNSRCODE_CTX_EDNS ? 4095u : 65535u);
	fputc('\n', stderr);
	free(name);
}

static int
parse_code(const char *arg, dnsrcode_context ctx, int strict, uint16_t *code)
{
	size_t len = strlen(arg);
	int err;

	err = strict ? dnsrcode_parse_strict(arg, len, ctx, code) :
	               dnsrcode_parse(arg, len, ctx, code);
	if (err != DNSRCODE_OK)
		not_found(arg, err, ctx);
	return err == DNSRCODE_OK;
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
emit(const struct options *o, const struct item *item, size_t index)
{
	switch (o->output) {
	case OUTPUT_LINE:
		text_line(item, o->style);
		break;
	case OUTPUT_JSON:
		json_item(item, index);
		break;
	default:
		text_block(item, index);
		break;
	}
}

static int
run_lookup(const struct options *o, int argc, char **argv)
{
	struct item item;
	uint16_t code;
	size_t found = 0;
	int i, status = EXIT_SUCCESS;

	if (argc == 0)
		usage_error("no CODE given");
	if (o->output == OUTPUT_JSON)
		json_begin();
	for (i = 0; i < argc; i++) {
		if (!parse_code(argv[i], o->ctx, o->strict, &code)) {
			status = EXIT_NOT_FOUND;
			continue;
		}
		resolve(&item, argv[i], code, o->ctx);
		emit(o, &item, found++);
	}
	if (o->output == OUTPUT_JSON)
		json_end(found);
	return status;
}

static int
run_list(const struct options *o, int argc, char **argv)
{
	const dnsrcode_info *info = NULL;
	struct item *items;
	size_t count = 0, i;

	if (argc > 0)
		usage_error("extra operand %s ('--list' takes no CODE)", cli_quote(argv[0]));
	while ((info = dnsrcode_next(info)) != NULL)
		count++;
	if ((items = calloc(count, sizeof(*items))) == NULL) {
		perror(PROGRAM_NAME);
		exit(EXIT_FAILURE);
	}
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
		text_table(items, count);
	} else {
		if (o->output == OUTPUT_JSON)
			json_begin();
		for (i = 0; i < count; i++)
			emit(o, &items[i], i);
		if (o->output == OUTPUT_JSON)
			json_end(count);
	}
	free(items);
	return EXIT_SUCCESS;
}

/* The --split argument and every operand after it. */
static int
run_split(const struct options *o, int argc, char **argv)
{
	uint16_t code;
	size_t found = 0;
	int i, status = EXIT_SUCCESS;

	if (o->ctx_given)
		usage_error("options '--split' and '--context' cannot be combined");
	if (o->output == OUTPUT_LINE)
		usage_error("options '--split' and '--format' cannot be combined");
	if (o->output == OUTPUT_JSON)
		json_begin();
	for (i = -1; i < argc; i++) {
		const char *arg = i < 0 ? o->split_code : argv[i];

		/* Only the 12-bit extended RCODE has two parts (RFC 6891 §6.1.3). */
		if (!parse_code(arg, DNSRCODE_CTX_EDNS, o->strict, &code)) {
			status = EXIT_NOT_FOUND;
			continue;
		}
		if (o->output == OUTPUT_JSON)
			json_split(code, found);
		else
			text_split(code, found);
		found++;
	}
	if (o->output == OUTPUT_JSON)
		json_end(found);
	return status;
}

/* --ede: the operands are INFO-CODEs of the EDE registry (RFC 8914). */
static int
run_ede_lookup(const struct options *o, int argc, char **argv)
{
	uint16_t code;
	size_t found = 0;
	int i, err, status = EXIT_SUCCESS;

	if (argc == 0)
		usage_error("no EDE given");
	if (o->output == OUTPUT_JSON)
		json_begin();
	for (i = 0; i < argc; i++) {
		err = dnsrcode_ede_parse(argv[i], strlen(argv[i]), &code);
		if (err != DNSRCODE_OK) {
			char *name = cli_quote(argv[i]);

			/* EDE text has no context, and single inner spaces are
			 * part of it: say what the input got wrong. */
			fprintf(stderr, "%s: %s: %s%s\n", PROGRAM_NAME, name,
			        err == DNSRCODE_EUNKNOWN ? "unknown Extended DNS Error" :
			                                   dnsrcode_strerror(err),
			        err == DNSRCODE_ERANGE ? " (INFO-CODE: 0-65535)" :
			        err == DNSRCODE_ESPACE ? " (words are separated by one space)" : "");
			free(name);
			status = EXIT_NOT_FOUND;
			continue;
		}
		if (o->output == OUTPUT_JSON)
			ede_json_item(argv[i], code, found);
		else if (o->output == OUTPUT_LINE)
			ede_line(code, o->style);
		else
			ede_block(argv[i], code, found);
		found++;
	}
	if (o->output == OUTPUT_JSON)
		json_end(found);
	return status;
}

static int
run_ede_list(const struct options *o, int argc, char **argv)
{
	const dnsrcode_ede_info *info = NULL;
	size_t count = 0;

	if (argc > 0)
		usage_error("extra operand %s ('--list' takes no CODE)", cli_quote(argv[0]));
	if (o->output == OUTPUT_TEXT) {
		ede_table();
		return EXIT_SUCCESS;
	}
	if (o->output == OUTPUT_JSON)
		json_begin();
	while ((info = dnsrcode_ede_next(info)) != NULL) {
		if (o->output == OUTPUT_JSON)
			ede_json_item(NULL, dnsrcode_ede_info_code(info), count);
		else
			ede_line(dnsrcode_ede_info_code(info), o->style);
		count++;
	}
	if (o->output == OUTPUT_JSON)
		json_end(count);
	return EXIT_SUCCESS;
}

/* --status=FILE and every operand after it: one raw DNS message each. */
static int
run_status(const struct options *o, int argc, char **argv)
{
	size_t shown = 0;
	int i, status = EXIT_SUCCESS;

	if (o->output == OUTPUT_LINE)
		usage_error("options '--status' and '--format' cannot be combined");
	if (o->ctx_given)
		usage_error("options '--status' and '--context' cannot be combined");
	if (o->strict)
		usage_error("options '--status' and '--strict' cannot be combined");
	if (o->output == OUTPUT_JSON)
		json_begin();
	for (i = -1; i < argc; i++) {
		const char *path = i < 0 ? o->status_file : argv[i];
		dnsrcode_status st;
		dnsrcode_ede_option ede[STATUS_EDE_SHOWN];
		uint8_t *msg;
		size_t len;
		int err;

		if (status_load(path, o->hex, &msg, &len) != 0) {
			status = EXIT_NOT_FOUND;
			continue;
		}
		err = dnsrcode_msg_status(msg, len, &st, sizeof(st), ede, STATUS_EDE_SHOWN);
		if (err != DNSRCODE_OK) {
			char *name = cli_quote(path);

			fprintf(stderr, "%s: %s: %s\n", PROGRAM_NAME, name, dnsrcode_strerror(err));
			free(name);
			status = EXIT_NOT_FOUND;
		} else if (o->output == OUTPUT_JSON) {
			status_json(path, &st, ede, shown++);
		} else {
			status_text(argc > 0 ? path : NULL, &st, ede, shown++);
		}
		free(msg); /* after the output: the EDE texts point into it */
	}
	if (o->output == OUTPUT_JSON)
		json_end(shown);
	return status;
}

/* Options that belong to one mode only. */
static void
check_mode_options(const struct options *o)
{
	if (o->hex && o->mode != MODE_STATUS)
		usage_error("option '--hex' needs '--status'");
	if (!o->ede)
		return;
	if (o->mode == MODE_SPLIT || o->mode == MODE_STATUS)
		usage_error("options '--ede' and '%s' cannot be combined", o->mode_option);
	if (o->ctx_given)
		usage_error("options '--ede' and '--context' cannot be combined");
	if (o->strict)
		usage_error("options '--ede' and '--strict' cannot be combined");
}

/* A full disk or a closed pipe must not look like success. */
static int
close_stdout(int status)
{
	int failed = ferror(stdout);

	if (fclose(stdout) != 0)
		failed = 1;
	if (failed) {
		fprintf(stderr, "%s: write error: %s\n", PROGRAM_NAME,
		        errno != 0 ? strerror(errno) : "unknown error");
		return status == EXIT_SUCCESS ? EXIT_FAILURE : status;
	}
	return status;
}

int
main(int argc, char **argv)
{
	struct options o;
	int status;

	memset(&o, 0, sizeof(o));
	o.ctx = DNSRCODE_CTX_ANY;
	o.style = DNSRCODE_FMT_FULL;
	parse_options(argc, argv, &o);
	check_mode_options(&o);
	argc -= optind;
	argv += optind;
	switch (o.mode) {
	case MODE_LIST:
		status = o.ede ? run_ede_list(&o, argc, argv) : run_list(&o, argc, argv);
		break;
	case MODE_SPLIT:
		status = run_split(&o, argc, argv);
		break;
	case MODE_STATUS:
		status = run_status(&o, argc, argv);
		break;
	default:
		status = o.ede ? run_ede_lookup(&o, argc, argv) : run_lookup(&o, argc, argv);
		break;
	}
	return close_stdout(status);
}
