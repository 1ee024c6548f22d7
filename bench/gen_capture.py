#!/usr/bin/python3
"""gen_capture.py - a capture of DNS responses as a resolver's uplink sees
them, for make bench-capture: answers, NXDOMAIN and NODATA with an SOA,
SERVFAIL with one or two EDEs (some with EXTRA-TEXT), REFUSED with EDE 18,
stale answers with EDE 3, extended RCODEs from OPT (BADCOOKIE, BADVERS),
NOTAUTH with TSIG errors, and about 3% over TCP (handshake, one to three
messages a connection, a FIN each way).  Deterministic for a given --seed.

    gen_capture.py [--responses N] [--seed S] OUT

The UDP responses are drawn from a pool of prebuilt frames (the capture
writer computes each once), so that a million records take seconds.
"""

import argparse
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests"))
import capture_writer as cw  # noqa: E402
import dns_wire as w  # noqa: E402

POOL = 4096
TCP_SHARE = 0.03
NAMES = ["www", "mail", "api", "cdn", "img", "login", "static", "ns1", "vpn", "shop"]
ZONES = ["example.com.", "example.net.", "example.org.", "test.example.", "corp.example."]
SERVERS = ["192.0.2.%d" % i for i in range(1, 9)] + ["2001:db8::%x" % i for i in range(1, 5)]
CLIENTS = ["198.51.100.%d" % i for i in range(1, 40)] + ["2001:db8:1::%x" % i for i in range(1, 9)]


def same_family(rng, server):
    clients = [c for c in CLIENTS if (":" in c) == (":" in server)]
    return rng.choice(clients)


def one_response(rng, ident):
    """(weight-drawn) a response as a resolver sends it."""
    zone = rng.choice(ZONES)
    qname = rng.choice(NAMES) + "." + zone
    r = rng.random()
    if r < 0.62:
        answers = [w.a(qname, "203.0.113.%d" % rng.randrange(256)) for _ in range(rng.randint(1, 3))]
        return w.response(0, answer=answers, qname=qname, ident=ident, edns=rng.random() < 0.9)
    if r < 0.76:
        return w.response(3, authority=[w.soa(zone)], qname="nx%d.%s" % (ident, zone), ident=ident,
                          edns=True)
    if r < 0.81:
        return w.response(0, authority=[w.soa(zone)], qname=qname, qtype=w.TYPE_AAAA, ident=ident,
                          edns=True)
    if r < 0.89:
        edes = rng.choice([[w.ede(22)], [w.ede(23, b"192.0.2.77:53 timed out")], [w.ede(6)],
                           [w.ede(9), w.ede(22)], [w.ede(7, b"RRSIG expired")], [w.ede(23)]])
        return w.response(2, ede=edes, qname=qname, ident=ident)
    if r < 0.92:
        return w.response(5, ede=[w.ede(18)] if rng.random() < 0.7 else [], qname=qname, ident=ident,
                          edns=True)
    if r < 0.95:
        return w.response(0, answer=[w.a(qname)], ede=[w.ede(3)], qname=qname, ident=ident)
    if r < 0.965:
        return w.response(1, qname=qname, ident=ident, edns=False)
    if r < 0.985:
        return w.response(23, qname=qname, ident=ident)
    if r < 0.995:
        return w.response(16, qname=qname, ident=ident)
    return w.response(9, tsig_error=rng.choice([16, 17, 18]), qname=zone, qtype=w.TYPE_SOA,
                      ident=ident, opcode=5)


def udp_pool(rng, link):
    """Link-layer frames of UDP responses, each computed once."""
    frames = []
    for i in range(POOL):
        server = rng.choice(SERVERS)
        client = same_family(rng, server)
        payload = cw.udp(server, client, 53, rng.randrange(1024, 65536), one_response(rng, i))
        frames.append(link.frame(cw.ip(server, client, cw.IPPROTO_UDP, payload)))
    return frames


def tcp_connection(cap, rng, port):
    """A client's TCP connection: handshake, 1-3 responses, the server's
    FIN and the client's; the number of responses."""
    server = rng.choice(SERVERS)
    client = same_family(rng, server)
    isn, peer_isn = rng.randrange(1 << 32), rng.randrange(1 << 32)
    flow = cap.tcp_flow(src=server, dst=client, dport=port, isn=isn, peer_isn=peer_isn)
    flow.handshake()
    n = rng.randint(1, 3)
    for i in range(n):
        flow.send(cw.framed([one_response(rng, rng.randrange(65536))]))
    flow.fin()
    peer = cw.TcpFlow(cap, client, server, port, 53, isn=peer_isn + 1, peer_isn=flow.seq)
    peer.fin()
    return n


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--responses", type=int, default=1000000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("out")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    written = 0
    with open(args.out + ".tmp", "wb") as f, cw.Capture(f, "pcap", "ether") as cap:
        frames = udp_pool(rng, cap.link)
        port = 20000
        while written < args.responses:
            if rng.random() < TCP_SHARE:
                port = port + 1 if port < 65000 else 20000
                written += tcp_connection(cap, rng, port)
            else:
                cap.packet(frames[rng.randrange(POOL)])
                written += 1
    os.replace(args.out + ".tmp", args.out)
    print("%s: %d responses in %d packets" % (args.out, written, cap.count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
