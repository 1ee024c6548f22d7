#!/bin/sh
# gen-lists.sh - print FILE as bindings/gen-lists.awk makes it from FILE.in
# and the lists' sources.  The one place that names those sources: the
# Makefile remakes the checked-in copies with it, and
# tests/check-binding-lists.sh compares them with its output.
#
# usage: gen-lists.sh SRCDIR FILE     (FILE relative to SRCDIR; $AWK or awk)
set -eu

usage="usage: $0 SRCDIR FILE"
srcdir=${1:?$usage}
file=${2:?$usage}

exec "${AWK:-awk}" -f "$srcdir/data/table-lib.awk" -f "$srcdir/bindings/gen-lists.awk" \
	"$srcdir/include/dnsrcode.h" "$srcdir/bindings/dnsrcode.i" \
	"$srcdir/data/rcode-notes.csv" "$srcdir/data/ede-notes.csv" "$srcdir/$file.in"
