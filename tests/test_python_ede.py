#!/usr/bin/env python3
"""Extended DNS Errors and the status of a message in the Python package,
against the C library they wrap: every INFO-CODE 0..65535, and messages
built here byte by byte."""

import os
import random
import re
import struct
import unittest

from dnsrcode import _dnsrcode as c
import dnsrcode
from dnsrcode import Context, EdeCategory, EdeCode, EdeRetry, Format, Range

ALL_CODES = range(65536)


def c_ede_entries():
	ptr = c.ede_next(None)
	while ptr is not None:
		yield ptr
		ptr = c.ede_next(ptr)


def message(rcode=0, ext_rcode=0, ede=(), opt=True, trailing=b""):
	"""A response to `example.com A`: header, question, and an OPT record
	(RFC 6891 §6.1.2) carrying the EDE options (RFC 8914 §2) when `opt`."""
	flags = 0x8180 | (rcode & 0xF)
	header = struct.pack("!HHHHHH", 0x1234, flags, 1, 0, 0, 1 if opt else 0)
	question = b"\x07example\x03com\x00" + struct.pack("!HH", 1, 1)
	options = b"".join(struct.pack("!HHH", 15, 2 + len(text), code) + text for code, text in ede)
	record = b"\x00" + struct.pack("!HHIH", 41, 1232, (ext_rcode << 24) | 0x8000, len(options))
	return header + question + (record + options if opt else b"") + trailing


class TestEdeRegistry(unittest.TestCase):
	def test_lookup_matches_c_for_every_code(self):
		for code in ALL_CODES:
			ptr = c.ede_lookup(code)
			if ptr is None:
				with self.assertRaises(dnsrcode.UnknownEde):
					dnsrcode.ede_lookup(code)
			else:
				info = dnsrcode.ede_lookup(code)
				self.assertEqual((info.code, info.mnemonic),
				                 (code, c.ede_info_mnemonic(ptr)))

	def test_entries_hold_every_field_in_code_order(self):
		rows = list(dnsrcode.ede_entries())
		ptrs = list(c_ede_entries())
		self.assertEqual(len(rows), len(ptrs))
		self.assertEqual([r.code for r in rows], sorted(r.code for r in rows))
		for info, ptr in zip(rows, ptrs):
			self.assertEqual(info.code, c.ede_info_code(ptr))
			self.assertEqual(info.purpose, c.ede_info_purpose(ptr))
			self.assertEqual(info.reference, c.ede_info_reference(ptr))
			self.assertEqual(info.explanation, c.ede_info_explanation(ptr))
			self.assertEqual(info.basis, c.ede_info_basis(ptr))
			self.assertEqual(info.category, c.ede_info_category(ptr))
			self.assertEqual(info.retry, c.ede_info_retry(ptr))
			self.assertIsInstance(info.category, EdeCategory)
			self.assertIsInstance(info.retry, EdeRetry)
			rcode = c.ede_info_rcode(ptr)
			self.assertEqual(info.rcode, None if rcode == c.NO_CODE else rcode)

	def test_dnskey_missing_reads_as_the_registry_says(self):
		info = dnsrcode.ede_lookup(9)
		self.assertEqual((info.mnemonic, info.purpose), ("DNSKEY_MISSING", "DNSKEY Missing"))
		self.assertEqual(info.category, EdeCategory.DNSSEC)

	def test_paired_rcodes(self):
		# RFC 8914 §4.14, §4.19, §4.20, §4.21, RFC 9250 §4.5 and RFC 9824
		# §3.5 name the RCODE.
		for code, rcode in ((13, dnsrcode.SERVFAIL), (18, dnsrcode.REFUSED),
		                    (20, dnsrcode.REFUSED), (19, dnsrcode.NXDOMAIN),
		                    (26, dnsrcode.REFUSED), (30, dnsrcode.FORMERR)):
			self.assertEqual(dnsrcode.ede_lookup(code).rcode, rcode, code)
		self.assertIsNone(dnsrcode.ede_lookup(9).rcode)

	def test_unassigned_and_private_codes_say_so(self):
		with self.assertRaisesRegex(dnsrcode.UnknownEde, "unassigned"):
			dnsrcode.ede_lookup(40000)
		with self.assertRaisesRegex(dnsrcode.UnknownEde, "private use"):
			dnsrcode.ede_lookup(50000)

	def test_format_matches_c_and_parses_back_for_every_code(self):
		for code in ALL_CODES:
			for style in Format:
				self.assertEqual(dnsrcode.ede_format(code, style), c.ede_format(code, style))
			for style in (Format.MNEMONIC, Format.NAME):
				self.assertEqual(dnsrcode.ede_parse(dnsrcode.ede_format(code, style)), code)

	def test_range_matches_c_for_every_code(self):
		for code in ALL_CODES:
			self.assertEqual(dnsrcode.ede_range(code), c.ede_range(code))
		self.assertEqual(dnsrcode.ede_range(49152), Range.PRIVATE)
		self.assertIsInstance(dnsrcode.ede_range(9), Range)

	def test_lookup_text_takes_purpose_and_mnemonic_in_any_case(self):
		for info in dnsrcode.ede_entries():
			for text in (info.purpose, info.purpose.upper(), info.mnemonic.lower()):
				self.assertEqual(dnsrcode.ede_lookup_text(text).code, info.code)

	def test_unknown_text_raises_unknown_ede(self):
		with self.assertRaisesRegex(dnsrcode.UnknownEde, "'Foo Bar'"):
			dnsrcode.ede_parse("Foo Bar")
		with self.assertRaises(dnsrcode.UnknownEde):
			dnsrcode.ede_lookup_text("Foo Bar")
		with self.assertRaises(ValueError) as cm:
			dnsrcode.ede_parse(" 9")
		self.assertNotIsInstance(cm.exception, dnsrcode.UnknownEde)


class TestEdeCode(unittest.TestCase):
	def test_members_are_the_registry_rows(self):
		self.assertEqual({m.name: int(m) for m in EdeCode},
		                 {info.mnemonic: info.code for info in dnsrcode.ede_entries()})
		self.assertEqual(len(EdeCode), len(list(c_ede_entries())))

	def test_a_member_is_the_code(self):
		self.assertEqual(EdeCode.DNSKEY_MISSING, 9)
		self.assertIs(EdeCode(22), EdeCode.NO_REACHABLE_AUTHORITY)
		self.assertEqual(dnsrcode.ede_lookup(EdeCode.BLOCKED).purpose, "Blocked")


class TestMessageStatus(unittest.TestCase):
	def test_status_has_every_field_of_the_c_struct(self):
		srcdir = os.environ.get("top_srcdir",
		                        os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
		path = os.path.join(srcdir, "include", "dnsrcode.h")
		if not os.path.exists(path):
			self.skipTest("dnsrcode.h not found")
		with open(path) as f:
			body = re.search(r"typedef struct dnsrcode_status \{(.*?)\} dnsrcode_status;",
			                 f.read(), re.S).group(1)
		body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
		fields = re.findall(r"(\w+);", body)
		self.assertEqual([f for f in fields if f != "size"], list(dnsrcode.Status.__match_args__[:-1]))
		self.assertEqual(dnsrcode.Status.__match_args__[-1], "ede")

	def test_header_and_opt_fields(self):
		wire = message(rcode=3, ext_rcode=1)
		st = dnsrcode.msg_status(wire)
		ident, flags, qd, an, ns, ar = struct.unpack("!HHHHHH", wire[:12])
		self.assertEqual((st.id, st.flags, st.qdcount, st.ancount, st.nscount, st.arcount),
		                 (ident, flags, qd, an, ns, ar))
		self.assertEqual((st.opcode, st.header_rcode), (0, 3))
		self.assertIs(st.has_opt, True)
		self.assertEqual((st.edns_version, st.opt_ext_rcode, st.udp_size, st.edns_flags),
		                 (0, 1, 1232, 0x8000))
		# RFC 6891 §6.1.3: 12 bits, header low
		self.assertEqual((st.rcode, st.rcode_ctx), (dnsrcode.combine(3, 1), Context.EDNS))
		self.assertIs(st.has_tsig, False)

	def test_without_opt_the_header_rcode_counts(self):
		st = dnsrcode.msg_status(message(rcode=5, opt=False))
		self.assertEqual((st.rcode, st.rcode_ctx, st.has_opt, st.ede), (5, Context.HEADER, False, ()))

	def test_every_ede_option_comes_back_in_order(self):
		options = [(9, b"no DNSKEY"), (22, b""), (0, b"\xff\xfe not UTF-8"), (65535, b"x" * 300)]
		options += [(code, str(code).encode()) for code in range(100)]
		st = dnsrcode.msg_status(message(rcode=2, ede=options))
		self.assertEqual(st.ede_count, len(options))
		self.assertEqual([(o.code, o.text) for o in st.ede], options)
		self.assertIsInstance(st.ede[0], dnsrcode.EdeOption)

	def test_the_function_is_the_raw_modules_own(self):
		self.assertIs(dnsrcode.msg_status, c.msg_status)
		self.assertIs(type(c.msg_status(message())), dnsrcode.Status)

	def test_more_options_than_the_first_read_holds(self):
		options = [(code % 50, b"t%d" % code) for code in range(5000)]
		st = dnsrcode.msg_status(message(rcode=2, ede=options))
		self.assertEqual(st.ede_count, 5000)
		self.assertEqual([(o.code, o.text) for o in st.ede], options)

	def test_an_option_knows_its_registry_row(self):
		st = dnsrcode.msg_status(message(rcode=2, ede=[(9, b""), (40000, b""), (65535, b"")]))
		self.assertIs(st.ede[0].info, dnsrcode.ede_lookup(9))
		self.assertIsNone(st.ede[1].info)
		self.assertIsNone(st.ede[2].info)

	def test_status_objects_are_read_only_values(self):
		wire = message(rcode=3, ede=[(18, b"blocked")])
		st = dnsrcode.msg_status(wire)
		for name in dnsrcode.Status.__match_args__:
			with self.assertRaises(AttributeError):
				setattr(st, name, 0)
		with self.assertRaises(AttributeError):
			st.ede[0].code = 0
		with self.assertRaises(TypeError):
			dnsrcode.Status()
		self.assertEqual(st, dnsrcode.msg_status(bytes(wire)))
		self.assertEqual(hash(st), hash(dnsrcode.msg_status(bytes(wire))))
		self.assertNotEqual(st, dnsrcode.msg_status(message(rcode=3)))
		self.assertEqual(len({st, dnsrcode.msg_status(bytes(wire))}), 1)

	def test_repr_shows_every_field(self):
		st = dnsrcode.msg_status(message(rcode=3, ede=[(18, b"blocked")]))
		text = repr(st)
		self.assertTrue(text.startswith("Status(id=4660, flags="), text)
		for name in dnsrcode.Status.__match_args__:
			self.assertIn(f" {name}=" if name != "id" else "(id=", text)
		self.assertIn("rcode_ctx=<Context.EDNS: 2>", text)
		self.assertIn("has_opt=True", text)
		self.assertIn("ede=(EdeOption(code=18, text=b'blocked'),)", text)

	def test_match_statement_reads_the_fields(self):
		st = dnsrcode.msg_status(message(rcode=3))
		self.assertEqual([getattr(st, n) for n in dnsrcode.Status.__match_args__],
		                 [st.id, st.flags, st.qdcount, st.ancount, st.nscount, st.arcount,
		                  st.rcode, st.rcode_ctx, st.opcode, st.header_rcode, st.has_opt,
		                  st.edns_version, st.opt_ext_rcode, st.has_tsig, st.udp_size,
		                  st.edns_flags, st.tsig_error, st.ede_count, st.ede])

	def test_bytes_like_objects_are_messages(self):
		wire = message(ede=[(9, b"x")])
		for data in (bytearray(wire), memoryview(wire)):
			self.assertEqual(dnsrcode.msg_status(data), dnsrcode.msg_status(wire))

	def test_every_truncation_is_a_truncated_message(self):
		wire = message(rcode=2, ede=[(9, b"no DNSKEY")])
		for n in range(len(wire)):
			with self.assertRaises(dnsrcode.MessageError) as cm:
				dnsrcode.msg_status(wire[:n])
			self.assertTrue(cm.exception.truncated, n)
			self.assertEqual(cm.exception.error, dnsrcode.ETRUNCATED)

	def test_octets_after_the_last_record_are_malformed(self):
		with self.assertRaises(dnsrcode.MessageError) as cm:
			dnsrcode.msg_status(message(trailing=b"\0"))
		self.assertEqual(cm.exception.error, dnsrcode.EMALFORMED)
		self.assertFalse(cm.exception.truncated)

	def test_random_and_mutated_messages_never_crash(self):
		rng = random.Random(8914)
		wire = bytearray(message(rcode=2, ext_rcode=1, ede=[(9, b"no DNSKEY"), (22, b"")]))
		for _ in range(20000):
			if rng.random() < 0.3:
				data = bytes(rng.randrange(256) for _ in range(rng.randrange(40)))
			else:
				data = bytearray(wire)
				for _ in range(rng.randrange(1, 4)):
					data[rng.randrange(len(data))] = rng.randrange(256)
				data = bytes(data[:rng.randrange(len(data) + 1)])
			try:
				st = dnsrcode.msg_status(data)
			except dnsrcode.MessageError as e:
				self.assertLess(e.error, 0)
				continue
			self.assertEqual(len(st.ede), st.ede_count)
			for option in st.ede:
				self.assertLessEqual(len(option.text), len(data))


if __name__ == "__main__":
	unittest.main()
