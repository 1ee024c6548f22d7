"""The input layer (tools/input.h) on captures that tests/capture_writer.py
writes: every link type in pcap and pcapng, VLAN tags, IPv6 extension
headers, IP fragments (in any order, missing, overlapping, repeated, timed
out, too many), TCP streams (split and coalesced messages, out of order,
retransmitted, gaps, absurd sequence jumps, streams picked up midway,
100,000 open connections), snapshot lengths, truncated and corrupt capture
files, files that are not captures, and what is not DNS.

tests/input-dump prints one line per message and per skip; each test
compares them with what the capture holds.

Usage: test_input.py PATH/TO/input-dump
Exit status 0 when every check passes, 1 otherwise.
"""

import os
import random
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import capture_writer as cw  # noqa: E402

DUMP = None
TMP = None
FAILURES = []
CHECKS = 0
V4 = ("192.0.2.53", "198.51.100.7")
V6 = ("2001:db8::53", "2001:db8::7")


def dns(ident, size=40):
    """A response of size octets (at least header and question)."""
    body = struct.pack("!HHHHHH", ident & 0xFFFF, 0x8180, 1, 0, 0, 0)
    body += b"\x07example\x03com\x00\x00\x01\x00\x01"
    return body + bytes((ident + i) & 0xFF for i in range(max(0, size - len(body))))


class Result:
    def __init__(self, out):
        self.messages, self.skips, self.ends = [], [], []
        for line in out.splitlines():
            words = line.split()
            if words[0] == "message":
                fields = {"packet": int(words[2].split("=")[1]), "hex": words[-1][4:],
                          "len": int(words[-2].split("=")[1])}
                rest = words[3:-2]
                if rest and rest[0].startswith("time="):
                    fields["time"] = rest.pop(0)[5:]
                fields["transport"] = rest.pop(0)
                fields["addr"] = rest.pop(0) if rest else None
                self.messages.append(fields)
            elif words[0] == "skip":
                self.skips.append((words[1], int(words[2].split("=")[1])))
            elif words[0] == "end":
                self.ends.append(line)

    def payloads(self):
        return [bytes.fromhex(m["hex"]) for m in self.messages]

    def skip_counts(self):
        counts = {}
        for reason, _ in self.skips:
            counts[reason] = counts.get(reason, 0) + 1
        return counts


def run(*args, stdin=None):
    proc = subprocess.run([DUMP] + list(args), stdin=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, universal_newlines=True, check=False)
    if proc.stderr:
        fail("input-dump %s wrote to stderr: %s" % (" ".join(args), proc.stderr.strip()))
    return Result(proc.stdout)


def counts(*args):
    """Only the totals: {"messages": n, reason: n, ...}."""
    proc = subprocess.run([DUMP, "--count"] + list(args), stdout=subprocess.PIPE,
                          universal_newlines=True, check=False)
    total = {}
    for line in proc.stdout.splitlines():
        words = line.split()
        if words[0] == "messages":
            total["messages"] = int(words[1])
        elif words[0] == "skip":
            total[words[1]] = int(words[2])
    return total


def fail(text):
    FAILURES.append(text)
    print("FAIL: " + text)


def short(value):
    text = repr(value)
    return text if len(text) < 300 else text[:300] + "..."


def check(name, got, want):
    global CHECKS
    CHECKS += 1
    if got != want:
        fail("%s: got %s, want %s" % (name, short(got), short(want)))


def path(name):
    return os.path.join(TMP, name)


def expect(name, result, messages, skips=None, end="rc=0"):
    """The messages read (payloads, in order) and the skips by reason."""
    check(name + " messages", result.payloads(), messages)
    check(name + " skips", result.skip_counts(), skips or {})
    check(name + " end", [e.split(" ", 2)[2] for e in result.ends], [end])


# ------------------------------------------------------------ link types

def test_link_types():
    m1, m2, m3 = dns(1), dns(2, 300), dns(3, 20)
    for fmt in ("pcap", "pcapng"):
        for link in cw.LINKTYPES:
            for order in ("<", ">"):
                for src, dst in (V4, V6):
                    if (link == "ipv4" and src == V6[0]) or (link == "ipv6" and src == V4[0]):
                        continue
                    nano = order == ">"
                    name = "%s-%s-%s-v%d" % (fmt, link, "be" if order == ">" else "le",
                                              4 if src == V4[0] else 6)
                    with cw.Capture(path(name), fmt=fmt, link=link, byteorder=order, nano=nano,
                                    null_order=order) as cap:
                        cap.udp(m1, src, dst, sport=53, dport=33000)
                        flow = cap.tcp_flow(src, dst, sport=53, dport=40000)
                        flow.handshake()
                        flow.send(cw.framed([m2, m3]))
                        flow.fin()
                    r = run(path(name))
                    expect(name, r, [m1, m2, m3], {"tcp-control": 4})
                    if len(r.messages) != 3:
                        continue
                    check(name + " udp", (r.messages[0]["transport"], r.messages[0]["addr"],
                                          r.messages[0]["packet"]),
                          ("u", "%s.53>%s.33000" % (src, dst), 1))
                    check(name + " tcp", (r.messages[1]["transport"], r.messages[1]["addr"],
                                          r.messages[1]["packet"], r.messages[2]["packet"]),
                          ("t", "%s.53>%s.40000" % (src, dst), 5, 5))
                    check(name + " time", (r.messages[0]["time"], r.messages[1]["time"]),
                          ("%d.000000000" % cw.START_TIME, "%d.004000000" % cw.START_TIME))


def test_unsupported_link_type():
    name = path("ieee80211.pcap")
    with open(name, "wb") as f:
        w = cw.PcapWriter(f, 105)
        w.packet(b"\x08\x00" + b"\x00" * 40, (cw.START_TIME, 0))
        w.packet(b"\x08\x00" + b"\x00" * 40, (cw.START_TIME, 0))
    expect("unsupported link type", run(name), [], {"link-type": 2})


def test_vlan():
    m = dns(7)
    for link, vlans in (("ether", (5,)), ("ether", (100, 200)), ("ether", (1, 2, 3)),
                        ("sll", (9,)), ("sll2", (9, 10)),
                        ("ether", ((cw.ETHERTYPE_8021Q, 4), (0x9100, 5)))):
        name = "vlan-%s-%d" % (link, len(vlans))
        with cw.Capture(path(name), link=link, vlans=vlans) as cap:
            cap.udp(m)
            cap.udp(m, *V6)
        expect(name, run(path(name)), [m, m])
    with cw.Capture(path("vlan-deep"), link="ether", vlans=tuple(range(1, 10))) as cap:
        cap.udp(m)
    expect("nine VLAN tags", run(path("vlan-deep")), [], {"not-ip": 1})


def test_ipv6_extension_headers():
    m = dns(8)
    ah = (cw.IPPROTO_AH, b"\x00" * 22)  # 24 octets
    with cw.Capture(path("ipv6-ext")) as cap:
        cap.udp(m, *V6, extensions=["hop", "routing", "dst"])
        cap.ip(V6[0], V6[1], cw.IPPROTO_UDP, cw.udp(V6[0], V6[1], 53, 1, m), extensions=[ah])
        cap.udp(m, *V6, extensions=["dst"] * 17)
        cap.ip(V6[0], V6[1], 59, b"")  # no next header, no payload
        cap.ip(V6[0], V6[1], 58, b"\x80\x00\x00\x00")  # ICMPv6
    expect("IPv6 extension headers", run(path("ipv6-ext")), [m, m],
           {"ip-header": 2, "protocol": 1})


# ------------------------------------------------------------- fragments

def fragment_capture(name, src, dst, payload_msg, size, order, ident=1, gap_after=None, **kw):
    udp = cw.udp(src, dst, 53, 33000, payload_msg)
    packets = cw.fragments(src, dst, cw.IPPROTO_UDP, udp, size, ident)
    with cw.Capture(path(name), **kw) as cap:
        for n, index in enumerate(order):
            if gap_after is not None and n == gap_after:
                sec, nsec = cap.time
                cap.time = (sec + 31, nsec)
            cap.frame(packets[index])
    return len(packets)


def test_fragments():
    big = dns(9, 3000)
    for src, dst in (V4, V6):
        v = 4 if src == V4[0] else 6
        n = len(cw.fragments(src, dst, 17, cw.udp(src, dst, 53, 33000, big), 600))
        orders = {"in order": list(range(n)), "reversed": list(range(n))[::-1],
                  "shuffled": random.Random(v).sample(range(n), n)}
        for what, order in orders.items():
            name = "frag-v%d-%s" % (v, what.replace(" ", "-"))
            fragment_capture(name, src, dst, big, 600, order)
            r = run(path(name))
            expect(name, r, [big])
            if r.messages:
                check(name + " packet", r.messages[0]["packet"], n)
        name = "frag-v%d-missing" % v
        fragment_capture(name, src, dst, big, 600, [i for i in range(n) if i != 2])
        expect(name, run(path(name)), [], {"fragment-incomplete": n - 1})
        name = "frag-v%d-duplicate" % v
        fragment_capture(name, src, dst, big, 600, [0, 1, 1] + list(range(2, n)))
        expect(name, run(path(name)), [big], {"fragment-duplicate": 1})
        name = "frag-v%d-timeout" % v
        fragment_capture(name, src, dst, big, 600, list(range(n)), gap_after=2)
        expect(name, run(path(name)), [], {"fragment-incomplete": n})
        name = "frag-v%d-small" % v
        small = cw.fragments(src, dst, 17, cw.udp(src, dst, 53, 33000, dns(10, 100)), 8)
        fragment_capture(name, src, dst, dns(10, 100), 8, list(range(len(small)))[::-1])
        expect(name, run(path(name)), [dns(10, 100)])

        # Overlap: a fragment over part of another, with other data.
        udp = cw.udp(src, dst, 53, 33000, big)
        with cw.Capture(path("frag-overlap-v%d" % v)) as cap:
            cap.frame(cw.fragment(src, dst, 17, udp[0:600], 0, True))
            cap.frame(cw.fragment(src, dst, 17, udp[600:1200], 600, True))
            cap.frame(cw.fragment(src, dst, 17, b"\xff" * 600, 304, True))
            cap.frame(cw.fragment(src, dst, 17, udp[1200:], 1200, False))
        expect("overlap v%d" % v, run(path("frag-overlap-v%d" % v)), [],
               {"fragment-overlap": 3, "fragment-incomplete": 1})
        # Last fragments that disagree on the length.
        with cw.Capture(path("frag-lengths-v%d" % v)) as cap:
            cap.frame(cw.fragment(src, dst, 17, udp[1200:1800], 1200, False))
            cap.frame(cw.fragment(src, dst, 17, udp[600:1200], 600, False))
            cap.frame(cw.fragment(src, dst, 17, udp[0:600], 0, True))
        expect("two last fragments v%d" % v, run(path("frag-lengths-v%d" % v)), [],
               {"fragment-overlap": 2, "fragment-incomplete": 1})
        # Ragged: a fragment with more to come whose length is not a
        # multiple of 8; one past 65535 octets.
        with cw.Capture(path("frag-bad-v%d" % v)) as cap:
            cap.frame(cw.fragment(src, dst, 17, udp[0:601], 0, True))
            cap.frame(cw.fragment(src, dst, 17, b"\0" * 16, 65528, False))
        expect("bad fragments v%d" % v, run(path("frag-bad-v%d" % v)), [],
               {"fragment-bad": 2})
        # Too many sets: 6 datagrams, first fragments of all, then the
        # second fragments of the last two, with room for 4 sets.
        with cw.Capture(path("frag-evict-v%d" % v)) as cap:
            msgs = [dns(20 + i, 1000) for i in range(6)]
            parts = [cw.fragments(src, dst, 17, cw.udp(src, dst, 53, 33000, m), 600, ident=i + 1)
                     for i, m in enumerate(msgs)]
            for p in parts:
                cap.frame(p[0])
            cap.frame(parts[4][1])
            cap.frame(parts[5][1])
        expect("fragment sets evicted v%d" % v,
               run("--frag-max", "4", path("frag-evict-v%d" % v)), msgs[4:],
               {"fragment-evicted": 2, "fragment-incomplete": 2})

    # TCP in IP fragments: the segment counts as the packets it came in.
    m = dns(11, 2000)
    with cw.Capture(path("frag-tcp")) as cap:
        seg = cw.tcp(V4[0], V4[1], 53, 40000, 1000, 1, cw.TCP_ACK | cw.TCP_PSH, cw.framed([m]))
        for p in cw.fragments(V4[0], V4[1], cw.IPPROTO_TCP, seg, 800):
            cap.frame(p)
    expect("TCP in fragments", run(path("frag-tcp")), [m])
    with cw.Capture(path("frag-tcp-cut")) as cap:
        seg = cw.tcp(V4[0], V4[1], 53, 40000, 1000, 1, cw.TCP_ACK | cw.TCP_PSH,
                     cw.framed([m])[:1000])
        for p in cw.fragments(V4[0], V4[1], cw.IPPROTO_TCP, seg, 800):
            cap.frame(p)
    expect("half a message in fragments", run(path("frag-tcp-cut")), [], {"tcp-leftover": 2})


# ------------------------------------------------------------------- TCP

def test_tcp_streams():
    a, b, c = dns(30, 100), dns(31, 700), dns(32, 20)
    data = cw.framed([a, b, c])
    # Every way of cutting the stream in two, and one byte a segment.
    for cut in (1, 2, 3, 14, 101, 102, 103, 500, len(data) - 1):
        name = "tcp-cut-%d" % cut
        with cw.Capture(path(name)) as cap:
            flow = cap.tcp_flow()
            flow.handshake()
            flow.send(data, sizes=[cut])
            flow.fin()
        expect(name, run(path(name)), [a, b, c], {"tcp-control": 4})
    with cw.Capture(path("tcp-bytes")) as cap:
        flow = cap.tcp_flow()
        flow.handshake()
        flow.send(data, sizes=[1] * len(data))
    r = run(path("tcp-bytes"))
    expect("one octet a segment", r, [a, b, c], {"tcp-control": 3})
    check("one octet a segment: packets", [m["packet"] for m in r.messages],
          [3 + 102, 3 + 102 + 702, 3 + len(data)])

    # Both directions of a connection, queries and responses.
    q = dns(33, 30)
    with cw.Capture(path("tcp-both")) as cap:
        server = cap.tcp_flow()
        server.handshake()
        client = cap.tcp_flow(V4[1], V4[0], 40000, 53, isn=server.ack, peer_isn=server.seq)
        client.send(cw.framed([q]))
        server.send(cw.framed([a]))
        client.fin()
        server.fin()
    r = run(path("tcp-both"))
    expect("both directions", r, [q, a], {"tcp-control": 5})
    if len(r.messages) == 2:
        check("both directions: addresses", [m["addr"] for m in r.messages],
              ["198.51.100.7.40000>192.0.2.53.53", "192.0.2.53.53>198.51.100.7.40000"])


def tcp_capture(name, segments, handshake=True, isn=1000):
    """segments: (offset into the stream, bytes) in the order written, or
    "fin"/"rst"."""
    with cw.Capture(path(name)) as cap:
        flow = cap.tcp_flow(isn=isn)
        if handshake:
            flow.handshake()
        base, end = flow.seq, 0
        for seg in segments:
            if seg == "fin":
                flow.segment(cw.TCP_FIN | cw.TCP_ACK, seq=base + end)
            elif seg == "rst":
                flow.segment(cw.TCP_RST, seq=base + end)
            else:
                offset, payload = seg
                flow.segment(cw.TCP_ACK | cw.TCP_PSH, payload, seq=(base + offset) & 0xFFFFFFFF)
                end = max(end, offset + len(payload))


def segments_of(data, cuts):
    out, at = [], 0
    for cut in cuts + [len(data)]:
        out.append((at, data[at:cut]))
        at = cut
    return out


def test_tcp_order():
    a, b, c = dns(40, 300), dns(41, 300), dns(42, 300)
    data = cw.framed([a, b, c])
    s = segments_of(data, [200, 400, 600, 800])
    cases = [
        ("out of order", [s[0], s[2], s[1], s[3], s[4]], [a, b, c], {}),
        ("reversed", s[::-1], [a, b, c], {}),
        ("retransmitted", [s[0], s[1], s[1], s[2], s[0], s[3], s[4]], [a, b, c],
         {"tcp-duplicate": 2}),
        ("held twice", [s[0], s[2], s[2], s[1], s[3], s[4]], [a, b, c], {"tcp-duplicate": 1}),
        ("overlapping", [s[0], (100, data[100:500]), s[2], s[3], s[4]], [a, b, c], {}),
        # Octets 200-399 never come: the FIN ends the stream with a begun
        # and three segments waiting behind the hole.
        ("missing", [s[0], s[2], s[3], s[4], "fin"], [], {"tcp-gap": 4, "tcp-control": 1}),
        ("left over", [s[0], s[1]], [a], {"tcp-leftover": 1}),
        ("reset", [s[0], s[1], "rst"], [a], {"tcp-leftover": 1, "tcp-control": 1}),
    ]
    for what, segs, messages, skips in cases:
        name = "tcp-" + what.replace(" ", "-")
        tcp_capture(name, segs)
        skips = dict(skips)
        skips["tcp-control"] = skips.get("tcp-control", 0) + 3
        expect(what, run(path(name)), messages, skips)


def test_tcp_jumps():
    a, b = dns(50, 60), dns(51, 60)
    fa, fb = cw.framed([a]), cw.framed([b])
    half = cw.framed([b])[:30]
    cases = [
        # A new start 2^31 ahead that begins a message: read from there.
        ("jump ahead", [(0, fa), (1 << 31, fb)], [a, b], {}),
        ("jump behind", [(0, fa), ((1 << 32) - (1 << 30), fb)], [a, b], {}),
        # Half a message, then a jump to the middle of one: both lost.
        ("jump into a message", [(0, fa), (len(fa), half), (1 << 30, fb[10:])], [a],
         {"tcp-gap": 2}),
        # Past the window, not a message start, then one that is.
        ("jump then resync", [(0, fa), (1 << 29, b"\x00\x05" + b"x" * 20),
                              ((1 << 29) + 100, fb)], [a, b], {"tcp-gap": 1}),
    ]
    for what, segs, messages, skips in cases:
        name = "tcp-" + what.replace(" ", "-")
        tcp_capture(name, segs, isn=0xFFFFFF00)
        skips = dict(skips)
        skips["tcp-control"] = skips.get("tcp-control", 0) + 3
        expect(what, run(path(name)), messages, skips)


def test_tcp_midstream():
    a, b = dns(60, 80), dns(61, 80)
    data = cw.framed([a, b])
    # No SYN seen: the first segment starts a message.
    tcp_capture("tcp-mid-start", [(0, data)], handshake=False)
    expect("picked up at a message", run(path("tcp-mid-start")), [a, b])
    # No SYN, and the first segment is the middle of a message.
    tcp_capture("tcp-mid-middle", [(40, data[40:82]), (82, data[82:])], handshake=False)
    expect("picked up inside a message", run(path("tcp-mid-middle")), [b], {"tcp-gap": 1})
    # More segments waiting than a stream holds (16): one message a
    # segment, the second comes last.  The first is read; 16 wait; the
    # next finds no room: those 16 are given up as a gap, reading starts
    # again there; the second, when it comes, is behind what was read.
    msgs = [dns(62 + i, 29) for i in range(40)]
    segs = [(31 * i, cw.framed([m])) for i, m in enumerate(msgs)]
    tcp_capture("tcp-held-max", [segs[0]] + segs[2:] + [segs[1]], handshake=False)
    expect("too many waiting", run(path("tcp-held-max")), [msgs[0]] + msgs[18:],
           {"tcp-gap": 16, "tcp-duplicate": 1})


def test_tcp_connections():
    """100,000 connections each with half a message open: the state is
    bounded (65,536 streams), the streams given up are counted."""
    name = path("tcp-100k")
    msg = cw.framed([dns(1, 100)])[:50]
    with cw.Capture(name, checksums=False) as cap:
        for i in range(100000):
            src = "10.%d.%d.%d" % (i >> 16, (i >> 8) & 255, i & 255)
            cap.ip(src, V4[1], cw.IPPROTO_TCP,
                   cw.tcp(src, V4[1], 53, 40000, 1, 1, cw.TCP_ACK, msg, checksum=False))
    check("100k connections", counts(name),
          {"messages": 0, "tcp-evicted": 100000 - 65536, "tcp-leftover": 65536})
    check("100k connections, room for 1000", counts("--tcp-max", "1000", name),
          {"messages": 0, "tcp-evicted": 99000, "tcp-leftover": 1000})


def test_tcp_memory():
    """Streams holding more than the memory bound: the ones idle longest
    give up what they hold, the rest are read."""
    name = path("tcp-memory")
    msgs = [dns(i, 3000) for i in range(10)]
    with cw.Capture(name) as cap:
        flows = [cap.tcp_flow(dport=2000 + i) for i in range(10)]
        for flow, m in zip(flows, msgs):
            flow.send(cw.framed([m])[:1500])
        for flow, m in zip(flows, msgs):
            flow.send(cw.framed([m])[1500:])
    expect("all streams fit", run(name), msgs)
    # 10 buffers of 2048 octets, with room for 8192: four fit at once.
    expect("memory bound", run("--tcp-memory", "8192", name), msgs[6:],
           {"tcp-evicted": 6, "tcp-gap": 6})


# ------------------------------------------------------- cut and bad files

def test_snaplen():
    m = dns(70, 100)
    with cw.Capture(path("snaplen"), snaplen=80) as cap:
        cap.udp(m)
        cap.udp(m, sport=80, dport=80)
        flow = cap.tcp_flow()
        flow.send(cw.framed([m]))
        cap.udp(dns(71, 29))  # 14 + 20 + 8 + 29 = 71: whole
    expect("snapshot length", run(path("snaplen")), [dns(71, 29)],
           {"snaplen": 2, "port": 1})
    # A frame shorter than its IP header says.
    with cw.Capture(path("ip-short")) as cap:
        packet = cw.ip(V4[0], V4[1], 17, cw.udp(V4[0], V4[1], 53, 1, m))
        cap.frame(packet[:-10])
        packet = cw.ip(V6[0], V6[1], 17, cw.udp(V6[0], V6[1], 53, 1, m))
        cap.frame(packet[:-10])
        cap.frame(packet[:30])
        cap.packet(b"\0" * 10)
    expect("IP cut short", run(path("ip-short")), [],
           {"ip-truncated": 3, "link-truncated": 1})


def test_bad_headers():
    m = dns(80)
    udp = cw.udp(V4[0], V4[1], 53, 1, m)
    with cw.Capture(path("bad-headers")) as cap:
        bad = bytearray(cw.ip(V4[0], V4[1], 17, udp))
        bad[0] = 0x44  # header length 16
        cap.frame(bytes(bad))
        bad = bytearray(cw.ip(V4[0], V4[1], 17, udp))
        bad[0] = 0x55  # version 5
        cap.frame(bytes(bad), ethertype=cw.ETHERTYPE_IPV4)
        short = udp[:4] + struct.pack("!H", 4) + udp[6:]
        cap.frame(cw.ip(V4[0], V4[1], 17, short))
        seg = bytearray(cw.tcp(V4[0], V4[1], 53, 1, 0, 0, cw.TCP_ACK, cw.framed([m])))
        seg[12] = 0x40  # data offset 16
        cap.frame(cw.ip(V4[0], V4[1], 6, bytes(seg)))
        cap.frame(cw.ip(V4[0], V4[1], 17, udp[:6]))
        cap.frame(cw.ip(V4[0], V4[1], 1, b"\x08\x00\x00\x00"))  # ICMP
        cap.frame(b"\x00\x01\x08\x00\x06\x04" + b"\0" * 22, ethertype=0x0806)  # ARP
        cap.frame(b"\xaa\xaa\x03" + b"\0" * 40, ethertype=43)  # 802.3 length
    expect("bad headers", run(path("bad-headers")), [],
           {"ip-header": 2, "udp-header": 2, "tcp-header": 1, "protocol": 1, "not-ip": 2})


def test_ports():
    m = dns(90)
    with cw.Capture(path("ports")) as cap:
        cap.udp(m, sport=5353, dport=5353)
        cap.udp(m, sport=1234, dport=53)
        cap.udp(m, sport=80, dport=8080)
    expect("default ports", run(path("ports")), [m], {"port": 2})
    expect("--port 5353", run("--port", "5353", path("ports")), [m, m], {"port": 1})


def capture_bytes(fmt):
    with tempfile.TemporaryFile() as f:
        with cw.Capture(f, fmt=fmt) as cap:
            for i in range(3):
                cap.udp(dns(100 + i))
        f.seek(0)
        return f.read()


def test_truncated_files():
    for fmt in ("pcap", "pcapng"):
        data = capture_bytes(fmt)
        name = path("cut-" + fmt)
        for cut in (len(data) - 1, len(data) - 30, len(data) - 60):
            with open(name, "wb") as f:
                f.write(data[:cut])
            r = run(name)
            expect("%s cut at %d" % (fmt, cut), r, [dns(100), dns(101)],
                   {"capture-truncated": 1})
            check("%s cut: packet" % fmt, r.skips[-1:], [("capture-truncated", 3)])
        with open(name, "wb") as f:
            f.write(data[:10])
        r = run(name)
        check(fmt + " cut in its header", (r.messages, r.ends[0].split()[2]), ([], "rc=-1"))
    # A record longer than any snapshot length: libpcap gives up.
    data = bytearray(capture_bytes("pcap"))
    data[24 + 8:24 + 12] = struct.pack("<I", 0x7FFFFFFF)
    with open(path("corrupt.pcap"), "wb") as f:
        f.write(data)
    r = run(path("corrupt.pcap"))
    check("corrupt record", (r.messages, r.ends[0].split()[2]), ([], "rc=-1"))


def test_not_captures():
    rnd = random.Random(5)
    blob = bytes(rnd.randrange(256) for _ in range(100))
    with open(path("blob"), "wb") as f:
        f.write(blob)
    expect("not a capture: a raw message", run(path("blob")), [blob])
    with open(path("huge"), "wb") as f:
        f.write(b"\1" * 70000)
    expect("not a capture, too long", run(path("huge")), [], {},
           "rc=-1 error=longer than 65535 octets, the most a DNS message holds")
    open(path("empty"), "wb").close()
    expect("empty file", run(path("empty")), [b""])
    expect("a directory", run(TMP), [], {}, "rc=-1 error=Is a directory")
    expect("no such file", run(path("nothing")), [], {}, "rc=-1 error=No such file or directory")
    # A pcap magic number and nothing a pcap header needs after it.
    with open(path("magic-only"), "wb") as f:
        f.write(b"\xd4\xc3\xb2\xa1" + b"\0" * 40)
    r = run(path("magic-only"))
    check("pcap magic, bad header", r.ends[0].split()[2], "rc=-1")


def test_streams_and_hex():
    a, b, c = dns(110), dns(111, 200), dns(112, 12)
    with open(path("stream"), "wb") as f:
        f.write(cw.framed([a, b, c]) + b"\x00\x30abc")
    expect("--tcp", run("--tcp", path("stream")), [a, b, c], {"tcp-leftover": 1})
    with open(path("stream-big"), "wb") as f:
        f.write(cw.framed([dns(i, 60000) for i in range(5)]))
    expect("--tcp, large messages", run("--tcp", path("stream-big")),
           [dns(i, 60000) for i in range(5)])
    with open(path("hex"), "w") as f:
        f.write(" ".join("%02x" % x for x in a) + "\n")
    expect("--hex", run("--hex", path("hex")), [a])
    with open(path("hex-odd"), "w") as f:
        f.write("123")
    expect("--hex, odd", run("--hex", path("hex-odd")), [], {}, "rc=-1 error=odd number of hex digits")
    # A capture is a capture whatever the format asked for.
    with cw.Capture(path("as-tcp.pcap")) as cap:
        cap.udp(a)
    expect("--tcp on a capture", run("--tcp", path("as-tcp.pcap")), [a])


def test_stdin():
    for fmt in ("pcap", "pcapng"):
        data = capture_bytes(fmt)
        with tempfile.TemporaryFile() as f:
            f.write(data)
            f.seek(0)
            expect("stdin file " + fmt, run("-", stdin=f), [dns(100), dns(101), dns(102)])
        proc = subprocess.Popen([DUMP, "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                universal_newlines=False)
        out, _ = proc.communicate(data)
        expect("stdin pipe " + fmt, Result(out.decode()), [dns(100), dns(101), dns(102)])
    proc = subprocess.Popen([DUMP, "--tcp", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    out, _ = proc.communicate(cw.framed([dns(1), dns(2)]))
    expect("stdin pipe --tcp", Result(out.decode()), [dns(1), dns(2)])


def test_hints():
    a, b = dns(120), dns(121, 100)
    cases = [
        ("stream", cw.framed([a, b]), "try --tcp"),
        ("hex", (a.hex() + "\n").encode(), "try --hex"),
        ("modified pcap", b"\xa1\xb2\xcd\x34" + b"\0" * 40, "libpcap does not read"),
        ("snoop", b"snoop\0\0\0" + b"\0" * 40, "libpcap does not read"),
        ("gzip", b"\x1f\x8b\x08\x00" + b"\0" * 40, "decompress"),
        ("a message", a, "none"),
        ("short lengths", b"\x00\x02ab\x00\x02cd", "none"),
    ]
    for what, data, want in cases:
        with open(path("hint"), "wb") as f:
            f.write(data)
        proc = subprocess.run([DUMP, "--hint", path("hint")], stdout=subprocess.PIPE,
                              universal_newlines=True, check=False)
        hints = [line[5:] for line in proc.stdout.splitlines() if line.startswith("hint ")]
        check("hint for " + what, len(hints) == 1 and want in hints[0], True)


def main():
    global DUMP, TMP
    if len(sys.argv) != 2:
        sys.exit("usage: test_input.py PATH/TO/input-dump")
    DUMP = sys.argv[1]
    with tempfile.TemporaryDirectory() as TMP:
        for name, test in sorted(globals().items()):
            if name.startswith("test_") and callable(test):
                before = len(FAILURES)
                test()
                print("%s %s" % ("ok  " if len(FAILURES) == before else "FAIL", name))
    print("%d checks, %d failed" % (CHECKS, len(FAILURES)))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
