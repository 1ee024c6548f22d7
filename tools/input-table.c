/*
 * input-table.c - the state kept per TCP stream and per fragment set: a
 * hash table of at most max entries, in the order they were last used,
 * so that the one idle longest is the one given up when room runs out.
 * Entries are allocated as the table fills and reused after, so that a
 * long capture allocates nothing per packet.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "input-internal.h"

void *
table_state_new(size_t state_size, size_t max, size_t entry_size)
{
	struct table *t = calloc(1, state_size);
	size_t buckets = 64;

	if (t == NULL)
		return NULL;
	while (buckets < max && buckets < ((size_t)1 << 30))
		buckets *= 2;
	if ((t->bucket = calloc(buckets, sizeof(*t->bucket))) == NULL) {
		free(t);
		return NULL;
	}
	t->mask = buckets - 1;
	t->max = max;
	t->entry_size = entry_size;
	t->lru.older = t->lru.newer = &t->lru;
	return t;
}

void
table_state_free(void *state)
{
	struct table *t = state;
	struct table_entry *e, *next;

	for (e = t->lru.newer; e != &t->lru; e = next) {
		next = e->newer;
		free(e);
	}
	for (e = t->spare; e != NULL; e = next) {
		next = e->chain;
		free(e);
	}
	free(t->bucket);
	free(t);
}

/* 32-bit words of the key, each mixed in with a multiplication (the
 * golden-ratio constant spreads neighbouring addresses and ports). */
uint32_t
flow_hash(const struct flow_key *key)
{
	const uint8_t *p = (const uint8_t *)key;
	uint32_t h = 0, w;
	size_t i;

	for (i = 0; i + 4 <= sizeof(*key); i += 4) {
		memcpy(&w, p + i, 4);
		h = (h ^ w) * 0x9e3779b1u;
		h ^= h >> 15;
	}
	return h;
}

static void
unlink_lru(struct table_entry *e)
{
	e->older->newer = e->newer;
	e->newer->older = e->older;
}

static void
link_newest(struct table *t, struct table_entry *e)
{
	e->older = t->lru.older;
	e->newer = &t->lru;
	t->lru.older->newer = e;
	t->lru.older = e;
}

struct table_entry *
table_find(struct table *t, const struct flow_key *key, uint32_t hash)
{
	struct table_entry *e;

	for (e = t->bucket[hash & t->mask]; e != NULL; e = e->chain) {
		if (e->hash == hash && memcmp(&e->key, key, sizeof(*key)) == 0) {
			unlink_lru(e);
			link_newest(t, e);
			return e;
		}
	}
	return NULL;
}

struct table_entry *
table_add(struct table *t, const struct flow_key *key, uint32_t hash)
{
	struct table_entry *e;

	if (t->used >= t->max)
		return NULL;
	if (t->spare != NULL) {
		e = t->spare;
		t->spare = e->chain;
	} else if ((e = malloc(t->entry_size)) == NULL) {
		return NULL;
	}
	memset(e, 0, t->entry_size);
	e->key = *key;
	e->hash = hash;
	e->chain = t->bucket[hash & t->mask];
	t->bucket[hash & t->mask] = e;
	link_newest(t, e);
	t->used++;
	return e;
}

struct table_entry *
table_oldest(const struct table *t)
{
	return t->lru.newer != &t->lru ? t->lru.newer : NULL;
}

void
table_remove(struct table *t, struct table_entry *e)
{
	struct table_entry **p = &t->bucket[e->hash & t->mask];

	while (*p != e)
		p = &(*p)->chain;
	*p = e->chain;
	unlink_lru(e);
	e->chain = t->spare;
	t->spare = e;
	t->used--;
}
