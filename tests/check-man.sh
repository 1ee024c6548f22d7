#!/bin/sh
# check-man.sh - man/dnsrcode.3 keeps up with include/dnsrcode.h: every
# function declared DNSRCODE_API has a .so alias page, is listed in the
# page's NAME and SYNOPSIS and in man/local.mk's man3_aliases; no alias
# page or NAME entry outlives its function; the EXAMPLES programs build
# with -std=c99 -pedantic -Werror and print what the page says; groff
# finds nothing to warn about (that part is skipped without groff).
#
# Run by automake's harness with top_srcdir, top_builddir, CC and LIBTOOL
# exported.
set -eu
: "${top_srcdir:=.}" "${top_builddir:=.}" "${CC:=cc}"

header="$top_srcdir/include/dnsrcode.h"
page="$top_srcdir/man/dnsrcode.3"
makefile="$top_srcdir/man/local.mk"

work=$(mktemp -d "${TMPDIR:-/tmp}/check-man.XXXXXX")
trap 'rm -rf "$work"' EXIT HUP INT TERM

failures=0
fail() {
	failures=$((failures + 1))
	echo "FAIL: $*" >&2
}

# The functions the header declares: comments and preprocessor lines
# dropped (the DNSRCODE_API definition itself is one), then the last
# identifier before the "(" of each DNSRCODE_API declaration, which may
# span lines.
awk '
/^[ \t]*#/ { next }
{ text = text " " $0 }
END {
	while ((i = index(text, "/*")) > 0) {
		rest = substr(text, i + 2)
		j = index(rest, "*/")
		if (j == 0)
			break
		text = substr(text, 1, i - 1) " " substr(rest, j + 2)
	}
	while (match(text, /DNSRCODE_API[^;(]*\(/)) {
		decl = substr(text, RSTART, RLENGTH - 1)
		text = substr(text, RSTART + RLENGTH)
		sub(/[^A-Za-z0-9_]+$/, "", decl)
		n = split(decl, word, /[^A-Za-z0-9_]+/)
		print word[n]
	}
}' "$header" | sort -u > "$work/declared"
count=$(wc -l < "$work/declared")
if [ "$count" -lt 40 ]; then
	# The 1.0 header has 44; fewer means the parse above broke.
	fail "found only $count DNSRCODE_API functions in $header"
fi

# The page's sections as plain text, one file each.
section() {
	awk -v want="$1" '
	/^\.SH / { on = ($0 == ".SH " want); next }
	on { print }' "$page"
}
section NAME > "$work/name"
section SYNOPSIS > "$work/synopsis"

# Alias pages and the man/local.mk list of them.
(cd "$top_srcdir/man" && ls dnsrcode_*.3 2>/dev/null || true) | sed 's/\.3$//' | sort > "$work/aliases"
sed -n '/^man3_aliases = /,/[^\\]$/p' "$makefile" | tr ' \t\\' '\n\n\n' |
	sed -n 's|^man/\(dnsrcode_.*\)\.3$|\1|p' | sort > "$work/listed"

while read -r fn; do
	alias="$top_srcdir/man/$fn.3"
	if [ ! -f "$alias" ]; then
		fail "$fn: no alias page man/$fn.3"
	elif [ "$(cat "$alias")" != ".so man3/dnsrcode.3" ]; then
		fail "man/$fn.3 is not the one line '.so man3/dnsrcode.3'"
	fi
	grep -qx "$fn" "$work/listed" || fail "$fn: man/$fn.3 missing from man3_aliases in man/local.mk"
	grep -Eq "(^|[^A-Za-z0-9_])$fn\(" "$work/synopsis" || fail "$fn: not in the SYNOPSIS of man/dnsrcode.3"
	tr ', ' '\n\n' < "$work/name" | grep -qx "$fn" || fail "$fn: not in the NAME of man/dnsrcode.3"
done < "$work/declared"

while read -r fn; do
	grep -qx "$fn" "$work/declared" || fail "man/$fn.3: the header declares no $fn"
done < "$work/aliases"
while read -r fn; do
	[ -f "$top_srcdir/man/$fn.3" ] || fail "man/local.mk lists man/$fn.3, which does not exist"
done < "$work/listed"
tr ', ' '\n\n' < "$work/name" | grep '^dnsrcode_' | while read -r fn; do
	grep -qx "$fn" "$work/declared" || echo "$fn"
done > "$work/stale"
while read -r fn; do
	fail "$fn: in the NAME of man/dnsrcode.3 but not declared"
done < "$work/stale"
echo "checked $count functions against their alias pages, NAME and SYNOPSIS"

# EXAMPLES: every program (an .EX block that includes <dnsrcode.h>) is
# written out with its roff escapes undone, together with the last other
# .EX block before it, the output the page shows for it.
awk -v dir="$work" '
function unescape(s,    out, i, c) {
	out = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c != "\\") {
			out = out c
			continue
		}
		c = substr(s, ++i, 1)
		if (c == "e")
			out = out "\\"
		else if (c == "-")
			out = out "-"
		else if (c != "&") {
			printf "unknown escape \\%s in: %s\n", c, s > "/dev/stderr"
			bad = 1
		}
	}
	return out
}
/^\.SH / { examples = ($0 == ".SH EXAMPLES"); next }
!examples { next }
/^\.EX/ { inblock = 1; block = ""; next }
/^\.EE/ {
	inblock = 0
	if (block ~ /#include <dnsrcode\.h>/) {
		n++
		printf "%s", block > (dir "/example" n ".c")
		printf "%s", shown > (dir "/example" n ".shown")
		close(dir "/example" n ".c")
		close(dir "/example" n ".shown")
	} else {
		shown = block
	}
	next
}
inblock { block = block unescape($0) "\n" }
END {
	print n + 0 > (dir "/examples")
	exit bad
}' "$page" || fail "EXAMPLES: roff escapes the check cannot undo"

examples=$(cat "$work/examples")
if [ "$examples" -lt 2 ]; then
	fail "EXAMPLES: expected 2 programs, found $examples"
fi
if [ -z "${LIBTOOL:-}" ] || [ ! -f "$top_builddir/lib/libdnsrcode.la" ]; then
	fail "EXAMPLES: needs LIBTOOL and a built lib/libdnsrcode.la"
	examples=0
fi
i=1
while [ "$i" -le "$examples" ]; do
	src="$work/example$i.c"
	prog="$work/example$i"
	# shellcheck disable=SC2086
	if ! $LIBTOOL --mode=link --tag=CC $CC -std=c99 -Wall -Wextra -pedantic -Werror \
		-I"$top_srcdir/include" -o "$prog" "$src" "$top_builddir/lib/libdnsrcode.la" \
		>"$work/build$i.log" 2>&1; then
		cat "$work/build$i.log" >&2
		fail "EXAMPLES: program $i does not build"
	elif ! "$prog" > "$work/out$i" 2>&1; then
		cat "$work/out$i" >&2
		fail "EXAMPLES: program $i exits with failure"
	else
		lines=$(wc -l < "$work/example$i.shown")
		if [ "$lines" -eq 0 ]; then
			fail "EXAMPLES: no output shown before program $i"
		elif ! head -n "$lines" "$work/out$i" | cmp -s - "$work/example$i.shown"; then
			echo "program $i prints:" >&2
			cat "$work/out$i" >&2
			echo "the page shows:" >&2
			cat "$work/example$i.shown" >&2
			fail "EXAMPLES: program $i does not print what the page shows"
		fi
	fi
	i=$((i + 1))
done
echo "built and ran $examples EXAMPLES programs"

# groff: no warnings at the strictest level, for every page (the Lua
# page's content is tests/test_lua_reference.lua's to check).
if command -v groff >/dev/null 2>&1; then
	for p in "$top_srcdir/man/dnsrcode.3" "$top_srcdir/man/dnsrcode.1" \
		"$top_srcdir/man/dnsrcode-lua.3"; do
		groff -man -Tutf8 -ww -z "$p" > "$work/groff.out" 2>&1 || true
		if [ -s "$work/groff.out" ]; then
			cat "$work/groff.out" >&2
			fail "groff -man -ww warns about $p"
		fi
	done
	echo "groff -man -Tutf8 -ww -z: no warnings"
else
	echo "groff not found: the groff part is skipped"
fi

if [ "$failures" -gt 0 ]; then
	echo "$failures failure(s)" >&2
	exit 1
fi
