/*
 * input-internal.h - what the parts of the input layer (tools/input*.c)
 * share: the state of one file being read, the layers a packet goes
 * through, and the bounded tables of TCP streams and fragment sets.
 */
#ifndef DNSRCODE_INPUT_INTERNAL_H
#define DNSRCODE_INPUT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "input.h"

struct frag_state;
struct tcp_state;

/* One file being read. */
struct input {
	const struct input_options *opt;
	const struct input_sink *sink;
	struct input_meta meta;            /* of the packet being read */
	uint8_t dns_port[65536 / 8];       /* a bit per port: 53 and the options' */
	struct frag_state *frag;           /* NULL until the first fragment */
	struct tcp_state *tcp;             /* NULL until the first TCP segment */
};

static inline uint16_t
get16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static inline uint32_t
get32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* input-buffer.c: room for need octets in *buf, of *size octets allocated:
 * first at first, then doubling, never more than max; -1 when memory
 * runs out. */
int input_reserve(uint8_t **buf, uint32_t *size, uint32_t need, uint32_t first, uint32_t max);
/* input-sink.c: a message to the sink (numbered), and a skip for each of the packets
 * one reason stands for. */
void input_message(struct input *in, const uint8_t *msg, size_t len);
void input_skip(struct input *in, enum input_skip why, uint32_t packets);
/* 1 (counted, for packets packets) when fewer than need octets are
 * there: under the snapshot length when the capture cut them (cap), else
 * under why, the packet itself being short (wire). */
int input_lacks(struct input *in, size_t need, size_t cap, size_t wire, enum input_skip why,
                uint32_t packets);
/* Copies of the meta for state given up: the current packet's, with the
 * addresses of the state. */
struct flow_key;
void input_skip_flow(struct input *in, const struct flow_key *key, enum input_skip why,
                     uint32_t packets);

/* input-file.c: files that are not captures.  head: the octets already
 * read from f to tell the format. */
int file_read(struct input *in, FILE *f, const uint8_t *head, size_t headlen, char *err,
              size_t errlen);

/* input-capture.c: a pcap or pcapng capture (f from its first octet; it
 * is closed). */
int capture_read(struct input *in, FILE *f, char *err, size_t errlen);

/* input-ip.c: an IP packet (cap: octets captured, wire: octets it had on
 * the wire, cap <= wire); version 0 takes it from the first nibble. */
void ip_packet(struct input *in, const uint8_t *p, size_t cap, size_t wire, unsigned version);

/* input-stream.c: DNS over TCP framing (RFC 1035 §4.2.2, RFC 7766):
 * each complete message to emit, straight from the data when it lies
 * there whole, else from buf, where what is left of a message waits.
 * Returns the messages emitted, -1 when memory ran out (the stream is
 * then emptied).  *allocated follows the octets buf holds. */
struct dns_stream {
	uint8_t *buf;
	uint32_t have, size;
};
typedef void (*stream_emit)(void *ctx, const uint8_t *msg, size_t len);
long stream_feed(struct dns_stream *s, const uint8_t *data, size_t len, stream_emit emit,
                 void *ctx, size_t *allocated);
void stream_free(struct dns_stream *s, size_t *allocated);

/* input-table.c: a bounded hash table of per-flow state with the least
 * recently used entry first in line for eviction.  The key has no
 * padding, so that it compares with memcmp(). */
struct flow_key {
	uint8_t af;        /* 4 or 6 */
	uint8_t proto;     /* fragments of IPv4: the protocol; else 0 */
	uint16_t sport, dport;
	uint16_t zero;
	uint32_t id;       /* fragments: the IP identification */
	uint8_t src[16], dst[16];
};
struct table_entry {
	struct table_entry *chain;          /* next in its bucket */
	struct table_entry *older, *newer;  /* the eviction order */
	uint32_t hash;
	struct flow_key key;
};
struct table {
	struct table_entry **bucket;
	size_t mask, used, max, entry_size;
	struct table_entry lru;             /* newer: the oldest; older: the newest */
	struct table_entry *spare;          /* removed entries, for reuse */
};
/* A zeroed structure of state_size octets that begins with a table of at
 * most max entries of entry_size octets (NULL when memory runs out), and
 * its end (the entries' own resources given back first). */
void *table_state_new(size_t state_size, size_t max, size_t entry_size);
void table_state_free(void *state);
uint32_t flow_hash(const struct flow_key *key);
struct table_entry *table_find(struct table *t, const struct flow_key *key, uint32_t hash);
struct table_entry *table_add(struct table *t, const struct flow_key *key, uint32_t hash);
struct table_entry *table_oldest(const struct table *t);
void table_remove(struct table *t, struct table_entry *e);

/* input-frag.c: IP fragments.  frag_add() takes one; when it completes
 * its datagram it returns it (the payload after the IP header and its
 * fragment header, with the protocol or IPv6 next header), to be read
 * then given back with frag_done().  NULL when the fragment waits or was
 * given up (counted). */
struct frag_datagram {
	const uint8_t *data;
	size_t len;
	uint8_t proto;
	uint32_t packets;
};
const struct frag_datagram *frag_add(struct input *in, const struct flow_key *key,
                                     size_t offset, int more, uint8_t proto,
                                     const uint8_t *data, size_t len);
void frag_done(struct input *in);
void frag_finish(struct input *in);

/* input-tcp.c: one TCP segment of a DNS port (weight: the packets it
 * came in, more than one when reassembled from IP fragments). */
#define TCP_FIN 0x01
#define TCP_SYN 0x02
#define TCP_RST 0x04
void tcp_segment(struct input *in, const struct flow_key *key, uint32_t seq, uint8_t flags,
                 const uint8_t *data, size_t len, uint32_t weight);
void tcp_finish(struct input *in);

#endif /* DNSRCODE_INPUT_INTERNAL_H */
