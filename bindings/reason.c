/*
 * reason.c - the bindings' words for what went wrong, written once for
 * Python and Lua: why a code has no registry row ("RCODE 16 does not fit
 * the HEADER context (0..15)", "EDE 40 is unassigned"), and what exactly
 * is wrong with text the parsers refuse.  dnsrcode_strerror() names the
 * kind of error ("white space out of place"); these few words say where
 * in the user's text and why ("two spaces at offset 6").  Inserted into
 * each SWIG wrapper by bindings/dnsrcode.i; it knows only the public
 * header.  Python reaches the why_*() functions through the module.
 */
#include <stdio.h>

/* The context's name as the constants spell it (DNSRCODE_CTX_HEADER). */
static const char *
dnsrcode_swig_ctx_name(int ctx)
{
	static const char *const names[] = { DNSRCODE_SWIG_CONTEXT_NAMES };

	if (ctx < 0 || ctx >= (int)(sizeof(names) / sizeof(names[0])))
		return "unknown";
	return names[ctx];
}

/* The widest code that fits the context, asked of the library itself:
 * the codes that fit are 0..max. */
static unsigned
dnsrcode_swig_ctx_max(int ctx)
{
	unsigned lo = 0, hi = 65535;

	while (lo < hi) {
		unsigned mid = lo + (hi - lo + 1) / 2;

		if (dnsrcode_fits(mid, (dnsrcode_context)ctx) == 1)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/* The values an RCODE context holds ("the HEADER context holds 0..15"),
 * or with ctx < 0 those of an INFO-CODE. */
static void
dnsrcode_swig_why_out_of_range(int ctx, char *buf, size_t size)
{
	if (ctx < 0)
		snprintf(buf, size, "INFO-CODEs are 0..65535");
	else
		snprintf(buf, size, "the %s context holds 0..%u", dnsrcode_swig_ctx_name(ctx),
		         dnsrcode_swig_ctx_max(ctx));
}

/* The description of a code without a row ("Reserved for Private Use",
 * n as dnsrcode_format() returned it) in lower case, to end a sentence
 * with its range class. */
static const char *
dnsrcode_swig_range_class(char *described, size_t size, int n)
{
	size_t i;

	if (n < 0 || (size_t)n >= size)
		return "unassigned";
	for (i = 0; described[i] != '\0'; i++)
		if (described[i] >= 'A' && described[i] <= 'Z')
			described[i] = (char)(described[i] - 'A' + 'a');
	return described;
}

/* Why a valid code has no registry row in ctx, for a binding's message
 * after the function's name: it does not fit the context
 * (DNSRCODE_ERANGE), or nothing is assigned to it there
 * (DNSRCODE_EUNKNOWN).  Returns that error. */
static int
dnsrcode_swig_why_no_rcode(unsigned code, dnsrcode_context ctx, char *buf, size_t size)
{
	char described[64];
	int n;

	if (dnsrcode_fits(code, ctx) != 1) {
		snprintf(buf, size, "RCODE %u does not fit the %s context (0..%u)", code,
		         dnsrcode_swig_ctx_name(ctx), dnsrcode_swig_ctx_max(ctx));
		return DNSRCODE_ERANGE;
	}
	n = dnsrcode_format(described, sizeof(described), code, ctx, DNSRCODE_FMT_DESCRIPTION);
	snprintf(buf, size, "RCODE %u is %s", code,
	         dnsrcode_swig_range_class(described, sizeof(described), n));
	return DNSRCODE_EUNKNOWN;
}

/* The same for an INFO-CODE without a row: always DNSRCODE_EUNKNOWN. */
static int
dnsrcode_swig_why_no_ede(unsigned code, char *buf, size_t size)
{
	char described[64];
	int n = dnsrcode_ede_format(described, sizeof(described), code, DNSRCODE_FMT_DESCRIPTION);

	snprintf(buf, size, "EDE %u is %s", code,
	         dnsrcode_swig_range_class(described, sizeof(described), n));
	return DNSRCODE_EUNKNOWN;
}

static int
dnsrcode_swig_is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static const char *
dnsrcode_swig_space_name(unsigned char c)
{
	switch (c) {
	case ' ':
		return "a space";
	case '\t':
		return "a tab";
	case '\n':
		return "a line feed";
	case '\r':
		return "a carriage return";
	default:
		return "a vertical tab or form feed";
	}
}

/* DNSRCODE_ESPACE: RCODE text has no white space at all; EDE text has
 * single spaces between words, so only white space at either end, other
 * than ' ', or doubled is out of place (lib/ede-parse.c). */
static int
dnsrcode_swig_space_reason(const unsigned char *s, size_t len, int ede, char *buf, size_t size)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (!dnsrcode_swig_is_space(s[i]))
			continue;
		if (i == 0 || i == len - 1)
			return snprintf(buf, size, "%s at the %s", dnsrcode_swig_space_name(s[i]),
			                i == 0 ? "start" : "end");
		if (!ede || s[i] != ' ')
			return snprintf(buf, size, "%s at offset %lu", dnsrcode_swig_space_name(s[i]),
			                (unsigned long)i);
		if (s[i + 1] == ' ')
			return snprintf(buf, size, "two spaces at offset %lu", (unsigned long)i);
	}
	return -1;
}

/* DNSRCODE_ESYNTAX: the first character no RCODE or EDE text has; EDE
 * names also hold '_', ' ' and '-' (lib/ede-parse.c is_name_char();
 * tests/test_lua_bad_input.lua notices when the two part). */
static int
dnsrcode_swig_syntax_reason(const unsigned char *s, size_t len, int ede, char *buf, size_t size)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char c = s[i];

		if (c == '\0')
			return snprintf(buf, size, "a NUL byte at offset %lu", (unsigned long)i);
		if (c >= 0x80)
			return snprintf(buf, size, "a non-ASCII byte at offset %lu", (unsigned long)i);
		if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    (ede && (c == '_' || c == ' ' || c == '-')))
			continue;
		if (c < 0x20 || c == 0x7f)
			return snprintf(buf, size, "control character %u at offset %lu", c,
			                (unsigned long)i);
		return snprintf(buf, size, "'%c' at offset %lu", c, (unsigned long)i);
	}
	return -1;
}

/* Why dnsrcode_parse() in context ctx, or with ctx < 0
 * dnsrcode_ede_parse(), refused text with err: a few words in buf, or
 * NULL when the error's own message says it all. */
static const char *
dnsrcode_swig_reason(int err, const char *text, size_t len, int ctx, char *buf, size_t size)
{
	const unsigned char *s = (const unsigned char *)text;
	int n = -1;

	switch (err) {
	case DNSRCODE_ERANGE:
		dnsrcode_swig_why_out_of_range(ctx, buf, size);
		n = 0;
		break;
	case DNSRCODE_ESPACE:
		n = dnsrcode_swig_space_reason(s, len, ctx < 0, buf, size);
		break;
	case DNSRCODE_ESYNTAX:
		n = dnsrcode_swig_syntax_reason(s, len, ctx < 0, buf, size);
		break;
	default:
		break;
	}
	return n < 0 ? NULL : buf;
}
