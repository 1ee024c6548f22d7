#!/bin/sh
# The checked-in lib/ede-table.inc is what data/gen-ede-table.awk makes
# from the data today: a registry change that forgot `make regen` fails.
# That data/ede.csv is IANA's own is tests/check-iana-copies.sh's.
set -u
srcdir=${top_srcdir:-.}
awk_prog=${AWK:-awk}
tmp=${TMPDIR:-/tmp}/check-ede-table.$$
trap 'rm -f "$tmp"' EXIT INT TERM

if ! "$awk_prog" -f "$srcdir/data/table-lib.awk" -f "$srcdir/data/gen-ede-table.awk" \
	"$srcdir/data/rcode-notes.csv" "$srcdir/data/ede.csv" \
	"$srcdir/data/ede-notes.csv" "$srcdir/data/ede-aliases.csv" > "$tmp"; then
	echo "FAIL: data/gen-ede-table.awk rejected the data" >&2
	exit 1
fi
if ! cmp -s "$tmp" "$srcdir/lib/ede-table.inc"; then
	echo "FAIL: lib/ede-table.inc is out of date; run 'make regen'" >&2
	diff -u "$srcdir/lib/ede-table.inc" "$tmp" | head -40 >&2
	exit 1
fi

# Every registry row has a note and nothing else does: the generator
# refuses both, so count what it wrote against the CSV.
rows=$(grep -c '^[0-9][0-9]*,' "$srcdir/data/ede.csv")
entries=$(sed -n 's/^#define EDE_ENTRY_COUNT //p' "$tmp")
if [ "$rows" != "$entries" ]; then
	echo "FAIL: $rows rows in data/ede.csv, $entries entries in the table" >&2
	exit 1
fi
echo "PASS: lib/ede-table.inc is current ($entries entries)"
exit 0
