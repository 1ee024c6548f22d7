#!/usr/bin/env python3
"""The Python package `dnsrcode` against the C library it wraps, value by
value: every code 0..65535 in every context."""

import os
import re
import unittest

from dnsrcode import _dnsrcode as c
import dnsrcode
from dnsrcode import Context, Family, Format, Range, Rcode

CONTEXTS = list(Context)
ALL_CODES = range(65536)
MAX = {Context.ANY: 65535, Context.HEADER: 15, Context.EDNS: 4095,
       Context.TSIG: 65535, Context.TKEY: 65535}


def c_entries():
	ptr = c.next(None)
	while ptr is not None:
		yield ptr
		ptr = c.next(ptr)


class TestEnums(unittest.TestCase):
	def test_context_values_are_the_c_enumerators(self):
		for ctx in Context:
			self.assertEqual(ctx, getattr(c, "CTX_" + ctx.name))
		self.assertEqual(len(Context), 5)

	def test_family_values_are_the_c_bits(self):
		for fam in Family:
			self.assertEqual(fam, getattr(c, "FAMILY_" + fam.name))
		self.assertEqual(sum(Family), c.FAMILY_ALL)

	def test_range_and_format_values_are_the_c_constants(self):
		for r in Range:
			self.assertEqual(r, getattr(c, "RANGE_" + r.name))
		for f in Format:
			self.assertEqual(f, getattr(c, "FMT_" + f.name))

	def test_rcode_members_are_the_registry_mnemonics(self):
		mnemonics = {c.info_mnemonic(p): c.info_code(p) for p in c_entries()}
		self.assertEqual(dict((n, int(m)) for n, m in Rcode.__members__.items()), mnemonics)

	def test_badsig_is_an_alias_of_badvers(self):
		self.assertIs(Rcode.BADSIG, Rcode.BADVERS)
		self.assertEqual(Rcode(16).name, "BADVERS")
		self.assertNotIn("BADSIG", [m.name for m in Rcode])

	def test_rcode_spans_noerror_to_badcookie(self):
		members = list(Rcode)
		self.assertEqual(members[0].name, "NOERROR")
		self.assertEqual(members[-1].name, "BADCOOKIE")

	def test_module_constants_are_the_members(self):
		for name, member in Rcode.__members__.items():
			self.assertIs(getattr(dnsrcode, name), member)
		self.assertEqual(dnsrcode.NXDOMAIN, 3)

	def test_c_constants_are_reexported_unprefixed(self):
		for name in ("FMT_FULL", "CTX_TSIG", "FAMILY_COOKIE", "RANGE_PRIVATE",
		             "EUNKNOWN", "CTXBIT_TSIG", "NO_CODE"):
			self.assertEqual(getattr(dnsrcode, name), getattr(c, name))
		self.assertEqual(dnsrcode.CTXBIT_TSIG, 1 << Context.TSIG)


class TestLookup(unittest.TestCase):
	def test_every_value_in_every_context_matches_c(self):
		for ctx in CONTEXTS:
			for code in ALL_CODES:
				ptr = c.lookup(code, ctx)
				if ptr is not None:
					info = dnsrcode.lookup(code, ctx)
					self.assertEqual((info.code, info.mnemonic, info.description),
					                 (code, c.info_mnemonic(ptr), c.info_description(ptr)))
					continue
				try:
					dnsrcode.lookup(code, ctx)
				except dnsrcode.UnknownRcode:
					self.assertLessEqual(code, MAX[ctx], (code, ctx))
				except ValueError:
					self.assertGreater(code, MAX[ctx], (code, ctx))
				else:
					self.fail(f"lookup({code}, {ctx!r}) found an entry C has not")

	def test_info_holds_every_field_of_the_row(self):
		for info, ptr in zip(dnsrcode.entries(), c_entries()):
			self.assertEqual(info.code, c.info_code(ptr))
			self.assertEqual(info.name, c.info_name(ptr))
			self.assertEqual(info.mnemonic, c.info_mnemonic(ptr))
			self.assertEqual(info.description, c.info_description(ptr))
			self.assertEqual(info.explanation, c.info_explanation(ptr))
			self.assertEqual(info.reference, c.info_reference(ptr))
			self.assertEqual(int(info.families), c.info_families(ptr))
			self.assertEqual(sum(1 << ctx for ctx in info.contexts), c.info_contexts(ptr))
			self.assertIsInstance(info.families, Family)

	def test_nxdomain_reads_as_the_registry_says(self):
		info = dnsrcode.lookup(3)
		self.assertEqual((info.name, info.mnemonic, info.description, info.reference),
		                 ("NXDomain", "NXDOMAIN", "Non-Existent Domain", "RFC1035"))
		self.assertIn(Context.HEADER, info.contexts)
		self.assertEqual(info.families, Family.BASE)

	def test_dsotypeni_only_in_the_header(self):
		# RFC 8490 5.4: a DSO message has no OPT, TSIG or TKEY record.
		self.assertEqual(dnsrcode.lookup(11).contexts, frozenset({Context.HEADER}))

	def test_context_picks_the_row_of_16_and_9(self):
		self.assertEqual(dnsrcode.lookup(16).mnemonic, "BADVERS")
		self.assertEqual(dnsrcode.lookup(16, Context.EDNS).mnemonic, "BADVERS")
		self.assertEqual(dnsrcode.lookup(16, Context.TSIG).mnemonic, "BADSIG")
		self.assertEqual(dnsrcode.lookup(16, Context.TKEY).mnemonic, "BADSIG")
		self.assertEqual(dnsrcode.lookup(9, Context.TSIG).description, "Not Authorized")
		self.assertNotEqual(dnsrcode.lookup(9).description, "Not Authorized")

	def test_lookup_returns_the_same_object_each_time(self):
		self.assertIs(dnsrcode.lookup(3), dnsrcode.lookup(3, Context.HEADER))

	def test_unassigned_raises_unknown_rcode_a_value_error(self):
		with self.assertRaisesRegex(dnsrcode.UnknownRcode, "unassigned"):
			dnsrcode.lookup(12)
		with self.assertRaisesRegex(dnsrcode.UnknownRcode, "private use"):
			dnsrcode.lookup(3900)
		self.assertTrue(issubclass(dnsrcode.UnknownRcode, ValueError))

	def test_code_too_wide_for_the_context_is_a_plain_value_error(self):
		with self.assertRaises(ValueError) as cm:
			dnsrcode.lookup(16, Context.HEADER)
		self.assertNotIsInstance(cm.exception, dnsrcode.UnknownRcode)
		self.assertIn("HEADER", str(cm.exception))

	def test_context_accepts_a_plain_int(self):
		self.assertEqual(dnsrcode.lookup(16, 3).mnemonic, "BADSIG")

	def test_lookup_name_is_case_insensitive(self):
		for ptr in c_entries():
			for text in (c.info_name(ptr), c.info_mnemonic(ptr).lower()):
				self.assertEqual(dnsrcode.lookup_name(text).code, c.info_code(ptr))
				self.assertEqual(dnsrcode.lookup_name(text.encode()).code, c.info_code(ptr))

	def test_lookup_name_of_no_row_raises_unknown_rcode(self):
		for text in ("FOO", "3", "", "RCODE3"):
			with self.assertRaises(dnsrcode.UnknownRcode):
				dnsrcode.lookup_name(text)


class TestEntries(unittest.TestCase):
	def test_entries_follow_the_c_iteration(self):
		ours = [(i.code, i.mnemonic, i.description) for i in dnsrcode.entries()]
		theirs = [(c.info_code(p), c.info_mnemonic(p), c.info_description(p)) for p in c_entries()]
		self.assertEqual(ours, theirs)

	def test_entries_are_in_registry_order_with_two_rows_for_9_and_16(self):
		codes = [i.code for i in dnsrcode.entries()]
		self.assertEqual(codes, sorted(codes))
		self.assertEqual(codes.count(9), 2)
		self.assertEqual(codes.count(16), 2)

	def test_each_entry_is_an_info(self):
		for info in dnsrcode.entries():
			self.assertIsInstance(info, dnsrcode.Info)


class TestText(unittest.TestCase):
	def test_format_matches_c_for_every_value_style_and_context(self):
		for ctx in (Context.ANY, Context.TSIG):
			for style in Format:
				for code in ALL_CODES:
					self.assertEqual(dnsrcode.format(code, ctx, style), c.format(code, ctx, style))

	def test_format_defaults_to_the_full_style(self):
		self.assertEqual(dnsrcode.format(3), "NXDOMAIN (3): Non-Existent Domain [RFC1035]")

	def test_every_printed_form_parses_back(self):
		for ctx in CONTEXTS:
			for code in range(MAX[ctx] + 1):
				for style in (Format.MNEMONIC, Format.NAME):
					text = dnsrcode.format(code, ctx, style)
					self.assertEqual(dnsrcode.parse(text, ctx), code, (text, ctx))
					self.assertEqual(dnsrcode.parse(text, ctx, strict=True), code, (text, ctx))

	def test_format_outside_the_context_raises_value_error(self):
		with self.assertRaises(ValueError):
			dnsrcode.format(16, Context.HEADER)
		with self.assertRaises(ValueError):
			dnsrcode.format(4096, Context.EDNS)

	def test_parse_takes_decimal_generic_and_aliases(self):
		self.assertEqual(dnsrcode.parse("23"), 23)
		self.assertEqual(dnsrcode.parse("rcode12"), 12)
		self.assertEqual(dnsrcode.parse("NOTIMPL"), 4)
		self.assertEqual(dnsrcode.parse("DSOTYPEI"), 11)
		self.assertEqual(dnsrcode.parse("badsig"), 16)
		self.assertEqual(dnsrcode.parse(b"NXDomain"), 3)

	def test_strict_parse_refuses_aliases(self):
		with self.assertRaisesRegex(ValueError, "strict"):
			dnsrcode.parse("NOTIMPL", strict=True)

	def test_parse_errors_say_what_and_where(self):
		cases = {"": "empty", "-3": "sign", " 3": "white space", "3x": "trailing",
		         "n\u00e9": "invalid character", "a\0b": "invalid character",
		         "16": "out of range"}
		for text, words in cases.items():
			with self.assertRaisesRegex(ValueError, words) as cm:
				dnsrcode.parse(text, Context.HEADER)
			self.assertNotIsInstance(cm.exception, dnsrcode.UnknownRcode)
			self.assertIn(repr(text), str(cm.exception))

	def test_parse_of_an_unknown_name_raises_unknown_rcode(self):
		with self.assertRaisesRegex(dnsrcode.UnknownRcode, "'NOSUCH'"):
			dnsrcode.parse("NOSUCH")


class TestClassification(unittest.TestCase):
	def test_range_matches_c_for_every_value(self):
		for code in ALL_CODES:
			r = dnsrcode.range(code)
			self.assertIsInstance(r, Range)
			self.assertEqual(r, c.range(code))
		self.assertEqual(dnsrcode.range(65535), Range.RESERVED)
		self.assertEqual(dnsrcode.range(3841), Range.PRIVATE)

	def test_fits_follows_the_field_widths(self):
		for ctx in CONTEXTS:
			for code in ALL_CODES:
				self.assertIs(dnsrcode.fits(code, ctx), code <= MAX[ctx])

	def test_in_family_follows_the_row_in_the_context(self):
		for ctx in CONTEXTS:
			for code in range(4096):
				try:
					fams = dnsrcode.lookup(code, ctx).families
				except ValueError:
					fams = Family(0)
				for fam in Family:
					self.assertIs(dnsrcode.in_family(code, fam, ctx), bool(fams & fam))

	def test_badsig_is_tsig_and_badvers_edns(self):
		self.assertTrue(dnsrcode.in_family(16, Family.TSIG, Context.TSIG))
		self.assertTrue(dnsrcode.in_family(16, Family.EDNS))
		self.assertFalse(dnsrcode.in_family(16, Family.TSIG))


class TestWire(unittest.TestCase):
	def test_split_and_combine_round_trip_every_12_bit_code(self):
		for code in range(4096):
			header, ext = dnsrcode.split(code)
			self.assertEqual((header, ext), (code & 0xF, code >> 4))
			self.assertEqual(dnsrcode.combine(header, ext), code)

	def test_split_refuses_codes_wider_than_12_bits(self):
		with self.assertRaises(ValueError):
			dnsrcode.split(4096)

	def test_combine_refuses_fields_too_wide(self):
		with self.assertRaises(ValueError):
			dnsrcode.combine(16, 0)
		with self.assertRaises(ValueError):
			dnsrcode.combine(0, 256)

	def test_effective_reads_the_records_a_response_has(self):
		self.assertEqual(dnsrcode.effective(3), (3, Context.HEADER))
		self.assertEqual(dnsrcode.effective(0, 1), (16, Context.EDNS))
		self.assertEqual(dnsrcode.effective(9, None, 16), (16, Context.TSIG))
		self.assertEqual(dnsrcode.effective(9, 0, 18), (18, Context.TSIG))
		self.assertEqual(dnsrcode.effective(9, None, 0), (9, Context.HEADER))
		self.assertEqual(dnsrcode.effective(3, None, 16), (3, Context.HEADER))

	def test_flag_helpers_match_c_for_every_12_bit_code(self):
		for code in range(4096):
			flags, ttl = dnsrcode.to_flags(code)
			self.assertEqual([flags, ttl], c.to_flags(code, 0, 0))
			self.assertEqual(dnsrcode.from_flags(flags | 0x8100, ttl | 0x8000), code)
			self.assertEqual(c.from_flags(flags | 0x8100, ttl | 0x8000), code)

	def test_to_flags_keeps_the_other_bits(self):
		# RFC 6891 section 6.1.3: the RCODE bits change, nothing else
		self.assertEqual(dnsrcode.to_flags(3, 0x8180, 0x8000), (0x8183, 0x8000))
		self.assertEqual(dnsrcode.to_flags(23, 0x818F, 0xFF008000), (0x8187, 0x01008000))
		self.assertEqual(dnsrcode.from_flags(0x8187, 0x01008000), 23)


class TestToText(unittest.TestCase):
	"""to_text() is dnsrcode_to_text(), as in Lua; dnspython's is compat's."""

	def test_every_code_in_every_context_matches_c(self):
		for ctx in CONTEXTS:
			for code in range(4200):
				text = c.to_text(code, ctx)
				if text is not None:
					self.assertEqual(dnsrcode.to_text(code, ctx), text)
					continue
				with self.assertRaises(ValueError) as cm:
					dnsrcode.to_text(code, ctx)
				self.assertEqual(isinstance(cm.exception, dnsrcode.UnknownRcode),
				                 code <= MAX[ctx], (code, ctx))

	def test_the_context_picks_the_name_of_16(self):
		self.assertEqual(dnsrcode.to_text(16), "BADVERS")
		self.assertEqual(dnsrcode.to_text(16, Context.TSIG), "BADSIG")


class TestRcodeClassMethods(unittest.TestCase):
	"""Rcode keeps dnspython's class methods (their meanings are dnspython's)."""

	def test_they_answer_as_compat(self):
		from dnsrcode import compat
		for value in (0, 3, 16, 4000):
			self.assertEqual(Rcode.to_text(value), compat.to_text(value))
			self.assertEqual(Rcode.make(value), compat.from_flags(value & 0xF, (value >> 4) << 24))
		self.assertIs(Rcode.from_text("nxdomain"), Rcode.NXDOMAIN)
		self.assertIs(Rcode.make("BADSIG"), Rcode.BADVERS)
		with self.assertRaises(dnsrcode.UnknownRcode):
			Rcode.make("FOO")


class TestCompatTables(unittest.TestCase):
	"""The fast paths of dnsrcode.compat answer as its slow ones."""

	def test_to_text_fast_path_is_the_slow_path(self):
		from dnsrcode import compat
		for code in range(-2, 4200):
			try:
				slow = compat._to_text(code)
			except ValueError:
				self.assertRaises(ValueError, compat.to_text, code)
				continue
			self.assertEqual(compat.to_text(code), slow)

	def test_to_text_names_what_c_names(self):
		from dnsrcode import compat
		for code in range(4096):
			self.assertEqual(compat.to_text(code), c.to_text(code, Context.ANY) or str(code))
			self.assertEqual(compat.to_text(code, True), c.to_text(code, Context.TSIG) or str(code))

	def test_from_flags_fast_path_is_make(self):
		from dnsrcode import compat
		for code in range(4096):
			fast = compat.from_flags(code & 0xF, (code >> 4) << 24)
			self.assertEqual((type(fast), fast), (type(compat._make(code)), code))

	def test_from_text_knows_every_mnemonic_in_any_case(self):
		from dnsrcode import compat
		for info in dnsrcode.entries():
			for text in (info.mnemonic, info.name, info.mnemonic.lower(), info.name.swapcase()):
				self.assertEqual(compat.from_text(text), info.code)
				self.assertIsInstance(compat.from_text(text), Rcode)


class TestVersions(unittest.TestCase):
	def test_version_is_the_library_version(self):
		self.assertEqual(dnsrcode.__version__, dnsrcode.library_version())
		self.assertRegex(dnsrcode.__version__, r"^\d+\.\d+\.\d+$")

	def test_registry_date_is_the_data_snapshot(self):
		srcdir = os.environ.get("top_srcdir",
		                        os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
		path = os.path.join(srcdir, "data", "registry-date")
		self.assertTrue(re.fullmatch(r"\d{4}-\d{2}-\d{2}", dnsrcode.registry_date()))
		if os.path.exists(path):
			with open(path) as f:
				self.assertEqual(dnsrcode.registry_date(), f.read().strip())

	def test_strerror_names_each_error(self):
		self.assertEqual(dnsrcode.strerror(dnsrcode.OK), "success")
		self.assertIn("unknown", dnsrcode.strerror(dnsrcode.EUNKNOWN))


if __name__ == "__main__":
	unittest.main()
