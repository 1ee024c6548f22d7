#!/bin/sh
# The checked-in lib/rcode-table.inc must be exactly what the generator
# makes from data/: a registry update is a data change plus `make regen`.
# That data/rcodes.csv is IANA's own is tests/check-iana-copies.sh's.
set -eu
: "${top_srcdir:=.}" "${AWK:=awk}"

fresh=$(mktemp)
trap 'rm -f "$fresh"' EXIT INT TERM
"$AWK" -f "$top_srcdir/data/table-lib.awk" -f "$top_srcdir/data/gen-rcode-table.awk" \
	"$top_srcdir/data/registry-date" "$top_srcdir/data/rcodes.csv" \
	"$top_srcdir/data/rcode-notes.csv" "$top_srcdir/data/rcode-aliases.csv" > "$fresh"
if ! cmp -s "$fresh" "$top_srcdir/lib/rcode-table.inc"; then
	echo "lib/rcode-table.inc is stale; run 'make regen' and commit it:" >&2
	diff -u "$top_srcdir/lib/rcode-table.inc" "$fresh" >&2 || true
	exit 1
fi
echo "rcode table is current"
