"""dns_wire.py - DNS messages on the wire for the tests and the capture
benchmark, built by hand (no compression) so that every field, also a
wrong one, is what the test asks for.  Standard library only.

    import dns_wire as w

    w.response(rcode=23)                       # BADCOOKIE: header 7, OPT 1
    w.response(rcode=2, ede=[(22, b""), (23, b"timeout")])
    w.response(rcode=9, tsig_error=16)         # NOTAUTH + BADSIG
    w.query("example.com.")
"""

import struct

TYPE_A, TYPE_NS, TYPE_SOA, TYPE_AAAA, TYPE_OPT, TYPE_TSIG = 1, 2, 6, 28, 41, 250
CLASS_IN, CLASS_ANY = 1, 255
OPTION_EDE = 15  # RFC 8914
QR, AA, RD, RA = 0x8000, 0x0400, 0x0100, 0x0080


def name(text):
    """A domain name as labels, without compression."""
    out = b""
    for label in text.rstrip(".").split("."):
        if label:
            out += struct.pack("!B", len(label)) + label.encode("ascii")
    return out + b"\0"


def rr(owner, rtype, rdata, rclass=CLASS_IN, ttl=300):
    return name(owner) + struct.pack("!HHIH", rtype, rclass, ttl, len(rdata)) + rdata


def a(owner, address="192.0.2.1", ttl=300):
    return rr(owner, TYPE_A, bytes(int(x) for x in address.split(".")), ttl=ttl)


def soa(zone, ttl=3600):
    rdata = name("ns1." + zone) + name("hostmaster." + zone) + struct.pack(
        "!IIIII", 2026120301, 7200, 3600, 1209600, 300)
    return rr(zone, TYPE_SOA, rdata, ttl=ttl)


def ede(code, text=b""):
    """An EDE option (RFC 8914 §2): INFO-CODE and EXTRA-TEXT."""
    return (OPTION_EDE, struct.pack("!H", code) + text)


def opt(ext_rcode=0, version=0, do=False, udp=1232, options=()):
    """The OPT pseudo-record (RFC 6891 §6.1.2); options: (code, data)."""
    rdata = b"".join(struct.pack("!HH", code, len(data)) + data for code, data in options)
    ttl = ext_rcode << 24 | version << 16 | (0x8000 if do else 0)
    return b"\0" + struct.pack("!HHIH", TYPE_OPT, udp, ttl, len(rdata)) + rdata


def tsig(error, key="key.example.", algorithm="hmac-sha256.", original_id=0x1234,
         mac=b"\x5a" * 32, time_signed=1796292000, other=b""):
    """A TSIG record (RFC 8945 §4.2) with the given Error field."""
    rdata = (name(algorithm) + struct.pack("!HIH", time_signed >> 32, time_signed & 0xFFFFFFFF, 300)
             + struct.pack("!H", len(mac)) + mac
             + struct.pack("!HHH", original_id, error, len(other)) + other)
    return rr(key, TYPE_TSIG, rdata, rclass=CLASS_ANY, ttl=0)


def message(ident=0x1234, flags=QR | RD | RA, opcode=0, rcode=0, question=None,
            answer=(), authority=(), additional=()):
    """A message: header (rcode: the 4-bit header field), question
    (name, type) or None, and the sections as lists of records."""
    flags = (flags & ~0x780F) | (opcode & 15) << 11 | (rcode & 15)
    q = b""
    if question is not None:
        q = name(question[0]) + struct.pack("!HH", question[1], CLASS_IN)
    header = struct.pack("!HHHHHH", ident & 0xFFFF, flags, 1 if question else 0, len(answer),
                         len(authority), len(additional))
    return header + q + b"".join(answer) + b"".join(authority) + b"".join(additional)


def response(rcode=0, ede=(), tsig_error=None, edns=None, qname="www.example.com.",
             qtype=TYPE_A, answer=(), authority=(), ident=0x1234, opcode=0):
    """A response whose effective RCODE is rcode: the low 4 bits in the
    header, the rest in OPT (RFC 6891 §6.1.3), which is added whenever
    rcode > 15 or EDE options are asked for (edns=True adds it anyway,
    edns=False never).  With tsig_error, a TSIG record closes the
    additional section and rcode is the header's (NOTAUTH, 9, for an
    error: RFC 8945 §5.2)."""
    if edns is None:
        edns = rcode > 15 or bool(ede)
    additional = []
    if edns:
        additional.append(opt(ext_rcode=rcode >> 4, options=list(ede)))
    elif rcode > 15:
        raise ValueError("an RCODE above 15 needs OPT")
    if tsig_error is not None:
        additional.append(tsig(tsig_error, original_id=ident))
    return message(ident=ident, opcode=opcode, rcode=rcode & 15, question=(qname, qtype),
                   answer=answer, authority=authority, additional=additional)


def query(qname="www.example.com.", qtype=TYPE_A, ident=0x4321, edns=True):
    return message(ident=ident, flags=RD, question=(qname, qtype),
                   additional=[opt()] if edns else [])
