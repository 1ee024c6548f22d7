#!/bin/sh
# check-cli-files.sh - dnsrcode --status and --summary over files: the
# conformance capture's exact --summary --json (tests/summary_conformance.py),
# the mode flags in any order, --oneline, --json members, --hex, --tcp,
# --port, standard input, the notes and hints, the errors for files that
# cannot be read, and the exit status of each.  Captures are written by
# tests/capture_writer.py, messages by tests/dns_wire.py; needs a Python 3
# for those, skips (77) without.
#
# Run by automake's harness with top_srcdir and top_builddir exported.
set -eu

: "${top_srcdir:=.}"
: "${top_builddir:=.}"
prog="$top_builddir/tools/dnsrcode"

if [ ! -x "$prog" ]; then
	echo "check-cli-files: $prog not built" >&2
	exit 99
fi

suite=check-cli-files
# shellcheck source=tests/cli-lib.sh
. "$top_srcdir/tests/cli-lib.sh"
python=$(find_python) || {
	echo "SKIP: no python3"
	exit 77
}

# The conformance capture: its exact --summary --json, and the other
# formats saying the same.
checks=$((checks + 1))
if ! "$python" -B "$top_srcdir/tests/summary_conformance.py" "$prog" >"$tmp/conformance" 2>&1; then
	fail "summary_conformance.py: $(grep FAIL "$tmp/conformance" | head -n 5)"
fi

# message NAME PYTHON-EXPRESSION: tmp/NAME.bin holds the bytes that the
# expression over dns_wire (as w) gives.
message() {
	"$python" -B -c 'import sys; sys.path.insert(0, sys.argv[1]); import dns_wire as w
open(sys.argv[2], "wb").write(eval(sys.argv[3]))' "$top_srcdir/tests" "$tmp/$1.bin" "$2"
}

# capture FILE [capture_writer.py options] MSG...: a capture of the messages.
capture() {
	"$python" -B "$top_srcdir/tests/capture_writer.py" "$@"
}

# json_check DESCRIPTION PYTHON-EXPRESSION: $out parses as JSON, which as v
# makes the expression true.
json_check() {
	checks=$((checks + 1))
	if ! "$python" -c 'import json, sys
v = json.load(open(sys.argv[1], encoding="utf-8"))
sys.exit(0 if eval("(" + sys.argv[2] + ")") else 1)' "$out" "$2" 2>"$tmp/pyerr"; then
		fail "$1: JSON check failed: $2 $(head -n 3 "$tmp/pyerr") $(head -c 300 "$out")"
	fi
}

expect_usage() {
	expect_status "$1" 2
	expect_empty "$1 stdout" "$out"
	expect_grep "$1" "$err" "$2"
	expect_line "$1" "$err" "Try 'dnsrcode --help' for more information."
}

message servfail 'w.response(2, ede=[w.ede(22)])'
message badcookie 'w.response(23, ede=[w.ede(9, b"no key")])'
message badkey 'w.response(17)'
message badsig 'w.response(9, tsig_error=16, opcode=5)'
message query 'w.query()'
message short 'w.response(0)[:11]'
message tcp '(lambda a, b: len(a).to_bytes(2, "big") + a + len(b).to_bytes(2, "big") + b)(w.response(0), w.response(3))'
capture "$tmp/udp.pcap" "$tmp/servfail.bin" "$tmp/badcookie.bin" "$tmp/query.bin"
capture --format pcapng --link sll2 --ipv6 --tcp "$tmp/tcp.pcapng" "$tmp/badsig.bin" "$tmp/servfail.bin"

# ------------------------------------------------------------------ usage

run --status
expect_usage "--status without FILE" "no FILE given"
run --summary --json
expect_usage "--summary without FILE" "no FILE given"
run --oneline "$tmp/udp.pcap"
expect_usage "--oneline alone" "option '--oneline' needs '--status'"
run --summary --oneline "$tmp/udp.pcap"
expect_usage "--summary --oneline" "option '--oneline' needs '--status'"
run --status --csv "$tmp/udp.pcap"
expect_usage "--status --csv" "option '--csv' needs '--summary'"
run --prometheus 3
expect_usage "--prometheus alone" "option '--prometheus' needs '--summary'"
run --summary --json --csv "$tmp/udp.pcap"
expect_usage "--json --csv" "options '--json' and '--csv' cannot be combined"
run --status --summary "$tmp/udp.pcap"
expect_usage "--status --summary" "options '--status' and '--summary' cannot be combined"
run --status --hex --tcp "$tmp/udp.pcap"
expect_usage "--hex --tcp" "options '--hex' and '--tcp' cannot be combined"
run --tcp 3
expect_usage "--tcp alone" "option '--tcp' needs '--status' or '--summary'"
run --port 53 3
expect_usage "--port alone" "option '--port' needs '--status' or '--summary'"
for bad in 0 65536 x 5x '' -1; do
	run --summary --port "$bad" "$tmp/udp.pcap"
	expect_usage "--port '$bad'" "invalid port '$bad' (a number from 1 to 65535)"
done
run --summary --format full "$tmp/udp.pcap"
expect_usage "--summary --format" "options '--summary' and '--format' cannot be combined"
run --status --context tsig "$tmp/udp.pcap"
expect_usage "--status --context" "options '--status' and '--context' cannot be combined"
run --ede --summary "$tmp/udp.pcap"
expect_usage "--ede --summary" "options '--ede' and '--summary' cannot be combined"

# ------------------------------------------------- files that are not read

mkdir "$tmp/dir"
run --status "$tmp/dir"
expect_status "--status on a directory" 1
expect_line "--status on a directory" "$err" "dnsrcode: '$tmp/dir': Is a directory"
run --summary --json "$tmp/dir" "$tmp/udp.pcap"
expect_status "--summary on a directory" 1
expect_line "--summary on a directory" "$err" "dnsrcode: '$tmp/dir': Is a directory"
json_check "--summary reads the other files" 'v["responses"] == 2'
run --summary "$tmp/no-such-file"
expect_status "--summary missing file" 1
expect_line "--summary missing file" "$err" "dnsrcode: '$tmp/no-such-file': No such file or directory"
status=0
"$prog" --status - <&- >"$out" 2>"$err" || status=$?
expect_status "--status closed stdin" 1
expect_line "--status closed stdin" "$err" "dnsrcode: '-': Bad file descriptor"

# ------------------------------------------------------------- --status

# The mode flag takes options before and after it, files anywhere.
run --status --json "$tmp/servfail.bin" "$tmp/udp.pcap"
expect_status "--status --json a.bin b.pcap" 0
json_check "--status --json a.bin b.pcap" '
[o["input"].rsplit("/", 1)[1] for o in v] == ["servfail.bin", "udp.pcap#1", "udp.pcap#2", "udp.pcap#3"]'
json_check "--status --json capture members" '
v[1]["packet"] == 1 and v[1]["message"] == 1 and v[1]["time"] == "2026-12-03T10:00:00.000000000Z"
and v[1]["transport"] == "udp" and v[1]["src"] == "192.0.2.53" and v[1]["dst"] == "198.51.100.7"
and v[1]["sport"] == 53 and v[1]["dport"] == 33000 and v[0]["packet"] is None and v[0]["src"] is None'
json_check "--status --json EDE advice" '
v[1]["ede"] == [{"code": 22, "purpose": "No Reachable Authority", "mnemonic": "NO_REACHABLE_AUTHORITY",
                 "category": "transport", "retry": "yes", "text": None}]'
run "$tmp/servfail.bin" --json --status
expect_status "--json after --status" 0
json_check "--json after --status" 'len(v) == 1 and v[0]["status"] == "SERVFAIL"'

# One line per message, as the issue shows it.
run --status --oneline "$tmp/udp.pcap"
expect_status "--oneline" 0
expect_count "--oneline" "$out" 3
expect_line "--oneline" "$out" "$tmp/udp.pcap#1 2026-12-03T10:00:00.000Z 192.0.2.53 -> 198.51.100.7 SERVFAIL EDE 22 \"No Reachable Authority\" retry: another server may help"
expect_line "--oneline" "$out" "$tmp/udp.pcap#2 2026-12-03T10:00:00.001Z 192.0.2.53 -> 198.51.100.7 BADCOOKIE EDE 9 \"DNSKEY Missing\" (no key) retry: another server may or may not help"
expect_line "--oneline query" "$out" "$tmp/udp.pcap#3 2026-12-03T10:00:00.002Z 192.0.2.53 -> 198.51.100.7 query"
# TCP over IPv6 in a cooked capture; the handshake is reported, not lost.
run --status --oneline "$tmp/tcp.pcapng"
expect_status "--oneline TCP" 0
expect_line "--oneline TCP" "$out" "$tmp/tcp.pcapng#4 2026-12-03T10:00:00.003Z 2001:db8::53 -> 2001:db8::7 BADSIG"
expect_line "--oneline TCP skipped" "$err" "dnsrcode: '$tmp/tcp.pcapng': 4 packets not read as DNS: tcp-control 4"
run --status "$tmp/tcp.pcapng"
expect_line "--status TCP block" "$out" ";; $tmp/tcp.pcapng#5 2026-12-03T10:00:00.004Z 2001:db8::53#53 -> 2001:db8::7#40000 TCP:"
expect_line "--status TSIG" "$out" "; TSIG: error: BADSIG (16), header status: NOTAUTH (9)"
expect_line "--status EDE advice" "$out" ";      category: transport; retry: another server may help"

# The note: header 1 and OPT EXTENDED-RCODE 1 make 17, BADKEY, a TSIG error.
run --status "$tmp/badkey.bin"
expect_status "--status BADKEY" 0
expect_line "--status BADKEY" "$out" ";; ->>HEADER<<- opcode: QUERY, status: BADKEY, id: 4660"
expect_line "--status BADKEY note" "$out" ";; NOTE: BADKEY is not expected in an extended RCODE"
run --status --oneline "$tmp/badkey.bin"
expect_line "--oneline BADKEY note" "$out" "$tmp/badkey.bin BADKEY (not expected in an extended RCODE)"
run --status --json "$tmp/badkey.bin"
json_check "--json BADKEY note" 'v[0]["note"] == "BADKEY is not expected in an extended RCODE"'
run --status --json "$tmp/servfail.bin"
json_check "--json no note" 'v[0]["note"] is None'

# A refused message: named with the reason, and a hint of what the file
# probably is; --status exits 1, --summary counts it.
run --status "$tmp/tcp.bin"
expect_status "--status TCP-framed file" 1
expect_line "--status TCP-framed file" "$err" "dnsrcode: '$tmp/tcp.bin': message malformed: bad label type or name too long (it looks like messages each after a 2-octet length: try --tcp)"
run --status --tcp --oneline "$tmp/tcp.bin"
expect_status "--status --tcp" 0
expect_line "--status --tcp" "$out" "$tmp/tcp.bin#1 NOERROR"
expect_line "--status --tcp" "$out" "$tmp/tcp.bin#2 NXDOMAIN"
"$python" -c 'import sys; sys.stdout.write(open(sys.argv[1], "rb").read().hex())' "$tmp/servfail.bin" >"$tmp/servfail.hex"
run --status "$tmp/servfail.hex"
expect_status "--status hex file without --hex" 1
expect_grep "--status hex file without --hex" "$err" "(it looks like hex text: try --hex)"
run --status --hex --oneline "$tmp/servfail.hex"
expect_line "--status --hex" "$out" "$tmp/servfail.hex SERVFAIL EDE 22 \"No Reachable Authority\" retry: another server may help"
run --status "$tmp/short.bin" "$tmp/servfail.bin"
expect_status "--status short" 1
expect_line "--status short" "$err" "dnsrcode: '$tmp/short.bin': message truncated"
expect_grep "--status short still prints the rest" "$out" "status: SERVFAIL"

# Standard input is a file like the others.
status=0
"$prog" --status --oneline - <"$tmp/udp.pcap" >"$out" 2>"$err" || status=$?
expect_status "--status - <capture" 0
expect_first "--status - <capture" "$out" "-#1 2026-12-03T10:00:00.000Z 192.0.2.53 -> 198.51.100.7 SERVFAIL EDE 22 \"No Reachable Authority\" retry: another server may help"

# ------------------------------------------------------------- --summary

run --summary --json "$tmp/udp.pcap" "$tmp/tcp.pcapng" "$tmp/short.bin" "$tmp/badkey.bin"
expect_status "--summary" 0
expect_empty "--summary stderr" "$err"
json_check "--summary" '
v == {"messages": 7, "queries": 1, "responses": 5,
      "rcode": {"SERVFAIL": 2, "BADSIG": 1, "BADKEY": 1, "BADCOOKIE": 1},
      "ede": {"9": 1, "22": 2}, "rcode_ede": {"SERVFAIL+22": 2, "BADCOOKIE+9": 1},
      "malformed": {"truncated": 1}, "skipped": {"tcp-control": 4}}'
status=0
"$prog" --summary --csv - <"$tmp/udp.pcap" >"$out" 2>"$err" || status=$?
expect_status "--summary --csv -" 0
expect_first "--summary --csv -" "$out" "section,key,count"
expect_line "--summary --csv -" "$out" "rcode_ede,BADCOOKIE+9,1"
expect_line "--summary --csv -" "$out" "total,queries,1"
run --summary --prometheus "$tmp/udp.pcap"
expect_line "--prometheus TYPE" "$out" "# TYPE dnsrcode_responses_by_rcode_total counter"
expect_line "--prometheus rcode" "$out" 'dnsrcode_responses_by_rcode_total{rcode="BADCOOKIE"} 1'
expect_line "--prometheus pair" "$out" 'dnsrcode_responses_by_rcode_ede_total{rcode="SERVFAIL",code="22"} 1'
run --summary "$tmp/udp.pcap"
expect_first "--summary table" "$out" "messages   3"
expect_line "--summary table" "$out" "SERVFAIL+22          1"
# Port 5353 is DNS only when asked for.
capture "$tmp/mdns.pcap" "$tmp/servfail.bin"
"$python" -B -c 'import sys; sys.path.insert(0, sys.argv[1]); import capture_writer as cw
with cw.Capture(sys.argv[2]) as cap:
    cap.udp(open(sys.argv[3], "rb").read(), sport=5353, dport=5353)' "$top_srcdir/tests" "$tmp/mdns.pcap" "$tmp/servfail.bin"
run --summary --json "$tmp/mdns.pcap"
json_check "--summary without --port" 'v["messages"] == 0 and v["skipped"] == {"port": 1}'
run --summary --json --port 5353 --port=5353 "$tmp/mdns.pcap"
json_check "--summary --port 5353" 'v["rcode"] == {"SERVFAIL": 1} and v["skipped"] == {}'

finish
