#!/bin/sh
# swig-wrapper.sh - generate one language's wrapper from bindings/dnsrcode.i.
# The one place that says how SWIG runs: the Makefile (make, the tarball)
# and setup.py (the Python sdist and wheel from a git tree) both call it.
#
# usage: swig-wrapper.sh SWIG SRCDIR python|lua OUTPUT
#   SWIG    the swig program
#   SRCDIR  the top of the source tree
#   OUTPUT  the C file to write
# Python: -noproxy, the package in bindings/python/dnsrcode/ is the Python
# side and the wrapper is its extension dnsrcode._dnsrcode.
set -eu

if test $# -ne 4; then
	echo "usage: $0 SWIG SRCDIR python|lua OUTPUT" >&2
	exit 2
fi
swig=$1
srcdir=$2
language=$3
output=$4

case $language in
python) set -- -python -noproxy -module _dnsrcode ;;
lua) set -- -lua -nomoduleglobal ;;
*) echo "$0: no SWIG binding for '$language' (python or lua)" >&2; exit 2 ;;
esac

exec "$swig" "$@" -I"$srcdir/include" -I"$srcdir/bindings" -o "$output" "$srcdir/bindings/dnsrcode.i"
