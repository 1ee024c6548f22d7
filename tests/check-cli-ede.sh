#!/bin/sh
# check-cli-ede.sh - the dnsrcode program's Extended DNS Error modes
# (--ede, --ede --list) and --status on hand-built messages: output, exit
# status, bad input, and that nothing a server sends reaches the terminal
# unescaped.
#
# Run by automake's harness with top_srcdir and top_builddir exported.
set -eu

: "${top_srcdir:=.}"
: "${top_builddir:=.}"
prog="$top_builddir/tools/dnsrcode"

if [ ! -x "$prog" ]; then
	echo "check-cli-ede: $prog not built" >&2
	exit 99
fi

suite=check-cli-ede
# shellcheck source=tests/cli-lib.sh
. "$top_srcdir/tests/cli-lib.sh"

# hex_to_file HEX FILE: the octets written as hex, with printf's octal
# escapes (POSIX printf has no \x).
hex_to_file() {
	hex=$1
	: >"$2"
	while [ -n "$hex" ]; do
		rest=${hex#??}
		byte=${hex%"$rest"}
		hex=$rest
		# shellcheck disable=SC2059
		printf "\\$(printf %o $((0x$byte)))" >>"$2"
	done
}

# json_ok DESCRIPTION FILE: FILE parses as JSON, when a Python is there.
json_ok() {
	for py in /usr/bin/python3 python3; do
		if command -v "$py" >/dev/null 2>&1; then
			checks=$((checks + 1))
			if ! "$py" -c 'import json, sys; json.load(open(sys.argv[1]))' "$2" 2>"$tmp/json-err"; then
				fail "$1: not JSON: $(head -n 2 "$tmp/json-err")"
			fi
			return
		fi
	done
}

# ------------------------------------------------------------------ --ede

run --ede 9
expect_status "--ede 9" 0
expect_line "--ede 9" "$out" "DNSKEY_MISSING (9): DNSKEY Missing [RFC8914, Section 4.10]"
expect_line "--ede 9" "$out" "  Category:    dnssec"
expect_line "--ede 9" "$out" "  Retry:       maybe: the defining text does not say"
expect_line "--ede 9" "$out" "  Reference:   RFC8914, Section 4.10"
expect_line "--ede 9" "$out" "  Range:       assigned"

run --ede "dnskey missing" EDE9 DNSKEY_MISSING
expect_status "--ede spellings" 0
checks=$((checks + 1))
if [ "$(grep -c '^DNSKEY_MISSING (9)' "$out")" -ne 3 ]; then
	fail "--ede spellings: three blocks for 9 expected"
fi

run --ede 13
expect_line "--ede 13" "$out" "  Paired with: SERVFAIL (2)"
expect_line "--ede 13" "$out" "  Retry:       yes: another server may answer"

run --ede 26
expect_line "--ede 26" "$out" "  Paired with: REFUSED (5)"
expect_line "--ede 26" "$out" "  Retry:       no: another server is not expected to answer differently"

run --ede 40 50000
expect_status "--ede unassigned" 0
expect_line "--ede 40" "$out" "EDE40 (40): Unassigned"
expect_line "--ede 50000" "$out" "EDE50000 (50000): Reserved for Private Use [RFC8914]"
expect_line "--ede 50000" "$out" "  Range:       private use"

run --ede --format mnemonic 9 "Synthesized Answer" Other "Non-Replayable Transactions Received in 0-RTT Data"
expect_status "--ede --format" 0
expect_count "--ede --format" "$out" 4
expect_line "--ede --format" "$out" "SYNTHESIZED"
expect_line "--ede --format" "$out" "OTHER"
expect_line "--ede --format" "$out" "TOO_EARLY"

run --ede foo 9 65536
expect_status "--ede unknown" 1
expect_line "--ede unknown" "$err" "dnsrcode: 'foo': unknown Extended DNS Error"
expect_line "--ede 65536" "$err" "dnsrcode: '65536': number out of range (INFO-CODE: 0-65535)"
run --ede "dnskey  missing"
expect_line "--ede doubled space" "$err" "dnsrcode: 'dnskey  missing': white space out of place (words are separated by one space)"

run --ede foo 9 65536
expect_line "--ede unknown still prints the rest" "$out" "DNSKEY_MISSING (9): DNSKEY Missing [RFC8914, Section 4.10]"

run --ede --json 18 EDE40
expect_status "--ede --json" 0
json_ok "--ede --json" "$out"
expect_line "--ede --json" "$out" '  {"input": "18", "code": 18, "mnemonic": "PROHIBITED", "purpose": "Prohibited", "explanation": "The server refuses to serve this client, for example recursion for an address outside its network or a blocklisted address.", "category": "policy", "retry": "yes", "paired_rcode": 5, "paired_rcode_mnemonic": "REFUSED", "basis": "RFC8914 4.19: a server \"that receives a query from an '"'unauthorized'"' client can annotate its REFUSED message with this code\": the client may be authorized elsewhere.", "reference": "RFC8914, Section 4.19", "range": "assigned", "full": "PROHIBITED (18): Prohibited [RFC8914, Section 4.19]"},'

run --ede --list
expect_status "--ede --list" 0
expect_count "--ede --list" "$out" 37
expect_line "--ede --list" "$out" "CODE  MNEMONIC                            CATEGORY   RETRY  RCODE     PURPOSE"

run --ede --list --json
json_ok "--ede --list --json" "$out"
run --ede --list -f full
expect_count "--ede --list -f full" "$out" 36

for bad in "--ede --context tsig 9" "--ede --strict 9" "--ede --split 3" "--ede --status x" "--hex 3" "--ede"; do
	# shellcheck disable=SC2086
	run $bad
	expect_status "$bad" 2
done

# --------------------------------------------------------------- --status

# BADCOOKIE (header 7, EXTENDED-RCODE 1), DO, EDE 9 with text, EDE 22.
badcookie=123481870001000000000001076578616d706c650000010001
badcookie=${badcookie}00002904d0010080000012000f000800096e6f206b6579000f00020016
hex_to_file "$badcookie" "$tmp/badcookie.bin"
run --status "$tmp/badcookie.bin"
expect_status "--status badcookie" 0
expect_empty "--status badcookie stderr" "$err"
expect_line "--status badcookie" "$out" ";; ->>HEADER<<- opcode: QUERY, status: BADCOOKIE, id: 4660"
expect_line "--status badcookie" "$out" ";; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 1"
expect_line "--status badcookie" "$out" "; EDNS: version: 0, flags: do; udp: 1232"
expect_line "--status badcookie" "$out" "; EDE: 9 (DNSKEY Missing): (no key)"
expect_line "--status badcookie" "$out" "; EDE: 22 (No Reachable Authority)"

echo "$badcookie" >"$tmp/badcookie.hex"
status=0
"$prog" --status - --hex <"$tmp/badcookie.hex" >"$tmp/from-stdin" 2>"$err" || status=$?
expect_status "--status - --hex" 0
checks=$((checks + 1))
if ! cmp -s "$out" "$tmp/from-stdin"; then
	fail "--status - --hex differs from the binary file"
fi

run --status "$tmp/badcookie.bin" --json
json_ok "--status --json" "$out"
expect_line "--status --json" "$out" '  {"input": "'"$tmp/badcookie.bin"'", "file": "'"$tmp/badcookie.bin"'", "packet": null, "message": 1, "time": null, "transport": null, "src": null, "dst": null, "sport": null, "dport": null, "id": 4660, "opcode": "QUERY", "flags": ["qr", "rd", "ra"], "status": "BADCOOKIE", "rcode": 23, "rcode_context": "edns", "note": null, "header_rcode": 7, "counts": {"query": 1, "answer": 0, "authority": 0, "additional": 1}, "edns": {"version": 0, "udp_size": 1232, "do": true, "flags": 32768, "extended_rcode": 1}, "tsig": null, "ede_count": 2, "ede": [{"code": 9, "purpose": "DNSKEY Missing", "mnemonic": "DNSKEY_MISSING", "category": "dnssec", "retry": "maybe", "text": "no key"}, {"code": 22, "purpose": "No Reachable Authority", "mnemonic": "NO_REACHABLE_AUTHORITY", "category": "transport", "retry": "yes", "text": null}]}'

# An UPDATE refused with NOTAUTH and TSIG error BADSIG (RFC 8945 §5.2.2).
badsig=1234a8090001000000000001076578616d706c6500000600010000fa00ff00000000001d
badsig=${badsig}0b686d61632d73686132353600000065000000012c0000123400100000
hex_to_file "$badsig" "$tmp/badsig.bin"
run --status "$tmp/badsig.bin"
expect_status "--status badsig" 0
expect_line "--status badsig" "$out" ";; ->>HEADER<<- opcode: UPDATE, status: BADSIG, id: 4660"
expect_line "--status badsig" "$out" "; TSIG: error: BADSIG (16), header status: NOTAUTH (9)"

# Two files: each block names its file.
run --status "$tmp/badcookie.bin" "$tmp/badsig.bin"
expect_line "--status two files" "$out" ";; $tmp/badsig.bin:"

# Control characters from the server are escaped.
escape=12348182000000000000000100002904d000000000000a000f000600001b5b324a
hex_to_file "$escape" "$tmp/escape.bin"
run --status "$tmp/escape.bin"
expect_status "--status escape" 0
expect_line "--status escape" "$out" '; EDE: 0 (Other Error): (\x1b[2J)'

# Bad input: one line on stderr naming the file, exit status 1.
hex_to_file 1234818000000000000000 "$tmp/short.bin"
run --status "$tmp/short.bin" "$tmp/badsig.bin"
expect_status "--status truncated" 1
expect_line "--status truncated" "$err" "dnsrcode: '$tmp/short.bin': message truncated"
expect_line "--status truncated still prints the rest" "$out" "; TSIG: error: BADSIG (16), header status: NOTAUTH (9)"
run --status "$tmp/no-such-file"
expect_status "--status missing file" 1
echo "12 3" >"$tmp/odd.hex"
run --status "$tmp/odd.hex" --hex
expect_status "--status odd hex" 1
expect_line "--status odd hex" "$err" "dnsrcode: '$tmp/odd.hex': odd number of hex digits"
run --status "$tmp/badsig.bin" --format full
expect_status "--status --format" 2

finish
