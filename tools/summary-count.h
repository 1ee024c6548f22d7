/*
 * summary-count.h - the counts of dnsrcode --summary (summary-count.c):
 * what summary.c fills from the input layer and summary-format.c
 * prints.  Not installed.
 */
#ifndef DNSRCODE_SUMMARY_COUNT_H
#define DNSRCODE_SUMMARY_COUNT_H

#include <stddef.h>
#include <stdint.h>

#include "cli.h"

/* One (context, RCODE, INFO-CODE) of the responses: summary_pair_key(). */
struct summary_pair {
	uint64_t key;
	uint64_t count;
};

struct summary {
	uint64_t messages;  /* every message the input layer found */
	uint64_t queries;   /* read, QR = 0 */
	uint64_t responses; /* read, QR = 1 */
	/* Responses by effective RCODE, per context it is read in (the
	 * contexts dnsrcode_msg_status() reports). */
	uint64_t rcode_header[16];
	uint64_t rcode_edns[4096];
	uint64_t rcode_tsig[65536];
	uint64_t ede[65536]; /* every EDE option of every response */
	uint64_t refused[CLI_ERROR_KINDS]; /* by cli_error_index() */
	uint64_t skipped[INPUT_SKIP_COUNT];
	/* Responses once per distinct INFO-CODE they carry, by RCODE:
	 * open addressing, at most half full. */
	struct summary_pair *pairs;
	size_t pair_slots, pair_used;
	/* Per response: which INFO-CODEs it counted already. */
	uint32_t ede_seen[65536];
	uint32_t serial;
	dnsrcode_ede_option *ede_options;
};

struct summary *summary_new(void);
void summary_free(struct summary *s);
void summary_message(struct summary *s, const uint8_t *msg, size_t len);
void summary_skip(struct summary *s, enum input_skip why);
struct input_sink summary_sink(struct summary *s);
uint64_t summary_pair_key(unsigned ctx, unsigned rcode, unsigned ede);
void summary_pair_parts(uint64_t key, unsigned *ctx, unsigned *rcode, unsigned *ede);

#endif /* DNSRCODE_SUMMARY_COUNT_H */
