/*
 * json.c - dnsrcode output as JSON (RFC 8259): one array, one object per
 * code, written as the codes come so nothing is held in memory.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Length of the well-formed UTF-8 sequence at s (RFC 3629 §4), or 0 when
 * the bytes there are not one: JSON text must be UTF-8 (RFC 8259 §8.1). */
size_t
cli_utf8_sequence(const unsigned char *s, size_t avail)
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
	if (len > avail)
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

/* A JSON string (RFC 8259 §7) of len bytes, which may hold NUL: quote,
 * backslash and control characters escaped; a byte that is not UTF-8
 * becomes U+FFFD. */
void
json_text(const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text, *end = s + len;
	size_t n;

	putchar('"');
	while (s < end) {
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
			} else if ((n = cli_utf8_sequence(s, (size_t)(end - s))) > 0) {
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

/* A NUL-terminated text as a JSON string; NULL as null. */
void
json_string(const char *text)
{
	if (text == NULL)
		fputs("null", stdout);
	else
		json_text(text, strlen(text));
}

void
json_key(const char *name)
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

void
json_separate(size_t index)
{
	fputs(index > 0 ? ",\n  " : "\n  ", stdout);
}

void
json_item(const struct item *item, size_t index)
{
	const dnsrcode_info *info = item->info;

	json_separate(index);
	putchar('{');
	if (item->input != NULL) {
		json_key("input");
		json_string(item->input);
		fputs(", ", stdout);
	}
	json_key("code");
	printf("%u, ", item->code);
	json_key("mnemonic");
	formatted(item, DNSRCODE_FMT_MNEMONIC);
	fputs(", ", stdout);
	json_key("name");
	formatted(item, DNSRCODE_FMT_NAME);
	fputs(", ", stdout);
	json_key("description");
	formatted(item, DNSRCODE_FMT_DESCRIPTION);
	fputs(", ", stdout);
	json_key("explanation");
	json_string(text_explanation(item));
	fputs(", ", stdout);
	json_key("reference");
	json_string(dnsrcode_info_reference(info));
	fputs(", ", stdout);
	json_key("families");
	families_array(dnsrcode_info_families(info));
	fputs(", ", stdout);
	json_key("contexts");
	contexts_array(dnsrcode_info_contexts(info));
	fputs(", ", stdout);
	json_key("range");
	json_string(cli_range_name(dnsrcode_range(item->code)));
	fputs(", ", stdout);
	json_key("full");
	formatted(item, DNSRCODE_FMT_FULL);
	if (item->form != NULL) {
		fputs(", ", stdout);
		json_key("form");
		json_string(item->form);
	}
	putchar('}');
}

void
json_split(uint16_t code, size_t index)
{
	struct item item = { NULL, code, DNSRCODE_CTX_EDNS, DNSRCODE_CTX_EDNS, NULL, 0, NULL };
	uint8_t header_rcode = 0, opt_ext_rcode = 0;

	/* RFC 6891 §6.1.3: the low 4 bits travel in the header, the high 8 in
	 * the OPT record's TTL. */
	dnsrcode_split(code, &header_rcode, &opt_ext_rcode);
	json_separate(index);
	putchar('{');
	json_key("code");
	printf("%u, ", code);
	json_key("mnemonic");
	formatted(&item, DNSRCODE_FMT_MNEMONIC);
	fputs(", ", stdout);
	json_key("header_rcode");
	printf("%u, ", (unsigned)header_rcode);
	json_key("opt_extended_rcode");
	printf("%u", (unsigned)opt_ext_rcode);
	putchar('}');
}

void
json_end(size_t count)
{
	fputs(count > 0 ? "\n]\n" : "]\n", stdout);
}
