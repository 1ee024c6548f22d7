#!/bin/sh
# relocs.sh READELF LIBRARY.la - count the dynamic relocations of the built
# shared library by type.  The tables keep strings as offsets into one blob
# so that they need none: what remains belongs to the C runtime start-up
# code and to the libc functions the library calls.
readelf=${1:-readelf}
la=$2
dlname=$(sed -n "s/^dlname='\(.*\)'$/\1/p" "$la")
so=$(dirname "$la")/.libs/$dlname
if test -z "$dlname" || test ! -f "$so"; then
	echo "relocs.sh: no shared library next to $la" >&2
	exit 1
fi
relocs=$("$readelf" -rW "$so" | awk '/^ *[0-9a-f]+ +[0-9a-f]+ +R_/ { print $3, $5 }')
echo
echo "## Dynamic relocations of $dlname ($readelf -r)"
echo
echo "| type | count | symbols |"
echo "|---|---:|---|"
printf '%s\n' "$relocs" | awk 'NF { n[$1]++; if (NF > 1) s[$1] = s[$1] " " $2 }
	END { for (t in n) printf "| %s | %d |%s |\n", t, n[t], s[t] }' | sort
printf '| total | %d | |\n' "$(printf '%s\n' "$relocs" | awk 'NF' | wc -l)"
