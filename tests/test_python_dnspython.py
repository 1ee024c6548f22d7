#!/usr/bin/env python3
"""dnsrcode.compat's to_text, from_text, from_flags and to_flags against
dnspython's dns.rcode, input by input: the same result (value and type) or
the same exception (type and message; UnknownRcode for UnknownRcode), and
dnspython's handlers catch what compat raises.

Skipped (exit 77) when dnspython is not installed."""

import decimal
import enum
import fractions
import random
import sys
import unittest

try:
	import dns.edns
	import dns.exception
	import dns.rcode
except ImportError:
	print("dnspython is not installed: skipped")
	sys.exit(77)

import dnsrcode
from dnsrcode import compat

VALUES = list(range(-2, 4201)) + [65535]
ODD_VALUES = [
	True, False, 0.0, -0.0, 3.0, 16.0, 3.5, 4095.0, 4095.5, 4096.0, -1.0,
	float("nan"), float("inf"), float("-inf"), 2**64, -2**64, 10**100, 2**20000,
	None, "3", "NXDOMAIN", b"3", [], (), {}, object(), 3j, 16 + 0j,
	decimal.Decimal("3"), decimal.Decimal("3.5"), decimal.Decimal("NaN"),
	fractions.Fraction(16, 1), fractions.Fraction(1, 2),
	dns.rcode.Rcode.NXDOMAIN, dns.rcode.Rcode.BADSIG, dnsrcode.Rcode.BADVERS,
	dnsrcode.Context.TSIG, dnsrcode.Family.COOKIE,
]
TSIG_FLAGS = [False, True, 0, 1, None, "", "yes", [], [0]]


def spellings(name):
	yield from {name, name.upper(), name.lower(), name.capitalize(), name.swapcase(),
	            "".join(ch.upper() if i % 2 else ch.lower() for i, ch in enumerate(name))}


def texts():
	names = set(dns.rcode.Rcode.__members__) | set(dnsrcode.Rcode.__members__)
	names |= {info.name for info in dnsrcode.entries()}
	names |= {"NOTIMPL", "RESERVED11", "RESERVED15", "RCODE3", "RCODE16", "NoError",
	          "NotAuth", "BADSIG", "BADVERS"}
	for name in sorted(names):
		yield from spellings(name)
		yield name + " "
		yield " " + name
		yield name + "\0"
		yield name[:-1]
		yield name + "X"
	for v in VALUES:
		yield str(v)
	yield from [
		"", " ", "\0", "-0", "+3", " 3", "3 ", "03", "0003", "00016", "0x10", "1e3", "3.0",
		"\u0663", "\u00b2", "\u00b9\u2076", "\U0001d7d1", "\uff13", "\u0661\u0666",
		"nxdoma\u0131n", "nxdomaın", "bad\u017fig", "stra\u00dfe", "\u01c4", "\ufb00",
		"NXDOMAIN\u0307", "\ud800", "9" * 5000, "1" + "0" * 4400, "4" * 4300,
		"RCODE", "RCODE-1", "rcode4096", "BADSIG16", "16BADSIG", "x" * 10000,
	]


NOT_TEXT = [None, 3, 3.0, b"NXDOMAIN", b"3", b"", bytearray(b"3"), [], ["NXDOMAIN"],
            object(), dns.rcode.Rcode.NXDOMAIN]


def flag_pairs():
	rng = random.Random(6891)
	for code in range(4096):
		header = code & 0xF
		ext = (code >> 4) << 24
		yield header, ext
		yield header | (rng.randrange(1 << 12) << 4), ext | rng.randrange(1 << 24)
		yield header | 0xFFF0, ext | 0x00FFFFFF
	for flags, ednsflags in [(-1, -1), (-1, 0), (0, -1), (-2**40, 2**70), (2**100, -3),
	                         (True, True), (False, 2**31), (1 << 16, 1 << 32)]:
		yield flags, ednsflags
	for bad in (1.0, None, "3", b"3", [], 3j, decimal.Decimal(3)):
		yield bad, 0
		yield 0, bad


def describe(value):
	"""What a call gave, comparable across the two libraries."""
	if isinstance(value, enum.Enum):
		return ("enum", type(value).__name__, value.name, int(value))
	if isinstance(value, tuple):
		return ("tuple",) + tuple(describe(v) for v in value)
	if isinstance(value, float) and value != value:
		return ("float", "nan")
	return (type(value).__name__, value)


def outcome(func, *args):
	try:
		result = func(*args)
	except dns.rcode.UnknownRcode:
		return ("raise", "UnknownRcode")
	except Exception as e:  # the point is to compare every exception
		return ("raise", type(e).__name__, str(e))
	return ("return", describe(result))


class Differential(unittest.TestCase):
	def compare(self, name, ours, theirs, inputs):
		diffs = []
		count = 0
		for args in inputs:
			count += 1
			a = outcome(ours, *args)
			b = outcome(theirs, *args)
			if a != b:
				diffs.append(f"{name}{args!r:.80}: dnsrcode {a!r:.120} dnspython {b!r:.120}")
		self.assertEqual(diffs, [], f"{len(diffs)} of {count} {name} calls differ")
		self.assertGreater(count, 0)
		print(f"{name}: {count} inputs, 0 differences", file=sys.stderr)

	def test_to_text(self):
		inputs = [(v, t) for v in VALUES + ODD_VALUES for t in TSIG_FLAGS]
		inputs += [(v,) for v in VALUES + ODD_VALUES]
		self.compare("to_text", compat.to_text, dns.rcode.to_text, inputs)

	def test_from_text(self):
		inputs = [(t,) for t in texts()] + [(t,) for t in NOT_TEXT]
		self.compare("from_text", compat.from_text, dns.rcode.from_text, inputs)

	def test_from_flags_covers_every_12_bit_code(self):
		pairs = list(flag_pairs())
		seen = {dns.rcode.from_flags(f, e) for f, e in pairs
		        if type(f) is int and type(e) is int}
		self.assertEqual(seen, set(range(4096)))
		self.compare("from_flags", compat.from_flags, dns.rcode.from_flags, pairs)

	def test_to_flags(self):
		inputs = [(v,) for v in VALUES + ODD_VALUES]
		self.compare("to_flags", compat.to_flags, dns.rcode.to_flags, inputs)

	def test_rcode_class_methods(self):
		ours, theirs = dnsrcode.Rcode, dns.rcode.Rcode
		values = [(v,) for v in VALUES + ODD_VALUES]
		self.compare("Rcode.to_text", ours.to_text, theirs.to_text, values)
		self.compare("Rcode.make", ours.make, theirs.make,
		             values + [(t,) for t in texts()])
		self.compare("Rcode.from_text", ours.from_text, theirs.from_text,
		             [(t,) for t in texts()] + [(t,) for t in NOT_TEXT])

	def test_the_enums_have_the_same_members(self):
		self.assertEqual({n: int(m) for n, m in dnsrcode.Rcode.__members__.items()},
		                 {n: int(m) for n, m in dns.rcode.Rcode.__members__.items()})
		self.assertEqual([m.name for m in dnsrcode.Rcode], [m.name for m in dns.rcode.Rcode])

	def test_module_constants_match(self):
		for name in dns.rcode.Rcode.__members__:
			self.assertEqual(describe(getattr(compat, name)), describe(getattr(dns.rcode, name)))
			self.assertIs(getattr(compat, name), getattr(dnsrcode, name))

	def test_the_module_has_dnspythons_names(self):
		theirs = {n for n in dir(dns.rcode) if not n.startswith("_")}
		theirs -= {"dns", "Tuple"}  # its own imports
		self.assertEqual({n for n in dir(compat) if not n.startswith("_")}, theirs)


class DnspythonHandlers(unittest.TestCase):
	"""Code written for dnspython keeps its except clauses."""

	def test_dnspythons_handlers_catch_unknown_names(self):
		for call in (lambda: compat.from_text("FOO"), lambda: compat.Rcode.make("FOO"),
		             lambda: compat.Rcode.from_text("")):
			with self.assertRaises(dns.rcode.UnknownRcode) as cm:
				call()
			self.assertIsInstance(cm.exception, dns.exception.DNSException)
			self.assertIsInstance(cm.exception, compat.UnknownRcode)
			self.assertIsInstance(cm.exception, ValueError)
			self.assertEqual(cm.exception.error, dnsrcode.EUNKNOWN)
			self.assertIn("unknown rcode", str(cm.exception))

	def test_the_class_is_made_once(self):
		classes = set()
		for text in ("FOO", "BAR"):
			try:
				compat.from_text(text)
			except dns.rcode.UnknownRcode as e:
				classes.add(type(e))
		self.assertEqual(len(classes), 1)


class EdeCodes(unittest.TestCase):
	def test_ede_code_has_the_members_of_dnspythons_edecode(self):
		theirs = {m.name: int(m) for m in dns.edns.EDECode}
		ours = {m.name: int(m) for m in dnsrcode.EdeCode}
		# dnspython knows the codes up to its release; the registry has grown
		self.assertEqual({n: v for n, v in ours.items() if v in theirs.values()}, theirs)


if __name__ == "__main__":
	unittest.main()
