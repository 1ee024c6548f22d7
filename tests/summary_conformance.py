"""dnsrcode --summary on the conformance capture: five capture files that
between them hold every case issue 14 lists, written with
tests/capture_writer.py and tests/dns_wire.py:

  each RCODE 0-23 and unassigned and private-use codes; BADVERS and
  BADCOOKIE from the OPT bits; NOTAUTH with each TSIG error; several EDEs
  in one message (repeated, unassigned, private use); queries; malformed
  messages of every kind; TCP messages split across segments and several
  in one segment; IPv4 and IPv6 fragments; VLAN and QinQ tags; IPv6;
  Linux cooked captures v1 and v2; raw IP and BSD loopback; pcap and
  pcapng; packets that are not DNS.

Every case says by hand which key it must count under ("BADKEY", 22,
"SERVFAIL+22", "pointer", "port"); the JSON of --summary --json must be
exactly the counts these add up to, and --csv, --prometheus and the table
must say the same.

Usage: summary_conformance.py PATH/TO/dnsrcode
Exit status 0 when every check passes, 1 otherwise.
"""

import json
import os
import re
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import capture_writer as cw  # noqa: E402
import dns_wire as w  # noqa: E402

PROG = None
FAILURES = []
CHECKS = 0
V6 = {"src": "2001:db8::53", "dst": "2001:db8::7"}


def check(what, ok, detail=""):
    global CHECKS
    CHECKS += 1
    if not ok:
        FAILURES.append(what)
        print("FAIL: %s %s" % (what, detail), file=sys.stderr)


class Expected:
    """The counts the cases add up to, each case naming its keys."""

    def __init__(self):
        self.totals = {"messages": 0, "queries": 0, "responses": 0}
        self.sections = {k: {} for k in ("rcode", "ede", "rcode_ede", "malformed", "skipped")}

    def _add(self, section, key, n=1):
        table = self.sections[section]
        table[str(key)] = table.get(str(key), 0) + n

    def response(self, rcode, ede=()):
        """A response counted under rcode, carrying the INFO-CODEs ede."""
        self.totals["messages"] += 1
        self.totals["responses"] += 1
        self._add("rcode", rcode)
        for code in ede:
            self._add("ede", code)
        for code in sorted(set(ede)):
            self._add("rcode_ede", "%s+%d" % (rcode, code))

    def query(self):
        self.totals["messages"] += 1
        self.totals["queries"] += 1

    def refused(self, error):
        self.totals["messages"] += 1
        self._add("malformed", error)

    def skipped(self, reason, n=1):
        self._add("skipped", reason, n)

    def json(self):
        out = dict(self.totals)
        out.update(self.sections)
        return out


def header_and_opt_rcodes(cap, exp):
    """0-15 in the header alone, 16-23 and unassigned and private-use
    codes from the OPT bits (RFC 6891 6.1.3)."""
    names = ["NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED", "YXDOMAIN",
             "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE", "DSOTYPENI", "RCODE12", "RCODE13",
             "RCODE14", "RCODE15"]
    for code, name in enumerate(names):
        cap.udp(w.response(code, edns=False, ident=code))
        exp.response(name)
    # With OPT, the same four bits are a 12-bit code: 3 is still NXDOMAIN.
    cap.udp(w.response(3, edns=True, authority=[w.soa("example.com.")]))
    exp.response("NXDOMAIN")
    for code, name in [(16, "BADVERS"), (17, "BADKEY"), (18, "BADTIME"), (19, "BADMODE"),
                       (20, "BADNAME"), (21, "BADALG"), (22, "BADTRUNC"), (23, "BADCOOKIE"),
                       (24, "RCODE24"), (3840, "RCODE3840"), (3841, "RCODE3841"),
                       (4095, "RCODE4095")]:
        cap.udp(w.response(code, ident=code))
        exp.response(name)


def tsig_errors(cap, exp):
    """NOTAUTH with each TSIG error (RFC 8945 5.2), and TSIG errors the
    effective RCODE does not take."""
    for error, name in [(16, "BADSIG"), (17, "BADKEY"), (18, "BADTIME"), (22, "BADTRUNC"),
                        (19, "BADMODE"), (20, "BADNAME"), (21, "BADALG"), (9, "NOTAUTH"),
                        (5000, "RCODE5000"), (65535, "RCODE65535")]:
        cap.udp(w.response(9, tsig_error=error, opcode=5), **V6)
        exp.response(name)
    # NOTAUTH with TSIG error 0 stays NOTAUTH; another header RCODE stays.
    cap.udp(w.response(9, tsig_error=0), **V6)
    exp.response("NOTAUTH")
    cap.udp(w.response(0, tsig_error=16), **V6)
    exp.response("NOERROR")
    # TSIG and OPT together: the EDE pairs with the TSIG error.
    cap.udp(w.response(9, tsig_error=16, ede=[w.ede(6)]), **V6)
    exp.response("BADSIG", ede=[6])


def edes(cap, exp):
    """Several EDEs in one message: each option counts, each distinct
    code pairs once; unassigned and private-use codes; a query's EDE is
    not a response's."""
    cap.udp(w.response(2, ede=[w.ede(22), w.ede(23, b"192.0.2.7 timed out"), w.ede(22),
                               w.ede(49152, b"private"), w.ede(65535)]))
    exp.response("SERVFAIL", ede=[22, 23, 22, 49152, 65535])
    cap.udp(w.response(2, ede=[w.ede(22)]))
    exp.response("SERVFAIL", ede=[22])
    cap.udp(w.response(5, ede=[w.ede(18, b"not in ACL")]))
    exp.response("REFUSED", ede=[18])
    cap.udp(w.response(0, ede=[w.ede(3)], answer=[w.a("www.example.com.")]))
    exp.response("NOERROR", ede=[3])
    cap.udp(w.response(3, ede=[w.ede(100)], authority=[w.soa("example.com.")]))
    exp.response("NXDOMAIN", ede=[100])
    cap.udp(w.response(23, ede=[w.ede(0, b"cookie")]))
    exp.response("BADCOOKIE", ede=[0])
    query = w.message(flags=w.RD, question=("www.example.com.", w.TYPE_A),
                      additional=[w.opt(options=[w.ede(22)])])
    cap.udp(query, src="198.51.100.7", dst="192.0.2.53", sport=33000, dport=53)
    exp.query()


def malformed(cap, exp):
    """One message the reader refuses for each error it has."""
    ok = w.response(0, edns=True)
    cap.udp(ok[:10])
    exp.refused("truncated")
    cap.udp(ok[:-3])
    exp.refused("truncated")
    # A question name that points at itself.
    loop = struct.pack("!HHHHHH", 1, 0x8180, 1, 0, 0, 0) + b"\xc0\x0c" + struct.pack("!HH", 1, 1)
    cap.udp(loop)
    exp.refused("pointer")
    # Label type 01 (RFC 6891 obsoleted the extended label types).
    bad_label = struct.pack("!HHHHHH", 1, 0x8180, 1, 0, 0, 0) + b"\x41" + b"a" * 8 + b"\0"
    cap.udp(bad_label + struct.pack("!HH", 1, 1))
    exp.refused("name")
    cap.udp(w.message(question=("example.com.", w.TYPE_A), additional=[w.opt(), w.opt()]))
    exp.refused("opt")
    cap.udp(w.message(question=("example.com.", w.TYPE_A),
                      additional=[w.tsig(0), w.opt()]))
    exp.refused("tsig")
    cap.udp(ok + b"\0\0")
    exp.refused("malformed")


def tcp_and_fragments(cap, exp, addrs):
    """TCP: two messages in one segment, one message in three segments;
    a datagram in fragments, out of order; one with a fragment missing."""
    flow = cap.tcp_flow(**addrs)
    flow.handshake()
    exp.skipped("tcp-control", 3)
    flow.send(cw.framed([w.response(0, answer=[w.a("a.example.")]),
                         w.response(3, authority=[w.soa("example.")])]))
    exp.response("NOERROR")
    exp.response("NXDOMAIN")
    flow.send(cw.framed([w.response(2, ede=[w.ede(22)])]), sizes=[1, 12])
    exp.response("SERVFAIL", ede=[22])
    flow.fin()
    exp.skipped("tcp-control")
    big = w.response(0, answer=[w.a("www.example.com.", "192.0.2.%d" % i) for i in range(40)],
                     edns=True)
    src, dst = addrs["src"], addrs["dst"]
    payload = cw.udp(src, dst, 53, 33000, big)
    for n in [2, 0, 1, 3]:
        cap.frame(cw.fragments(src, dst, cw.IPPROTO_UDP, payload, 400, ident=7)[n])
    exp.response("NOERROR")
    lost = cw.fragments(src, dst, cw.IPPROTO_UDP, payload, 400, ident=8)
    for packet in lost[:2] + lost[3:]:
        cap.frame(packet)
    exp.skipped("fragment-incomplete", len(lost) - 1)


def not_dns(cap, exp, ether=False):
    """Packets that hold no DNS message, each under its reason."""
    cap.udp(w.response(0), sport=80, dport=50000)
    exp.skipped("port")
    cap.ip("192.0.2.1", "192.0.2.2", 1, b"\x08\0\0\0\0\0\0\0")  # ICMP echo
    exp.skipped("protocol")
    if ether:
        cap.frame(b"\0\1\x08\0\6\4\0\1" + b"\0" * 20, ethertype=0x0806)  # ARP
        exp.skipped("not-ip")


def build(tmp):
    exp = Expected()
    files = []

    path = os.path.join(tmp, "ether-vlan.pcap")
    with cw.Capture(path, "pcap", "ether", vlans=(10,)) as cap:
        header_and_opt_rcodes(cap, exp)
        not_dns(cap, exp, ether=True)
        # A response on port 5353: DNS only with --port 5353.
        cap.udp(w.response(0), sport=5353, dport=5353)
        exp.skipped("port")
    files.append(path)

    path = os.path.join(tmp, "sll-ipv6.pcapng")
    with cw.Capture(path, "pcapng", "sll", nano=True) as cap:
        tsig_errors(cap, exp)
        tcp_and_fragments(cap, exp, V6)
    files.append(path)

    path = os.path.join(tmp, "sll2-qinq.pcap")
    with cw.Capture(path, "pcap", "sll2", vlans=(100, 200)) as cap:
        edes(cap, exp)
    files.append(path)

    path = os.path.join(tmp, "raw-ipv4.pcapng")
    with cw.Capture(path, "pcapng", "raw") as cap:
        tcp_and_fragments(cap, exp, {"src": "192.0.2.53", "dst": "198.51.100.7"})
        cap.udp(w.response(0))
        exp.response("NOERROR")
        # The capture kept 20 octets less than the packet had.
        whole = cw.ip("192.0.2.53", "198.51.100.7", cw.IPPROTO_UDP,
                      cw.udp("192.0.2.53", "198.51.100.7", 53, 33000, w.response(0)))
        cap.frame(whole[:-20], orig_len=len(whole))
        exp.skipped("snaplen")
    files.append(path)

    path = os.path.join(tmp, "null-loopback.pcap")
    with cw.Capture(path, "pcap", "null") as cap:
        malformed(cap, exp)
        for i in range(3):
            cap.udp(w.query(ident=i), src="198.51.100.7", dst="192.0.2.53", sport=33000 + i,
                    dport=53)
            exp.query()
        not_dns(cap, exp)
    files.append(path)
    return files, exp


def run(*args):
    p = subprocess.run([PROG] + list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def csv_counts(text):
    lines = text.splitlines()
    check("--csv heading", lines[0] == "section,key,count", lines[0])
    out = {}
    for line in lines[1:]:
        section, key, count = line.split(",")
        out.setdefault(section, {})[key] = int(count)
    return out


# Prometheus text exposition 0.0.4: HELP and TYPE once per family, before
# its samples; names and label names [a-zA-Z_:][a-zA-Z0-9_:]*.
SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{([a-zA-Z_][a-zA-Z0-9_]*="[^"\\\n]*"'
                    r'(,[a-zA-Z_][a-zA-Z0-9_]*="[^"\\\n]*")*)\})? ([0-9]+)$')


def prometheus_samples(text):
    typed, samples = set(), []
    for line in text.splitlines():
        if line.startswith("# HELP "):
            continue
        if line.startswith("# TYPE "):
            name, kind = line.split()[2:4]
            check("prometheus: %s declared once" % name, name not in typed)
            check("prometheus: %s a counter" % name, kind == "counter")
            typed.add(name)
            continue
        m = SAMPLE.match(line)
        check("prometheus sample syntax", m is not None, line)
        if m is None:
            continue
        check("prometheus: %s typed before its samples" % m.group(1), m.group(1) in typed)
        labels = dict(re.findall(r'([a-zA-Z_]+)="([^"]*)"', m.group(3) or ""))
        samples.append((m.group(1), labels, int(m.group(5))))
    return samples


def main():
    global PROG
    PROG = sys.argv[1]
    with tempfile.TemporaryDirectory(prefix="summary-conformance.") as tmp:
        files, exp = build(tmp)
        expected = exp.json()

        status, out, err = run("--summary", "--json", *files)
        check("--summary --json exit status", status == 0, err)
        check("--summary --json stderr", err == "", err)
        got = json.loads(out)
        check("--summary --json is exactly the expected object", got == expected,
              "\n got:      %s\n expected: %s" % (json.dumps(got, sort_keys=True),
                                                   json.dumps(expected, sort_keys=True)))
        # Every message is accounted for, and every response once.
        check("messages = queries + responses + refused",
              got["messages"] == got["queries"] + got["responses"] + sum(got["malformed"].values()))
        check("responses = sum of rcode", got["responses"] == sum(got["rcode"].values()))
        # Figures written down by hand, not added up by the test.
        check("messages by hand", got["messages"] == 68, got["messages"])
        check("queries by hand", got["queries"] == 4, got["queries"])
        check("BADKEY from OPT and from TSIG", got["rcode"].get("BADKEY") == 2)
        check("NOTAUTH from header and TSIG", got["rcode"].get("NOTAUTH") == 3)
        check("EDE 22 options", got["ede"].get("22") == 5)
        check("SERVFAIL+22 once per response", got["rcode_ede"].get("SERVFAIL+22") == 4)

        # Options in any order; the same counts with --port 5353.
        status, out, err = run(files[0], "--json", "--port", "5353", "--summary")
        got = json.loads(out)
        check("--port 5353 reads the response on 5353",
              got["rcode"].get("NOERROR") == 2 and got["skipped"].get("port") == 1, out)

        status, out, err = run("--summary", "--csv", *files)
        check("--csv exit status", status == 0, err)
        csv = csv_counts(out)
        total = csv.pop("total")
        check("--csv totals", total == exp.totals, total)
        check("--csv sections", csv == {k: v for k, v in exp.sections.items() if v}, csv)

        status, out, err = run("--summary", "--prometheus", *files)
        check("--prometheus exit status", status == 0, err)
        samples = prometheus_samples(out)
        by_name = {}
        for name, labels, value in samples:
            by_name.setdefault(name, []).append((labels, value))
        check("prometheus messages",
              by_name.get("dnsrcode_messages_total") == [({}, expected["messages"])])
        rcodes = {l["rcode"]: v for l, v in by_name.get("dnsrcode_responses_by_rcode_total", [])}
        check("prometheus rcode", rcodes == expected["rcode"], rcodes)
        ede = {l["code"]: v for l, v in by_name.get("dnsrcode_ede_options_total", [])}
        check("prometheus ede", ede == expected["ede"], ede)
        pairs = {"%s+%s" % (l["rcode"], l["code"]): v
                 for l, v in by_name.get("dnsrcode_responses_by_rcode_ede_total", [])}
        check("prometheus rcode_ede", pairs == expected["rcode_ede"], pairs)
        skipped = {l["reason"]: v for l, v in by_name.get("dnsrcode_skipped_packets_total", [])}
        check("prometheus skipped", skipped == expected["skipped"], skipped)

        # The table: the same numbers in rows "KEY COUNT".
        status, out, err = run("--summary", *files)
        check("table exit status", status == 0, err)
        rows = dict(re.findall(r"^(\S+) +(\d+)\b", out, re.M))
        for key, value in list(expected["rcode"].items()) + list(expected["rcode_ede"].items()):
            check("table row %s" % key, rows.get(key) == str(value), rows.get(key))

    if FAILURES:
        print("summary_conformance: %d of %d checks failed" % (len(FAILURES), CHECKS),
              file=sys.stderr)
        return 1
    print("summary_conformance: all %d checks passed" % CHECKS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
