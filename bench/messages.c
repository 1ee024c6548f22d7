/*
 * messages.c - the message workload's inputs: bench/messages.txt (written
 * by bench/gen_messages.py), one "label<TAB>hex" a line, each message in a
 * 64-byte aligned place of one page-aligned arena, as a receive buffer
 * would hold it.  A pristine copy proves afterwards that no reader wrote
 * to the bytes it was given.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"

#define MSGS_MAX 256
#define ARENA_SIZE (1u << 18)
#define PLACE 64

#if defined(__GNUC__)
#  define PAGE_ALIGNED __attribute__((aligned(4096)))
#else
#  define PAGE_ALIGNED
#endif

static uint8_t arena[ARENA_SIZE] PAGE_ALIGNED;
static uint8_t pristine[ARENA_SIZE];
static size_t arena_used;

struct bench_msg bench_msgs[MSGS_MAX];
size_t bench_msg_count;
volatile uint64_t bench_status_sink;

static int
hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* The message of one line into the arena: 0, or -1. */
static int
add_message(char *line)
{
	char *tab = strchr(line, '\t'), *hex;
	size_t at = (arena_used + PLACE - 1) / PLACE * PLACE, n = 0;
	struct bench_msg *m;

	if (tab == NULL || bench_msg_count == MSGS_MAX)
		return -1;
	*tab = '\0';
	for (hex = tab + 1; hex[0] != '\0' && hex[0] != '\n'; hex += 2) {
		int hi = hex_digit(hex[0]), lo = hex_digit(hex[1]);

		if (hi < 0 || lo < 0 || at + n >= ARENA_SIZE)
			return -1;
		arena[at + n++] = (uint8_t)(hi << 4 | lo);
	}
	m = &bench_msgs[bench_msg_count];
	m->wire = arena + at;
	m->len = n;
	m->label = strdup(line);
	if (m->label == NULL || n == 0)
		return -1;
	bench_msg_count++;
	arena_used = at + n;
	return 0;
}

int
bench_msgs_load(const char *path)
{
	char line[1 << 16];
	unsigned lineno = 0;
	FILE *f = fopen(path, "r");

	if (f == NULL) {
		perror(path);
		return -1;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		if (line[0] == '#')
			continue;
		if (add_message(line) != 0) {
			fprintf(stderr, "%s:%u: not a \"label<TAB>hex\" line, or too many\n", path, lineno);
			fclose(f);
			return -1;
		}
	}
	fclose(f);
	memcpy(pristine, arena, arena_used);
	return 0;
}

int
bench_msgs_unchanged(void)
{
	return memcmp(pristine, arena, arena_used) == 0;
}
