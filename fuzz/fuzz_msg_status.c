/*
 * fuzz_msg_status.c - libFuzzer target for dnsrcode_msg_status(), the
 * library's attack surface.  Besides "no crash, no sanitizer report" it
 * checks that the answer, error or status, is the one the plain second
 * reader of msg_reference.c gives, that the message's bytes are as they
 * were, and what must hold for every accepted message: the header fields
 * are the header's bytes, every EXTRA-TEXT lies inside the input, the
 * effective RCODE is dnsrcode_effective() of the parts, and dropping the
 * last octet makes the message truncated.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dnsrcode.h"

#include "fuzz.h"
#include "msg_reference.h"

#define EDE_SLOTS 4

static void
check(int ok)
{
	FUZZ_CHECK(ok);
}

/* The same answer as the plain reader, field by field. */
static void
check_reference(const uint8_t *data, size_t size, int rc, const dnsrcode_status *st,
                const dnsrcode_ede_option *ede)
{
	struct ref_result ref;
	size_t i;

	ref_msg_status(data, size, NULL, NULL, &ref);
	FUZZ_CHECK(rc == ref.rc);
	if (rc != DNSRCODE_OK)
		return;
	FUZZ_CHECK(memcmp(st, &ref.st, sizeof(*st)) == 0);
	for (i = 0; i < ref.ede_count && i < EDE_SLOTS; i++) {
		FUZZ_CHECK(ede[i].code == ref.ede[i].code);
		FUZZ_CHECK(ede[i].text == ref.ede[i].text);
		FUZZ_CHECK(ede[i].text_len == ref.ede[i].text_len);
	}
}

static int
is_message_error(int rc)
{
	return rc == DNSRCODE_ETRUNCATED || rc == DNSRCODE_EMALFORMED || rc == DNSRCODE_EPOINTER ||
	       rc == DNSRCODE_ENAME || rc == DNSRCODE_EOPT || rc == DNSRCODE_ETSIG;
}

static void
check_accepted(const uint8_t *data, size_t size, const dnsrcode_status *st,
               const dnsrcode_ede_option *ede)
{
	dnsrcode_status again;
	dnsrcode_context ctx;
	uint16_t code;
	size_t i;

	check(size >= 12);
	check(st->id == (data[0] << 8 | data[1]));
	check(st->flags == (data[2] << 8 | data[3]));
	check(st->header_rcode == (data[3] & 0x0f));
	check(st->opcode == (data[2] >> 3 & 0x0f));
	check(st->arcount >= st->has_opt + st->has_tsig);
	if (!st->has_opt)
		check(st->edns_version == 0 && st->opt_ext_rcode == 0 && st->udp_size == 0 &&
		      st->edns_flags == 0 && st->ede_count == 0);
	if (!st->has_tsig)
		check(st->tsig_error == 0);
	check(dnsrcode_effective(st->header_rcode, st->has_opt, st->opt_ext_rcode, st->has_tsig,
	                         st->tsig_error, &code, &ctx) == DNSRCODE_OK);
	check(code == st->rcode && ctx == st->rcode_ctx);
	for (i = 0; i < st->ede_count && i < EDE_SLOTS; i++) {
		const uint8_t *text = (const uint8_t *)ede[i].text;

		check(text >= data + 12 && text <= data + size);
		check(ede[i].text_len <= (size_t)(data + size - text));
	}
	/* The same answer without an EDE array. */
	check(dnsrcode_msg_status(data, size, &again, sizeof(again), NULL, 0) == DNSRCODE_OK);
	check(again.ede_count == st->ede_count && again.rcode == st->rcode);
	/* Every accepted message ends with the last octet it declares. */
	check(dnsrcode_msg_status(data, size - 1, &again, sizeof(again), NULL, 0) == DNSRCODE_ETRUNCATED);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dnsrcode_status st;
	dnsrcode_ede_option ede[EDE_SLOTS];
	uint8_t *before = malloc(size > 0 ? size : 1);
	int rc;

	FUZZ_CHECK(before != NULL);
	memcpy(before, data, size);
	rc = dnsrcode_msg_status(data, size, &st, sizeof(st), ede, EDE_SLOTS);
	FUZZ_CHECK(memcmp(before, data, size) == 0);
	free(before);
	check_reference(data, size, rc, &st, ede);
	if (rc == DNSRCODE_OK)
		check_accepted(data, size, &st, ede);
	else
		check(is_message_error(rc));
	return 0;
}
