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

#endif /* DNSRCODE_BENCH_FLOOR_H */
