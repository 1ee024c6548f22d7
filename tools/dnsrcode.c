/*
 * dnsrcode.c - the dnsrcode command line: the options, --help and
 * --version, bad usage, and which mode (rcode.c, ede.c, status.c,
 * summary.c) runs.
 *
 * Exit status: 0 when every CODE was found (every FILE read), 1 when one
 * was not (or the output could not be written), 2 on bad usage.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* A new mode is one more enum mode value, one more option that selects
 * it, and one more entry in cli.h that main() calls. */

/* Long-only options get values outside the range of characters. */
enum {
	OPT_SPLIT = 256,
	OPT_STRICT,
	OPT_EDE,
	OPT_STATUS,
	OPT_SUMMARY,
	OPT_HEX,
	OPT_TCP,
	OPT_PORT,
	OPT_ONELINE,
	OPT_CSV,
	OPT_PROMETHEUS,
};

static const char short_options[] = ":c:f:hjlV";

static const struct option long_options[] = {
	{ "context", required_argument, NULL, 'c' },
	{ "csv", no_argument, NULL, OPT_CSV },
	{ "ede", no_argument, NULL, OPT_EDE },
	{ "format", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ "hex", no_argument, NULL, OPT_HEX },
	{ "json", no_argument, NULL, 'j' },
	{ "list", no_argument, NULL, 'l' },
	{ "oneline", no_argument, NULL, OPT_ONELINE },
	{ "port", required_argument, NULL, OPT_PORT },
	{ "prometheus", no_argument, NULL, OPT_PROMETHEUS },
	{ "split", required_argument, NULL, OPT_SPLIT },
	{ "status", no_argument, NULL, OPT_STATUS },
	{ "strict", no_argument, NULL, OPT_STRICT },
	{ "summary", no_argument, NULL, OPT_SUMMARY },
	{ "tcp", no_argument, NULL, OPT_TCP },
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
	       "  or:  %s --status [--oneline | --json] [OPTION]... FILE...\n"
	       "  or:  %s --summary [--json | --csv | --prometheus] [OPTION]... FILE...\n",
	       PROGRAM_NAME, PROGRAM_NAME, PROGRAM_NAME, PROGRAM_NAME, PROGRAM_NAME, PROGRAM_NAME,
	       PROGRAM_NAME);
	fputs("Describe DNS response codes (RCODEs) and Extended DNS Errors (EDE) from\n"
	      "the IANA registries, and read the status of DNS responses in files and\n"
	      "packet captures.\n"
	      "\n"
	      "A CODE is a decimal number (3), an IANA name or mnemonic in any case\n"
	      "(NXDomain, nxdomain), RCODE<number> (RCODE3), or a spelling other DNS\n"
	      "software prints (NOTIMPL, RESERVED11).\n"
	      "\n"
	      "An EDE is a number (9), the IANA purpose in any case (\"DNSKEY Missing\"),\n"
	      "the mnemonic (DNSKEY_MISSING) or EDE<number> (EDE9).\n"
	      "\n"
	      "A CODE or EDE '-' reads them from standard input, one per line, also from\n"
	      "what dig, kdig, drill and host print (\"status: NXDOMAIN,\", \"3(NXDOMAIN)\",\n"
	      "\"RCODE 11\", \"; EDE: 22\"), and says which form each line had; the other\n"
	      "lines of such output and lines starting with ';' or '#' are skipped.\n"
	      "\n"
	      "A FILE is a pcap or pcapng capture (UDP and TCP on port 53, TCP streams\n"
	      "and IP fragments reassembled) or a raw DNS message, told apart by their\n"
	      "content; '-' is standard input.\n"
	      "\n"
	      "Options:\n"
	      "  -c, --context=CTX   read each CODE as carried in CTX: any (the default;\n"
	      "                      16 is BADVERS), header (0-15), edns (0-4095), tsig\n"
	      "                      or tkey (0-65535; 16 is BADSIG); with --list, list\n"
	      "                      only the rows that may appear in CTX\n"
	      "      --ede           read the operands as Extended DNS Error INFO-CODEs\n"
	      "                      (RFC 8914); with --list, list that registry\n"
	      "  -f, --format=STYLE  print one line per code in STYLE: mnemonic, name,\n"
	      "                      description or full\n"
	      "  -j, --json          print a JSON array with one object per code or\n"
	      "                      message; with --summary, one JSON object\n"
	      "  -l, --list          list every row of the registry as a table\n"
	      "      --split=CODE    print the header RCODE and OPT EXTENDED-RCODE\n"
	      "                      parts of CODE, a 12-bit extended RCODE (0-4095),\n"
	      "                      and of every further CODE\n"
	      "      --status        print the status of every DNS message in each FILE\n"
	      "                      the way dig prints a header, with its EDE options\n"
	      "                      (category, retry advice) and TSIG error\n"
	      "      --oneline       with --status, one line per message: where, when,\n"
	      "                      from and to, status, EDEs with retry advice\n"
	      "      --summary       count the messages of all FILEs: responses by\n"
	      "                      effective RCODE, EDE options by code, RCODE+EDE\n"
	      "                      pairs, refused messages by error, packets skipped\n"
	      "                      by reason; as a table, or with --json, --csv or\n"
	      "                      --prometheus\n"
	      "      --csv           (with --summary) CSV rows: section,key,count\n"
	      "      --prometheus    (with --summary) Prometheus text exposition\n"
	      "      --strict        accept only the canonical spellings: IANA name or\n"
	      "                      mnemonic, decimal number, RCODE<number>\n"
	      "  -h, --help          print this help and exit\n"
	      "  -V, --version       print the version and the registry date and exit\n"
	      "\n"
	      "Input options (with --status or --summary):\n"
	      "      --hex           each FILE is a DNS message as hex text\n"
	      "      --tcp           each FILE is DNS over TCP: messages, each after\n"
	      "                      its 2-octet length\n"
	      "      --port=N        in captures, read port N as DNS too (besides 53);\n"
	      "                      may be given several times\n"
	      "\n"
	      "Exit status: 0 if every CODE was found, 1 if a CODE was unknown or did\n"
	      "not fit the context, 2 on bad usage.  With --status and --summary: 0 if\n"
	      "every FILE was read, 1 if a FILE could not be opened or is in no format\n"
	      "dnsrcode reads (with --status also if a message was refused as\n"
	      "malformed; --summary counts those).\n"
	      "\n"
	      "Examples:\n"
	      "  dnsrcode nxdomain              all about NXDOMAIN (3)\n"
	      "  dnsrcode --context tsig 16     16 in a TSIG Error field: BADSIG\n"
	      "  dnsrcode --format mnemonic 5   REFUSED\n"
	      "  dnsrcode --list --json         the whole registry as JSON\n"
	      "  dnsrcode --ede 9               all about EDE 9, DNSKEY Missing\n"
	      "  dig example.com | dnsrcode -   all about the status dig printed\n"
	      "  dnsrcode --status - < reply    the status of a response on stdin\n"
	      "  dnsrcode --status --oneline capture.pcap\n"
	      "                                 each message of a capture on a line\n"
	      "  dnsrcode --summary --json capture.pcap\n"
	      "                                 its RCODEs and EDEs counted, as JSON\n",
	      stdout);
	printf("\nReport bugs to: %s\n", PACKAGE_BUGREPORT);
}

static void
version(void)
{
	printf("%s (%s) %s\n", PROGRAM_NAME, PACKAGE_NAME, dnsrcode_version());
	printf("IANA DNS RCODEs registry of %s\n", dnsrcode_registry_date());
}

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

/* usage_error() with one quoted name from cli_quote(), freed before the
 * exit so that LeakSanitizer has nothing to report. */
static void usage_error_quoted(const char *before, char *name, const char *after) CLI_NORETURN;

static void
usage_error_quoted(const char *before, char *name, const char *after)
{
	fprintf(stderr, "%s: %s%s%s\nTry '%s --help' for more information.\n", PROGRAM_NAME,
	        before, name, after, PROGRAM_NAME);
	free(name);
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
	char *name, *bare;
	size_t len, i, matches = 0;

	if (strncmp(arg, "--", 2) != 0 || arg[2] == '\0') {
		char option[3] = { '-', (char)optopt, '\0' };

		name = cli_quote(option);
		if (ret == ':')
			usage_error_quoted("option ", name, " needs an argument");
		usage_error_quoted("unknown option ", name, "");
	}
	/* The name without its value: "--help=x" is named '--help'. */
	len = strcspn(arg, "=");
	bare = cli_calloc(len + 1, 1);
	memcpy(bare, arg, len);
	bare[len] = '\0';
	name = cli_quote(bare);
	free(bare);
	if (ret == ':')
		usage_error_quoted("option ", name, " needs an argument");
	if (optopt != 0)
		usage_error_quoted("option ", name, " takes no argument");
	for (i = 0; long_options[i].name != NULL; i++)
		if (strncmp(long_options[i].name, arg + 2, len - 2) == 0)
			matches++;
	if (matches > 1)
		usage_error_quoted("option ", name, " is ambiguous");
	usage_error_quoted("unknown option ", name, "");
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

/* --hex or --tcp: how every FILE is framed, instead of by its content. */
static void
set_input(struct options *o, enum input_format format, const char *option)
{
	if (o->input_option != NULL && o->input.format != format)
		usage_error("options '%s' and '%s' cannot be combined", o->input_option, option);
	o->input.format = format;
	o->input_option = option;
}

/* --port=N: a decimal 1-65535, each port once. */
static void
add_port(struct options *o, const char *arg)
{
	unsigned long port = 0;
	size_t i;

	for (i = 0; arg[i] >= '0' && arg[i] <= '9' && port <= 65535; i++)
		port = port * 10 + (unsigned long)(arg[i] - '0');
	if (i == 0 || arg[i] != '\0' || port == 0 || port > 65535)
		usage_error_quoted("invalid port ", cli_quote(arg), " (a number from 1 to 65535)");
	for (i = 0; i < o->input.nports; i++)
		if (o->ports[i] == port)
			return;
	if (o->input.nports == PORTS_MAX)
		usage_error("too many ports (at most %u)", PORTS_MAX);
	o->ports[o->input.nports++] = (uint16_t)port;
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
			break;
		case OPT_SUMMARY:
			set_mode(o, MODE_SUMMARY, "--summary");
			break;
		case OPT_ONELINE:
			set_output(o, OUTPUT_ONELINE, "--oneline");
			break;
		case OPT_CSV:
			set_output(o, OUTPUT_CSV, "--csv");
			break;
		case OPT_PROMETHEUS:
			set_output(o, OUTPUT_PROMETHEUS, "--prometheus");
			break;
		case OPT_HEX:
			set_input(o, INPUT_HEX, "--hex");
			break;
		case OPT_TCP:
			set_input(o, INPUT_TCP, "--tcp");
			break;
		case OPT_PORT:
			add_port(o, optarg);
			break;
		case 'V':
			version();
			exit(EXIT_SUCCESS);
		default:
			bad_option(c, argv);
		}
	}
}

/* Options that belong to some modes only. */
static void
check_mode_options(const struct options *o)
{
	int files = o->mode == MODE_STATUS || o->mode == MODE_SUMMARY;

	if (!files && o->input_option != NULL)
		usage_error("option '%s' needs '--status' or '--summary'", o->input_option);
	if (!files && o->input.nports > 0)
		usage_error("option '--port' needs '--status' or '--summary'");
	if (o->output == OUTPUT_ONELINE && o->mode != MODE_STATUS)
		usage_error("option '--oneline' needs '--status'");
	if ((o->output == OUTPUT_CSV || o->output == OUTPUT_PROMETHEUS) && o->mode != MODE_SUMMARY)
		usage_error("option '%s' needs '--summary'", o->output_option);
	if (files) {
		if (o->output == OUTPUT_LINE)
			usage_error("options '%s' and '--format' cannot be combined", o->mode_option);
		if (o->ctx_given)
			usage_error("options '%s' and '--context' cannot be combined", o->mode_option);
		if (o->strict)
			usage_error("options '%s' and '--strict' cannot be combined", o->mode_option);
	}
	if (o->ede) {
		if (o->mode == MODE_SPLIT || files)
			usage_error("options '--ede' and '%s' cannot be combined", o->mode_option);
		if (o->ctx_given)
			usage_error("options '--ede' and '--context' cannot be combined");
		if (o->strict)
			usage_error("options '--ede' and '--strict' cannot be combined");
	}
	if (o->mode == MODE_SPLIT && o->ctx_given)
		usage_error("options '--split' and '--context' cannot be combined");
	if (o->mode == MODE_SPLIT && o->output == OUTPUT_LINE)
		usage_error("options '--split' and '--format' cannot be combined");
}

/* The operands each mode takes, checked before any mode prints. */
static void
check_operands(const struct options *o, int argc, char **argv)
{
	switch (o->mode) {
	case MODE_LIST:
		if (argc > 0)
			usage_error_quoted("extra operand ", cli_quote(argv[0]),
			                   " ('--list' takes no CODE)");
		break;
	case MODE_SPLIT:
		break; /* --split=CODE, and any CODEs after it */
	case MODE_STATUS:
	case MODE_SUMMARY:
		if (argc == 0)
			usage_error("no FILE given ('-' for standard input)");
		break;
	default:
		if (argc == 0)
			usage_error(o->ede ? "no EDE given" : "no CODE given");
		break;
	}
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
	o.input.format = INPUT_DETECT;
	o.input.ports = o.ports;
	parse_options(argc, argv, &o);
	check_mode_options(&o);
	argc -= optind;
	argv += optind;
	check_operands(&o, argc, argv);
	switch (o.mode) {
	case MODE_LIST:
		status = o.ede ? ede_list(&o) : rcode_list(&o);
		break;
	case MODE_SPLIT:
		status = rcode_split(&o, argc, argv);
		break;
	case MODE_STATUS:
		status = status_run(&o, argc, argv);
		break;
	case MODE_SUMMARY:
		status = summary_run(&o, argc, argv);
		break;
	default:
		status = o.ede ? ede_lookup(&o, argc, argv) : rcode_lookup(&o, argc, argv);
		break;
	}
	return close_stdout(status);
}
