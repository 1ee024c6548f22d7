#!/usr/bin/env python3
"""dnsrcode.compat without dnspython: the drop-in for dns.rcode raises our
UnknownRcode, and one that dnspython's handlers catch as soon as the
process has dnspython's modules (stand-ins here); it never imports them.
tests/test_python_dnspython.py compares it with dnspython itself."""

import subprocess
import sys
import types
import unittest

import dnsrcode
from dnsrcode import compat

DNS_MODULES = ("dns", "dns.exception", "dns.rcode")


def fake_dnspython(with_rcode=True):
	"""Stand-ins for dns.exception and dns.rcode, as the caller's process
	would have them loaded."""
	exception = types.ModuleType("dns.exception")

	class DNSException(Exception):
		pass
	exception.DNSException = DNSException
	modules = {"dns": types.ModuleType("dns"), "dns.exception": exception}
	if with_rcode:
		rcode = types.ModuleType("dns.rcode")

		class UnknownRcode(DNSException):
			pass
		rcode.UnknownRcode = UnknownRcode
		modules["dns.rcode"] = rcode
	return modules


def raised(text="NOSUCHCODE"):
	try:
		compat.from_text(text)
	except Exception as e:  # what it raises is the point
		return e
	raise AssertionError(f"from_text({text!r}) returned")


class TestUnknownRcode(unittest.TestCase):
	def setUp(self):
		self.saved = {name: sys.modules.pop(name) for name in DNS_MODULES if name in sys.modules}

	def tearDown(self):
		for name in DNS_MODULES:
			sys.modules.pop(name, None)
		sys.modules.update(self.saved)

	def test_without_dnspython_it_is_ours(self):
		e = raised()
		self.assertIs(type(e), dnsrcode.UnknownRcode)
		self.assertIs(compat.UnknownRcode, dnsrcode.UnknownRcode)
		self.assertEqual(e.error, dnsrcode.EUNKNOWN)
		self.assertEqual(str(e), "unknown rcode 'NOSUCHCODE'")

	def test_with_dns_rcode_loaded_it_is_also_theirs(self):
		modules = fake_dnspython()
		sys.modules.update(modules)
		e = raised()
		self.assertIsInstance(e, modules["dns.rcode"].UnknownRcode)
		self.assertIsInstance(e, modules["dns.exception"].DNSException)
		self.assertIsInstance(e, dnsrcode.UnknownRcode)
		self.assertEqual(e.error, dnsrcode.EUNKNOWN)
		self.assertEqual(str(e), "unknown rcode 'NOSUCHCODE'")

	def test_with_only_dns_exception_loaded_it_is_a_dnsexception(self):
		modules = fake_dnspython(with_rcode=False)
		sys.modules.update(modules)
		e = raised()
		self.assertIsInstance(e, modules["dns.exception"].DNSException)
		self.assertIsInstance(e, dnsrcode.UnknownRcode)

	def test_a_module_loaded_later_or_replaced_is_seen(self):
		self.assertIs(type(raised()), dnsrcode.UnknownRcode)
		first = fake_dnspython()
		sys.modules.update(first)
		self.assertIsInstance(raised(), first["dns.rcode"].UnknownRcode)
		second = fake_dnspython()
		sys.modules.update(second)
		e = raised()
		self.assertIsInstance(e, second["dns.rcode"].UnknownRcode)
		self.assertNotIsInstance(e, first["dns.rcode"].UnknownRcode)
		for name in DNS_MODULES:
			del sys.modules[name]
		self.assertIs(type(raised()), dnsrcode.UnknownRcode)

	def test_the_rcode_class_methods_raise_the_same(self):
		sys.modules.update(fake_dnspython())
		for call in (lambda: dnsrcode.Rcode.from_text("x"), lambda: dnsrcode.Rcode.make("x")):
			with self.assertRaises(sys.modules["dns.rcode"].UnknownRcode):
				call()

	def test_non_text_and_other_errors_are_not_unknown_names(self):
		sys.modules.update(fake_dnspython())
		self.assertRaises(AttributeError, compat.from_text, None)
		self.assertRaises(TypeError, compat.from_text, b"3")  # bytes.startswith("")
		with self.assertRaisesRegex(ValueError, "rcode must be between >= 0 and <= 4095"):
			compat.from_text("4096")


class TestNoImport(unittest.TestCase):
	def test_compat_never_imports_dnspython(self):
		code = ("import sys, dnsrcode.compat as c\n"
		        "try:\n c.from_text('FOO')\nexcept c.UnknownRcode:\n pass\n"
		        "c.to_text(3); c.from_flags(3, 0); c.to_flags(3)\n"
		        "print(sorted(m for m in sys.modules if m == 'dns' or m.startswith('dns.')))\n")
		run = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
		                     check=True)
		self.assertEqual(run.stdout.strip(), "[]")


class TestAnswers(unittest.TestCase):
	"""A few of dnspython's answers, for a build without dnspython."""

	def test_results(self):
		self.assertIs(compat.from_text("nxdomain"), compat.NXDOMAIN)
		self.assertIs(compat.from_text(text="0003"), compat.NXDOMAIN)
		self.assertEqual((type(compat.from_text("4000")), compat.from_text("4000")), (int, 4000))
		self.assertEqual(compat.to_text(16, tsig=True), "BADSIG")
		self.assertEqual(compat.to_text(4000), "4000")
		self.assertIs(compat.from_flags(0x8183, 0), compat.NXDOMAIN)
		self.assertEqual(compat.to_flags(23), (7, 1 << 24))

	def test_range_errors_are_dnspythons(self):
		with self.assertRaisesRegex(ValueError, r"^rcode must be between >= 0 and <= 4095$"):
			compat.to_text(4096)
		with self.assertRaisesRegex(ValueError, r"^rcode must be >= 0 and <= 4095$"):
			compat.to_flags(-1)


if __name__ == "__main__":
	unittest.main()
