#!/bin/sh
# data/rcodes.csv and data/ede.csv are IANA's files byte for byte, as
# data/iana.cksum records them (POSIX cksum: CRC and size) from the
# download.  A fix belongs in the notes or aliases, never in IANA's copy;
# a registry update replaces the file and its line together.  Both files
# are in every checkout and dist tarball, so this never skips.
set -u
: "${top_srcdir:=.}"

data=$top_srcdir/data
status=0
while read -r sum size name; do
	if [ ! -r "$data/$name" ]; then
		echo "FAIL: data/iana.cksum lists $name, which data/ does not have" >&2
		status=1
		continue
	fi
	got=$(cd "$data" && cksum "$name") || exit 99
	if [ "$got" != "$sum $size $name" ]; then
		echo "FAIL: data/$name is not IANA's file as data/iana.cksum records it" >&2
		echo "  recorded: $sum $size $name" >&2
		echo "  found:    $got" >&2
		status=1
	fi
	checked="${checked:-} $name"
done < "$data/iana.cksum"
for f in rcodes.csv ede.csv; do
	case " ${checked:-} " in
	*" $f "*) ;;
	*) echo "FAIL: data/iana.cksum has no line for $f" >&2; status=1 ;;
	esac
done
[ $status -eq 0 ] && echo "PASS: data/rcodes.csv and data/ede.csv are IANA's, unedited"
exit $status
