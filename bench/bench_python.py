#!/usr/bin/env python3
"""make bench, Python part: dnsrcode's dns.rcode functions against
dnspython's, timed in the same run.

Each case calls the function over a list of inputs; the two libraries take
turns for --repeat rounds and the median time per call of each is kept.
The ratio is dnspython's time over ours.  With --check the exit status is
1 when a ratio misses its target."""

import argparse
import statistics
import sys
import timeit

import dnsrcode

try:
	import dns.rcode
except ImportError:
	dns = None

ASSIGNED = [int(m) for m in dnsrcode.Rcode]
UNASSIGNED = list(range(24, 3841, 61)) + list(range(3841, 4096, 17))
NAMES = [m.name for m in dnsrcode.Rcode] + [m.name.lower() for m in dnsrcode.Rcode]
NUMBERS = [str(v) for v in range(0, 4096, 41)]
UNKNOWN_NAMES = ["BOGUS", "nxdomian", "NOTIMPL", "RCODE3", "servfial", "x", "BADSIGX", "REFUSE"]
FLAGS = [((0x8180 | (v & 0xF)), ((v >> 4) << 24) | 0x8000) for v in range(0, 4096, 13)]

# (label, target ratio, inputs, statement over `f` and `inputs`)
CASES = [
	("to_text, assigned codes", 5.0, ASSIGNED, "for v in inputs: f(v)", "to_text"),
	("to_text, unknown codes", 5.0, UNASSIGNED, "for v in inputs: f(v)", "to_text"),
	("to_text, tsig=True", 5.0, ASSIGNED, "for v in inputs: f(v, True)", "to_text"),
	("from_text, names", 2.0, NAMES, "for t in inputs: f(t)", "from_text"),
	("from_text, numbers", 2.0, NUMBERS, "for t in inputs: f(t)", "from_text"),
	("from_text, unknown names", 5.0, UNKNOWN_NAMES,
	 "for t in inputs:\n try: f(t)\n except Exception: pass", "from_text"),
	("from_flags", None, FLAGS, "for a, b in inputs: f(a, b)", "from_flags"),
	("to_flags", None, ASSIGNED + UNASSIGNED, "for v in inputs: f(v)", "to_flags"),
]


def per_call(module, func, stmt, inputs, number):
	timer = timeit.Timer(stmt, globals={"f": getattr(module, func), "inputs": inputs})
	return timer.timeit(number) / (number * len(inputs)) * 1e9


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
	for label, target, inputs, stmt, func in CASES:
		number = max(1, opts.calls // len(inputs))
		ours, theirs = [], []
		for _ in range(opts.repeat):
			ours.append(per_call(dnsrcode, func, stmt, inputs, number))
			if dns is not None:
				theirs.append(per_call(dns.rcode, func, stmt, inputs, number))
		ours_ns = statistics.median(ours)
		if dns is None:
			print(f"{label:28} {'-':>11} {ours_ns:8.0f}ns")
			continue
		theirs_ns = statistics.median(theirs)
		ratio = theirs_ns / ours_ns
		verdict = ""
		if target is not None:
			verdict = f">= {target:.0f}x " + ("ok" if ratio >= target else "MISSED")
			if ratio < target:
				missed.append(label)
		print(f"{label:28} {theirs_ns:9.0f}ns {ours_ns:8.0f}ns {ratio:6.1f}x  {verdict}")
	if missed:
		print("missed targets: " + ", ".join(missed))
		return 1 if opts.check else 0
	return 0


if __name__ == "__main__":
	sys.exit(main())
