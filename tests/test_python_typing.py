#!/usr/bin/env python3
"""The type stubs (__init__.pyi, compat.pyi) and py.typed ship with the
package and each stub declares exactly what its module exports, with the
same signatures, enum members and record fields."""

import ast
import enum
import inspect
import os
import subprocess
import sys
import tempfile
import types
import unittest

import dnsrcode
from dnsrcode import compat

PACKAGE_DIR = os.path.dirname(dnsrcode.__file__)


def stub(module):
	name = os.path.basename(module.__file__).replace(".py", ".pyi")
	with open(os.path.join(PACKAGE_DIR, name), encoding="utf-8") as f:
		return ast.parse(f.read())


def top_level(tree):
	"""Name -> node of what a stub declares: functions, classes, annotated
	names and the names it re-exports (`from . import X as X`)."""
	names = {}
	for node in tree.body:
		if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
			names[node.name] = node
		elif isinstance(node, ast.AnnAssign):
			names[node.target.id] = node
		elif isinstance(node, ast.ImportFrom) and node.level == 1:
			for alias in node.names:
				if alias.asname == alias.name:
					names[alias.name] = node
	return names


def public(module):
	"""What the module exports: its public names, submodules aside."""
	return {n for n in dir(module) if not n.startswith("_")
	        and not (isinstance(getattr(module, n), types.ModuleType) and module is not compat)}


def record_fields(node):
	"""A stub class's fields: its annotated names."""
	return [item.target.id for item in node.body
	        if isinstance(item, ast.AnnAssign) and item.target.id != "__match_args__"]


class TestStubs(unittest.TestCase):
	MODULES = (dnsrcode, compat)

	def test_py_typed_marks_the_package(self):
		self.assertTrue(os.path.isfile(os.path.join(PACKAGE_DIR, "py.typed")))

	def test_stubs_declare_exactly_the_public_names(self):
		for module in self.MODULES:
			declared = set(top_level(stub(module))) - {"__version__", "compat"}
			self.assertEqual(declared, public(module) - {"compat"}, module.__name__)

	def test_the_stub_names_the_compat_submodule(self):
		self.assertIn("compat", top_level(stub(dnsrcode)))

	def test_star_import_takes_all_but_the_builtin_names(self):
		self.assertEqual(public(dnsrcode) - set(dnsrcode.__all__), {"format", "range"})
		self.assertLessEqual(set(dnsrcode.__all__), public(dnsrcode))
		self.assertEqual(set(compat.__all__), public(compat))

	def test_functions_have_the_stub_signatures(self):
		checked = 0
		for module in self.MODULES:
			for name, node in top_level(stub(module)).items():
				if not isinstance(node, ast.FunctionDef):
					continue
				params = [a.arg for a in node.args.posonlyargs + node.args.args]
				params += [a.arg for a in node.args.kwonlyargs]
				runtime = list(inspect.signature(getattr(module, name)).parameters)
				self.assertEqual(params, runtime, f"{module.__name__}.{name}")
				checked += 1
		self.assertGreater(checked, 25)

	def test_enum_members_match(self):
		checked = 0
		for name, node in top_level(stub(dnsrcode)).items():
			obj = getattr(dnsrcode, name)
			if not (isinstance(node, ast.ClassDef) and isinstance(obj, type)
			        and issubclass(obj, enum.Enum)):
				continue
			declared = {}
			for item in node.body:
				if isinstance(item, ast.Assign):
					declared[item.targets[0].id] = ast.literal_eval(item.value)
			self.assertEqual(declared, {n: int(m) for n, m in obj.__members__.items()}, name)
			checked += 1
		self.assertEqual(checked, 8)

	def test_record_fields_match(self):
		"""Info, EdeInfo, EdeOption and Status: the fields in their order."""
		checked = 0
		for name, node in top_level(stub(dnsrcode)).items():
			obj = getattr(dnsrcode, name)
			if not hasattr(obj, "__match_args__"):
				continue
			self.assertEqual(record_fields(node), list(obj.__match_args__), name)
			checked += 1
		self.assertEqual(checked, 4)

	def test_public_functions_have_docstrings(self):
		for module in self.MODULES:
			for name in module.__all__ + (["format", "range"] if module is dnsrcode else []):
				obj = getattr(module, name)
				if callable(obj) and not isinstance(obj, enum.Enum):
					self.assertTrue(inspect.getdoc(obj), f"{module.__name__}.{name}")


class TestStubtest(unittest.TestCase):
	def test_mypy_stubtest_finds_no_difference(self):
		"""mypy's own comparison of the stubs with the imported package."""
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
