/*
 * fuzz_ede_parse.c - libFuzzer target for the EDE text functions:
 * dnsrcode_ede_parse(), dnsrcode_ede_lookup_text() and, on what they
 * accept, dnsrcode_ede_format().  Checks that the two readers agree, that
 * every error is a documented one, and that formatted text parses back.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dnsrcode.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(int ok)
{
	if (!ok)
		abort();
}

static int
is_parse_error(int rc)
{
	return rc == DNSRCODE_EEMPTY || rc == DNSRCODE_ESIGN || rc == DNSRCODE_ESPACE ||
	       rc == DNSRCODE_ETRAILING || rc == DNSRCODE_ESYNTAX || rc == DNSRCODE_EUNKNOWN ||
	       rc == DNSRCODE_ERANGE;
}

static void
check_round_trip(uint16_t code)
{
	char buf[512], small[5];
	uint16_t back;
	int style;

	for (style = DNSRCODE_FMT_MNEMONIC; style <= DNSRCODE_FMT_FULL; style++) {
		int n = dnsrcode_ede_format(buf, sizeof(buf), code, style);

		check(n > 0 && (size_t)n < sizeof(buf) && strlen(buf) == (size_t)n);
		check(dnsrcode_ede_format(NULL, 0, code, style) == n);
		check(dnsrcode_ede_format(small, sizeof(small), code, style) == n);
		check(strlen(small) == ((size_t)n < sizeof(small) ? (size_t)n : sizeof(small) - 1));
		if (style <= DNSRCODE_FMT_NAME) {
			check(dnsrcode_ede_parse(buf, (size_t)n, &back) == DNSRCODE_OK);
			check(back == code);
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *text = (const char *)data;
	const dnsrcode_ede_info *info;
	uint16_t code = 0;
	int rc;

	rc = dnsrcode_ede_parse(text, size, &code);
	info = dnsrcode_ede_lookup_text(text, size);
	if (rc == DNSRCODE_OK) {
		check_round_trip(code);
		if (info != NULL)
			check(dnsrcode_ede_info_code(info) == code);
	} else {
		check(is_parse_error(rc));
		check(info == NULL);
	}
	/* The input's first two octets as a code, whatever the text said. */
	if (size >= 2)
		check_round_trip((uint16_t)(data[0] << 8 | data[1]));
	return 0;
}
