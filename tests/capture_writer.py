#!/usr/bin/python3
"""capture_writer.py - pcap and pcapng captures of DNS messages, for the
tests and the benchmark.  Standard library only.

As a library:

    import capture_writer as cw

    with cw.Capture("out.pcapng", fmt="pcapng", link="ether", vlans=(10,)) as cap:
        cap.udp(msg)                                  # 192.0.2.53:53 -> 198.51.100.7:33000
        cap.udp(big, src="2001:db8::53", dst="2001:db8::7", fragment=512)
        flow = cap.tcp_flow(src="192.0.2.53", dst="198.51.100.7", sport=53, dport=40000)
        flow.handshake()
        flow.send(cw.framed([m1, m2]))                # two messages, one segment
        flow.send(cw.framed([m3]), sizes=[5, 100])    # one message, split in two segments
        flow.fin()

Every frame goes through Capture.frame(ip_packet), which adds the link
layer of the capture's link type; Capture.packet(frame) writes any bytes as
one record.  Link types (their file LINKTYPE_ numbers in LINKTYPES): ether
(with 802.1Q / QinQ tags), sll (Linux cooked v1), sll2 (v2), raw, ipv4,
ipv6, null (BSD loopback, host byte order, see null_order) and loop (BSD
loopback, network byte order).  Timestamps start at 2026-12-03T10:00:00Z
and advance by one millisecond a record unless ts= is given as (sec, nsec).

As a program (each MSG file is one raw DNS message):

    capture_writer.py [--format pcap|pcapng] [--link LINK] [--vlan VID]...
                      [--tcp] [--ipv6] [--nano] OUT MSG...

writes the messages as responses from port 53, over UDP or (--tcp) in one
TCP connection with a handshake, one message a segment.
"""

import argparse
import array
import ipaddress
import struct
import sys

LINKTYPES = {
    "null": 0,
    "ether": 1,
    "raw": 101,
    "loop": 108,
    "sll": 113,
    "ipv4": 228,
    "ipv6": 229,
    "sll2": 276,
}
ETHERTYPE_IPV4 = 0x0800
ETHERTYPE_IPV6 = 0x86DD
ETHERTYPE_8021Q = 0x8100
ETHERTYPE_8021AD = 0x88A8
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_FRAGMENT = 44
IPPROTO_AH = 51
# BSD loopback address families: AF_INET is 2 everywhere; AF_INET6 is 24
# (NetBSD, OpenBSD), 28 (FreeBSD), 30 (macOS), 10 (Linux).
NULL_AF_INET = 2
NULL_AF_INET6 = 30
# IPv6 extension headers that share the (next header, length in 8-octet
# units beyond the first) layout.
IPV6_EXTENSIONS = {"hop": 0, "routing": 43, "dst": 60}
TCP_FIN, TCP_SYN, TCP_RST, TCP_PSH, TCP_ACK = 0x01, 0x02, 0x04, 0x08, 0x10
START_TIME = 1796292000  # 2026-12-03T10:00:00Z


def framed(messages):
    """DNS over TCP (RFC 1035 4.2.2): each message after its 2-octet length."""
    return b"".join(struct.pack("!H", len(m)) + m for m in messages)


def _address(text):
    return ipaddress.ip_address(text)


def _checksum(data):
    if len(data) % 2:
        data += b"\0"
    words = array.array("H", data)
    if sys.byteorder == "little":
        words.byteswap()
    total = sum(words)
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def _pseudo_header(src, dst, proto, length):
    if src.version == 4:
        return src.packed + dst.packed + struct.pack("!BBH", 0, proto, length)
    return src.packed + dst.packed + struct.pack("!IxxxB", length, proto)


def udp(src, dst, sport, dport, payload, checksum=True):
    """A UDP header and payload (RFC 768); src and dst for the checksum."""
    src, dst = _address(src), _address(dst)
    length = 8 + len(payload)
    header = struct.pack("!HHHH", sport, dport, length & 0xFFFF, 0)
    if not checksum:
        return header + payload
    total = _checksum(_pseudo_header(src, dst, IPPROTO_UDP, length) + header + payload)
    return header[:6] + struct.pack("!H", total or 0xFFFF) + payload


def tcp(src, dst, sport, dport, seq, ack, flags, payload=b"", window=65535, checksum=True):
    """A TCP header without options and its payload (RFC 9293)."""
    src, dst = _address(src), _address(dst)
    header = struct.pack("!HHIIBBHHH", sport, dport, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF,
                         5 << 4, flags, window, 0, 0)
    if not checksum:
        return header + payload
    total = _checksum(_pseudo_header(src, dst, IPPROTO_TCP, len(header) + len(payload))
                      + header + payload)
    return header[:16] + struct.pack("!H", total) + header[18:] + payload


def ipv4(src, dst, proto, payload, ident=0, offset=0, more=False, ttl=64, dont_fragment=False,
         options=b""):
    """An IPv4 packet (RFC 791); offset in octets (a multiple of 8)."""
    src, dst = _address(src), _address(dst)
    if len(options) % 4:
        raise ValueError("IPv4 options must be a multiple of 4 octets")
    ihl = 5 + len(options) // 4
    frag = (offset // 8) | (0x2000 if more else 0) | (0x4000 if dont_fragment else 0)
    header = struct.pack("!BBHHHBBH4s4s", 0x40 | ihl, 0, (ihl * 4 + len(payload)) & 0xFFFF,
                         ident & 0xFFFF, frag, ttl, proto, 0, src.packed, dst.packed) + options
    return header[:10] + struct.pack("!H", _checksum(header)) + header[12:] + payload


def ipv6(src, dst, proto, payload, extensions=(), hop_limit=64):
    """An IPv6 packet (RFC 8200).  extensions: names from IPV6_EXTENSIONS,
    or (next-header number, bytes after the two first octets) pairs for any
    header (AH too), all put in order before the payload."""
    src, dst = _address(src), _address(dst)
    chain = []
    for ext in extensions:
        if isinstance(ext, str):
            ext = (IPV6_EXTENSIONS[ext], b"\1\4" + b"\0" * 4)  # PadN option
        chain.append(ext)
    body = payload
    next_header = proto
    for number, rest in reversed(chain):
        if (2 + len(rest)) % 8:
            raise ValueError("an IPv6 extension header is a multiple of 8 octets")
        if number == IPPROTO_AH:  # RFC 4302: in 4-octet units, minus 2
            length = (2 + len(rest)) // 4 - 2
        else:
            length = (2 + len(rest)) // 8 - 1
        body = struct.pack("!BB", next_header, length) + rest + body
        next_header = number
    return struct.pack("!IHBB16s16s", 6 << 28, len(body) & 0xFFFF, next_header, hop_limit,
                       src.packed, dst.packed) + body


def ip(src, dst, proto, payload, **kw):
    """IPv4 or IPv6 by the addresses."""
    if _address(src).version == 4:
        return ipv4(src, dst, proto, payload, **kw)
    return ipv6(src, dst, proto, payload, **kw)


def fragments(src, dst, proto, payload, size, ident=1, extensions=()):
    """The packets of payload (a transport header and its data) cut into
    fragments of at most size octets of fragment data each (rounded down
    to a multiple of 8), in order; shuffle or drop them as the test needs."""
    size = max(8, size - size % 8)
    pieces = [payload[i:i + size] for i in range(0, len(payload), size)] or [b""]
    packets = []
    for n, piece in enumerate(pieces):
        offset, more = n * size, n + 1 < len(pieces)
        packets.append(fragment(src, dst, proto, piece, offset, more, ident, extensions))
    return packets


def fragment(src, dst, proto, data, offset, more, ident=1, extensions=()):
    """One fragment: data at offset (octets) of the original payload."""
    if _address(src).version == 4:
        return ipv4(src, dst, proto, data, ident=ident, offset=offset, more=more)
    header = struct.pack("!HI", (offset // 8) << 3 | (1 if more else 0), ident & 0xFFFFFFFF)
    return ipv6(src, dst, proto, data, extensions=list(extensions) + [(IPPROTO_FRAGMENT, header)])


class Link:
    """The link-layer header of one link type in front of an IP packet."""

    def __init__(self, link, vlans=(), null_order="<", sll_type=0):
        if link not in LINKTYPES:
            raise ValueError("link type %r: one of %s" % (link, ", ".join(LINKTYPES)))
        self.name, self.linktype = link, LINKTYPES[link]
        self.vlans = [v if isinstance(v, tuple) else (None, v) for v in vlans]
        if self.vlans and link not in ("ether", "sll", "sll2"):
            raise ValueError("VLAN tags need an ether, sll or sll2 link")
        self.null_order, self.sll_type = null_order, sll_type

    def _tags(self, ethertype):
        """802.1Q tags, outermost first: 802.1ad (0x88a8) outside when
        there are two or more, unless a (tpid, vid) pair says otherwise."""
        out = b""
        for n, (tpid, vid) in enumerate(self.vlans):
            if tpid is None:
                tpid = ETHERTYPE_8021AD if n == 0 and len(self.vlans) > 1 else ETHERTYPE_8021Q
            out += struct.pack("!H", tpid)
            out += struct.pack("!H", vid & 0xFFF)
        return out + struct.pack("!H", ethertype)

    def frame(self, packet, ethertype=None):
        if ethertype is None:
            ethertype = ETHERTYPE_IPV6 if packet[:1] and packet[0] >> 4 == 6 else ETHERTYPE_IPV4
        family = NULL_AF_INET6 if ethertype == ETHERTYPE_IPV6 else NULL_AF_INET
        if self.name == "ether":
            tags = self._tags(ethertype)
            return b"\x02\0\0\0\0\x02" + b"\x02\0\0\0\0\x01" + tags + packet
        if self.name == "sll":
            # The cooked header holds one protocol: a VLAN tag left in the
            # data comes after it, as Linux puts it there.
            tags = self._tags(ethertype)
            return struct.pack("!HHH8s", self.sll_type, 1, 6, b"\x02\0\0\0\0\x01") + tags + packet
        if self.name == "sll2":
            tags = self._tags(ethertype)
            return (tags[:2] + struct.pack("!HIHBB8s", 0, 1, 1, self.sll_type, 6, b"\x02\0\0\0\0\x01")
                    + tags[2:] + packet)
        if self.name == "null":
            return struct.pack(self.null_order + "I", family) + packet
        if self.name == "loop":
            return struct.pack("!I", family) + packet
        return packet  # raw, ipv4, ipv6


class PcapWriter:
    """libpcap's classic format; nano: nanosecond timestamps (magic a1b23c4d)."""

    def __init__(self, out, linktype, snaplen=262144, nano=False, byteorder="<"):
        self.out, self.snaplen, self.nano, self.order = out, snaplen, nano, byteorder
        magic = 0xA1B23C4D if nano else 0xA1B2C3D4
        out.write(struct.pack(byteorder + "IHHiIII", magic, 2, 4, 0, 0, snaplen, linktype))

    def packet(self, data, ts, orig_len=None):
        sec, nsec = ts
        caplen = min(len(data), self.snaplen)
        frac = nsec if self.nano else nsec // 1000
        self.out.write(struct.pack(self.order + "IIII", sec, frac, caplen,
                                   len(data) if orig_len is None else orig_len))
        self.out.write(data[:caplen])


class PcapngWriter:
    """pcapng: one section, one interface, Enhanced Packet Blocks."""

    def __init__(self, out, linktype, snaplen=262144, nano=False, byteorder="<"):
        self.out, self.snaplen, self.nano, self.order = out, snaplen, nano, byteorder
        self._block(0x0A0D0D0A, struct.pack(byteorder + "IHHq", 0x1A2B3C4D, 1, 0, -1))
        options = b""
        if nano:  # if_tsresol: 10^-9
            options = struct.pack(byteorder + "HHB3x", 9, 1, 9)
        options += struct.pack(byteorder + "HH", 0, 0)
        self._block(1, struct.pack(byteorder + "HHI", linktype, 0, snaplen) + options)

    def _block(self, kind, body):
        body += b"\0" * (-len(body) % 4)
        length = 12 + len(body)
        self.out.write(struct.pack(self.order + "II", kind, length) + body
                       + struct.pack(self.order + "I", length))

    def packet(self, data, ts, orig_len=None):
        sec, nsec = ts
        units = sec * 10**9 + nsec if self.nano else sec * 10**6 + nsec // 1000
        caplen = min(len(data), self.snaplen)
        self._block(6, struct.pack(self.order + "IIIII", 0, units >> 32, units & 0xFFFFFFFF, caplen,
                                   len(data) if orig_len is None else orig_len) + data[:caplen])


FORMATS = {"pcap": PcapWriter, "pcapng": PcapngWriter}


class TcpFlow:
    """One direction of a TCP connection (and the other's bare ACKs)."""

    def __init__(self, cap, src, dst, sport, dport, isn=1000, peer_isn=5000):
        self.cap, self.src, self.dst, self.sport, self.dport = cap, src, dst, sport, dport
        self.seq, self.ack = isn, peer_isn

    def segment(self, flags, payload=b"", seq=None, **kw):
        """One segment at seq (default: the next), without moving on."""
        seq = self.seq if seq is None else seq
        self.cap.ip(self.src, self.dst, IPPROTO_TCP,
                    tcp(self.src, self.dst, self.sport, self.dport, seq, self.ack, flags, payload,
                        checksum=self.cap.checksums), **kw)

    def handshake(self):
        """SYN from the peer, SYN-ACK from us, ACK from the peer."""
        peer = TcpFlow(self.cap, self.dst, self.src, self.dport, self.sport, self.ack - 1)
        peer.segment(TCP_SYN)
        self.seq -= 1
        self.segment(TCP_SYN | TCP_ACK)
        self.seq += 1
        peer.seq += 1
        peer.ack = self.seq
        peer.segment(TCP_ACK)

    def send(self, data, sizes=None, **kw):
        """data in segments of the given sizes (the rest in one more), or one."""
        pieces, at = [], 0
        for size in sizes or []:
            pieces.append(data[at:at + size])
            at += size
        if at < len(data) or not pieces:
            pieces.append(data[at:])
        for piece in pieces:
            self.segment(TCP_PSH | TCP_ACK, piece, **kw)
            self.seq += len(piece)

    def fin(self):
        self.segment(TCP_FIN | TCP_ACK)
        self.seq += 1

    def rst(self):
        self.segment(TCP_RST)


class Capture:
    """A capture file being written: fmt "pcap" or "pcapng", one link type."""

    def __init__(self, path_or_file, fmt="pcap", link="ether", snaplen=262144, nano=False,
                 byteorder="<", vlans=(), null_order="<", checksums=True, start=START_TIME):
        self.link = Link(link, vlans, null_order)
        self.own = isinstance(path_or_file, str)
        self.out = open(path_or_file, "wb") if self.own else path_or_file
        self.writer = FORMATS[fmt](self.out, self.link.linktype, snaplen, nano, byteorder)
        self.checksums = checksums
        self.time = (start, 0)
        self.count = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self.own:
            self.out.close()
        else:
            self.out.flush()

    def packet(self, data, ts=None, orig_len=None):
        """Any bytes as one record (orig_len: the length on the wire)."""
        if ts is None:
            ts = self.time
            sec, nsec = ts
            nsec += 1000000
            self.time = (sec + nsec // 10**9, nsec % 10**9)
        self.writer.packet(data, ts, orig_len)
        self.count += 1

    def frame(self, packet, ts=None, orig_len=None, ethertype=None):
        """An IP packet with this capture's link-layer header."""
        self.packet(self.link.frame(packet, ethertype), ts, orig_len)

    def ip(self, src, dst, proto, payload, fragment=None, order=None, ident=1, extensions=(),
           ts=None):
        """payload (a transport header and data) in one IP packet, or cut
        in fragments of fragment octets, written in order (a list of
        indexes: which fragments, in which order)."""
        if fragment is None:
            kw = {"extensions": extensions} if _address(src).version == 6 else {}
            self.frame(ip(src, dst, proto, payload, **kw), ts)
            return
        packets = fragments(src, dst, proto, payload, fragment, ident, extensions)
        for n in (range(len(packets)) if order is None else order):
            self.frame(packets[n], ts)

    def udp(self, payload, src="192.0.2.53", dst="198.51.100.7", sport=53, dport=33000, **kw):
        """A DNS message (or any payload) in a UDP datagram."""
        self.ip(src, dst, IPPROTO_UDP, udp(src, dst, sport, dport, payload, self.checksums), **kw)

    def tcp_flow(self, src="192.0.2.53", dst="198.51.100.7", sport=53, dport=40000, isn=1000,
                 peer_isn=5000):
        return TcpFlow(self, src, dst, sport, dport, isn, peer_isn)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Write DNS messages into a capture file.")
    parser.add_argument("--format", choices=sorted(FORMATS), default="pcap")
    parser.add_argument("--link", choices=sorted(LINKTYPES), default="ether")
    parser.add_argument("--vlan", type=int, action="append", default=[], metavar="VID")
    parser.add_argument("--tcp", action="store_true", help="one TCP connection, not UDP")
    parser.add_argument("--ipv6", action="store_true")
    parser.add_argument("--nano", action="store_true", help="nanosecond timestamps")
    parser.add_argument("out")
    parser.add_argument("messages", nargs="+", metavar="MSG")
    args = parser.parse_args(argv)
    src, dst = ("2001:db8::53", "2001:db8::7") if args.ipv6 else ("192.0.2.53", "198.51.100.7")
    messages = []
    for path in args.messages:
        with open(path, "rb") as f:
            messages.append(f.read())
    with Capture(args.out, args.format, args.link, nano=args.nano, vlans=args.vlan) as cap:
        if args.tcp:
            flow = cap.tcp_flow(src, dst)
            flow.handshake()
            for m in messages:
                flow.send(framed([m]))
            flow.fin()
        else:
            for m in messages:
                cap.udp(m, src, dst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
