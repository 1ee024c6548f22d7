/* tools/input.h - DNS messages out of files: raw messages, hex text,
 * TCP streams of length-prefixed messages, pcap and pcapng captures. */
#ifndef DNSRCODE_INPUT_H
#define DNSRCODE_INPUT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum input_format { INPUT_DETECT, INPUT_RAW, INPUT_HEX, INPUT_TCP }; /* pcap/pcapng are always recognised by content */

/* Why a packet or some bytes were not read as DNS; stable keys via
 * input_skip_name().  In a capture every packet either carried (part of)
 * a message given to sink->message or is given once to sink->skip: a
 * packet whose bytes wait in a fragment set or a TCP stream is given to
 * skip when that state is given up (once per packet it held).  A TCP
 * message begun in the packet that ended the message before it is given
 * up once more, so that no message begun goes uncounted. */
enum input_skip {
	INPUT_SKIP_LINK_TYPE,          /* "link-type": a link layer we do not read */
	INPUT_SKIP_LINK_TRUNCATED,     /* "link-truncated": shorter than its link header */
	INPUT_SKIP_NOT_IP,             /* "not-ip": ARP, LLC, an unknown loopback family... */
	INPUT_SKIP_IP_HEADER,          /* "ip-header": bad version, header or total length */
	INPUT_SKIP_IP_TRUNCATED,       /* "ip-truncated": frame shorter than its IP header says */
	INPUT_SKIP_PROTOCOL,           /* "protocol": neither UDP nor TCP (ICMP, ESP...) */
	INPUT_SKIP_UDP_HEADER,         /* "udp-header": bad or truncated UDP header */
	INPUT_SKIP_TCP_HEADER,         /* "tcp-header": bad or truncated TCP header */
	INPUT_SKIP_PORT,               /* "port": neither port is 53 nor one of the options' */
	INPUT_SKIP_SNAPLEN,            /* "snaplen": the capture kept less than the packet */
	INPUT_SKIP_FRAGMENT_BAD,       /* "fragment-bad": beyond 65535 octets, or ragged */
	INPUT_SKIP_FRAGMENT_DUPLICATE, /* "fragment-duplicate": the same fragment again */
	INPUT_SKIP_FRAGMENT_OVERLAP,   /* "fragment-overlap": overlapping data: set dropped */
	INPUT_SKIP_FRAGMENT_INCOMPLETE,/* "fragment-incomplete": timed out or file ended */
	INPUT_SKIP_FRAGMENT_EVICTED,   /* "fragment-evicted": too many sets open at once */
	INPUT_SKIP_TCP_CONTROL,        /* "tcp-control": no data (SYN, ACK, FIN, RST) */
	INPUT_SKIP_TCP_DUPLICATE,      /* "tcp-duplicate": data already read (retransmission) */
	INPUT_SKIP_TCP_GAP,            /* "tcp-gap": data after missing data, not placeable */
	INPUT_SKIP_TCP_EVICTED,        /* "tcp-evicted": too many streams open at once */
	INPUT_SKIP_TCP_LEFTOVER,       /* "tcp-leftover": stream ended inside a message */
	INPUT_SKIP_CAPTURE_TRUNCATED,  /* "capture-truncated": file ends inside a record */
	INPUT_SKIP_COUNT
};

struct input_meta {
	const char *file;        /* as given by the user; "-" for stdin */
	uint64_t packet;         /* 1-based packet (pcap record) number, 0 outside captures */
	uint64_t message;        /* 1-based DNS message number within the file */
	int has_time;  int64_t sec;  uint32_t nsec;           /* capture timestamp, UTC */
	int has_addr;  int af;   /* AF_INET or AF_INET6 */
	uint8_t src[16], dst[16];  uint16_t sport, dport;
	char transport;          /* 'u' UDP, 't' TCP, 0 none (raw/hex/tcp-stream files) */
};

struct input_sink {
	void *ctx;
	void (*message)(void *ctx, const uint8_t *msg, size_t len, const struct input_meta *meta);
	void (*skip)(void *ctx, enum input_skip why, const struct input_meta *meta);
};

struct input_options {
	enum input_format format;
	const uint16_t *ports; size_t nports; /* besides 53 */
	/* State bounds, 0 for the defaults (INPUT_TCP_STREAMS_MAX, ...). */
	size_t tcp_streams_max;  /* TCP directions followed at once */
	size_t tcp_memory_max;   /* octets of messages begun and segments waiting, all streams */
	size_t fragment_sets_max; /* IP datagrams being reassembled at once */
};

#define INPUT_TCP_STREAMS_MAX 65536u
#define INPUT_TCP_MEMORY_MAX (64u << 20)
#define INPUT_FRAGMENT_SETS_MAX 4096u

const char *input_skip_name(enum input_skip why);   /* "port", "tcp-gap", ...: lower-case, stable JSON keys */

/* Read every message of one file ("-": stdin).  0 when the file was read to its end (bad packets are
 * skips, not failures); -1 when it cannot be opened or read or is no format we read, with a one-line
 * reason (e.g. strerror(errno) such as "Is a directory", "Bad file descriptor") in err. */
int input_read(const char *path, const struct input_options *opt, const struct input_sink *sink, char *err, size_t errlen);
/* For a file read as one raw message that the reader refused: what the file probably is instead
 * ("it looks like hex text: try --hex"), or NULL. */
const char *input_hint(const uint8_t *msg, size_t len);
/* The same on a stream open for reading from its first octet, which it closes; name is meta.file.
 * A capture on a stream that cannot seek back is read too (glibc). */
int input_read_stream(FILE *f, const char *name, const struct input_options *opt,
                      const struct input_sink *sink, char *err, size_t errlen);

#endif /* DNSRCODE_INPUT_H */
