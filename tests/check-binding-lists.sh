#!/bin/sh
# The lists the bindings take from the header and data/ (every template
# bindings/**/FILE.in with an "@@ " line, see bindings/gen-lists.awk) must
# be checked in exactly as bindings/gen-lists.sh makes them: a copy edited
# by hand, or left behind by a header or data change, fails here.
set -eu
: "${top_srcdir:=.}"

fresh=$(mktemp)
trap 'rm -f "$fresh"' EXIT INT TERM
checked=0
stale=0
for template in $(cd "$top_srcdir" && grep -rl --include='*.in' '^@@ ' bindings | sort); do
	file=${template%.in}
	sh "$top_srcdir/bindings/gen-lists.sh" "$top_srcdir" "$file" >"$fresh"
	if cmp -s "$fresh" "$top_srcdir/$file"; then
		echo "current: $file"
	else
		echo "$file is stale; run make and commit it:" >&2
		diff -u "$top_srcdir/$file" "$fresh" >&2 || true
		stale=1
	fi
	checked=$((checked + 1))
done
if test "$checked" -eq 0; then
	echo "FAIL: no template of a generated list under $top_srcdir/bindings" >&2
	exit 1
fi
exit "$stale"
