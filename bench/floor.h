/*
 * floor.h - the yardstick implementations (bench/floor.c).
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

#endif /* DNSRCODE_BENCH_FLOOR_H */
