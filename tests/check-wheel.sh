#!/bin/sh
# check-wheel.sh - the wheel as users get it: `pip install --no-index` into
# a fresh venv of each interpreter, then the Python tests against it.  The
# tests run outside the source tree, so that only the venv's package can be
# imported, and the extension must carry the library (no libdnsrcode.so
# among what it needs), so that it works where libdnsrcode is not installed.
#
# usage: check-wheel.sh SRCDIR WHEEL PYTHON...
#   interpreters that are the same program are tested once.
# Needs: PYTHON_TESTS (paths relative to SRCDIR), READELF.
set -u

if test $# -lt 3; then
	echo "usage: $0 SRCDIR WHEEL PYTHON..." >&2
	exit 2
fi
srcdir=$(cd "$1" && pwd) || exit 2
wheel=$(cd "$(dirname "$2")" && pwd)/$(basename "$2") || exit 2
shift 2
test -f "$wheel" || { echo "$0: no wheel $wheel" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/dnsrcode-wheel.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
status=0
fail() {
	echo "FAIL: $*"
	status=1
}

seen=
for python in "$@"; do
	exe=$("$python" -c 'import os, sys; print(os.path.realpath(sys.executable))') ||
		{ fail "$python does not run"; continue; }
	case " $seen " in *" $exe "*) continue ;; esac
	seen="$seen $exe"
	echo "== $python ($exe)"

	venv="$work/venv-$(echo "$exe" | tr -c 'A-Za-z0-9.\n' _)"
	"$python" -m venv "$venv" || { fail "$python -m venv"; continue; }
	"$venv/bin/python" -m pip install --quiet --no-index --disable-pip-version-check "$wheel" ||
		{ fail "$python: pip install --no-index $wheel"; continue; }

	# dnspython, which test_python_dnspython.py compares against, is the
	# one package the venv takes from the interpreter's own site, when
	# there is one; without it that test skips.
	dns=$("$python" -c 'import os, dns.rcode; print(os.path.dirname(dns.__file__))' 2>/dev/null)
	if test -n "$dns"; then
		mkdir "$venv/dnspython" && ln -s "$dns" "$venv/dnspython/dns" &&
			site=$("$venv/bin/python" -c 'import site; print(site.getsitepackages()[0])') &&
			echo "$venv/dnspython" >"$site/dnspython-from-the-system.pth" ||
			fail "$python: dnspython into the venv"
	fi

	ext=$("$venv/bin/python" -c '
import sys, dnsrcode
from dnsrcode import _dnsrcode
for m in (dnsrcode, _dnsrcode):
    assert m.__file__.startswith(sys.prefix + "/"), m.__file__ + " is not in the venv " + sys.prefix
print(_dnsrcode.__file__)') || { fail "$python: the venv does not import its own dnsrcode"; continue; }
	echo "imports $ext"
	if ${READELF:-readelf} -d "$ext" | grep -q 'NEEDED.*libdnsrcode'; then
		fail "$ext needs libdnsrcode.so instead of carrying the library"
	fi

	for t in $PYTHON_TESTS; do
		(cd "$work" && top_srcdir="$srcdir" "$venv/bin/python" -B "$srcdir/$t") >"$work/test.log" 2>&1
		rc=$?
		case $rc in
		0) echo "PASS: $t" ;;
		77) echo "SKIP: $t"; tail -1 "$work/test.log" ;;
		*) cat "$work/test.log"; fail "$python: $t" ;;
		esac
	done
done

exit $status
