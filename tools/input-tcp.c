/*
 * input-tcp.c - DNS messages out of TCP connections: each direction of a
 * connection is a stream of length-prefixed messages (RFC 7766), put in
 * order by sequence number.
 *
 * A stream is read from its SYN, or, when the capture began after it,
 * from its first segment that starts like a message (starts_message()).
 * A segment ahead of the next octet
 * waits (at most TCP_HELD_MAX of them, at most TCP_WINDOW ahead) for the
 * missing ones; when they do not come, what waited and the message begun
 * are counted as a gap, and reading starts again at a segment that starts
 * like a message.  Streams are bounded in number (the least recently used
 * is given up first) and in the memory all of them hold.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "input-internal.h"

#define TCP_WINDOW (1u << 20)          /* sequence space ahead we wait for */
#define TCP_HELD_MAX 16                /* segments waiting per stream */
#define DNS_HEADER 12

struct held {
	struct held *next;
	uint32_t seq, len, weight;
	uint8_t data[];
};

struct tcp_stream {
	struct table_entry e;
	struct dns_stream s;
	struct held *held;   /* segments ahead of next, by sequence number */
	uint32_t next;       /* the sequence number of the next octet to read */
	uint32_t pending;    /* packets whose octets wait in s, in no message yet */
	uint8_t synced;      /* next is known */
	uint8_t nheld;
};

struct tcp_state {
	struct table streams;  /* first: see table_state_new() */
	size_t allocated;      /* octets the streams' buffers and held segments take */
	size_t memory_max;     /* the most they may take */
};

static struct tcp_state *
tcp_state(struct input *in)
{
	size_t max = in->opt->tcp_streams_max ? in->opt->tcp_streams_max : INPUT_TCP_STREAMS_MAX;

	if (in->tcp == NULL &&
	    (in->tcp = table_state_new(sizeof(*in->tcp), max, sizeof(struct tcp_stream))) != NULL)
		in->tcp->memory_max = in->opt->tcp_memory_max ? in->opt->tcp_memory_max
		                                              : INPUT_TCP_MEMORY_MAX;
	return in->tcp;
}

/* Where reading may start when the octets before are unknown: a length
 * of at least a header, then a header with an assigned opcode (QUERY,
 * IQUERY, STATUS, NOTIFY, UPDATE, DSO), the Z bit clear and one question
 * at most, as nearly every message has. */
static int
starts_message(const uint8_t *data, size_t len)
{
	unsigned flags, opcode;

	if (len < 2 + DNS_HEADER || get16(data) < DNS_HEADER)
		return 0;
	flags = get16(data + 2 + 2);
	opcode = flags >> 11 & 0x0f;
	return opcode <= 6 && opcode != 3 && !(flags & 0x0040) && get16(data + 2 + 4) <= 1;
}

/* Everything the stream holds, counted under why, and the stream emptied;
 * it stays where it was in the sequence space.  A message begun in a
 * packet that also finished the one before is counted once too: no
 * packet but that one stands for it. */
static void
drop(struct input *in, struct tcp_stream *st, enum input_skip why)
{
	struct held *h;

	if (st->pending == 0 && st->s.have > 0)
		st->pending = 1;
	input_skip_flow(in, &st->e.key, why, st->pending);
	st->pending = 0;
	while ((h = st->held) != NULL) {
		st->held = h->next;
		input_skip_flow(in, &st->e.key, why, h->weight);
		in->tcp->allocated -= sizeof(*h) + h->len;
		free(h);
	}
	st->nheld = 0;
	st->s.have = 0;
	stream_free(&st->s, &in->tcp->allocated);
}

/* The end of a stream: a message begun is left over; when segments still
 * wait, octets before them were never seen. */
static void
end(struct input *in, struct tcp_stream *st)
{
	drop(in, st, st->held != NULL ? INPUT_SKIP_TCP_GAP : INPUT_SKIP_TCP_LEFTOVER);
}

static void
remove_stream(struct input *in, struct tcp_stream *st, enum input_skip why)
{
	drop(in, st, why);
	table_remove(&in->tcp->streams, &st->e);
}

static struct tcp_stream *
add(struct input *in, const struct flow_key *key, uint32_t hash)
{
	struct table *t = &in->tcp->streams;

	if (t->used >= t->max)
		remove_stream(in, (struct tcp_stream *)table_oldest(t), INPUT_SKIP_TCP_EVICTED);
	return (struct tcp_stream *)table_add(t, key, hash);
}

static void
emit(void *ctx, const uint8_t *msg, size_t len)
{
	input_message(ctx, msg, len);
}

/* In-order octets at st->next. */
static void
take(struct input *in, struct tcp_stream *st, const uint8_t *data, size_t len, uint32_t weight)
{
	long n = stream_feed(&st->s, data, len, emit, in, &in->tcp->allocated);

	st->next += (uint32_t)len;
	if (n < 0) {
		st->pending += weight;
		drop(in, st, INPUT_SKIP_TCP_EVICTED);
		return;
	}
	/* A message read took every octet that waited before it. */
	if (n > 0)
		st->pending = 0;
	else
		st->pending += weight;
	if (st->s.have == 0 && st->s.buf != NULL)
		stream_free(&st->s, &in->tcp->allocated);
}

/* A segment ahead of st->next, to wait for what is missing; -1 when there
 * is no room. */
static int
hold(struct input *in, struct tcp_stream *st, uint32_t seq, const uint8_t *data, size_t len,
     uint32_t weight)
{
	struct held **p = &st->held, *h;

	while (*p != NULL && (int32_t)((*p)->seq - seq) < 0)
		p = &(*p)->next;
	if (*p != NULL && (*p)->seq == seq && (*p)->len >= len) {
		input_skip(in, INPUT_SKIP_TCP_DUPLICATE, weight);
		return 0;
	}
	if (st->nheld >= TCP_HELD_MAX || (h = malloc(sizeof(*h) + len)) == NULL)
		return -1;
	h->seq = seq;
	h->len = (uint32_t)len;
	h->weight = weight;
	memcpy(h->data, data, len);
	h->next = *p;
	*p = h;
	st->nheld++;
	in->tcp->allocated += sizeof(*h) + len;
	return 0;
}

/* Held segments that the octets read so far have reached. */
static void
drain(struct input *in, struct tcp_stream *st)
{
	struct held *h;

	while ((h = st->held) != NULL && (int32_t)(h->seq - st->next) <= 0) {
		uint32_t behind = st->next - h->seq;

		st->held = h->next;
		st->nheld--;
		in->tcp->allocated -= sizeof(*h) + h->len;
		if (behind >= h->len)
			input_skip(in, INPUT_SKIP_TCP_DUPLICATE, h->weight);
		else
			take(in, st, h->data + behind, h->len - behind, h->weight);
		free(h);
	}
}

static void
data(struct input *in, struct tcp_stream *st, uint32_t seq, const uint8_t *p, size_t len,
     uint32_t weight)
{
	int32_t ahead;

	if (!st->synced) {
		if (!starts_message(p, len)) {
			input_skip(in, INPUT_SKIP_TCP_GAP, weight);
			return;
		}
		st->synced = 1;
		st->next = seq;
	}
	ahead = (int32_t)(seq - st->next);
	if (ahead < 0 && st->next - seq <= TCP_WINDOW) {
		uint32_t behind = st->next - seq;

		if (behind >= len) {
			input_skip(in, INPUT_SKIP_TCP_DUPLICATE, weight);
			return;
		}
		p += behind;
		len -= behind;
		ahead = 0;
	}
	if (ahead > 0 && (uint32_t)ahead <= TCP_WINDOW && hold(in, st, seq, p, len, weight) == 0)
		return;
	if (ahead != 0) {
		/* Too far from where the stream was, or no room to wait:
		 * what is missing is lost. */
		drop(in, st, INPUT_SKIP_TCP_GAP);
		if (!starts_message(p, len)) {
			st->synced = 0;
			input_skip(in, INPUT_SKIP_TCP_GAP, weight);
			return;
		}
		st->next = seq;
	}
	take(in, st, p, len, weight);
	drain(in, st);
}

/* Over the memory bound: the streams idle longest give up what they hold. */
static void
trim(struct input *in, struct tcp_stream *keep)
{
	struct table_entry *e;

	for (e = in->tcp->streams.lru.newer;
	     e != &in->tcp->streams.lru && in->tcp->allocated > in->tcp->memory_max; e = e->newer) {
		struct tcp_stream *st = (struct tcp_stream *)e;

		if (st != keep && (st->s.buf != NULL || st->held != NULL)) {
			drop(in, st, INPUT_SKIP_TCP_EVICTED);
			st->synced = 0;
		}
	}
}

void
tcp_segment(struct input *in, const struct flow_key *key, uint32_t seq, uint8_t flags,
            const uint8_t *p, size_t len, uint32_t weight)
{
	struct tcp_stream *st = NULL;
	uint32_t hash = flow_hash(key);

	if (tcp_state(in) != NULL)
		st = (struct tcp_stream *)table_find(&in->tcp->streams, key, hash);
	if (flags & TCP_SYN) {
		/* A new connection on the same addresses and ports. */
		if (st != NULL)
			end(in, st);
		else if (in->tcp != NULL)
			st = add(in, key, hash);
		if (st != NULL) {
			st->synced = 1;
			st->next = seq + 1;
		}
		seq++;
	} else if (st == NULL && len > 0 && in->tcp != NULL) {
		st = add(in, key, hash);
	}
	if (len == 0)
		input_skip(in, INPUT_SKIP_TCP_CONTROL, weight);
	else if (st == NULL)
		input_skip(in, INPUT_SKIP_TCP_EVICTED, weight); /* out of memory */
	else
		data(in, st, seq, p, len, weight);
	if (st == NULL)
		return;
	if (flags & (TCP_FIN | TCP_RST)) {
		end(in, st);
		table_remove(&in->tcp->streams, &st->e);
	} else if (in->tcp->allocated > in->tcp->memory_max) {
		trim(in, st);
	}
}

void
tcp_finish(struct input *in)
{
	struct tcp_stream *st;

	if (in->tcp == NULL)
		return;
	while ((st = (struct tcp_stream *)table_oldest(&in->tcp->streams)) != NULL) {
		end(in, st);
		table_remove(&in->tcp->streams, &st->e);
	}
	table_state_free(in->tcp);
	in->tcp = NULL;
}
