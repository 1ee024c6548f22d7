/*
 * input-frag.c - IPv4 and IPv6 fragments put back together (RFC 791
 * §3.2, RFC 8200 §4.5).  A set is keyed by the addresses, the
 * identification and, for IPv4, the protocol.  Overlapping fragments
 * drop their whole set (RFC 5722: a teardrop or a different datagram
 * under the same identification, never to be guessed at); a fragment
 * repeated octet for octet is only counted.  Sets are bounded in number
 * and wait at most FRAG_TIMEOUT seconds of capture time for their next
 * fragment; the packets of a set given up are each counted.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "input-internal.h"

#define FRAG_TIMEOUT 30         /* seconds, as Linux's ipfrag_time */
#define DATAGRAM_MAX 65535u     /* the payload after the fixed IP header */
#define BLOCKS (DATAGRAM_MAX / 8 + 1)
#define FRAG_MIN_ALLOC 2048u

struct frag_set {
	struct table_entry e;
	uint8_t *data;
	uint32_t size;            /* allocated for data */
	uint32_t total;           /* the datagram's length, once its last fragment came */
	uint32_t received;        /* octets in data */
	uint32_t end;             /* the furthest octet received, plus one */
	uint32_t packets;         /* fragments held */
	int64_t sec;              /* capture time of the last fragment */
	uint8_t proto;            /* from the fragment at offset 0 */
	uint8_t have_first, have_last;
	uint8_t seen[(BLOCKS + 7) / 8]; /* a bit per 8 octets received */
};

struct frag_state {
	struct table sets;         /* first: see table_state_new() */
	struct frag_set *done;     /* the set frag_add() returned last */
	struct frag_datagram datagram;
};

static void
set_free(struct input *in, struct frag_set *set, enum input_skip why)
{
	if (why != INPUT_SKIP_COUNT)
		input_skip_flow(in, &set->e.key, why, set->packets);
	free(set->data);
	set->data = NULL;
	table_remove(&in->frag->sets, &set->e);
}

static struct frag_state *
frag_state(struct input *in)
{
	size_t max = in->opt->fragment_sets_max ? in->opt->fragment_sets_max
	                                        : INPUT_FRAGMENT_SETS_MAX;

	if (in->frag == NULL)
		in->frag = table_state_new(sizeof(*in->frag), max, sizeof(struct frag_set));
	return in->frag;
}

/* Sets whose last fragment came too long ago; the oldest come first. */
static void
expire(struct input *in)
{
	struct frag_set *set;

	if (!in->meta.has_time)
		return;
	while ((set = (struct frag_set *)table_oldest(&in->frag->sets)) != NULL &&
	       in->meta.sec - set->sec > FRAG_TIMEOUT)
		set_free(in, set, INPUT_SKIP_FRAGMENT_INCOMPLETE);
}

static struct frag_set *
find_or_add(struct input *in, const struct flow_key *key)
{
	struct table *t = &in->frag->sets;
	uint32_t hash = flow_hash(key);
	struct table_entry *e = table_find(t, key, hash);

	if (e != NULL)
		return (struct frag_set *)e;
	if (t->used >= t->max)
		set_free(in, (struct frag_set *)table_oldest(t), INPUT_SKIP_FRAGMENT_EVICTED);
	return (struct frag_set *)table_add(t, key, hash);
}

/* 1 when every block of [first, last] was seen, -1 when some were, 0
 * when none; marks them seen when none was. */
static int
mark(struct frag_set *set, size_t first, size_t last)
{
	size_t b, seen = 0;

	for (b = first; b <= last; b++)
		seen += set->seen[b / 8] >> (b % 8) & 1;
	if (seen > 0)
		return seen == last - first + 1 ? 1 : -1;
	for (b = first; b <= last; b++)
		set->seen[b / 8] |= (uint8_t)(1u << b % 8);
	return 0;
}

const struct frag_datagram *
frag_add(struct input *in, const struct flow_key *key, size_t offset, int more, uint8_t proto,
         const uint8_t *data, size_t len)
{
	struct frag_set *set;
	size_t end = offset + len;
	int seen;

	frag_done(in);
	if (end > DATAGRAM_MAX || (more && (len == 0 || len % 8 != 0))) {
		input_skip(in, INPUT_SKIP_FRAGMENT_BAD, 1);
		return NULL;
	}
	if (frag_state(in) == NULL) {
		input_skip(in, INPUT_SKIP_FRAGMENT_EVICTED, 1);
		return NULL;
	}
	expire(in);
	if ((set = find_or_add(in, key)) == NULL) {
		input_skip(in, INPUT_SKIP_FRAGMENT_EVICTED, 1);
		return NULL;
	}
	set->packets++;
	set->sec = in->meta.sec;
	/* A last fragment that disagrees with the length known, or data
	 * past it, is as bad as overlapping data. */
	if ((!more && set->have_last && end != set->total) ||
	    (set->have_last && end > set->total) || (!more && end < set->end)) {
		set_free(in, set, INPUT_SKIP_FRAGMENT_OVERLAP);
		return NULL;
	}
	seen = len > 0 ? mark(set, offset / 8, (end - 1) / 8) : 0;
	if (seen == 1 && memcmp(set->data + offset, data, len) == 0) {
		set->packets--;
		input_skip(in, INPUT_SKIP_FRAGMENT_DUPLICATE, 1);
		return NULL;
	}
	if (seen != 0) {
		set_free(in, set, INPUT_SKIP_FRAGMENT_OVERLAP);
		return NULL;
	}
	if (input_reserve(&set->data, &set->size, (uint32_t)end, FRAG_MIN_ALLOC,
	                  DATAGRAM_MAX) != 0) {
		set_free(in, set, INPUT_SKIP_FRAGMENT_EVICTED);
		return NULL;
	}
	memcpy(set->data + offset, data, len);
	set->received += (uint32_t)len;
	if (end > set->end)
		set->end = (uint32_t)end;
	if (offset == 0) {
		set->have_first = 1;
		set->proto = proto;
	}
	if (!more) {
		set->have_last = 1;
		set->total = (uint32_t)end;
	}
	if (!set->have_first || !set->have_last || set->received != set->total)
		return NULL;
	in->frag->done = set;
	in->frag->datagram.data = set->data;
	in->frag->datagram.len = set->total;
	in->frag->datagram.proto = set->proto;
	in->frag->datagram.packets = set->packets;
	return &in->frag->datagram;
}

void
frag_done(struct input *in)
{
	if (in->frag != NULL && in->frag->done != NULL) {
		set_free(in, in->frag->done, INPUT_SKIP_COUNT);
		in->frag->done = NULL;
	}
}

void
frag_finish(struct input *in)
{
	struct frag_set *set;

	if (in->frag == NULL)
		return;
	frag_done(in);
	while ((set = (struct frag_set *)table_oldest(&in->frag->sets)) != NULL)
		set_free(in, set, INPUT_SKIP_FRAGMENT_INCOMPLETE);
	table_state_free(in->frag);
	in->frag = NULL;
}
