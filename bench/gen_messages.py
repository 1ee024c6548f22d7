"""Write bench/messages.txt, the message benchmark's corpus: responses of
the shapes a resolver or a capture sees every day, built with dnspython
and compressed as servers compress them.  One message a line, "label<TAB>
hex"; lines starting with "#" are comments.  The C bench and
bench/bench_python.py both read this file, so both time the same bytes.

Usage: /usr/bin/python3 bench/gen_messages.py > bench/messages.txt
"""

import random
import sys
import time

import dns.edns
import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rrset
import dns.tsig
import dns.tsigkeyring

SEED = 1035
KEYRING = dns.tsigkeyring.from_text({"xfr.example.": "c2VjcmV0IGtleSBmb3IgdGhlIGJlbmNo"})
ZONES = ["example.com.", "example.net.", "example.org.", "cdn.example.", "mail.example.co.uk."]
# The same bytes on every run: TSIG's Time Signed and the IDs are fixed.
TIME_SIGNED = 1795651200
time.time = lambda: TIME_SIGNED


def query(name, rdtype, tsig=False, edns=True):
	q = dns.message.make_query(name, rdtype, use_edns=0 if edns else None, want_dnssec=False)
	q.id = len(name) * 997 + len(rdtype)
	if tsig:
		q.use_tsig(KEYRING, keyname="xfr.example.", algorithm=dns.tsig.HMAC_SHA256)
		q.to_wire()  # the request MAC the response signs over
	return q


def response(q, rcode=dns.rcode.NOERROR, payload=1232, options=(), do=False):
	r = dns.message.make_response(q)
	r.flags |= dns.flags.RA
	if q.edns >= 0:
		r.use_edns(0, dns.flags.DO if do else 0, payload, options=list(options))
	r.set_rcode(rcode)
	return r


def soa(zone):
	return dns.rrset.from_text(zone, 3600, "IN", "SOA",
	                           f"ns1.{zone} hostmaster.{zone} 2026112601 7200 3600 1209600 300")


def rrsig(owner, covered, zone, rng):
	sig = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
	              for _ in range(88)) + "=="
	return dns.rrset.from_text(owner, 300, "IN", "RRSIG",
	                           f"{covered} 13 {len(dns.name.from_text(owner)) - 1} 300 "
	                           f"20261226000000 20261126000000 {rng.randrange(65536)} {zone} {sig}")


def a_answer(rng, zone, count=1, do=False):
	name = f"www.{zone}"
	r = response(query(name, "A"), do=do)
	r.answer.append(dns.rrset.from_text(name, 300, "IN", "A",
	                                    *(f"192.0.2.{rng.randrange(1, 255)}" for _ in range(count))))
	if do:
		r.answer.append(rrsig(name, "A", zone, rng))
	return r


def aaaa_answer(rng, zone):
	name = f"{rng.choice(['www', 'api', 'static'])}.{zone}"
	r = response(query(name, "AAAA"))
	r.answer.append(dns.rrset.from_text(name, 300, "IN", "AAAA",
	                                    *(f"2001:db8::{rng.randrange(1, 65535):x}" for _ in range(2))))
	return r


def nxdomain(rng, zone, do=False):
	r = response(query(f"nope{rng.randrange(1000)}.{zone}", "A"), dns.rcode.NXDOMAIN, do=do)
	r.authority.append(soa(zone))
	if do:
		r.authority.append(rrsig(zone, "SOA", zone, rng))
		r.authority.append(dns.rrset.from_text(f"a.{zone}", 300, "IN", "NSEC",
		                                       f"www.{zone} A AAAA RRSIG NSEC"))
		r.authority.append(rrsig(f"a.{zone}", "NSEC", zone, rng))
	return r


def nodata(rng, zone):
	r = response(query(f"www.{zone}", "MX"))
	r.authority.append(soa(zone))
	return r


def servfail_ede(rng, zone, code, text):
	r = response(query(f"www.{zone}", "A"), dns.rcode.SERVFAIL,
	             options=[dns.edns.EDEOption(code, text)])
	return r


def stale_answer(rng, zone):
	r = a_answer(rng, zone)
	r.use_edns(0, 0, 1232, options=[dns.edns.EDEOption(3, "resolver unreachable, serving stale")])
	return r


def mx_with_glue(rng, zone):
	r = response(query(zone, "MX"))
	hosts = [f"mx{i}.{zone}" for i in range(1, rng.randrange(2, 5))]
	r.answer.append(dns.rrset.from_text(zone, 3600, "IN", "MX",
	                                    *(f"{10 * (i + 1)} {h}" for i, h in enumerate(hosts))))
	for h in hosts:
		r.additional.append(dns.rrset.from_text(h, 3600, "IN", "A", f"198.51.100.{rng.randrange(1, 255)}"))
		r.additional.append(dns.rrset.from_text(h, 3600, "IN", "AAAA", f"2001:db8:1::{rng.randrange(1, 999)}"))
	return r


def referral(rng, zone):
	r = response(query(f"www.{zone}", "A"))
	r.flags &= ~dns.flags.AA
	servers = [f"ns{i}.{zone}" for i in range(1, 5)]
	r.authority.append(dns.rrset.from_text(zone, 172800, "IN", "NS", *servers))
	for s in servers:
		r.additional.append(dns.rrset.from_text(s, 172800, "IN", "A", f"203.0.113.{rng.randrange(1, 255)}"))
	return r


def cname_chain(rng, zone, hops):
	name = f"www.{zone}"
	r = response(query(name, "A"))
	owner = name
	for i in range(hops):
		target = f"edge{i}-{rng.randrange(100)}.cdn.example."
		r.answer.append(dns.rrset.from_text(owner, 300, "IN", "CNAME", target))
		owner = target
	r.answer.append(dns.rrset.from_text(owner, 20, "IN", "A", "192.0.2.80", "192.0.2.81"))
	return r


def txt_answer(rng, zone, strings):
	r = response(query(zone, "TXT"), payload=4096)
	r.answer.append(dns.rrset.from_text(zone, 3600, "IN", "TXT",
	                                    "\"v=spf1 include:_spf.example.net ip4:192.0.2.0/24 -all\"",
	                                    *(f"\"{'k' * rng.randrange(40, 250)}\"" for _ in range(strings))))
	return r


def dnskey_answer(rng, zone, keys):
	r = response(query(zone, "DNSKEY"), payload=4096, do=True)
	keytexts = []
	for i in range(keys):
		key = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
		              for _ in range(rng.choice([88, 344])))
		keytexts.append(f"{257 if i == 0 else 256} 3 8 {key}")
	r.answer.append(dns.rrset.from_text(zone, 3600, "IN", "DNSKEY", *keytexts))
	r.answer.append(rrsig(zone, "DNSKEY", zone, rng))
	return r


def tsig_signed(rng, zone, error=0):
	q = query(zone, "SOA", tsig=True, edns=False)
	r = dns.message.make_response(q)
	if error:
		r.set_rcode(dns.rcode.NOTAUTH)
	else:
		r.answer.append(soa(zone))
	r.use_tsig(KEYRING, keyname="xfr.example.", algorithm=dns.tsig.HMAC_SHA256, tsig_error=error)
	return r


def srv_answer(rng, zone):
	name = f"_sip._udp.{zone}"
	r = response(query(name, "SRV"))
	r.answer.append(dns.rrset.from_text(name, 600, "IN", "SRV", f"10 60 5060 sip1.{zone}", f"20 40 5060 sip2.{zone}"))
	r.additional.append(dns.rrset.from_text(f"sip1.{zone}", 600, "IN", "A", "192.0.2.10"))
	return r


def ptr_answer(rng):
	octet = rng.randrange(1, 255)
	name = f"{octet}.2.0.192.in-addr.arpa."
	r = response(query(name, "PTR"))
	r.answer.append(dns.rrset.from_text(name, 86400, "IN", "PTR", f"host-{octet}.example.net."))
	return r


def https_answer(rng, zone):
	r = response(query(zone, "HTTPS"))
	r.answer.append(dns.rrset.from_text(zone, 300, "IN", "HTTPS", "1 . alpn=h2,h3 ipv4hint=192.0.2.1"))
	return r


def cookie_answer(rng, zone):
	r = a_answer(rng, zone)
	r.use_edns(0, 0, 1232, options=[dns.edns.GenericOption(dns.edns.OptionType.COOKIE,
	                                                       bytes(rng.randrange(256) for _ in range(24)))])
	return r


def refused(rng, zone, ede):
	opts = [dns.edns.EDEOption(18, "recursion not offered")] if ede else []
	return response(query(f"www.{zone}", "A"), dns.rcode.REFUSED, options=opts)


def badcookie(rng, zone):
	return response(query(f"www.{zone}", "A"), dns.rcode.BADCOOKIE,
	                options=[dns.edns.GenericOption(dns.edns.OptionType.COOKIE, bytes(range(24)))])


def messages(rng):
	out = []
	for zone in ZONES:
		out.append(("A", a_answer(rng, zone)))
	out.append(("A, 4 addresses", a_answer(rng, "example.com.", 4)))
	out.append(("A + RRSIG (DO)", a_answer(rng, "example.org.", 1, do=True)))
	for zone in ZONES[:3]:
		out.append(("AAAA", aaaa_answer(rng, zone)))
	for zone in ZONES[:4]:
		out.append(("NXDOMAIN + SOA", nxdomain(rng, zone)))
	out.append(("NXDOMAIN + SOA, NSEC, RRSIGs (DO)", nxdomain(rng, "example.org.", do=True)))
	out.append(("NODATA + SOA", nodata(rng, "example.net.")))
	out.append(("SERVFAIL + EDE DNSSEC bogus", servfail_ede(rng, "example.com.", 6, "RRSIG for example.com/A expired")))
	out.append(("SERVFAIL + EDE no reachable authority", servfail_ede(rng, "example.net.", 22, "")))
	out.append(("SERVFAIL + EDE network error", servfail_ede(rng, "example.org.", 23, "192.0.2.53:53 timed out")))
	out.append(("SERVFAIL + EDE DNSKEY missing", servfail_ede(rng, "cdn.example.", 9, "no DNSKEY matches DS 12345")))
	out.append(("stale answer + EDE 3", stale_answer(rng, "example.com.")))
	for zone in ZONES[:3]:
		out.append(("MX with glue", mx_with_glue(rng, zone)))
	out.append(("referral, NS + glue", referral(rng, "example.net.")))
	out.append(("referral, NS + glue", referral(rng, "mail.example.co.uk.")))
	for hops in (1, 2, 3):
		out.append((f"CNAME chain, {hops}", cname_chain(rng, ZONES[hops], hops)))
	out.append(("TXT, SPF", txt_answer(rng, "example.com.", 0)))
	out.append(("TXT, large", txt_answer(rng, "example.net.", 3)))
	out.append(("TXT, large", txt_answer(rng, "example.org.", 7)))
	out.append(("DNSKEY + RRSIG", dnskey_answer(rng, "example.com.", 2)))
	out.append(("DNSKEY + RRSIG", dnskey_answer(rng, "example.org.", 4)))
	out.append(("TSIG-signed SOA", tsig_signed(rng, "example.com.")))
	out.append(("TSIG-signed SOA", tsig_signed(rng, "example.net.")))
	out.append(("TSIG BADSIG under NOTAUTH", tsig_signed(rng, "example.org.", dns.rcode.BADSIG)))
	out.append(("TSIG BADTIME under NOTAUTH", tsig_signed(rng, "example.com.", dns.rcode.BADTIME)))
	out.append(("SRV + glue", srv_answer(rng, "example.com.")))
	out.append(("PTR", ptr_answer(rng)))
	out.append(("PTR", ptr_answer(rng)))
	out.append(("HTTPS", https_answer(rng, "example.com.")))
	out.append(("A + cookie", cookie_answer(rng, "example.net.")))
	out.append(("BADCOOKIE", badcookie(rng, "example.org.")))
	out.append(("REFUSED", refused(rng, "example.com.", False)))
	out.append(("REFUSED + EDE 18", refused(rng, "example.net.", True)))
	while len(out) < 52:
		zone = rng.choice(ZONES)
		kind = rng.randrange(3)
		if kind == 0:
			out.append(("A", a_answer(rng, zone, rng.randrange(1, 3))))
		elif kind == 1:
			out.append(("NXDOMAIN + SOA", nxdomain(rng, zone)))
		else:
			out.append(("CNAME chain, 1", cname_chain(rng, zone, 1)))
	return out


def main():
	if len(sys.argv) != 1:
		sys.exit(__doc__)
	rng = random.Random(SEED)
	print("# Generated by bench/gen_messages.py: do not edit.  label<TAB>hex")
	for label, msg in messages(rng):
		print(f"{label}\t{msg.to_wire(want_shuffle=False).hex()}")


if __name__ == "__main__":
	main()
