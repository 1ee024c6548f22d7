/*
 * floor.c - the cheapest correct code for each job, as a yardstick: a
 * bounds-checked array index for to-text and a minimal perfect hash over
 * the 21 mnemonics for from-text.  It lives in its own file so that the
 * loops call it as they call a library, without inlining; floor.h says
 * why it is built twice.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

/* The copy in bench/libbenchfloor.la: the same code under names of its
 * own, so that the bench can hold both copies (see floor.h). */
#ifdef FLOOR_SHARED
#define floor_to_text floor_so_to_text
#define floor_from_text floor_so_from_text
#define floor_init floor_so_init
#endif

#include "floor.h"

#define FLOOR_CODES 24
#define FLOOR_NAMES 21

static const char *const floor_names[FLOOR_CODES] = {
	"NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED",
	"YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE", "DSOTYPENI",
	NULL, NULL, NULL, NULL,
	"BADVERS", "BADKEY", "BADTIME", "BADMODE", "BADNAME", "BADALG",
	"BADTRUNC", "BADCOOKIE"
};

const char *
floor_to_text(unsigned code)
{
	return code < FLOOR_CODES ? floor_names[code] : NULL;
}

/* Keys in lower case: every key byte is a letter, so (c | 0x20) equals it
 * exactly when c is that letter in either case, and never otherwise. */
struct floor_key {
	char lower[10];
	uint8_t len;
	uint16_t code;
};

/* The keys and their codes; floor_init() puts each in its hash slot. */
static const struct floor_key floor_keys[FLOOR_NAMES] = {
	{ "noerror", 7, 0 }, { "formerr", 7, 1 }, { "servfail", 8, 2 },
	{ "nxdomain", 8, 3 }, { "notimp", 6, 4 }, { "refused", 7, 5 },
	{ "yxdomain", 8, 6 }, { "yxrrset", 7, 7 }, { "nxrrset", 7, 8 },
	{ "notauth", 7, 9 }, { "notzone", 7, 10 }, { "dsotypeni", 9, 11 },
	{ "badvers", 7, 16 }, { "badsig", 6, 16 }, { "badkey", 6, 17 },
	{ "badtime", 7, 18 }, { "badmode", 7, 19 }, { "badname", 7, 20 },
	{ "badalg", 6, 21 }, { "badtrunc", 8, 22 }, { "badcookie", 9, 23 }
};

/*
 * (first letter, fifth letter, length) tells the 21 names apart; these
 * weights, found by a small search, send them to 21 distinct slots.
 * (c & 31) is the letter's number in either case.
 */
static const uint8_t weight_first[32] = {
	0, 0, 0, 0, 0, 0, 15, 0, 0, 0, 0, 0, 0, 0, 5, 0,
	0, 0, 14, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0, 0
};
static const uint8_t weight_fifth[32] = {
	0, 4, 0, 0, 0, 0, 15, 0, 0, 2, 0, 0, 7, 6, 0, 3,
	0, 0, 6, 4, 0, 8, 0, 0, 0, 17, 0, 0, 0, 0, 0, 0
};

/*
 * A slot holds its key as two overlapping words, the first and the last
 * 8 bytes (4 for keys shorter than 8), so that a name of 6 to 9 bytes is
 * compared in two loads without reading past its end.
 */
struct floor_slot {
	uint64_t head, tail;
	uint8_t len;
	uint16_t code;
};

static struct floor_slot floor_slots[FLOOR_NAMES];

#define FOLD8 0x2020202020202020u
#define FOLD4 0x20202020u

static uint64_t
load8(const char *p)
{
	uint64_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static uint32_t
load4(const char *p)
{
	uint32_t v;

	memcpy(&v, p, sizeof(v));
	return v;
}

static unsigned
floor_hash(const char *s, size_t len)
{
	return ((unsigned)weight_first[s[0] & 31] + weight_fifth[s[4] & 31] + (unsigned)len) % FLOOR_NAMES;
}

int
floor_from_text(const char *s, size_t len, uint16_t *code)
{
	const struct floor_slot *k;

	if (len < 6 || len > 9)
		return 0;
	k = &floor_slots[floor_hash(s, len)];
	if (k->len != len)
		return 0;
	if (len >= 8) {
		if ((load8(s) | FOLD8) != k->head || (load8(s + len - 8) | FOLD8) != k->tail)
			return 0;
	} else {
		if ((load4(s) | FOLD4) != k->head || (load4(s + len - 4) | FOLD4) != k->tail)
			return 0;
	}
	*code = k->code;
	return 1;
}

/* Fill the slots and prove the hash minimal and perfect, and the keys
 * all letters, before any figure measured against it is printed. */
int
floor_init(void)
{
	unsigned used = 0;
	size_t i, j;

	for (i = 0; i < FLOOR_NAMES; i++) {
		const struct floor_key *k = &floor_keys[i];
		unsigned h = floor_hash(k->lower, k->len);

		if (strlen(k->lower) != k->len || k->len < 6 || k->len > 9 || (used & (1u << h))) {
			fprintf(stderr, "bench: the floor's hash is not perfect at %s\n", k->lower);
			return -1;
		}
		for (j = 0; j < k->len; j++) {
			if (k->lower[j] < 'a' || k->lower[j] > 'z') {
				fprintf(stderr, "bench: the floor's key %s is not all letters\n", k->lower);
				return -1;
			}
		}
		used |= 1u << h;
		floor_slots[h].len = k->len;
		floor_slots[h].code = k->code;
		if (k->len >= 8) {
			floor_slots[h].head = load8(k->lower);
			floor_slots[h].tail = load8(k->lower + k->len - 8);
		} else {
			floor_slots[h].head = load4(k->lower);
			floor_slots[h].tail = load4(k->lower + k->len - 4);
		}
	}
	return 0;
}
