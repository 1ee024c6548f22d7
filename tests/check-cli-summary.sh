#!/bin/sh
# dnsrcode --summary on the conformance capture (tests/summary_conformance.py):
# the exact --json it must print, and --csv, --prometheus and the table
# saying the same.  Needs a Python 3; skips (77) without.
set -u
srcdir=${top_srcdir:-.}
builddir=${top_builddir:-.}

python=
for candidate in /usr/bin/python3 python3; do
	if "$candidate" -c 'import json, struct, ipaddress' >/dev/null 2>&1; then
		python=$candidate
		break
	fi
done
if [ -z "$python" ]; then
	echo "SKIP: no python3"
	exit 77
fi
exec "$python" -B "$srcdir/tests/summary_conformance.py" "$builddir/tools/dnsrcode"
