#!/usr/bin/env python3
"""make bench, Python part: dnsrcode against dnspython, timed in the same
run: dnsrcode.compat's dns.rcode functions against dnspython's, msg_status
against dns.message.from_wire on realistic responses, and the import time
of each.

Each case calls the function over a list of inputs; the two libraries take
turns for --repeat rounds and the median time per call of each is kept.
The ratio is dnspython's time over ours.  With --check the exit status is
1 when a ratio misses its target."""

import argparse
import os
import statistics
import subprocess
import sys
import timeit

import dnsrcode
from dnsrcode import compat

try:
	import dns.message
	import dns.rcode
except ImportError:
	dns = None

ASSIGNED = [int(m) for m in dnsrcode.Rcode]
UNASSIGNED = list(range(24, 3841, 61)) + list(range(3841, 4096, 17))
NAMES = [m.name for m in dnsrcode.Rcode] + [m.name.lower() for m in dnsrcode.Rcode]
NUMBERS = [str(v) for v in range(0, 4096, 41)]
UNKNOWN_NAMES = ["BOGUS", "nxdomian", "NOTIMPL", "RCODE3", "servfial", "x", "BADSIGX", "REFUSE"]
FLAGS = [((0x8180 | (v & 0xF)), ((v >> 4) << 24) | 0x8000) for v in range(0, 4096, 13)]
CALLS_ONE = "for v in inputs: f(v)"
CALLS_TWO = "for a, b in inputs: f(a, b)"


def responses():
	"""The responses of bench/messages.txt, which the C bench reads too,
	but for the TSIG-signed: from_wire() checks a TSIG's MAC, which needs
	the request's MAC, and msg_status() only reads it."""
	path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "messages.txt")
	out = []
	with open(path, encoding="ascii") as f:
		for line in f:
			if line.startswith("#"):
				continue
			label, wire = line.rstrip("\n").split("\t")
			if "TSIG" not in label:
				out.append(bytes.fromhex(wire))
	return out


def cases():
	"""(label, target ratio, inputs, statement over `f` and `inputs`, ours,
	dnspython's)."""
	def rcode_case(label, target, inputs, stmt, name):
		return (label, target, inputs, stmt, getattr(compat, name),
		        dns and getattr(dns.rcode, name))

	out = [
		rcode_case("to_text, assigned codes", 5.0, ASSIGNED, CALLS_ONE, "to_text"),
		rcode_case("to_text, unknown codes", 5.0, UNASSIGNED, CALLS_ONE, "to_text"),
		rcode_case("to_text, tsig=True", 5.0, ASSIGNED, "for v in inputs: f(v, True)", "to_text"),
		rcode_case("from_text, names", 2.0, NAMES, CALLS_ONE, "from_text"),
		rcode_case("from_text, numbers", 2.0, NUMBERS, CALLS_ONE, "from_text"),
		rcode_case("from_text, unknown names", 5.0, UNKNOWN_NAMES,
		           "for v in inputs:\n try: f(v)\n except Exception: pass", "from_text"),
		rcode_case("from_flags", None, FLAGS, CALLS_TWO, "from_flags"),
		rcode_case("to_flags", None, ASSIGNED + UNASSIGNED, CALLS_ONE, "to_flags"),
	]
	if dns is not None:
		out.append(("msg_status / from_wire", 100.0, responses(), CALLS_ONE,
		            dnsrcode.msg_status, dns.message.from_wire))
	return out


def per_call(func, stmt, inputs, number):
	timer = timeit.Timer(stmt, globals={"f": func, "inputs": inputs})
	return timer.timeit(number) / (number * len(inputs)) * 1e9


def import_time(module, rounds):
	"""Median milliseconds `import module` takes in a fresh interpreter,
	bytecode cached as an installed package has it."""
	env = dict(os.environ)
	env.pop("PYTHONDONTWRITEBYTECODE", None)
	code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
	times = []
	for _ in range(rounds + 1):  # the first run writes the bytecode
		run = subprocess.run([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
		                     text=True, check=True)
		times.append(float(run.stdout) * 1e3)
	return statistics.median(times[1:])


def main():
	ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
	ap.add_argument("--repeat", type=int, default=7, help="rounds per case (median kept)")
	ap.add_argument("--calls", type=int, default=100000, help="calls per round")
	ap.add_argument("--check", action="store_true", help="fail when a target is missed")
	opts = ap.parse_args()

	if dns is None:
		print("dnspython is not installed: timing dnsrcode alone")
	else:
		print(f"dnsrcode {dnsrcode.__version__} against dnspython "
		      f"{getattr(dns, 'version', None) and dns.version.version}, "
		      f"Python {sys.version.split()[0]}; median of {opts.repeat} rounds")
	print(f"{'case':28} {'dnspython':>11} {'dnsrcode':>10} {'ratio':>7}  target")
	missed = []
	for label, target, inputs, stmt, ours, theirs in cases():
		number = max(1, opts.calls // len(inputs))
		ours_ns, theirs_ns = [], []
		for _ in range(opts.repeat):
			ours_ns.append(per_call(ours, stmt, inputs, number))
			if theirs is not None:
				theirs_ns.append(per_call(theirs, stmt, inputs, max(1, number // 100)
				                          if target and target >= 100 else number))
		ours_ns = statistics.median(ours_ns)
		if theirs is None:
			print(f"{label:28} {'-':>11} {ours_ns:8.0f}ns")
			continue
		theirs_ns = statistics.median(theirs_ns)
		ratio = theirs_ns / ours_ns
		verdict = ""
		if target is not None:
			verdict = f">= {target:.0f}x " + ("ok" if ratio >= target else "MISSED")
			if ratio < target:
				missed.append(label)
		print(f"{label:28} {theirs_ns:9.0f}ns {ours_ns:8.0f}ns {ratio:6.1f}x  {verdict}")

	modules = ["dnsrcode", "dnsrcode.compat"] + (["dns.rcode"] if dns is not None else [])
	times = {m: import_time(m, opts.repeat) for m in modules}
	print("import, median of fresh interpreters: " +
	      ", ".join(f"{m} {t:.1f} ms" for m, t in times.items()))
	if "dns.rcode" in times and times["dnsrcode.compat"] > times["dns.rcode"]:
		missed.append("import time")
	if missed:
		print("missed targets: " + ", ".join(missed))
		return 1 if opts.check else 0
	return 0


if __name__ == "__main__":
	sys.exit(main())
