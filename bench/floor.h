/*
 * floor.h - the yardstick implementations (bench/floor.c).
 *
 * bench/floor.c is built twice: into the bench program (floor_*), called
 * directly, and into a shared library of its own (floor_so_*,
 * bench/libbenchfloor.la), called through the PLT as every shared
 * library is, libdnsrcode included.  The second copy shows what the
 * cheapest code costs once it sits behind a dynamic-linker call, and so
 * the best a shared library can do.
 */
#ifndef DNSRCODE_BENCH_FLOOR_H
#define DNSRCODE_BENCH_FLOOR_H

#include <stddef.h>
#include <stdint.h>

/* The mnemonic of an assigned code (no context: 16 is BADVERS), or NULL. */
const char *floor_to_text(unsigned code);

/* 1 and *code when @s is one of the 21 mnemonics in any case, else 0. */
int floor_from_text(const char *s, size_t len, uint16_t *code);

/* Builds and checks the hash table: 0, or -1 with a message. */
int floor_init(void);

/* The same three, from bench/libbenchfloor.la. */
const char *floor_so_to_text(unsigned code);
int floor_so_from_text(const char *s, size_t len, uint16_t *code);
int floor_so_init(void);

/* What the message floor and bound find (bench/floor-msg.c). */
#define FLOOR_EDE_MAX 4

struct floor_msg {
	uint16_t rcode;       /* effective, as dnsrcode_effective() */
	uint16_t tsig_error;
	uint8_t ext_rcode, has_opt, has_tsig;
	unsigned ede_count;   /* all of them; the first FLOOR_EDE_MAX in ede[] */
	struct {
		const uint8_t *text;
		uint16_t text_len, code;
	} ede[FLOOR_EDE_MAX];
};

/* 1 and *out when @msg is a message ours accepts, else 0. */
int floor_msg_status(const uint8_t *msg, size_t len, struct floor_msg *out);
/* The same walk without following compression pointers: a lower bound,
 * not a correct reader. */
int floor_msg_bound(const uint8_t *msg, size_t len, struct floor_msg *out);
int floor_so_msg_status(const uint8_t *msg, size_t len, struct floor_msg *out);
int floor_so_msg_bound(const uint8_t *msg, size_t len, struct floor_msg *out);

#endif /* DNSRCODE_BENCH_FLOOR_H */
