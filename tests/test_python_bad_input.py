#!/usr/bin/env python3
"""Bad input to every function of `dnsrcode` and `_dnsrcode` is a clear
TypeError or ValueError: never a crash, never a silent answer."""

import random
import unittest

from dnsrcode import _dnsrcode as c
import dnsrcode

# Values that are no RCODE for one reason or another.
NOT_INTS = [None, "3", b"3", 3.0, 3.5, float("nan"), [], {}, object(), True, False, 3j]
OUT_OF_RANGE = [-1, -2**31, 65536, 2**31, 2**32, 2**63, 2**64, 10**30, -10**30, 2**20000]
# Text that is not even a name: empty, NUL, non-ASCII, signs, spaces, ...
TEXTS_MALFORMED = ["", " ", "\0", "NXDOMAIN\0", "\0NXDOMAIN", "nxdom\u00e1in", "\u0663",
                   "\ud800", "NXDOMAIN\udcff", "\U0001f600", "9" * 5000,
                   b"\xff", b"NX\x00DOMAIN", "-3", "+3", "3 ", "0x10"]


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


class TestCodeArguments(BadInput):
	CODE_FUNCS = [
		dnsrcode.lookup, dnsrcode.format, dnsrcode.range, dnsrcode.split,
		lambda code: dnsrcode.fits(code, dnsrcode.Context.ANY),
		lambda code: dnsrcode.in_family(code, dnsrcode.Family.BASE),
		lambda code: c.lookup(code, 0), lambda code: c.to_text(code, 0),
		lambda code: c.format(code, 0, 0), c.range, c.split,
		lambda code: c.to_flags(code, 0, 0),
	]

	def test_non_integers_raise_type_error(self):
		for func in self.CODE_FUNCS:
			for value in NOT_INTS:
				self.refuses(TypeError, func, value)

	def test_values_outside_16_bits_raise_value_error(self):
		for func in self.CODE_FUNCS:
			for value in OUT_OF_RANGE:
				e = self.refuses(ValueError, func, value)
				self.assertNotIsInstance(e, dnsrcode.UnknownRcode)

	def test_range_errors_name_the_argument_and_bounds(self):
		e = self.refuses(ValueError, dnsrcode.lookup, 70000)
		self.assertIn("code must be 0..65535", str(e))
		self.assertIn("70000", str(e))
		self.assertEqual(e.error, dnsrcode.ERANGE)

	def test_index_types_are_accepted(self):
		self.assertEqual(dnsrcode.lookup(dnsrcode.Rcode.NXDOMAIN).code, 3)
		self.assertEqual(dnsrcode.lookup(dnsrcode.Family.BASE).code, 1)

	def test_wire_fields_are_bounded(self):
		for args in [(16, 0), (0, 256), (-1, 0), (0, -1), (2**64, 0)]:
			self.refuses(ValueError, dnsrcode.combine, *args)
		for args in [(16,), (0, 256), (0, None, 65536), (-1,), (0, -1)]:
			self.refuses(ValueError, dnsrcode.effective, *args)
		for args in [(65536, 0), (0, 2**32), (-1, 0), (0, -1)]:
			self.refuses(ValueError, c.from_flags, *args)
		self.refuses(ValueError, c.to_flags, 0, 65536, 0)
		self.refuses(ValueError, c.to_flags, 4096, 0, 0)
		self.refuses(TypeError, dnsrcode.combine, "1", 0)
		self.refuses(TypeError, dnsrcode.effective, 0, 1.0)


class TestEnumArguments(BadInput):
	def test_unknown_contexts_raise_value_error(self):
		for ctx in (-1, 5, 99, 2**70):
			self.refuses(ValueError, dnsrcode.lookup, 3, ctx)
			self.refuses(ValueError, dnsrcode.parse, "3", ctx)
			self.refuses(ValueError, c.lookup, 3, ctx)
			self.refuses(ValueError, c.fits, 3, ctx)

	def test_non_integer_contexts_raise_type_error(self):
		for ctx in ("TSIG", None, 3.0, True):
			self.refuses(TypeError, dnsrcode.lookup, 3, ctx)
			self.refuses(TypeError, dnsrcode.fits, 3, ctx)

	def test_unknown_styles_raise_value_error(self):
		for style in (-1, 4, 99):
			self.refuses(ValueError, dnsrcode.format, 3, style=style)
			self.refuses(ValueError, c.format, 3, 0, style)
		self.refuses(TypeError, dnsrcode.format, 3, style="FULL")

	def test_family_bits_outside_the_registry_raise_value_error(self):
		self.refuses(ValueError, dnsrcode.in_family, 3, 0x80)
		self.refuses(ValueError, dnsrcode.in_family, 3, -1)
		self.refuses(TypeError, dnsrcode.in_family, 3, "BASE")

	def test_error_codes_outside_int_raise_value_error(self):
		self.refuses(ValueError, dnsrcode.strerror, 2**40)
		self.assertEqual(dnsrcode.strerror(12345), "unknown error")


class TestTextArguments(BadInput):
	def test_malformed_text_raises_value_error(self):
		for text in TEXTS_MALFORMED:
			self.refuses(ValueError, dnsrcode.parse, text)
			self.refuses(ValueError, dnsrcode.parse, text, strict=True)
			self.refuses(ValueError, c.parse, text, 0)
			self.refuses(ValueError, c.parse_strict, text, 0)

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
			self.refuses(TypeError, dnsrcode.parse, value)
			self.refuses(TypeError, dnsrcode.lookup_name, value)
			self.refuses(TypeError, c.parse, value, 0)

	def test_names_with_nul_or_non_ascii_are_unknown(self):
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
			for ctx in dnsrcode.Context:
				try:
					code = dnsrcode.parse(text, ctx)
				except ValueError:
					continue
				self.assertTrue(dnsrcode.fits(code, ctx))


class TestEdeAndMessageArguments(BadInput):
	def test_ede_codes(self):
		for func in (dnsrcode.ede_lookup, dnsrcode.ede_format, dnsrcode.ede_range,
		             c.ede_lookup, c.ede_to_text):
			for value in NOT_INTS:
				self.refuses(TypeError, func, value)
			for value in OUT_OF_RANGE:
				self.refuses(ValueError, func, value)
		self.refuses(ValueError, dnsrcode.ede_format, 9, 99)

	def test_ede_text(self):
		for text in TEXTS_MALFORMED:
			self.refuses(ValueError, dnsrcode.ede_parse, text)
		for value in (None, 9, ["9"]):
			self.refuses(TypeError, dnsrcode.ede_parse, value)
			self.refuses(TypeError, dnsrcode.ede_lookup_text, value)

	def test_messages_must_be_bytes(self):
		for value in (None, "\x12\x34", 12, [0] * 12, object()):
			self.refuses(TypeError, dnsrcode.msg_status, value)
			self.refuses(TypeError, c.msg_status, value)

	def test_short_messages_are_message_errors(self):
		for data in (b"", b"\0", bytes(11)):
			e = self.refuses(dnsrcode.MessageError, dnsrcode.msg_status, data)
			self.assertTrue(e.truncated)


class TestDnspythonFunctionsRefuseAsDnspythonDoes(BadInput):
	"""The dnspython-compatible functions keep dnspython's exceptions; the
	differential test checks them input by input, these are the issue's
	examples."""

	def test_to_text_of_a_string_is_a_type_error(self):
		self.refuses(TypeError, dnsrcode.to_text, "x")

	def test_out_of_range_values_are_value_errors(self):
		for value in (-1, 4096, 65535, 2**64):
			self.refuses(ValueError, dnsrcode.to_text, value)
			self.refuses(ValueError, dnsrcode.to_flags, value)

	def test_unknown_names_are_unknown_rcode(self):
		for text in ("", "FOO", "RCODE3", "NOTIMPL", "\0"):
			self.refuses(dnsrcode.UnknownRcode, dnsrcode.from_text, text)

	def test_wrong_types_to_from_text(self):
		self.refuses(AttributeError, dnsrcode.from_text, None)
		self.refuses(TypeError, dnsrcode.from_text, b"3")
		self.refuses(ValueError, dnsrcode.from_text, "4096")


if __name__ == "__main__":
	unittest.main()
