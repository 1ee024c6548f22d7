/*
 * json.c - dnsrcode output as JSON (RFC 8259): one array, one object per
 * code, written as the codes come so nothing is held in memory.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

/* Length of the well-formed UTF-8 sequence at s (RFC 3629 §4), or 0 when
 * the bytes there are not one: JSON text must be UTF-8 (RFC 8259 §8.1). */
static size_t
utf8_sequence(const unsigned char *s)
{
	size_t len, i;
	unsigned c = s[0];

	if (c >= 0xc2 && c <= 0xdf)
		len = 2;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4;
	else
		return 0;
	for (i = 1; i < len; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	/* No overlong forms, no surrogates, nothing above U+10FFFF. */
	if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] > 0x9f) ||
	    (c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] > 0x8f))
		return 0;
	return len;
}

/* A JSON string (RFC 8259 §7): quote, backslash and control characters
 * escaped; a byte that is not UTF-8 becomes U+FFFD. */
static void
json_string(const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n;

	if (text == NULL) {
		fputs("null", stdout);
		return;
	}
	putchar('"');
	while (*s != '\0') {
		switch (*s) {
		case '"':
			fputs("\\\"", stdout);
			break;
		case '\\':
			fputs("\\\\", stdout);
			break;
		case '\b':
			fputs("\\b", stdout);
			break;
		case '\f':
			fputs("\\f", stdout);
			break;
		case '\n':
			fputs("\\n", stdout);
			break;
		case '\r':
			fputs("\\r", stdout);
			break;
		case '\t':
			fputs("\\t", stdout);
			break;
		default:
			if (*s < 0x20 || *s == 0x7f) {
				printf("\\u%04x", *s);
			} else if (*s < 0x80) {
				putchar(*s);
			} else if ((n = utf8_sequence(s)) > 0) {
				fwrite(s, 1, n, stdout);
				s += n - 1;
			} else {
				fputs("\\ufffd", stdout);
			}
			break;
		}
		s++;
	}
	putchar('"');
}

static void
key(const char *name)
{
	json_string(name);
	fputs(": ", stdout);
}

/* A library text in one of its styles, escaped. */
static void
formatted(const struct item *item, int style)
{
	char *text = text_format(item, style);

	json_string(text);
	free(text);
}

static void
families_array(unsigned families)
{
	unsigned bit;
	int first = 1;

	putchar('[');
	for (bit = 1; bit <= DNSRCODE_FAMILY_ALL; bit <<= 1) {
		if ((families & bit) == 0)
			continue;
		if (!first)
			fputs(", ", stdout);
		json_string(cli_family_name(bit));
		first = 0;
	}
	putchar(']');
}

static void
contexts_array(unsigned contexts)
{
	unsigned ctx;
	int first = 1;

	putchar('[');
	for (ctx = DNSRCODE_CTX_HEADER; ctx <= DNSRCODE_CTX_TKEY; ctx++) {
		if ((contexts & DNSRCODE_CTXBIT(ctx)) == 0)
			continue;
		if (!first)
			fputs(", ", stdout);
		json_string(cli_context_name((dnsrcode_context)ctx));
		first = 0;
	}
	putchar(']');
}

void
json_begin(void)
{
	putchar('[');
}

static void
separate(size_t index)
{
	fputs(index > 0 ? ",\n  " : "\n  ", stdout);
}

void
json_item(const struct item *item, size_t index)
{
	const dnsrcode_info *info = item->info;

	separate(index);
	putchar('{');
	if (item->input != NULL) {
		key("input");
		json_string(item->input);
		fputs(", ", stdout);
	}
	key("code");
	printf("%u, ", item->code);
	key("mnemonic");
	formatted(item, DNSRCODE_FMT_MNEMONIC);
	fputs(", ", stdout);
	key("name");
	formatted(item, DNSRCODE_FMT_NAME);
	fputs(", ", stdout);
	key("description");
	formatted(item, DNSRCODE_FMT_DESCRIPTION);
	fputs(", ", stdout);
	key("explanation");
	json_string(text_explanation(item));
	fputs(", ", stdout);
	key("reference");
	json_string(dnsrcode_info_reference(info));
	fputs(", ", stdout);
	key("families");
	families_array(dnsrcode_info_families(info));
	fputs(", ", stdout);
	key("contexts");
	contexts_array(dnsrcode_info_contexts(info));
	fputs(", ", stdout);
	key("range");
	json_string(cli_range_name(dnsrcode_range(item->code)));
	fputs(", ", stdout);
	key("full");
	formatted(item, DNSRCODE_FMT_FULL);
	putchar('}');
}

void
json_split(uint16_t code, size_t index)
{
	struct item item = { NULL, code, DNSRCODE_CTX_EDNS, DNSRCODE_CTX_EDNS, NULL, 0 };
	uint8_t header_rcode = 0, opt_ext_rcode = 0;

	/* RFC 6891 §6.1.3: the low 4 bits travel in the header, the high 8 in
	 * the OPT record's TTL. */
	dnsrcode_split(code, &header_rcode, &opt_ext_rcode);
	separate(index);
	putchar('{');
	key("code");
	printf("%u, ", code);
	key("mnemonic");
	formatted(&item, DNSRCODE_FMT_MNEMONIC);
	fputs(", ", stdout);
	key("header_rcode");
	printf("%u, ", (unsigned)header_rcode);
	key("opt_extended_rcode");
	printf("%u", (unsigned)opt_ext_rcode);
	putchar('}');
}

void
json_end(size_t count)
{
	fputs(count > 0 ? "\n]\n" : "]\n", stdout);
}
