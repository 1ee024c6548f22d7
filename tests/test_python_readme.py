#!/usr/bin/env python3
"""The Python examples of the README run and print what they say.

A line `print(...)  # text` must print `text`.  The examples below are the
README's; the ```python blocks of README.md run as well."""

import contextlib
import io
import os
import re
import unittest

EXAMPLES = [
	'''\
import dnsrcode

info = dnsrcode.lookup(3)
print(info.mnemonic, info.description)                # NXDOMAIN Non-Existent Domain
print(dnsrcode.lookup(16, dnsrcode.Context.TSIG).mnemonic)  # BADSIG
print(dnsrcode.format(23))      # BADCOOKIE (23): Bad/missing Server Cookie [RFC7873]
print(dnsrcode.parse("nxdomain"), dnsrcode.split(23))  # 3 (7, 1)
try:
    dnsrcode.parse("bogus")
except dnsrcode.UnknownRcode as e:
    print(e)                                          # parse: no RCODE is named 'bogus'
try:
    dnsrcode.lookup(16, dnsrcode.Context.HEADER)
except ValueError as e:
    print(e.error == dnsrcode.ERANGE)                 # True
''',
	'''\
import dnsrcode

wire = bytes.fromhex("123481820001000000000001076578616d706c6503636f6d0000010001"
                     "00002904d000008000000a000f00060016646f776e")
st = dnsrcode.msg_status(wire)
print(dnsrcode.to_text(st.rcode, st.rcode_ctx), st.ede_count)  # SERVFAIL 1
for option in st.ede:
    print(option.info.mnemonic, option.text)          # NO_REACHABLE_AUTHORITY b'down'
print(dnsrcode.EdeCode(22).name, option.info.retry.name)  # NO_REACHABLE_AUTHORITY YES
''',
	'''\
# dnspython's dns.rcode, by changing one import
from dnsrcode import compat as rcode                  # was: import dns.rcode as rcode

print(rcode.to_text(16, tsig=True), rcode.to_text(3), rcode.to_text(4000))  # BADSIG NXDOMAIN 4000
print(repr(rcode.from_text("servfail")))              # <Rcode.SERVFAIL: 2>
print(repr(rcode.from_flags(0x8183, 0)))              # <Rcode.NXDOMAIN: 3>
''',
]


def readme_blocks():
	"""The ```python blocks of README.md.  README.md is in every tree the
	tests run from (a checkout, the dist tarball): a missing one is an
	error, not nothing to check."""
	srcdir = os.environ.get("top_srcdir",
	                        os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
	with open(os.path.join(srcdir, "README.md"), encoding="utf-8") as f:
		return re.findall(r"^```python\n(.*?)^```", f.read(), re.M | re.S)


def expected_output(code):
	"""The `# text` after each print() call, one output line each."""
	lines = []
	for line in code.splitlines():
		m = re.match(r"\s*print\(.*\)\s+#\s(.*)$", line)
		if m:
			lines.append(m.group(1).rstrip())
	return lines


class TestReadmeExamples(unittest.TestCase):
	def run_example(self, code):
		out = io.StringIO()
		with contextlib.redirect_stdout(out):
			exec(compile(code, "<README example>", "exec"), {})
		self.assertEqual([l.rstrip() for l in out.getvalue().splitlines()],
		                 expected_output(code))

	def test_examples(self):
		for code in EXAMPLES:
			with self.subTest(code=code.splitlines()[0]):
				self.run_example(code)

	def test_examples_print_something(self):
		self.assertTrue(all(expected_output(code) for code in EXAMPLES))

	def test_readme_blocks(self):
		blocks = readme_blocks()
		self.assertTrue(blocks, "README.md has no ```python block to run")
		for code in blocks:
			with self.subTest(code=code.splitlines()[0]):
				self.run_example(code)


if __name__ == "__main__":
	unittest.main()
