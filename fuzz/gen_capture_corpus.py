"""Write the seed corpus of fuzz/fuzz_capture.c: small captures from
tests/capture_writer.py (every link type, pcap and pcapng in both byte
orders, VLAN tags, IPv6 extension headers, fragments in and out of order,
TCP streams split, coalesced, out of order and jumping), a capture cut
short, and files that are not captures, each after the option octet
fuzz_capture.c reads first.  One file per input, named by the SHA-1 of its
content as libFuzzer names its own finds.

Usage: /usr/bin/python3 fuzz/gen_capture_corpus.py fuzz/corpus/capture
"""

import hashlib
import io
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests"))
import capture_writer as cw  # noqa: E402
from test_input import dns, V4, V6  # noqa: E402

DETECT, RAW, HEX, TCP = 0, 1, 2, 3
PORT_5353, SMALL_STATE = 4, 8


def capture(build, **kw):
    out = io.BytesIO()
    cap = cw.Capture(out, **kw)
    build(cap)
    return out.getvalue()


def mixed(src, dst):
    def build(cap):
        cap.udp(dns(1), src, dst)
        cap.udp(dns(2, 100), src, dst, fragment=32, order=[3, 0, 2, 1])
        flow = cap.tcp_flow(src, dst)
        flow.handshake()
        flow.send(cw.framed([dns(3), dns(4, 60)]), sizes=[1, 50])
        flow.fin()
        cap.udp(dns(5), src, dst, sport=5353, dport=5353)
    return build


def tcp_disorder(cap):
    data = cw.framed([dns(10), dns(11), dns(12)])
    flow = cap.tcp_flow()
    base = flow.seq
    for offset in (0, 60, 20, 20, 100, 40):
        flow.segment(cw.TCP_ACK, data[offset:offset + 20], seq=base + offset)
    flow.segment(cw.TCP_ACK, cw.framed([dns(13)]), seq=base + (1 << 31))
    flow.rst()


def fragments_bad(cap):
    udp = cw.udp(V6[0], V6[1], 53, 1, dns(20, 80))
    cap.frame(cw.fragment(V6[0], V6[1], 17, udp[:40], 0, True))
    cap.frame(cw.fragment(V6[0], V6[1], 17, udp[24:64], 24, True))
    cap.frame(cw.fragment(V6[0], V6[1], 17, udp[40:], 40, False))
    cap.frame(cw.fragment(V4[0], V4[1], 17, udp[:41], 0, True, ident=9))


def many_streams(cap):
    for port in range(1000, 1006):
        flow = cap.tcp_flow(dport=port)
        flow.send(cw.framed([dns(port)])[:20])
    for ident in range(4):
        cap.frame(cw.fragments(V4[0], V4[1], 17, cw.udp(V4[0], V4[1], 53, 1, dns(ident, 60)), 32,
                               ident)[0])


def inputs():
    yield DETECT, dns(1)
    yield HEX, dns(1).hex().encode()
    yield TCP, cw.framed([dns(1), dns(2)]) + b"\x00\x40ab"
    for fmt in ("pcap", "pcapng"):
        for order in ("<", ">"):
            for link in cw.LINKTYPES:
                for src, dst in (V4, V6):
                    if (link == "ipv4" and src == V6[0]) or (link == "ipv6" and src == V4[0]):
                        continue
                    yield DETECT, capture(mixed(src, dst), fmt=fmt, link=link, byteorder=order,
                                          nano=order == ">", null_order=order)
    yield PORT_5353, capture(mixed(*V4), link="ether", vlans=(1, 2))
    yield DETECT, capture(mixed(*V6), link="sll2", vlans=(7,))
    yield DETECT, capture(lambda cap: cap.udp(dns(1), *V6, extensions=["hop", "routing", "dst"]))
    yield DETECT, capture(tcp_disorder)
    yield DETECT, capture(fragments_bad)
    yield SMALL_STATE, capture(many_streams)
    yield DETECT, capture(mixed(*V4), snaplen=60)
    whole = capture(mixed(*V4), fmt="pcapng")
    yield DETECT, whole[:len(whole) - 7]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for options, data in inputs():
        data = bytes([options]) + data
        with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
