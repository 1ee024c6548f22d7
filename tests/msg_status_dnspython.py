"""Differential test: dnsrcode_msg_status() against dnspython.

Builds DNS responses with dnspython (extended RCODEs such as BADVERS and
BADCOOKIE, TSIG-signed responses with BADSIG/BADKEY/BADTIME/BADTRUNC
errors, EDE options with and without EXTRA-TEXT, compressed answers), has
tests/msg-status-dump print what libdnsrcode reads from the same bytes,
and checks every field against what dnspython parses.  Then it mutates
those messages: wherever dnspython still accepts one, libdnsrcode must
accept it too and report the same.

TSIG signatures are not what is tested: the script replaces
dns.tsig.validate with a function that accepts everything, so that
dnspython parses error responses (it would raise PeerBadSignature and the
like before returning the message).

Usage: msg_status_dnspython.py PATH/TO/msg-status-dump
Exit status 0 when every message agrees, 1 otherwise.
"""

import random
import subprocess
import sys

import dns.edns
import dns.flags
import dns.message
import dns.name
import dns.opcode
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset
import dns.tsig
import dns.tsigkeyring

CTX_HEADER, CTX_EDNS, CTX_TSIG = 1, 2, 3
NOTAUTH = 9
SEED = 8914
RANDOM_MESSAGES = 600
MUTANTS_PER_MESSAGE = 6

KEYRING = dns.tsigkeyring.from_text({
    "key.example.": "c2VjcmV0IGtleSBmb3IgdGhlIGRpZmZlcmVudGlhbCB0ZXN0",
    "other-key.example.": "YW5vdGhlciBzZWNyZXQ=",
})
ALGORITHMS = [dns.tsig.HMAC_SHA256, dns.tsig.HMAC_SHA1, dns.tsig.HMAC_MD5,
              dns.tsig.HMAC_SHA512]
TSIG_ERRORS = [0, dns.rcode.BADSIG, dns.rcode.BADKEY, dns.rcode.BADTIME,
               dns.rcode.BADTRUNC]


def _accept_any_signature(*args, **kwargs):
    return None


dns.tsig.validate = _accept_any_signature


# ------------------------------------------------------------ building

def query(rng, qname="www.example.", rdtype="A", keyname=None, algorithm=None):
    q = dns.message.make_query(qname, rdtype, use_edns=0)
    if keyname is not None:
        q.use_tsig(KEYRING, keyname=keyname, algorithm=algorithm)
        q.to_wire()  # computes the request MAC the response refers to
    return q


def response(q):
    r = dns.message.make_response(q)
    r.use_edns(None)
    return r


def with_edns(r, version=0, payload=1232, do=False, options=()):
    r.use_edns(version, dns.flags.DO if do else 0, payload, options=list(options))
    return r


def add_answers(r, rng, count):
    qname = r.question[0].name
    target = dns.name.from_text("cdn%d" % rng.randrange(100), qname.parent())
    for i in range(count):
        if i == 0 and rng.random() < 0.5:
            rrset = dns.rrset.from_text(qname, 300, "IN", "CNAME", target.to_text())
        else:
            owner = target if i > 0 else qname
            rrset = dns.rrset.from_text(owner, 60, "IN", "A",
                                        "192.0.2.%d" % rng.randrange(256))
        r.answer.append(rrset)
    if rng.random() < 0.4:
        r.authority.append(dns.rrset.from_text(
            qname.parent(), 3600, "IN", "SOA",
            "ns1.%s hostmaster.%s 1 7200 3600 1209600 300"
            % (qname.parent(), qname.parent())))


def sign(r, keyname, error, algorithm):
    r.use_tsig(KEYRING, keyname=keyname, tsig_error=error, algorithm=algorithm)


def fixed_messages(rng):
    """The cases the issue names, each on its own."""
    out = []

    r = response(query(rng))
    add_answers(r, rng, 2)
    out.append(("NOERROR without EDNS", r.to_wire()))

    r = response(query(rng))
    r.set_rcode(dns.rcode.NXDOMAIN)
    out.append(("NXDOMAIN without EDNS", r.to_wire()))

    for rcode in (dns.rcode.BADVERS, dns.rcode.BADCOOKIE, 4095, 3841):
        r = with_edns(response(query(rng)), payload=4096)
        r.set_rcode(rcode)
        out.append(("extended RCODE %d" % rcode, r.to_wire()))

    r = with_edns(response(query(rng)), version=0, options=[
        dns.edns.GenericOption(dns.edns.OptionType.COOKIE, b"\x01" * 8 + b"\x02" * 16)])
    r.set_rcode(dns.rcode.BADCOOKIE)
    out.append(("BADCOOKIE with a cookie", r.to_wire()))

    r = with_edns(response(query(rng)), version=1)
    r.set_rcode(dns.rcode.BADVERS)
    out.append(("BADVERS, version 1", r.to_wire()))

    for error in TSIG_ERRORS:
        for algorithm in (dns.tsig.HMAC_SHA256, dns.tsig.HMAC_MD5):
            q = query(rng, keyname="key.example.", algorithm=algorithm)
            r = response(q)
            r.set_rcode(NOTAUTH if error else dns.rcode.NOERROR)
            sign(r, "key.example.", error, algorithm)
            out.append(("TSIG error %d, %s" % (error, algorithm), r.to_wire()))

    q = query(rng, keyname="key.example.", algorithm=dns.tsig.HMAC_SHA256)
    r = with_edns(response(q), options=[dns.edns.EDEOption(9, "key missing")])
    r.set_rcode(NOTAUTH)
    sign(r, "key.example.", dns.rcode.BADKEY, dns.tsig.HMAC_SHA256)
    out.append(("TSIG BADKEY with OPT and EDE", r.to_wire()))

    q = query(rng, keyname="key.example.", algorithm=dns.tsig.HMAC_SHA256)
    r = response(q)
    r.set_rcode(dns.rcode.REFUSED)
    sign(r, "key.example.", dns.rcode.BADTIME, dns.tsig.HMAC_SHA256)
    out.append(("TSIG BADTIME under REFUSED", r.to_wire()))

    r = with_edns(response(query(rng)), options=[dns.edns.EDEOption(22)])
    r.set_rcode(dns.rcode.SERVFAIL)
    out.append(("EDE without text", r.to_wire()))

    r = with_edns(response(query(rng)), options=[
        dns.edns.EDEOption(6, "signature on example. failed"),
        dns.edns.EDEOption(23, "timeout talking to 192.0.2.53"),
        dns.edns.EDEOption(49152, "private \u00e9t\u00e9 \u2603"),
        dns.edns.EDEOption(40, "unassigned code"),
        dns.edns.EDEOption(18)])
    r.set_rcode(dns.rcode.SERVFAIL)
    out.append(("several EDE with and without text", r.to_wire()))

    r = with_edns(response(query(rng)), options=[dns.edns.EDEOption(0, "nul ended\x00")])
    out.append(("EDE text with a trailing NUL", r.to_wire()))

    r = with_edns(response(query(rng)), options=[dns.edns.EDEOption(3, "")])
    add_answers(r, rng, 3)
    out.append(("stale answer, empty text", r.to_wire()))

    return out


def random_message(rng):
    labels = ["www", "mail", "a", "b-c", "x" * rng.randrange(1, 63)]
    qname = ".".join(rng.choice(labels) for _ in range(rng.randrange(1, 4))) + ".example."
    use_tsig = rng.random() < 0.35
    algorithm = rng.choice(ALGORITHMS)
    keyname = rng.choice(["key.example.", "other-key.example."])
    q = query(rng, qname, rng.choice(["A", "AAAA", "MX", "TXT"]),
              keyname if use_tsig else None, algorithm)
    r = response(q)
    r.flags = dns.flags.Flag(int(r.flags) | rng.choice([0, dns.flags.AA, dns.flags.RA, dns.flags.AD]))
    add_answers(r, rng, rng.randrange(0, 6))
    if rng.random() < 0.75:
        options = []
        for _ in range(rng.randrange(0, 5)):
            kind = rng.random()
            if kind < 0.7:
                code = rng.choice([rng.randrange(0, 36), 40, 49151, 49152, 65535])
                text = rng.choice([None, "", "text", "\u00fcber", "t" * rng.randrange(200)])
                options.append(dns.edns.EDEOption(code, text))
            elif kind < 0.85:
                options.append(dns.edns.GenericOption(dns.edns.OptionType.COOKIE, bytes(rng.randrange(256) for _ in range(8))))
            else:
                options.append(dns.edns.GenericOption(65001, bytes(rng.randrange(256) for _ in range(rng.randrange(10)))))
        with_edns(r, version=rng.choice([0, 0, 0, 1, 255]), payload=rng.choice([512, 1232, 4096, 65535]),
                  do=rng.random() < 0.5, options=options)
        r.set_rcode(rng.choice([rng.randrange(16), rng.randrange(4096), 16, 23]))
    else:
        r.set_rcode(rng.randrange(16))
    if use_tsig:
        error = rng.choice(TSIG_ERRORS)
        if error and rng.random() < 0.7:
            r.set_rcode(NOTAUTH)
        sign(r, keyname, error, algorithm)
    return r.to_wire(max_size=65535)


def mutate(rng, wire):
    b = bytearray(wire)
    kind = rng.randrange(5)
    if kind == 0 and b:
        b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    elif kind == 1 and b:
        b[rng.randrange(len(b))] = rng.randrange(256)
    elif kind == 2:
        del b[rng.randrange(len(b) + 1):]
    elif kind == 3:
        b.insert(rng.randrange(len(b) + 1), rng.randrange(256))
    elif len(b) >= 12:
        # One of the four counts off by one.
        at = 4 + 2 * rng.randrange(4)
        count = (int.from_bytes(b[at:at + 2], "big") + rng.choice([-1, 1])) % 65536
        b[at:at + 2] = count.to_bytes(2, "big")
    return bytes(b)


# ------------------------------------------------------------- expected

def expected(wire):
    """What dnspython reads, in msg-status-dump's format; None if it rejects."""
    try:
        m = dns.message.from_wire(wire, keyring=KEYRING)
    except Exception:
        return None
    flags = int(m.flags)
    has_opt = m.opt is not None
    header_rcode = flags & 0xF
    ext = (m.ednsflags >> 24) & 0xFF if has_opt else 0
    tsig = m.tsig[0] if m.tsig is not None else None
    tsig_error = tsig.error if tsig is not None else 0
    rcode = m.rcode()
    ctx = CTX_EDNS if has_opt else CTX_HEADER
    # RFC 8945 5.2.1-5.2.4: NOTAUTH with a TSIG error means that error.
    if tsig is not None and tsig_error != 0 and rcode == NOTAUTH:
        rcode, ctx = tsig_error, CTX_TSIG
    ede = [o for o in m.options if o.otype == dns.edns.OptionType.EDE]
    ede_text = ",".join("%d:%s" % (int(o.code), (o.text or "").encode("utf-8").hex()) for o in ede)
    return ("ok id=%d flags=%d opcode=%d header_rcode=%d opt=%d version=%d ext=%d udp=%d "
            "edns_flags=%d tsig=%d tsig_error=%d rcode=%d ctx=%d ede_count=%d ede=%s"
            % (m.id, flags, dns.opcode.from_flags(flags), header_rcode, has_opt,
               m.edns if has_opt else 0, ext, m.payload if has_opt else 0,
               m.ednsflags & 0xFFFF if has_opt else 0, tsig is not None, tsig_error,
               rcode, ctx, len(ede), ede_text))


def run_dump(dump, wires):
    hex_lines = "".join(w.hex() + "\n" for w in wires)
    proc = subprocess.run([dump], input=hex_lines.encode(), stdout=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        sys.exit("msg-status-dump exited with %d" % proc.returncode)
    lines = proc.stdout.decode().splitlines()
    if len(lines) != len(wires):
        sys.exit("msg-status-dump printed %d lines for %d messages" % (len(lines), len(wires)))
    return lines


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    dump = sys.argv[1]
    rng = random.Random(SEED)

    named = fixed_messages(rng)
    for _ in range(RANDOM_MESSAGES):
        named.append(("random", random_message(rng)))
    wires = [w for _, w in named]
    got = run_dump(dump, wires)
    passed = failed = 0
    for (name, wire), line in zip(named, got):
        want = expected(wire)
        if want is not None and line == want:
            passed += 1
        else:
            failed += 1
            print("FAIL %s\n  wire  %s\n  want  %s\n  got   %s" % (name, wire.hex(), want, line))

    # Mutants: where dnspython still accepts, libdnsrcode must agree.
    mutants = [mutate(rng, w) for w in wires for _ in range(MUTANTS_PER_MESSAGE)]
    got = run_dump(dump, mutants)
    accepted = 0
    for wire, line in zip(mutants, got):
        want = expected(wire)
        if want is None:
            continue
        accepted += 1
        if line == want:
            passed += 1
        else:
            failed += 1
            print("FAIL mutant\n  wire  %s\n  want  %s\n  got   %s" % (wire.hex(), want, line))
    print("# %d generated messages, %d mutants of which dnspython accepted %d"
          % (len(wires), len(mutants), accepted))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
