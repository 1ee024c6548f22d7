"""The Python package dnsrcode; build it with `python3 -m build` (PEP 517,
see pyproject.toml), which makes an sdist and a wheel.

The extension dnsrcode._dnsrcode is SWIG's wrapper plus, by default, the
library's own C sources, so the wheel needs no libdnsrcode on the machine.
DNSRCODE_LIBRARY=system links it against an installed libdnsrcode instead
(for distribution packages, which ship the library once).

From a git tree, SWIG generates the wrapper (bindings/swig-wrapper.sh);
the sdist carries it, so building from the sdist needs no SWIG.
"""

import glob
import os
import re
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.sdist import sdist

# setuptools wants paths relative to this directory.
os.chdir(os.path.dirname(os.path.abspath(__file__)))

WRAPPER = "bindings/python/dnsrcode_wrap.c"


def library_version():
	"""The package version is the library's, as the header states it."""
	with open("include/dnsrcode.h", encoding="utf-8") as f:
		found = re.search(r'^#define DNSRCODE_VERSION "([^"]+)"$', f.read(), re.M)
	if not found:
		sys.exit("setup.py: include/dnsrcode.h defines no DNSRCODE_VERSION")
	return found.group(1)


def ensure_wrapper():
	if os.path.exists(WRAPPER):
		return
	swig = os.environ.get("SWIG", "swig")
	try:
		subprocess.check_call(["sh", "bindings/swig-wrapper.sh", swig, ".", "python", WRAPPER])
	except (OSError, subprocess.CalledProcessError) as e:
		sys.exit("setup.py: %s is missing and %s could not make it (%s); install SWIG, "
		         "or build from the sdist or the release tarball, which carry it"
		         % (WRAPPER, swig, e))


class SdistWithWrapper(sdist):
	def run(self):
		ensure_wrapper()
		super().run()


class BuildExtWithWrapper(build_ext):
	def run(self):
		ensure_wrapper()
		super().run()


def extension():
	how = os.environ.get("DNSRCODE_LIBRARY", "bundled")
	# SWIG's wrapper and the module's hand-written C beside it.
	sources = [WRAPPER] + sorted(set(glob.glob("bindings/python/*.c")) - {WRAPPER})
	include_dirs = ["include", "bindings/python"]
	libraries = []
	# The extension exports PyInit__dnsrcode alone (SWIG marks it so): the
	# library's symbols, when compiled in, never stand in for an installed
	# libdnsrcode's elsewhere in the process.
	extra_compile_args = [] if sys.platform == "win32" else ["-fvisibility=hidden"]
	if how == "bundled":
		sources += sorted(glob.glob("lib/*.c"))
		include_dirs += ["bindings/standalone"]
	elif how == "system":
		libraries += ["dnsrcode"]
	else:
		sys.exit("setup.py: DNSRCODE_LIBRARY is %r; it must be 'bundled' (the default) "
		         "or 'system'" % how)
	return Extension("dnsrcode._dnsrcode", sources=sources, include_dirs=include_dirs,
	                 libraries=libraries, extra_compile_args=extra_compile_args)


setup(
	version=library_version(),
	packages=["dnsrcode"],
	package_dir={"dnsrcode": "bindings/python/dnsrcode"},
	package_data={"dnsrcode": ["*.pyi", "py.typed"]},
	ext_modules=[extension()],
	cmdclass={"sdist": SdistWithWrapper, "build_ext": BuildExtWithWrapper},
)
