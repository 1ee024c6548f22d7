/*
 * fuzz_lookup_name.c - dnsrcode_lookup_name() on any bytes.
 *
 * Input: the whole input is the name.  Invariants:
 *  - a found entry is a row of the registry (dnsrcode_next() reaches it),
 *    with every text present and a mnemonic in upper case;
 *  - the entry's name and mnemonic find an entry with the same code;
 *  - ASCII case does not matter;
 *  - lookup by name and parse agree: a found name parses to the entry's
 *    code, and a parsed name that is not a number is found unless its
 *    value has no registry row (aliases such as RESERVED11);
 *  - the entry is what dnsrcode_lookup() gives for its code in every wire
 *    context the entry says it appears in.
 */
#include "config.h"

#include <string.h>

#include "dnsrcode.h"
#include "fuzz.h"

#define CTX_COUNT 5

static int
in_registry(const dnsrcode_info *info)
{
	const dnsrcode_info *e = NULL;
	unsigned guard = 0;

	while ((e = dnsrcode_next(e)) != NULL && guard++ < 65536)
		if (e == info)
			return 1;
	return 0;
}

static void
check_texts(const dnsrcode_info *info)
{
	const char *mnemonic = dnsrcode_info_mnemonic(info);
	const char *name = dnsrcode_info_name(info);
	const dnsrcode_info *again;
	size_t i;

	FUZZ_CHECK(name != NULL && name[0] != '\0');
	FUZZ_CHECK(mnemonic != NULL && mnemonic[0] != '\0');
	FUZZ_CHECK(dnsrcode_info_description(info) != NULL);
	FUZZ_CHECK(dnsrcode_info_explanation(info) != NULL);
	FUZZ_CHECK(dnsrcode_info_reference(info) != NULL);
	for (i = 0; mnemonic[i] != '\0'; i++)
		FUZZ_CHECK(!(mnemonic[i] >= 'a' && mnemonic[i] <= 'z'));
	again = dnsrcode_lookup_name(mnemonic, strlen(mnemonic));
	FUZZ_CHECK(again != NULL && dnsrcode_info_code(again) == dnsrcode_info_code(info));
	again = dnsrcode_lookup_name(name, strlen(name));
	FUZZ_CHECK(again != NULL && dnsrcode_info_code(again) == dnsrcode_info_code(info));
}

static void
check_contexts(const dnsrcode_info *info)
{
	unsigned contexts = dnsrcode_info_contexts(info);
	unsigned ctx;

	FUZZ_CHECK((contexts & DNSRCODE_CTXBIT(DNSRCODE_CTX_ANY)) == 0);
	for (ctx = DNSRCODE_CTX_HEADER; ctx < CTX_COUNT; ctx++)
		if (contexts & DNSRCODE_CTXBIT(ctx))
			FUZZ_CHECK(dnsrcode_lookup(dnsrcode_info_code(info), (dnsrcode_context)ctx) ==
			           info);
}

static void
check_case_blind(const uint8_t *data, size_t size, const dnsrcode_info *info)
{
	unsigned char *flipped = malloc(size > 0 ? size : 1);
	size_t i;

	if (flipped == NULL)
		return;
	for (i = 0; i < size; i++) {
		unsigned char c = data[i];
		flipped[i] = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? (unsigned char)(c ^ 0x20) : c;
	}
	FUZZ_CHECK(dnsrcode_lookup_name((const char *)flipped, size) == info);
	free(flipped);
}

static int
looks_numeric(const uint8_t *s, size_t len)
{
	static const char prefix[] = "rcode";
	size_t i;

	if (len > 0 && s[0] >= '0' && s[0] <= '9')
		return 1;
	if (len < 6)
		return 0;
	for (i = 0; i < 5; i++)
		if ((s[i] | 0x20) != prefix[i])
			return 0;
	return s[5] >= '0' && s[5] <= '9';
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *name = (const char *)data;
	const dnsrcode_info *info;
	uint16_t value = 0;
	int rc;

	info = dnsrcode_lookup_name(name, size);
	FUZZ_CHECK(dnsrcode_lookup_name(NULL, size) == NULL);
	rc = dnsrcode_parse(name, size, DNSRCODE_CTX_ANY, &value);
	check_case_blind(data, size, info);

	if (info != NULL) {
		FUZZ_CHECK(size > 0);
		FUZZ_CHECK(in_registry(info));
		FUZZ_CHECK(rc == DNSRCODE_OK && value == dnsrcode_info_code(info));
		check_texts(info);
		check_contexts(info);
	} else if (rc == DNSRCODE_OK && !looks_numeric(data, size)) {
		FUZZ_CHECK(dnsrcode_range(value) != DNSRCODE_RANGE_ASSIGNED);
	}
	return 0;
}
