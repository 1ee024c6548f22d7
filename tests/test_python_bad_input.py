#!/usr/bin/env python3
"""Bad input to every function of `dnsrcode` and `_dnsrcode`: a clear
exception of the right type, carrying the library's DNSRCODE_E* code as
`error`, with a message that starts with the name of the function called;
never a crash, never a silent answer.  (dnsrcode.compat raises what
dnspython raises: tests/test_python_dnspython.py.)"""

import inspect
import os
import random
import re
import struct
import unittest

from dnsrcode import _dnsrcode as c
import dnsrcode
from dnsrcode import Context, Family, Format

E = dnsrcode
HEADER = Context.HEADER

# Values that are no RCODE for one reason or another.
NOT_INTS = [None, "3", b"3", 3.0, 3.5, float("nan"), [], {}, object(), True, False, 3j]
OUT_OF_RANGE = [-1, -2**31, 65536, 2**31, 2**32, 2**63, 2**64, 10**30, -10**30, 2**20000]
# Text that is not even a name: empty, NUL, non-ASCII, signs, spaces, ...
TEXTS_MALFORMED = ["", " ", "\0", "NXDOMAIN\0", "\0NXDOMAIN", "nxdom\u00e1in", "\u0663",
                   "\ud800", "NXDOMAIN\udcff", "\U0001f600", "9" * 5000,
                   b"\xff", b"NX\x00DOMAIN", "-3", "+3", "3 ", "0x10"]
# A response with OPT; with one more octet after it, malformed.
MESSAGE = struct.pack("!HHHHHH", 1, 0x8180, 0, 0, 0, 1) + b"\0" + struct.pack("!HHIH", 41, 1232, 0, 0)

# (function, args, kwargs, exception, error code) for every public function
# that takes arguments.
CASES = [
	("lookup", ("3",), {}, TypeError, E.EINVAL),
	("lookup", (3.0,), {}, TypeError, E.EINVAL),
	("lookup", (True,), {}, TypeError, E.EINVAL),
	("lookup", (70000,), {}, ValueError, E.ERANGE),
	("lookup", (-1,), {}, ValueError, E.ERANGE),
	("lookup", (12,), {}, E.UnknownRcode, E.EUNKNOWN),
	("lookup", (16, HEADER), {}, ValueError, E.ERANGE),
	("lookup", (3, 9), {}, ValueError, E.EINVAL),
	("lookup", (3, "TSIG"), {}, TypeError, E.EINVAL),
	("lookup_name", (3,), {}, TypeError, E.EINVAL),
	("lookup_name", ("FOO",), {}, E.UnknownRcode, E.EUNKNOWN),
	("lookup_name", ("\ud800",), {}, ValueError, E.ESYNTAX),
	("to_text", ("3",), {}, TypeError, E.EINVAL),
	("to_text", (12,), {}, E.UnknownRcode, E.EUNKNOWN),
	("to_text", (16, HEADER), {}, ValueError, E.ERANGE),
	("to_text", (70000,), {}, ValueError, E.ERANGE),
	("to_text", (3, 5), {}, ValueError, E.EINVAL),
	("parse", (3,), {}, TypeError, E.EINVAL),
	("parse", (3,), {"strict": True}, TypeError, E.EINVAL),
	("parse", ("",), {}, ValueError, E.EEMPTY),
	("parse", ("-3",), {}, ValueError, E.ESIGN),
	("parse", (" 3",), {}, ValueError, E.ESPACE),
	("parse", ("3x",), {}, ValueError, E.ETRAILING),
	("parse", ("n\u00e9",), {}, ValueError, E.ESYNTAX),
	("parse", ("16", HEADER), {}, ValueError, E.ERANGE),
	("parse", ("16", HEADER), {"strict": True}, ValueError, E.ERANGE),
	("parse", ("bogus",), {}, E.UnknownRcode, E.EUNKNOWN),
	("parse", ("NOTIMPL",), {"strict": True}, ValueError, E.EALIAS),
	("parse", ("3", 9), {}, ValueError, E.EINVAL),
	("format", ("3",), {}, TypeError, E.EINVAL),
	("format", (70000,), {}, ValueError, E.ERANGE),
	("format", (16, HEADER), {}, ValueError, E.ERANGE),
	("format", (3, 9), {}, ValueError, E.EINVAL),
	("format", (3, 0, 9), {}, ValueError, E.EINVAL),
	("format", (3, 0, "FULL"), {}, TypeError, E.EINVAL),
	("range", ("3",), {}, TypeError, E.EINVAL),
	("range", (-1,), {}, ValueError, E.ERANGE),
	("in_family", ("3", Family.BASE), {}, TypeError, E.EINVAL),
	("in_family", (3, 0x80), {}, ValueError, E.EINVAL),
	("in_family", (3, "BASE"), {}, TypeError, E.EINVAL),
	("in_family", (3, Family.BASE, 9), {}, ValueError, E.EINVAL),
	("fits", ("3", HEADER), {}, TypeError, E.EINVAL),
	("fits", (70000, HEADER), {}, ValueError, E.ERANGE),
	("fits", (3, 9), {}, ValueError, E.EINVAL),
	("fits", (3, None), {}, TypeError, E.EINVAL),
	("combine", (16, 0), {}, ValueError, E.ERANGE),
	("combine", (0, 256), {}, ValueError, E.ERANGE),
	("combine", ("1", 0), {}, TypeError, E.EINVAL),
	("split", ("3",), {}, TypeError, E.EINVAL),
	("split", (4096,), {}, ValueError, E.ERANGE),
	("split", (70000,), {}, ValueError, E.ERANGE),
	("from_flags", (65536, 0), {}, ValueError, E.ERANGE),
	("from_flags", (0, 2**32), {}, ValueError, E.ERANGE),
	("from_flags", ("0", 0), {}, TypeError, E.EINVAL),
	("to_flags", (4096,), {}, ValueError, E.ERANGE),
	("to_flags", (70000,), {}, ValueError, E.ERANGE),
	("to_flags", (0, 65536), {}, ValueError, E.ERANGE),
	("to_flags", (0, 0, 2**32), {}, ValueError, E.ERANGE),
	("to_flags", ("0",), {}, TypeError, E.EINVAL),
	("effective", (16,), {}, ValueError, E.ERANGE),
	("effective", (0, 256), {}, ValueError, E.ERANGE),
	("effective", (0, None, 65536), {}, ValueError, E.ERANGE),
	("effective", (0, 1.0), {}, TypeError, E.EINVAL),
	("effective", (0, 0.0), {}, TypeError, E.EINVAL),
	("effective", ("0",), {}, TypeError, E.EINVAL),
	("strerror", ("x",), {}, TypeError, E.EINVAL),
	("strerror", (2**40,), {}, ValueError, E.ERANGE),
	("ede_lookup", ("9",), {}, TypeError, E.EINVAL),
	("ede_lookup", (70000,), {}, ValueError, E.ERANGE),
	("ede_lookup", (40000,), {}, E.UnknownEde, E.EUNKNOWN),
	("ede_lookup_text", (9,), {}, TypeError, E.EINVAL),
	("ede_lookup_text", ("Foo Bar",), {}, E.UnknownEde, E.EUNKNOWN),
	("ede_parse", (9,), {}, TypeError, E.EINVAL),
	("ede_parse", ("",), {}, ValueError, E.EEMPTY),
	("ede_parse", ("-9",), {}, ValueError, E.ESIGN),
	("ede_parse", ("9x",), {}, ValueError, E.ETRAILING),
	("ede_parse", ("65536",), {}, ValueError, E.ERANGE),
	("ede_parse", ("dnskey  missing",), {}, ValueError, E.ESPACE),
	("ede_parse", (" dnskey missing",), {}, ValueError, E.ESPACE),
	("ede_parse", ("Foo Bar",), {}, E.UnknownEde, E.EUNKNOWN),
	("ede_format", ("9",), {}, TypeError, E.EINVAL),
	("ede_format", (70000,), {}, ValueError, E.ERANGE),
	("ede_format", (9, 99), {}, ValueError, E.EINVAL),
	("ede_format", (9, "FULL"), {}, TypeError, E.EINVAL),
	("ede_range", ("9",), {}, TypeError, E.EINVAL),
	("ede_range", (70000,), {}, ValueError, E.ERANGE),
	("msg_status", ("\x12\x34",), {}, TypeError, E.EINVAL),
	("msg_status", (None,), {}, TypeError, E.EINVAL),
	("msg_status", (b"",), {}, E.MessageError, E.ETRUNCATED),
	("msg_status", (MESSAGE[:-1],), {}, E.MessageError, E.ETRUNCATED),
	("msg_status", (MESSAGE + b"\0",), {}, E.MessageError, E.EMALFORMED),
]

# (function, valid arguments) of the raw module: each argument in turn is
# replaced by one of the wrong type (but for the flags, True here, which
# take any object's truth).
RAW = [
	("lookup", (3, 0)), ("lookup_name", ("NXDOMAIN",)), ("to_text", (3, 0)),
	("parse", ("3", 0)), ("parse_strict", ("3", 0)), ("format", (3, 0, 0)),
	("range", (3,)), ("in_family", (3, 1, 0)), ("fits", (3, 0)), ("combine", (3, 1)),
	("split", (3,)), ("from_flags", (3, 0)), ("to_flags", (3, 0, 0)),
	("effective", (3, True, 0, True, 0)), ("ede_lookup", (9,)), ("ede_lookup_text", ("9",)),
	("ede_to_text", (9,)), ("ede_parse", ("9",)), ("ede_format", (9, 0)), ("ede_range", (9,)),
	("ede_category_name", (1,)), ("strerror", (0,)), ("msg_status", (MESSAGE,)),
]


def show(args):
	"""The arguments for a failure message; a huge int has no decimal text
	(the interpreter refuses to make one past 4300 digits)."""
	return ", ".join(f"<{a.bit_length()}-bit int>" if isinstance(a, int) and a.bit_length() > 64
	                 else repr(a)[:40] for a in args)


class BadInput(unittest.TestCase):
	def refuses(self, exc, func, *args, **kwargs):
		"""func(*args) raises exc with a message that says something."""
		call = f"{getattr(func, '__name__', func)}({show(args)})"
		with self.assertRaises(exc, msg=call) as cm:
			func(*args, **kwargs)
		self.assertTrue(str(cm.exception), f"{call}: empty message")
		return cm.exception

	def refuses_by_name(self, exc, error, name, func, *args, **kwargs):
		"""... and the exception says which function and has the code."""
		e = self.refuses(exc, func, *args, **kwargs)
		call = f"{name}({show(args)})"
		self.assertTrue(str(e).startswith(name + ": "), f"{call}: {str(e)!r}")
		self.assertEqual(getattr(e, "error", None), error, f"{call}: {e!r}")
		return e


class TestEveryFunction(BadInput):
	def test_every_case_raises_its_exception_with_code_and_name(self):
		for name, args, kwargs, exc, error in CASES:
			with self.subTest(name=name, args=show(args), kwargs=kwargs):
				e = self.refuses_by_name(exc, error, name, getattr(dnsrcode, name), *args, **kwargs)
				if exc is ValueError:
					self.assertNotIsInstance(e, (E.UnknownRcode, E.UnknownEde, E.MessageError))

	def test_every_function_with_arguments_has_cases(self):
		functions = {name for name in dnsrcode.__all__ + ["format", "range"]
		             if inspect.isroutine(getattr(dnsrcode, name))
		             and inspect.signature(getattr(dnsrcode, name)).parameters}
		self.assertEqual(functions, {case[0] for case in CASES})

	def test_every_raw_function_names_itself(self):
		for name, args in RAW:
			for i in range(len(args)):
				if args[i] is True:
					continue
				bad = args[:i] + (object(),) + args[i + 1:]
				with self.subTest(name=name, arg=i):
					self.refuses_by_name(TypeError, E.EINVAL, name, getattr(c, name), *bad)

	def test_exceptions_of_the_package_carry_the_code_by_class(self):
		self.assertEqual(E.UnknownRcode("x").error, E.EUNKNOWN)
		self.assertEqual(E.UnknownEde("x").error, E.EUNKNOWN)
		for cls in (E.UnknownRcode, E.UnknownEde, E.MessageError):
			self.assertTrue(issubclass(cls, ValueError))


class TestCodeArguments(BadInput):
	CODE_FUNCS = [
		("lookup", dnsrcode.lookup), ("to_text", dnsrcode.to_text), ("format", dnsrcode.format),
		("range", dnsrcode.range), ("split", dnsrcode.split), ("to_flags", dnsrcode.to_flags),
		("fits", lambda code: dnsrcode.fits(code, Context.ANY)),
		("in_family", lambda code: dnsrcode.in_family(code, Family.BASE)),
		("lookup", lambda code: c.lookup(code, 0)), ("to_text", lambda code: c.to_text(code, 0)),
		("format", lambda code: c.format(code, 0, 0)), ("range", c.range), ("split", c.split),
		("to_flags", lambda code: c.to_flags(code, 0, 0)),
	]

	def test_non_integers_raise_type_error(self):
		for name, func in self.CODE_FUNCS:
			for value in NOT_INTS:
				self.refuses_by_name(TypeError, E.EINVAL, name, func, value)

	def test_values_outside_16_bits_raise_value_error(self):
		for name, func in self.CODE_FUNCS:
			for value in OUT_OF_RANGE:
				self.refuses_by_name(ValueError, E.ERANGE, name, func, value)

	def test_range_errors_name_the_argument_and_bounds(self):
		e = self.refuses(ValueError, dnsrcode.lookup, 70000)
		self.assertEqual(str(e), "lookup: code must be 0..65535, not 70000")
		e = self.refuses(ValueError, dnsrcode.format, 16, HEADER)
		self.assertEqual(str(e), "format: RCODE 16 does not fit the HEADER context (0..15)")
		e = self.refuses(ValueError, dnsrcode.lookup, 3, 9)
		self.assertEqual(str(e), "lookup: context must be 0..4, not 9")
		# The flags words are checked as what they are, not as the code.
		e = self.refuses(ValueError, dnsrcode.to_flags, 0, 65536)
		self.assertEqual(str(e), "to_flags: header_flags must be 0..65535, not 65536")
		e = self.refuses(ValueError, dnsrcode.to_flags, 0, 0, 1 << 32)
		self.assertEqual(str(e), "to_flags: opt_ttl must be 0..4294967295, not 4294967296")

	def test_index_types_are_accepted(self):
		self.assertEqual(dnsrcode.lookup(dnsrcode.Rcode.NXDOMAIN).code, 3)
		self.assertEqual(dnsrcode.lookup(Family.BASE).code, 1)


class TestTextArguments(BadInput):
	def test_malformed_text_raises_value_error(self):
		for text in TEXTS_MALFORMED:
			for strict in (False, True):
				e = self.refuses(ValueError, dnsrcode.parse, text, strict=strict)
				self.assertTrue(str(e).startswith("parse: "), repr(e))
				self.assertLess(e.error, 0)
			self.refuses(ValueError, c.parse, text, 0)
			self.refuses(ValueError, c.parse_strict, text, 0)
			self.refuses(ValueError, dnsrcode.ede_parse, text)

	def test_long_text_is_an_unknown_name(self):
		self.refuses(dnsrcode.UnknownRcode, dnsrcode.parse, "x" * 100000)

	def test_unknown_names_raise_unknown_rcode_nowhere_else(self):
		e = self.refuses(dnsrcode.UnknownRcode, dnsrcode.parse, "NOSUCHCODE")
		self.assertIn("NOSUCHCODE", str(e))
		for text in TEXTS_MALFORMED:
			try:
				dnsrcode.parse(text)
			except dnsrcode.UnknownRcode:
				self.fail(f"parse({text!r}) called it an unknown name")
			except ValueError:
				pass

	def test_non_text_raises_type_error(self):
		for value in (None, 3, 3.0, ["NXDOMAIN"], bytearray(b"NXDOMAIN"), memoryview(b"3")):
			for name in ("parse", "lookup_name", "ede_parse", "ede_lookup_text"):
				self.refuses_by_name(TypeError, E.EINVAL, name, getattr(dnsrcode, name), value)
			self.refuses_by_name(TypeError, E.EINVAL, "parse", c.parse, value, 0)

	def test_names_with_nul_or_non_ascii_are_refused(self):
		for text in ("NXDOMAIN\0", "NXDOMA\u0130N", "\ud800"):
			self.refuses(ValueError, dnsrcode.lookup_name, text)

	def test_random_bytes_and_text_never_crash(self):
		rng = random.Random(1035)
		alphabet = "NXDOMAINBADSIGrcode0123456789 -+\0\u00e9\u0663\ud800\U0001f600"
		for _ in range(20000):
			n = rng.randrange(0, 12)
			if rng.random() < 0.5:
				text = "".join(rng.choice(alphabet) for _ in range(n))
			else:
				text = bytes(rng.randrange(256) for _ in range(n))
			for ctx in Context:
				try:
					code = dnsrcode.parse(text, ctx)
				except ValueError as e:
					self.assertTrue(str(e).startswith("parse: "), repr(e))
					continue
				self.assertTrue(dnsrcode.fits(code, ctx))


class TestEdeMessages(BadInput):
	"""RFC 8914 says what is wrong with EDE text: EDE codes have no context,
	and purposes have single spaces inside."""

	def test_an_out_of_range_info_code_says_so_without_a_context(self):
		e = self.refuses(ValueError, dnsrcode.ede_parse, "65536")
		self.assertNotIn("context", str(e))
		self.assertIn("0..65535", str(e))
		self.assertIn("'65536'", str(e))

	def test_spaces_say_where_they_are_allowed(self):
		for text in ("dnskey  missing", " dnskey missing", "dnskey missing ", "dnskey\tmissing"):
			e = self.refuses(ValueError, dnsrcode.ede_parse, text)
			self.assertEqual(e.error, E.ESPACE)
			self.assertNotIn("not allowed", str(e))
			self.assertIn("one space", str(e))
			self.assertIn(repr(text), str(e))


class TestMessageArguments(BadInput):
	def test_messages_must_be_bytes_like(self):
		for value in (None, "\x12\x34", 12, [0] * 12, object()):
			self.refuses_by_name(TypeError, E.EINVAL, "msg_status", dnsrcode.msg_status, value)

	def test_short_messages_are_message_errors(self):
		for data in (b"", b"\0", bytes(11)):
			e = self.refuses_by_name(E.MessageError, E.ETRUNCATED, "msg_status",
			                         dnsrcode.msg_status, data)
			self.assertTrue(e.truncated)

	def test_a_huge_input_takes_no_memory_in_proportion(self):
		"""64 MiB of zeros (a header that declares no records, then octets
		after its end) under a data limit 32 MiB above what the process
		uses: an array sized by the input (the old binding allocated
		len / 6 + 1 options, 178 MiB) would fail with MemoryError."""
		try:
			import resource
			with open("/proc/self/status") as f:
				status = f.read()
		except (ImportError, OSError):
			self.skipTest("needs resource and /proc/self/status")
		if "asan" in os.environ.get("LD_PRELOAD", ""):
			self.skipTest("AddressSanitizer reserves memory of its own")
		data = bytes(64 << 20)
		with open("/proc/self/status") as f:
			used = int(re.search(r"^VmData:\s+(\d+) kB", f.read(), re.M).group(1)) << 10
		soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
		limit = used + (32 << 20)
		if hard != resource.RLIM_INFINITY and hard < limit:
			self.skipTest("the data limit is already lower")
		resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
		try:
			with self.assertRaises(E.MessageError) as cm:
				dnsrcode.msg_status(data)
		finally:
			resource.setrlimit(resource.RLIMIT_DATA, (soft, hard))
		self.assertEqual(cm.exception.error, E.EMALFORMED)


if __name__ == "__main__":
	unittest.main()
