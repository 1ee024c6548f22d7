#!/bin/sh
# The input layer (tools/input.h) on captures written by
# tests/capture_writer.py: tests/test_input.py.  Needs a Python 3; skips
# (77) without.
set -u
srcdir=${top_srcdir:-.}
builddir=${top_builddir:-.}

python=
for candidate in /usr/bin/python3 python3; do
	if "$candidate" -c 'import struct, ipaddress' >/dev/null 2>&1; then
		python=$candidate
		break
	fi
done
if [ -z "$python" ]; then
	echo "SKIP: no python3"
	exit 77
fi
exec "$python" -B "$srcdir/tests/test_input.py" "$builddir/tests/input-dump"
