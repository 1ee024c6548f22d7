/*
 * input-capture.c - pcap and pcapng captures through libpcap: each record
 * from its link-layer header to the IP packet it carries.
 *
 * Link types: Ethernet (802.1Q and 802.1ad / QinQ tags), Linux cooked
 * captures v1 and v2 (SLL, SLL2), raw IP (DLT_RAW, LINKTYPE_IPV4,
 * LINKTYPE_IPV6) and BSD loopback (DLT_NULL in the capturing host's byte
 * order, DLT_LOOP in network order).  Any other link type is counted,
 * packet by packet.
 */
#include "config.h"

#include <errno.h>
#include <pcap/pcap.h>
#include <stdio.h>
#include <string.h>

#include "input-internal.h"

#define ETHERTYPE_IPV4 0x0800
#define ETHERTYPE_IPV6 0x86dd
#define ETHERTYPE_VLAN 0x8100    /* 802.1Q */
#define ETHERTYPE_QINQ 0x88a8    /* 802.1ad */
#define ETHERTYPE_QINQ_OLD 0x9100
#define VLAN_TAGS_MAX 8
#define ETHER_HEADER 14
#define SLL_HEADER 16
#define SLL2_HEADER 20
#define NULL_HEADER 4

/* Linux's DLT_LOOP is 108, OpenBSD's 12; the file format knows only 108. */
#ifndef DLT_LOOP
#define DLT_LOOP 108
#endif
#ifndef DLT_IPV4
#define DLT_IPV4 228
#endif
#ifndef DLT_IPV6
#define DLT_IPV6 229
#endif
#ifndef DLT_LINUX_SLL2
#define DLT_LINUX_SLL2 276
#endif

static int
is_vlan(uint16_t type)
{
	return type == ETHERTYPE_VLAN || type == ETHERTYPE_QINQ || type == ETHERTYPE_QINQ_OLD;
}

/* The ethertype at p[off], after any VLAN tags. */
static void
ethertype(struct input *in, const uint8_t *p, size_t cap, size_t wire, size_t off,
          uint16_t type)
{
	int tags;

	for (tags = 0; is_vlan(type); tags++) {
		if (tags == VLAN_TAGS_MAX) {
			input_skip(in, INPUT_SKIP_NOT_IP, 1);
			return;
		}
		if (input_lacks(in, off + 4, cap, wire, INPUT_SKIP_LINK_TRUNCATED, 1))
			return;
		type = get16(p + off + 2);
		off += 4;
	}
	if (type == ETHERTYPE_IPV4)
		ip_packet(in, p + off, cap - off, wire - off, 4);
	else if (type == ETHERTYPE_IPV6)
		ip_packet(in, p + off, cap - off, wire - off, 6);
	else
		input_skip(in, INPUT_SKIP_NOT_IP, 1);
}

/* BSD loopback: the address family of the packet; AF_INET6 differs
 * between the systems that write these captures. */
static void
loopback(struct input *in, const uint8_t *p, size_t cap, size_t wire, uint32_t family)
{
	switch (family) {
	case 2:
		ip_packet(in, p, cap, wire, 4);
		break;
	case 10: /* Linux */
	case 24: /* NetBSD, OpenBSD, BSD/OS */
	case 28: /* FreeBSD, DragonFly BSD */
	case 30: /* macOS */
		ip_packet(in, p, cap, wire, 6);
		break;
	default:
		input_skip(in, INPUT_SKIP_NOT_IP, 1);
		break;
	}
}

static void
frame(struct input *in, int linktype, const uint8_t *p, size_t cap, size_t wire)
{
	uint32_t family;

	switch (linktype) {
	case DLT_EN10MB:
		if (!input_lacks(in, ETHER_HEADER, cap, wire, INPUT_SKIP_LINK_TRUNCATED, 1))
			ethertype(in, p, cap, wire, ETHER_HEADER, get16(p + 12));
		break;
	case DLT_LINUX_SLL:
		if (!input_lacks(in, SLL_HEADER, cap, wire, INPUT_SKIP_LINK_TRUNCATED, 1))
			ethertype(in, p, cap, wire, SLL_HEADER, get16(p + 14));
		break;
	case DLT_LINUX_SLL2:
		if (!input_lacks(in, SLL2_HEADER, cap, wire, INPUT_SKIP_LINK_TRUNCATED, 1))
			ethertype(in, p, cap, wire, SLL2_HEADER, get16(p));
		break;
	case DLT_RAW:
		ip_packet(in, p, cap, wire, 0);
		break;
	case DLT_IPV4:
		ip_packet(in, p, cap, wire, 4);
		break;
	case DLT_IPV6:
		ip_packet(in, p, cap, wire, 6);
		break;
	case DLT_NULL:
	case DLT_LOOP:
		if (input_lacks(in, NULL_HEADER, cap, wire, INPUT_SKIP_LINK_TRUNCATED, 1))
			break;
		/* DLT_NULL is in the capturing host's byte order: a family
		 * is small, so the order is the one that makes it small. */
		family = get32(p);
		if (linktype == DLT_NULL && family > 0xffff)
			family = p[0] | p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
		loopback(in, p + NULL_HEADER, cap - NULL_HEADER, wire - NULL_HEADER, family);
		break;
	default:
		input_skip(in, INPUT_SKIP_LINK_TYPE, 1);
		break;
	}
}

/* libpcap says which error is a file cut inside a record only in words. */
static int
is_truncation(const char *reason)
{
	return strstr(reason, "truncated") != NULL;
}

int
capture_read(struct input *in, FILE *f, char *err, size_t errlen)
{
	char errbuf[PCAP_ERRBUF_SIZE] = "";
	struct pcap_pkthdr *hdr;
	const u_char *data;
	int linktype, rc;
	pcap_t *pcap;

	pcap = pcap_fopen_offline_with_tstamp_precision(f, PCAP_TSTAMP_PRECISION_NANO, errbuf);
	if (pcap == NULL) {
		fclose(f);
		snprintf(err, errlen, "%s", errbuf[0] ? errbuf : "not a capture libpcap reads");
		return -1;
	}
	linktype = pcap_datalink(pcap);
	in->meta.has_time = 1;
	while ((rc = pcap_next_ex(pcap, &hdr, &data)) == 1) {
		size_t cap = hdr->caplen, wire = hdr->len > hdr->caplen ? hdr->len : hdr->caplen;

		in->meta.packet++;
		in->meta.sec = hdr->ts.tv_sec;
		in->meta.nsec = (uint32_t)hdr->ts.tv_usec;
		in->meta.has_addr = 0;
		in->meta.transport = 0;
		in->meta.sport = in->meta.dport = 0;
		frame(in, linktype, data, cap, wire);
	}
	rc = rc == PCAP_ERROR_BREAK ? 0 : -1;
	if (rc != 0 && !ferror(f) && is_truncation(pcap_geterr(pcap))) {
		/* The record the file ended in is one packet not read. */
		in->meta.packet++;
		in->meta.has_addr = 0;
		in->meta.transport = 0;
		input_skip(in, INPUT_SKIP_CAPTURE_TRUNCATED, 1);
		rc = 0;
	} else if (rc != 0) {
		snprintf(err, errlen, "%s", pcap_geterr(pcap));
	}
	/* State left at the end: messages begun, fragments waiting. */
	frag_finish(in);
	tcp_finish(in);
	pcap_close(pcap);
	return rc;
}
