#!/bin/sh
# bench_capture.sh - make bench-capture: dnsrcode --summary against
# tshark -z dns,tree and dnstop (when installed) on the same capture of
# 1M responses (bench/gen_capture.py), in one run, the file in the page
# cache; and dnsrcode's peak memory for 1M and 4M responses.
#
# Each program is timed as a whole process by /usr/bin/time: processor
# time (user + system: every one of them reads on one thread) and wall
# time, the median of RUNS runs taken in turn (A B C A B C ...), so that a
# drift of the shared machine hits them alike.  Packets per second are the
# capture's packets over processor seconds.  It prints figures and judges
# nothing.
#
# Usage: bench_capture.sh PROG, the dnsrcode binary itself (libtool
# --mode=execute puts it and its library path in place of the wrapper).
# Environment: PYTHON, srcdir, CAPTURES (where the captures are kept
# between runs), RUNS (5), TSHARK_RUNS (2: tshark takes half a minute a
# run).
set -eu

PROG=${1:?usage: bench_capture.sh PROG}

: "${srcdir:=.}"
case ${PYTHON:-:} in :) PYTHON=/usr/bin/python3 ;; esac
: "${CAPTURES:=bench}"
: "${RUNS:=5}"
: "${TSHARK_RUNS:=2}"

if [ ! -x /usr/bin/time ]; then
	echo "bench-capture: /usr/bin/time not found (Debian: time)" >&2
	exit 1
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/bench-capture.XXXXXX")
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

# capture N NAME: bench/NAME.pcap with N responses, written once.
capture() {
	file="$CAPTURES/$2.pcap"
	if [ ! -s "$file" ]; then
		echo "writing $file ($1 responses)..." >&2
		nice -n 19 "$PYTHON" -B "$srcdir/bench/gen_capture.py" --responses "$1" "$file" >&2
	fi
	echo "$file"
}

# timed NAME COMMAND...: one run; appends "cpu wall rss" to $tmp/NAME.
timed() {
	name=$1
	shift
	/usr/bin/time -f '%U %S %e %M' -o "$tmp/one" "$@" >/dev/null 2>"$tmp/stderr" </dev/null || {
		echo "bench-capture: $name failed: $(head -n 3 "$tmp/stderr")" >&2
		exit 1
	}
	awk '{ printf "%.3f %.3f %d\n", $1 + $2, $3, $4 }' "$tmp/one" >>"$tmp/$name"
}

# median NAME FIELD: the median of a column of $tmp/NAME.
median() {
	cut -d' ' -f"$2" "$tmp/$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

one_m=$(capture 1000000 capture-1M)
cat "$one_m" >/dev/null # into the page cache
packets=$(capinfos -c -M "$one_m" 2>/dev/null | awk '/Number of packets/ { print $NF }') || packets=
if [ -z "$packets" ]; then
	# Without capinfos: every packet is a message or a skip.
	packets=$("$PROG" --summary --csv "$one_m" | awk -F, '$1 == "total" && $2 == "messages" { m = $3 }
		$1 == "skipped" { s += $3 } END { print m + s }')
fi

have_tshark=no
have_dnstop=no
command -v tshark >/dev/null 2>&1 && have_tshark=yes
command -v dnstop >/dev/null 2>&1 && have_dnstop=yes

i=0
while [ "$i" -lt "$RUNS" ]; do
	timed dnsrcode "$PROG" --summary "$one_m"
	if [ "$have_dnstop" = yes ]; then
		timed dnstop dnstop -R -X -l 1 "$one_m"
	fi
	if [ "$have_tshark" = yes ] && [ "$i" -lt "$TSHARK_RUNS" ]; then
		timed tshark tshark -n -q -r "$one_m" -z dns,tree
	fi
	i=$((i + 1))
done

echo "capture: $one_m, $packets packets (1M responses), in the page cache"
printf '%-34s %9s %9s %12s %14s\n' "program" "cpu s" "wall s" "packets/s" "dnsrcode is"
ours=$(median dnsrcode 1)
for name in dnsrcode dnstop tshark; do
	[ -s "$tmp/$name" ] || continue
	cpu=$(median "$name" 1)
	wall=$(median "$name" 2)
	case $name in
	dnsrcode) what="dnsrcode --summary" ;;
	dnstop) what="dnstop -R -X -l 1 (header only)" ;;
	tshark) what="tshark -q -z dns,tree" ;;
	esac
	awk -v what="$what" -v cpu="$cpu" -v wall="$wall" -v packets="$packets" -v ours="$ours" \
		-v self="$name" 'BEGIN {
		ratio = self == "dnsrcode" ? "" : sprintf("%.2fx faster", cpu / ours)
		printf "%-34s %9.3f %9.3f %12.0f %14s\n", what, cpu, wall, packets / cpu, ratio
	}'
done
for name in dnstop tshark; do
	[ -s "$tmp/$name" ] || echo "($name not installed: not timed)"
done
echo "medians of $RUNS runs (tshark: $TSHARK_RUNS), processor time = user + system"

# Peak memory: the same for 1M and 4M responses when nothing grows.
four_m=$(capture 4000000 capture-4M)
: >"$tmp/rss1"
: >"$tmp/rss4"
/usr/bin/time -f '%M' -o "$tmp/rss1" "$PROG" --summary "$one_m" >/dev/null
/usr/bin/time -f '%M' -o "$tmp/rss4" "$PROG" --summary "$four_m" >/dev/null
echo "dnsrcode --summary peak RSS: 1M responses $(cat "$tmp/rss1") KiB, 4M responses $(cat "$tmp/rss4") KiB"
