#!/usr/bin/env python3
"""The type stub (__init__.pyi) and py.typed ship with the package and the
stub declares exactly what the package exports, with the same signatures."""

import ast
import enum
import inspect
import os
import subprocess
import sys
import tempfile
import unittest

import dnsrcode

PACKAGE_DIR = os.path.dirname(dnsrcode.__file__)


def stub():
	with open(os.path.join(PACKAGE_DIR, "__init__.pyi"), encoding="utf-8") as f:
		return ast.parse(f.read())


def top_level(tree):
	names = {}
	for node in tree.body:
		if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
			names[node.name] = node
		elif isinstance(node, ast.AnnAssign):
			names[node.target.id] = node
	return names


class TestStub(unittest.TestCase):
	def test_py_typed_marks_the_package(self):
		self.assertTrue(os.path.isfile(os.path.join(PACKAGE_DIR, "py.typed")))

	def test_stub_declares_exactly_the_public_names(self):
		public = {n for n in dir(dnsrcode) if not n.startswith("_")}
		self.assertEqual(set(top_level(stub())) - {"__version__"}, public)

	def test_star_import_takes_all_but_the_builtin_names(self):
		public = {n for n in dir(dnsrcode) if not n.startswith("_")}
		self.assertEqual(public - set(dnsrcode.__all__), {"format", "range"})
		self.assertLessEqual(set(dnsrcode.__all__), public)

	def test_functions_have_the_stub_signatures(self):
		for name, node in top_level(stub()).items():
			if not isinstance(node, ast.FunctionDef):
				continue
			params = [a.arg for a in node.args.args] + [a.arg for a in node.args.kwonlyargs]
			runtime = list(inspect.signature(getattr(dnsrcode, name)).parameters)
			self.assertEqual(params, runtime, name)

	def test_enum_members_match(self):
		for name, node in top_level(stub()).items():
			obj = getattr(dnsrcode, name)
			if not (isinstance(node, ast.ClassDef) and isinstance(obj, type)
			        and issubclass(obj, enum.Enum)):
				continue
			declared = {}
			for item in node.body:
				if isinstance(item, ast.Assign):
					declared[item.targets[0].id] = ast.literal_eval(item.value)
			self.assertEqual(declared, {n: int(m) for n, m in obj.__members__.items()}, name)

	def test_dataclass_fields_match(self):
		checked = 0
		for name, node in top_level(stub()).items():
			obj = getattr(dnsrcode, name)
			if not hasattr(obj, "__dataclass_fields__"):
				continue
			fields = [item.target.id for item in node.body if isinstance(item, ast.AnnAssign)]
			self.assertEqual(fields, list(obj.__dataclass_fields__), name)
			checked += 1
		self.assertGreaterEqual(checked, 4)

	def test_public_functions_have_docstrings(self):
		for name in dnsrcode.__all__ + ["format", "range"]:
			obj = getattr(dnsrcode, name)
			if callable(obj) and not isinstance(obj, enum.Enum):
				self.assertTrue(inspect.getdoc(obj), name)


class TestStubtest(unittest.TestCase):
	def test_mypy_stubtest_finds_no_difference(self):
		"""mypy's own comparison of the stub with the imported package."""
		try:
			import mypy.stubtest  # noqa: F401
		except ImportError:
			self.skipTest("mypy is not installed")
		env = dict(os.environ, MYPYPATH=os.path.dirname(PACKAGE_DIR))
		with tempfile.TemporaryDirectory() as cwd:  # for mypy's cache
			run = subprocess.run([sys.executable, "-m", "mypy.stubtest", "dnsrcode"],
			                     env=env, cwd=cwd, stdout=subprocess.PIPE,
			                     stderr=subprocess.STDOUT, text=True)
		self.assertEqual(run.returncode, 0, run.stdout)


if __name__ == "__main__":
	unittest.main()
