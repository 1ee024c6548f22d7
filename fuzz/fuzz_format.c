/*
 * fuzz_format.c - dnsrcode_format() with any code, context, style and
 * buffer size.
 *
 * Input: bytes 0-3 the code (big-endian, so values past 65535 come up),
 * byte 4 the context (5 to 7 invalid), byte 5 the style as a signed byte,
 * byte 6 the buffer size; missing bytes read as 0.  Invariants:
 *  - snprintf() semantics: the result is the full length whatever the
 *    size, equals strlen() of the text when it fits, the text is
 *    NUL-terminated whenever size > 0, and nothing is written at or past
 *    buf[size] (guard bytes), nor anywhere on error;
 *  - errors exactly when the context or style is invalid (EINVAL) or the
 *    code does not fit the context (ERANGE);
 *  - a truncated text is a prefix of the full one;
 *  - every byte printed is printable ASCII;
 *  - mnemonic and name styles parse back to the code, strictly; the
 *    mnemonic is dnsrcode_to_text() or RCODE<code>; the description is the
 *    entry's or the range's; the full style starts with the mnemonic and
 *    the code in parentheses.
 */
#include "config.h"

#include <string.h>

#include "dnsrcode.h"
#include "fuzz.h"

#define CTX_COUNT 5
#define GUARD 16
#define FILL 0xa5
#define FULL_MAX 512

static unsigned
max_code(dnsrcode_context ctx)
{
	return ctx == DNSRCODE_CTX_HEADER ? 15u : ctx == DNSRCODE_CTX_EDNS ? 4095u : 65535u;
}

static const char *
range_text(unsigned code)
{
	switch (dnsrcode_range(code)) {
	case DNSRCODE_RANGE_PRIVATE:
		return "Reserved for Private Use";
	case DNSRCODE_RANGE_RESERVED:
		return "Reserved";
	case DNSRCODE_RANGE_UNASSIGNED:
		return "Unassigned";
	default:
		return NULL;
	}
}

static void
check_text(const char *full, int n, unsigned code, dnsrcode_context ctx, int style)
{
	const dnsrcode_info *info = dnsrcode_lookup(code, ctx);
	const char *mnemonic = dnsrcode_to_text(code, ctx);
	char expect[64];
	uint16_t value = 0;
	int i, m;

	for (i = 0; i < n; i++)
		FUZZ_CHECK(full[i] >= 0x20 && full[i] <= 0x7e);
	FUZZ_CHECK((info == NULL) == (mnemonic == NULL));
	if (mnemonic != NULL)
		FUZZ_CHECK(strcmp(mnemonic, dnsrcode_info_mnemonic(info)) == 0);
	switch (style) {
	case DNSRCODE_FMT_MNEMONIC:
	case DNSRCODE_FMT_NAME:
		FUZZ_CHECK(dnsrcode_parse_strict(full, (size_t)n, ctx, &value) == DNSRCODE_OK);
		FUZZ_CHECK(value == code);
		if (info == NULL) {
			snprintf(expect, sizeof(expect), "RCODE%u", code);
			FUZZ_CHECK(strcmp(full, expect) == 0);
		} else if (style == DNSRCODE_FMT_MNEMONIC) {
			FUZZ_CHECK(strcmp(full, mnemonic) == 0);
		} else {
			FUZZ_CHECK(strcmp(full, dnsrcode_info_name(info)) == 0);
		}
		break;
	case DNSRCODE_FMT_DESCRIPTION:
		FUZZ_CHECK(strcmp(full, info != NULL ? dnsrcode_info_description(info)
		                                     : range_text(code)) == 0);
		break;
	default:
		m = dnsrcode_format(expect, sizeof(expect), code, ctx, DNSRCODE_FMT_MNEMONIC);
		FUZZ_CHECK(m > 0 && (size_t)m < sizeof(expect));
		snprintf(expect + m, sizeof(expect) - (size_t)m, " (%u): ", code);
		FUZZ_CHECK(strncmp(full, expect, strlen(expect)) == 0);
		break;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t in[7] = { 0 };
	char full[FULL_MAX];
	char *buf;
	unsigned code;
	dnsrcode_context ctx;
	int style, n, expect;
	size_t bufsize, stored, i;

	memcpy(in, data, size < sizeof(in) ? size : sizeof(in));
	code = (unsigned)in[0] << 24 | (unsigned)in[1] << 16 | (unsigned)in[2] << 8 | in[3];
	ctx = (dnsrcode_context)(in[4] & 7);
	style = (int)(int8_t)in[5];
	bufsize = in[6];

	if ((unsigned)ctx >= CTX_COUNT || style < DNSRCODE_FMT_MNEMONIC || style > DNSRCODE_FMT_FULL)
		expect = DNSRCODE_EINVAL;
	else if (code > max_code(ctx))
		expect = DNSRCODE_ERANGE;
	else
		expect = 0;

	buf = malloc(bufsize + GUARD);
	if (buf == NULL)
		return 0;
	memset(buf, FILL, bufsize + GUARD);
	n = dnsrcode_format(buf, bufsize, code, ctx, style);
	FUZZ_CHECK(dnsrcode_format(NULL, 0, code, ctx, style) == n);
	if (bufsize > 0)
		FUZZ_CHECK(dnsrcode_format(NULL, bufsize, code, ctx, style) == DNSRCODE_EINVAL);

	for (i = bufsize; i < bufsize + GUARD; i++)
		FUZZ_CHECK((unsigned char)buf[i] == FILL);
	if (expect < 0 || n < 0) {
		FUZZ_CHECK(n == expect);
		for (i = 0; i < bufsize; i++)
			FUZZ_CHECK((unsigned char)buf[i] == FILL);
		free(buf);
		return 0;
	}
	FUZZ_CHECK(n > 0);

	FUZZ_CHECK(dnsrcode_format(full, sizeof(full), code, ctx, style) == n);
	FUZZ_CHECK((size_t)n < sizeof(full) && strlen(full) == (size_t)n);
	if (bufsize > 0) {
		stored = (size_t)n < bufsize ? (size_t)n : bufsize - 1;
		FUZZ_CHECK(buf[stored] == '\0');
		FUZZ_CHECK(memchr(buf, '\0', stored) == NULL);
		FUZZ_CHECK(memcmp(buf, full, stored) == 0);
	}
	check_text(full, n, code, ctx, style);
	free(buf);
	return 0;
}
