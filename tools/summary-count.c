/*
 * summary-count.c - the counts of dnsrcode --summary: every message of
 * every file by its effective RCODE, each EDE option, RCODE+EDE pairs,
 * the reader's errors and the packets the input layer did not read as
 * DNS.
 *
 * Counting is the hot path (millions of messages a second): arrays
 * indexed by code, and one small table of integer keys for the pairs;
 * names are made only once, for the output (summary-format.c).  Memory
 * is the same for every capture size, apart from the pair table, which
 * grows with the number of distinct pairs only.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "summary-count.h"

/* The most EDE options one message can hold: each is at least 6 octets
 * (option code, length, INFO-CODE: RFC 8914 §2) of a 16-bit RDLENGTH. */
#define EDE_PER_MESSAGE_MAX (65535u / 6u + 1u)
#define PAIRS_INITIAL 64u /* slots; a power of two */
#define QR 0x8000u

struct summary *
summary_new(void)
{
	struct summary *s = cli_calloc(1, sizeof(*s));

	s->ede_options = cli_calloc(EDE_PER_MESSAGE_MAX, sizeof(*s->ede_options));
	s->pair_slots = PAIRS_INITIAL;
	s->pairs = cli_calloc(s->pair_slots, sizeof(*s->pairs));
	return s;
}

void
summary_free(struct summary *s)
{
	if (s == NULL)
		return;
	free(s->ede_options);
	free(s->pairs);
	free(s);
}

/* The multiplicative hash of Knuth (TAOCP 6.4) over a 64-bit key. */
static size_t
pair_slot(uint64_t key, size_t mask)
{
	return (size_t)((key * 0x9e3779b97f4a7c15ull) >> 32) & mask;
}

static void
pairs_grow(struct summary *s)
{
	struct summary_pair *old = s->pairs;
	size_t old_slots = s->pair_slots, i, j, mask;

	s->pair_slots *= 2;
	s->pairs = cli_calloc(s->pair_slots, sizeof(*s->pairs));
	mask = s->pair_slots - 1;
	for (i = 0; i < old_slots; i++) {
		if (old[i].key == 0)
			continue;
		for (j = pair_slot(old[i].key, mask); s->pairs[j].key != 0; j = (j + 1) & mask)
			;
		s->pairs[j] = old[i];
	}
	free(old);
}

/* Key 0 marks an empty slot: every real key has a context (1 to 3) in
 * bits 32 and up. */
static void
pair_count(struct summary *s, uint64_t key)
{
	size_t mask = s->pair_slots - 1, i;

	for (i = pair_slot(key, mask); s->pairs[i].key != 0; i = (i + 1) & mask) {
		if (s->pairs[i].key == key) {
			s->pairs[i].count++;
			return;
		}
	}
	s->pairs[i].key = key;
	s->pairs[i].count = 1;
	/* At most half full, so that a probe stays short. */
	if (++s->pair_used * 2 > s->pair_slots)
		pairs_grow(s);
}

uint64_t
summary_pair_key(unsigned ctx, unsigned rcode, unsigned ede)
{
	return (uint64_t)ctx << 32 | (uint64_t)rcode << 16 | ede;
}

void
summary_pair_parts(uint64_t key, unsigned *ctx, unsigned *rcode, unsigned *ede)
{
	*ctx = (unsigned)(key >> 32);
	*rcode = (unsigned)(key >> 16) & 0xffffu;
	*ede = (unsigned)key & 0xffffu;
}

void
summary_message(struct summary *s, const uint8_t *msg, size_t len)
{
	dnsrcode_status st;
	uint32_t i, n;
	int err;

	s->messages++;
	err = dnsrcode_msg_status(msg, len, &st, sizeof(st), s->ede_options, EDE_PER_MESSAGE_MAX);
	if (err != DNSRCODE_OK) {
		s->refused[cli_error_index(err)]++;
		return;
	}
	if ((st.flags & QR) == 0) {
		s->queries++;
		return;
	}
	s->responses++;
	switch (st.rcode_ctx) {
	case DNSRCODE_CTX_HEADER:
		s->rcode_header[st.rcode & 15u]++;
		break;
	case DNSRCODE_CTX_EDNS:
		s->rcode_edns[st.rcode & 4095u]++;
		break;
	default:
		s->rcode_tsig[st.rcode]++;
		break;
	}
	if (st.ede_count == 0)
		return;
	/* A response counts once per distinct INFO-CODE in rcode_ede; the
	 * serial number marks the codes this response already counted. */
	if (++s->serial == 0) {
		memset(s->ede_seen, 0, sizeof(s->ede_seen));
		s->serial = 1;
	}
	n = st.ede_count < EDE_PER_MESSAGE_MAX ? st.ede_count : EDE_PER_MESSAGE_MAX;
	for (i = 0; i < n; i++) {
		uint16_t code = s->ede_options[i].code;

		s->ede[code]++;
		if (s->ede_seen[code] == s->serial)
			continue;
		s->ede_seen[code] = s->serial;
		pair_count(s, summary_pair_key(st.rcode_ctx, st.rcode, code));
	}
}

void
summary_skip(struct summary *s, enum input_skip why)
{
	if ((unsigned)why < INPUT_SKIP_COUNT)
		s->skipped[why]++;
}

/* The input layer's callbacks. */
static void
on_message(void *ctx, const uint8_t *msg, size_t len, const struct input_meta *meta)
{
	(void)meta;
	summary_message(ctx, msg, len);
}

static void
on_skip(void *ctx, enum input_skip why, const struct input_meta *meta)
{
	(void)meta;
	summary_skip(ctx, why);
}

struct input_sink
summary_sink(struct summary *s)
{
	struct input_sink sink = { s, on_message, on_skip };

	return sink;
}
