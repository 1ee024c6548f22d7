/*
 * input-ip.c - IPv4 and IPv6 packets (extension headers, fragments) to
 * UDP datagrams and TCP segments of a DNS port.
 *
 * Every layer has two lengths: cap, the octets the capture kept, and
 * wire, the octets the packet had.  An octet missing from both is a bad
 * packet; one missing from cap only was cut by the capture's snapshot
 * length.  Ports are looked at before the payload, so that a cut packet
 * of another port counts as "port".  Checksums are not checked: captures
 * of a host's own traffic hold them unfilled (checksum offload).
 */
#include "config.h"

#include <string.h>
#include <sys/socket.h>

#include "input-internal.h"

#define IPPROTO_HOPOPTS_ 0
#define IPPROTO_TCP_ 6
#define IPPROTO_UDP_ 17
#define IPPROTO_ROUTING_ 43
#define IPPROTO_FRAGMENT_ 44
#define IPPROTO_AH_ 51
#define IPPROTO_DSTOPTS_ 60
#define IPPROTO_MH_ 135
#define IPPROTO_HIP_ 139
#define IPPROTO_SHIM6_ 140
#define IPV6_HEADERS_MAX 16 /* extension headers in one packet */

static int
dns_port(const struct input *in, uint16_t port)
{
	return in->dns_port[port / 8] >> (port % 8) & 1;
}

/* The ports of a UDP or TCP header of at least header octets into the
 * meta; 0 when one is a DNS port, else 1 (counted). */
static int
not_dns(struct input *in, const uint8_t *p, size_t header, size_t cap, size_t wire,
        char transport, enum input_skip bad, uint32_t weight)
{
	if (input_lacks(in, header, cap, wire, bad, weight))
		return 1;
	in->meta.sport = get16(p);
	in->meta.dport = get16(p + 2);
	in->meta.transport = transport;
	if (dns_port(in, in->meta.sport) || dns_port(in, in->meta.dport))
		return 0;
	input_skip(in, INPUT_SKIP_PORT, weight);
	return 1;
}

static void
udp(struct input *in, const uint8_t *p, size_t cap, size_t wire, uint32_t weight)
{
	size_t len;

	if (not_dns(in, p, 8, cap, wire, 'u', INPUT_SKIP_UDP_HEADER, weight))
		return;
	len = get16(p + 4);
	if (len < 8 || len > wire) {
		input_skip(in, INPUT_SKIP_UDP_HEADER, weight);
		return;
	}
	if (input_lacks(in, len, cap, wire, INPUT_SKIP_UDP_HEADER, weight))
		return;
	input_message(in, p + 8, len - 8);
}

static void
tcp(struct input *in, const uint8_t *p, size_t cap, size_t wire, uint32_t weight)
{
	struct flow_key key;
	size_t doff;

	if (not_dns(in, p, 20, cap, wire, 't', INPUT_SKIP_TCP_HEADER, weight))
		return;
	doff = (size_t)(p[12] >> 4) * 4;
	if (doff < 20 || doff > wire) {
		input_skip(in, INPUT_SKIP_TCP_HEADER, weight);
		return;
	}
	/* A segment cut short leaves a hole in its stream, seen as a gap
	 * when the next segment comes. */
	if (input_lacks(in, wire, cap, wire, INPUT_SKIP_TCP_HEADER, weight))
		return;
	memset(&key, 0, sizeof(key));
	key.af = in->meta.af == AF_INET6 ? 6 : 4;
	key.sport = in->meta.sport;
	key.dport = in->meta.dport;
	memcpy(key.src, in->meta.src, sizeof(key.src));
	memcpy(key.dst, in->meta.dst, sizeof(key.dst));
	tcp_segment(in, &key, get32(p + 4), p[13], p + doff, wire - doff, weight);
}

static void
transport(struct input *in, uint8_t proto, const uint8_t *p, size_t cap, size_t wire,
          uint32_t weight)
{
	if (proto == IPPROTO_UDP_)
		udp(in, p, cap, wire, weight);
	else if (proto == IPPROTO_TCP_)
		tcp(in, p, cap, wire, weight);
	else
		input_skip(in, INPUT_SKIP_PROTOCOL, weight);
}

static void
fragment_key(const struct input *in, struct flow_key *key, unsigned af, uint8_t proto,
             uint32_t id)
{
	memset(key, 0, sizeof(*key));
	key->af = (uint8_t)af;
	key->proto = proto;
	key->id = id;
	memcpy(key->src, in->meta.src, sizeof(key->src));
	memcpy(key->dst, in->meta.dst, sizeof(key->dst));
}

static void
set_addresses(struct input *in, int af, const uint8_t *src, const uint8_t *dst, size_t len)
{
	in->meta.has_addr = 1;
	in->meta.af = af;
	memcpy(in->meta.src, src, len);
	memcpy(in->meta.dst, dst, len);
	if (len < sizeof(in->meta.src)) {
		memset(in->meta.src + len, 0, sizeof(in->meta.src) - len);
		memset(in->meta.dst + len, 0, sizeof(in->meta.dst) - len);
	}
}

/* An IP header's total length against the frame: -1 (counted) when the
 * header is bad or the frame shorter; else cap and wire end with the
 * packet (what follows in its frame, Ethernet padding, is not part of
 * it). */
static int
ip_length(struct input *in, int bad_header, size_t total, size_t *cap, size_t *wire)
{
	if (bad_header) {
		input_skip(in, INPUT_SKIP_IP_HEADER, 1);
		return -1;
	}
	if (total > *wire) {
		input_skip(in, INPUT_SKIP_IP_TRUNCATED, 1);
		return -1;
	}
	*wire = total;
	if (*cap > total)
		*cap = total;
	return 0;
}

static void
ipv4(struct input *in, const uint8_t *p, size_t cap, size_t wire)
{
	const struct frag_datagram *d;
	size_t ihl, total, offset;
	struct flow_key key;
	uint16_t frag;

	if (input_lacks(in, 20, cap, wire, INPUT_SKIP_IP_TRUNCATED, 1))
		return;
	ihl = (size_t)(p[0] & 0x0f) * 4;
	total = get16(p + 2);
	if (ip_length(in, p[0] >> 4 != 4 || ihl < 20 || total < ihl, total, &cap, &wire) != 0)
		return;
	if (input_lacks(in, ihl, cap, wire, INPUT_SKIP_IP_TRUNCATED, 1))
		return;
	set_addresses(in, AF_INET, p + 12, p + 16, 4);
	frag = get16(p + 6);
	offset = (size_t)(frag & 0x1fff) * 8;
	if (offset == 0 && !(frag & 0x2000)) {
		transport(in, p[9], p + ihl, cap - ihl, wire - ihl, 1);
		return;
	}
	if (input_lacks(in, wire, cap, wire, INPUT_SKIP_IP_TRUNCATED, 1))
		return;
	fragment_key(in, &key, 4, p[9], get16(p + 4));
	d = frag_add(in, &key, offset, frag & 0x2000, p[9], p + ihl, total - ihl);
	if (d != NULL) {
		transport(in, d->proto, d->data, d->len, d->len, d->packets);
		frag_done(in);
	}
}

/* What follows the fixed IPv6 header, or a reassembled datagram
 * (reassembled: a fragment header now is one too many). */
static void
ipv6_payload(struct input *in, uint8_t next, const uint8_t *p, size_t cap, size_t wire,
             uint32_t weight, int reassembled)
{
	const struct frag_datagram *d;
	struct flow_key key;
	size_t len, offset;
	int headers;

	for (headers = 0; headers < IPV6_HEADERS_MAX; headers++) {
		switch (next) {
		case IPPROTO_HOPOPTS_:
		case IPPROTO_ROUTING_:
		case IPPROTO_DSTOPTS_:
		case IPPROTO_MH_:
		case IPPROTO_HIP_:
		case IPPROTO_SHIM6_:
		case IPPROTO_AH_:
			if (input_lacks(in, 2, cap, wire, INPUT_SKIP_IP_HEADER, weight))
				return;
			len = next == IPPROTO_AH_ ? ((size_t)p[1] + 2) * 4 : ((size_t)p[1] + 1) * 8;
			break;
		case IPPROTO_FRAGMENT_:
			if (reassembled) {
				input_skip(in, INPUT_SKIP_IP_HEADER, weight);
				return;
			}
			if (input_lacks(in, 8, cap, wire, INPUT_SKIP_IP_HEADER, weight))
				return;
			offset = get16(p + 2) & 0xfff8;
			/* RFC 6946: an atomic fragment is a whole datagram. */
			if (offset == 0 && !(p[3] & 1)) {
				len = 8;
				break;
			}
			if (input_lacks(in, wire, cap, wire, INPUT_SKIP_IP_TRUNCATED, weight))
				return;
			fragment_key(in, &key, 6, 0, get32(p + 4));
			d = frag_add(in, &key, offset, p[3] & 1, p[0], p + 8, wire - 8);
			if (d != NULL) {
				ipv6_payload(in, d->proto, d->data, d->len, d->len, d->packets, 1);
				frag_done(in);
			}
			return;
		default:
			transport(in, next, p, cap, wire, weight);
			return;
		}
		if (input_lacks(in, len, cap, wire, INPUT_SKIP_IP_HEADER, weight))
			return;
		next = p[0];
		p += len;
		cap -= len;
		wire -= len;
	}
	input_skip(in, INPUT_SKIP_IP_HEADER, weight);
}

static void
ipv6(struct input *in, const uint8_t *p, size_t cap, size_t wire)
{
	size_t total;

	if (input_lacks(in, 40, cap, wire, INPUT_SKIP_IP_TRUNCATED, 1))
		return;
	total = 40 + (size_t)get16(p + 4);
	/* A payload length of 0 is a jumbogram (RFC 2675), never DNS. */
	if (ip_length(in, p[0] >> 4 != 6 || total == 40, total, &cap, &wire) != 0)
		return;
	set_addresses(in, AF_INET6, p + 8, p + 24, 16);
	ipv6_payload(in, p[6], p + 40, cap - 40, wire - 40, 1, 0);
}

void
ip_packet(struct input *in, const uint8_t *p, size_t cap, size_t wire, unsigned version)
{
	if (version == 0) {
		if (input_lacks(in, 1, cap, wire, INPUT_SKIP_IP_TRUNCATED, 1))
			return;
		version = p[0] >> 4;
	}
	if (version == 4)
		ipv4(in, p, cap, wire);
	else if (version == 6)
		ipv6(in, p, cap, wire);
	else
		input_skip(in, INPUT_SKIP_IP_HEADER, 1);
}
