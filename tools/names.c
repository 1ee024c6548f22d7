/*
 * names.c - the words dnsrcode reads and prints for the library's contexts,
 * format styles, families, range classes, errors and EDE retry advice.
 */
#include "config.h"

#include <stdio.h>

#include "cli.h"

/* Indexed by dnsrcode_context; the option values of --context. */
static const char *const context_names[] = {
	"any", "header", "edns", "tsig", "tkey",
};

/* Indexed by DNSRCODE_FMT_*; the option values of --format. */
static const char *const style_names[] = {
	"mnemonic", "name", "description", "full",
};

/* One per DNSRCODE_FAMILY_* bit, lowest bit first. */
static const struct {
	unsigned bit;
	const char *name;
	const char *document;
} families[] = {
	{ DNSRCODE_FAMILY_BASE, "base", "RFC 1035" },
	{ DNSRCODE_FAMILY_UPDATE, "update", "RFC 2136" },
	{ DNSRCODE_FAMILY_DSO, "dso", "RFC 8490" },
	{ DNSRCODE_FAMILY_EDNS, "edns", "RFC 6891" },
	{ DNSRCODE_FAMILY_TSIG, "tsig", "RFC 8945" },
	{ DNSRCODE_FAMILY_TKEY, "tkey", "RFC 2930" },
	{ DNSRCODE_FAMILY_COOKIE, "cookie", "RFC 7873" },
};

/* ASCII only, whatever the locale: option values are ASCII words. */
int
cli_strcaseeq(const char *a, const char *b)
{
	unsigned char x, y;

	do {
		x = (unsigned char)*a++;
		y = (unsigned char)*b++;
		if (x >= 'A' && x <= 'Z')
			x = (unsigned char)(x - 'A' + 'a');
		if (y >= 'A' && y <= 'Z')
			y = (unsigned char)(y - 'A' + 'a');
		if (x != y)
			return 0;
	} while (x != '\0');
	return 1;
}

/* The index of name among words, in any case; -1 when it is none. */
static int
word_index(const char *name, const char *const *words, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (cli_strcaseeq(name, words[i]))
			return (int)i;
	return -1;
}

/* The words a comma and a space apart, for a message, in buf. */
static const char *
word_list(char *buf, size_t size, const char *const *words, size_t count)
{
	size_t i, used = 0;

	buf[0] = '\0';
	for (i = 0; i < count && used < size; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s%s", i > 0 ? ", " : "", words[i]);
	return buf;
}

int
cli_context_from_name(const char *name, dnsrcode_context *ctx)
{
	int i = word_index(name, context_names, COUNT(context_names));

	if (i < 0)
		return 0;
	*ctx = (dnsrcode_context)i;
	return 1;
}

const char *
cli_context_name(dnsrcode_context ctx)
{
	return (unsigned)ctx < COUNT(context_names) ? context_names[ctx] : "?";
}

/* Where a context's value is carried, for the note on an unusual pairing. */
const char *
cli_context_field(dnsrcode_context ctx)
{
	switch (ctx) {
	case DNSRCODE_CTX_HEADER:
		return "the header RCODE field";
	case DNSRCODE_CTX_EDNS:
		return "an extended RCODE";
	case DNSRCODE_CTX_TSIG:
		return "a TSIG Error field";
	case DNSRCODE_CTX_TKEY:
		return "a TKEY Error field";
	default:
		return "this context";
	}
}

const char *
cli_context_names(void)
{
	static char buf[64];

	return word_list(buf, sizeof(buf), context_names, COUNT(context_names));
}

int
cli_style_from_name(const char *name, int *style)
{
	int i = word_index(name, style_names, COUNT(style_names));

	if (i < 0)
		return 0;
	*style = i;
	return 1;
}

const char *
cli_style_names(void)
{
	static char buf[64];

	return word_list(buf, sizeof(buf), style_names, COUNT(style_names));
}

static const char *
family_word(unsigned family_bit, int document)
{
	size_t i;

	for (i = 0; i < COUNT(families); i++)
		if (families[i].bit == family_bit)
			return document ? families[i].document : families[i].name;
	return "?";
}

const char *
cli_family_name(unsigned family_bit)
{
	return family_word(family_bit, 0);
}

const char *
cli_family_document(unsigned family_bit)
{
	return family_word(family_bit, 1);
}

const char *
cli_range_name(int range_class)
{
	switch (range_class) {
	case DNSRCODE_RANGE_ASSIGNED:
		return "assigned";
	case DNSRCODE_RANGE_UNASSIGNED:
		return "unassigned";
	case DNSRCODE_RANGE_PRIVATE:
		return "private use";
	case DNSRCODE_RANGE_RESERVED:
		return "reserved";
	default:
		return "?";
	}
}

/* Indexed by -DNSRCODE_E*: the keys of --summary's "malformed" counts. */
static const char *const error_names[CLI_ERROR_KINDS] = {
	"other", "invalid", "unknown", "syntax", "range", "empty", "sign", "space",
	"trailing", "alias", "truncated", "malformed", "pointer", "name", "opt", "tsig",
};

unsigned
cli_error_index(int err)
{
	return err < 0 && -err < (int)CLI_ERROR_KINDS ? (unsigned)-err : 0u;
}

const char *
cli_error_name(unsigned index)
{
	return index < CLI_ERROR_KINDS ? error_names[index] : "other";
}

/* Indexed by DNSRCODE_EDE_RETRY_*; [0] stands for any other value. */
static const struct {
	const char *name;
	const char *advice;  /* for --status */
	const char *meaning; /* for people */
} retries[] = {
	{ NULL, "another server may or may not help", "maybe: the defining text does not say" },
	[DNSRCODE_EDE_RETRY_NO] = { "no", "another server will not help",
	                            "no: another server is not expected to answer differently" },
	[DNSRCODE_EDE_RETRY_YES] = { "yes", "another server may help",
	                             "yes: another server may answer" },
	[DNSRCODE_EDE_RETRY_MAYBE] = { "maybe", "another server may or may not help",
	                               "maybe: the defining text does not say" },
};

static unsigned
retry_index(int retry)
{
	return retry > 0 && (unsigned)retry < COUNT(retries) ? (unsigned)retry : 0u;
}

const char *
cli_retry_name(int retry)
{
	return retries[retry_index(retry)].name;
}

const char *
cli_retry_advice(int retry)
{
	return retries[retry_index(retry)].advice;
}

const char *
cli_retry_meaning(int retry)
{
	return retries[retry_index(retry)].meaning;
}
