/*
 * input-sink.c - what every layer of the input hands the caller's sink:
 * each message, numbered, and each packet skipped, with its reason (and
 * the reasons' stable names).
 */
#include "config.h"

#include <string.h>
#include <sys/socket.h>

#include "input-internal.h"

static const char *const skip_names[INPUT_SKIP_COUNT] = {
	[INPUT_SKIP_LINK_TYPE] = "link-type",
	[INPUT_SKIP_LINK_TRUNCATED] = "link-truncated",
	[INPUT_SKIP_NOT_IP] = "not-ip",
	[INPUT_SKIP_IP_HEADER] = "ip-header",
	[INPUT_SKIP_IP_TRUNCATED] = "ip-truncated",
	[INPUT_SKIP_PROTOCOL] = "protocol",
	[INPUT_SKIP_UDP_HEADER] = "udp-header",
	[INPUT_SKIP_TCP_HEADER] = "tcp-header",
	[INPUT_SKIP_PORT] = "port",
	[INPUT_SKIP_SNAPLEN] = "snaplen",
	[INPUT_SKIP_FRAGMENT_BAD] = "fragment-bad",
	[INPUT_SKIP_FRAGMENT_DUPLICATE] = "fragment-duplicate",
	[INPUT_SKIP_FRAGMENT_OVERLAP] = "fragment-overlap",
	[INPUT_SKIP_FRAGMENT_INCOMPLETE] = "fragment-incomplete",
	[INPUT_SKIP_FRAGMENT_EVICTED] = "fragment-evicted",
	[INPUT_SKIP_TCP_CONTROL] = "tcp-control",
	[INPUT_SKIP_TCP_DUPLICATE] = "tcp-duplicate",
	[INPUT_SKIP_TCP_GAP] = "tcp-gap",
	[INPUT_SKIP_TCP_EVICTED] = "tcp-evicted",
	[INPUT_SKIP_TCP_LEFTOVER] = "tcp-leftover",
	[INPUT_SKIP_CAPTURE_TRUNCATED] = "capture-truncated",
};

const char *
input_skip_name(enum input_skip why)
{
	return (unsigned)why < INPUT_SKIP_COUNT ? skip_names[why] : NULL;
}

int
input_lacks(struct input *in, size_t need, size_t cap, size_t wire, enum input_skip why,
            uint32_t packets)
{
	if (need <= cap)
		return 0;
	input_skip(in, need <= wire ? INPUT_SKIP_SNAPLEN : why, packets);
	return 1;
}

void
input_message(struct input *in, const uint8_t *msg, size_t len)
{
	in->meta.message++;
	if (in->sink->message != NULL)
		in->sink->message(in->sink->ctx, msg, len, &in->meta);
}

static void
skip_with(struct input *in, enum input_skip why, uint32_t packets, const struct input_meta *meta)
{
	if (in->sink->skip == NULL)
		return;
	while (packets-- > 0)
		in->sink->skip(in->sink->ctx, why, meta);
}

void
input_skip(struct input *in, enum input_skip why, uint32_t packets)
{
	skip_with(in, why, packets, &in->meta);
}

void
input_skip_flow(struct input *in, const struct flow_key *key, enum input_skip why,
                uint32_t packets)
{
	struct input_meta meta = in->meta;

	meta.has_addr = 1;
	meta.af = key->af == 6 ? AF_INET6 : AF_INET;
	memcpy(meta.src, key->src, sizeof(meta.src));
	memcpy(meta.dst, key->dst, sizeof(meta.dst));
	meta.sport = key->sport;
	meta.dport = key->dport;
	meta.transport = key->sport != 0 || key->dport != 0 ? 't' : 0;
	skip_with(in, why, packets, &meta);
}
