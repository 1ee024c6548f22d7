#!/bin/sh
# check-cli.sh - the dnsrcode program: output and exit status of every
# mode, the bad-input paths, and that --help, the man page and the option
# table name the same options.
#
# Run by automake's harness with top_srcdir and top_builddir exported.
set -eu

: "${top_srcdir:=.}"
: "${top_builddir:=.}"
prog="$top_builddir/tools/dnsrcode"
man="$top_srcdir/man/dnsrcode.1"
source_c="$top_srcdir/tools/dnsrcode.c"
data="$top_srcdir/data"

if [ ! -x "$prog" ]; then
	echo "check-cli: $prog not built" >&2
	exit 99
fi

suite=check-cli
# shellcheck source=tests/cli-lib.sh
. "$top_srcdir/tests/cli-lib.sh"

# A field of the block printed for one code: "  Range:       assigned".
field() {
	sed -n "s/^  $1: *//p" "$out"
}

expect_field() {
	checks=$((checks + 1))
	got=$(field "$2")
	if [ "$got" != "$3" ]; then
		fail "$1: field $2 is '$got', expected '$3'"
	fi
}

# ---------------------------------------------------------------- lookups

# A number: the IANA row of 3 as data/rcodes.csv has it.
csv3=$(grep '^3,' "$data/rcodes.csv")
run 3
expect_status "3" 0
expect_first "3" "$out" "NXDOMAIN (3): Non-Existent Domain [RFC1035]"
expect_field "3" Name "$(echo "$csv3" | cut -d, -f2)"
expect_field "3" Description "$(echo "$csv3" | cut -d, -f3)"
expect_field "3" Reference "RFC1035"
expect_field "3" Families "base (RFC 1035)"
expect_field "3" Range "assigned"
expect_grep "3 explanation" "$out" "Explanation: The queried name does not exist"
contexts=$(field Contexts)
case "$contexts" in
*header*edns*) checks=$((checks + 1)) ;;
*) fail "3: contexts '$contexts' lack header and edns" ;;
esac
expect_empty "3 stderr" "$err"

# Every field of the block, in order.
checks=$((checks + 1))
labels=$(sed -n 's/^  \([A-Z][a-z]*\):.*/\1/p' "$out" | tr '\n' ' ')
if [ "$labels" != "Name Description Explanation Reference Families Contexts Range " ]; then
	fail "3: block fields are '$labels'"
fi

# A name in mixed case, a generic form, aliases other software prints.
run nXdOmAiN
expect_status "nXdOmAiN" 0
expect_first "nXdOmAiN" "$out" "NXDOMAIN (3): Non-Existent Domain [RFC1035]"
run RCODE5
expect_status "RCODE5" 0
expect_first "RCODE5" "$out" "REFUSED (5): Query Refused [RFC1035]"
run rcode12
expect_status "rcode12" 0
expect_first "rcode12" "$out" "RCODE12 (12): Unassigned"
run notimpl
expect_status "notimpl" 0
expect_first "notimpl" "$out" "NOTIMP (4): Not Implemented [RFC1035]"
expect_field "notimpl" Name "NotImp"
run RESERVED13
expect_status "RESERVED13" 0
expect_first "RESERVED13" "$out" "RCODE13 (13): Unassigned"

# Values without a row are valid codes: range class, exit 0.
run 12
expect_status "12" 0
expect_field "12" Name "RCODE12"
expect_field "12" Description "Unassigned"
expect_field "12" Range "unassigned"
run 4000
expect_status "4000" 0
expect_first "4000" "$out" "RCODE4000 (4000): Reserved for Private Use [RFC6895]"
expect_field "4000" Range "private use"
run 4096
expect_status "4096" 0
expect_field "4096" Range "unassigned"
run 65535
expect_status "65535" 0
expect_field "65535" Range "reserved"

# The context decides what 16 is and whether it fits.
run 16
expect_status "16" 0
expect_first "16" "$out" "BADVERS (16): Bad OPT Version [RFC6891]"
run --context tsig 16
expect_status "--context tsig 16" 0
expect_first "--context tsig 16" "$out" "BADSIG (16): TSIG Signature Failure [RFC8945]"
run -c tkey 16
expect_status "-c tkey 16" 0
expect_first "-c tkey 16" "$out" "BADSIG (16): TSIG Signature Failure [RFC8945]"
run --context=TSIG 9
expect_status "--context=TSIG 9" 0
expect_first "--context=TSIG 9" "$out" "NOTAUTH (9): Not Authorized [RFC8945]"
run --context header 16
expect_status "--context header 16" 1
expect_empty "--context header 16 stdout" "$out"
expect_line "--context header 16" "$err" \
	"dnsrcode: '16': number out of range (header: 0-15)"
run -c edns 4096
expect_status "-c edns 4096" 1

# A name means its own row even where the bare value would mean another.
run badsig
expect_status "badsig" 0
expect_first "badsig" "$out" "BADSIG (16): TSIG Signature Failure [RFC8945]"
run -c edns badsig
expect_status "-c edns badsig" 0
expect_first "-c edns badsig" "$out" "BADSIG (16): TSIG Signature Failure [RFC8945]"
expect_field "-c edns badsig" Note "BADSIG is not expected in an extended RCODE"

# Unknown names: exit 1, one line on stderr naming the argument.
run FOO
expect_status "FOO" 1
expect_empty "FOO stdout" "$out"
expect_count "FOO stderr" "$err" 1
expect_line "FOO" "$err" "dnsrcode: 'FOO': unknown name"

# Several arguments: all are processed, one bad one makes the status 1.
run 3 FOO 5
expect_status "3 FOO 5" 1
expect_line "3 FOO 5" "$out" "NXDOMAIN (3): Non-Existent Domain [RFC1035]"
expect_line "3 FOO 5" "$out" "REFUSED (5): Query Refused [RFC1035]"
expect_count "3 FOO 5 stderr" "$err" 1
run 0 23
expect_status "0 23" 0
expect_line "0 23" "$out" "BADCOOKIE (23): Bad/missing Server Cookie [RFC7873]"

# Hostile input: empty, huge, signed, spaced, non-ASCII, escape sequences.
run ''
expect_status "empty argument" 1
expect_line "empty argument" "$err" "dnsrcode: '': empty text"
run 123456789012345678901234567890
expect_status "huge number" 1
expect_grep "huge number" "$err" "'123456789012345678901234567890': number out of range"
run -- -1
expect_status "-- -1" 1
expect_line "-- -1" "$err" "dnsrcode: '-1': sign not allowed"
run 'NXDOMAIN '
expect_status "trailing space" 1
expect_count "trailing space" "$err" 1
esc=$(printf '\033')
run "$(printf 'NX\303\251\033[31m')"
expect_status "non-ASCII" 1
expect_count "non-ASCII stderr" "$err" 1
expect_grep "non-ASCII" "$err" "'NX\\xc3\\xa9\\x1b[31m'"
checks=$((checks + 1))
if grep -q "$esc" "$err"; then
	fail "non-ASCII: an escape character reached stderr"
fi
run 3x
expect_status "3x" 1
expect_line "3x" "$err" "dnsrcode: '3x': trailing characters after a number or name"

# A long argument is cut in the message; quotes and backslashes in it are
# escaped, so that the quoted text reads back.
long=$(printf '%0100000d' 0)
run "x$long"
expect_status "100 KB argument" 1
expect_count "100 KB argument" "$err" 1
checks=$((checks + 1))
if [ "$(wc -c <"$err")" -gt 300 ]; then
	fail "100 KB argument: $(wc -c <"$err") bytes of message"
fi
expect_grep "100 KB argument" "$err" "'x000000000000000"
expect_grep "100 KB argument" "$err" "'... (100001 bytes): unknown name"
run "it's"
expect_line "it's" "$err" "dnsrcode: 'it\\'s': invalid character in the text"
run 'a\b'
expect_line "backslash" "$err" "dnsrcode: 'a\\\\b': invalid character in the text"

# --strict refuses the aliases and takes the canonical forms.
run --strict notimpl
expect_status "--strict notimpl" 1
expect_grep "--strict notimpl" "$err" "'notimpl': non-canonical spelling"
run --strict NotImp RCODE4 4
expect_status "--strict NotImp RCODE4 4" 0
checks=$((checks + 1))
if [ "$(grep -cxF 'NOTIMP (4): Not Implemented [RFC1035]' "$out")" -ne 3 ]; then
	fail "--strict NotImp RCODE4 4: not three NOTIMP blocks: $(head -n 3 "$out")"
fi

# ---------------------------------------------------------------- --format

run --format full 3
expect_status "--format full 3" 0
expect_count "--format full 3" "$out" 1
expect_line "--format full 3" "$out" "NXDOMAIN (3): Non-Existent Domain [RFC1035]"
run -f mnemonic 5 badsig 12
expect_status "-f mnemonic" 0
checks=$((checks + 1))
if [ "$(tr '\n' ' ' <"$out")" != "REFUSED BADSIG RCODE12 " ]; then
	fail "-f mnemonic 5 badsig 12: got '$(tr '\n' ' ' <"$out")'"
fi
run --format=name 6
expect_first "--format=name 6" "$out" "YXDomain"
run -f description 3841
expect_first "-f description 3841" "$out" "Reserved for Private Use"
run -f full 6
expect_first "-f full 6" "$out" "YXDOMAIN (6): Name Exists when it should not [RFC2136][RFC6672]"
run -f Bogus 3
expect_status "-f Bogus" 2
expect_grep "-f Bogus" "$err" "'Bogus'"

# ---------------------------------------------------------------- usage

expect_usage() {
	expect_status "$1" 2
	expect_empty "$1 stdout" "$out"
	expect_grep "$1" "$err" "$2"
	expect_line "$1" "$err" "Try 'dnsrcode --help' for more information."
	expect_count "$1 stderr" "$err" 2
}

run --bogus 3
expect_usage "--bogus" "unknown option '--bogus'"
run -x 3
expect_usage "-x" "unknown option '-x'"
run
expect_usage "no arguments" "no CODE given"
run 3 --context
expect_usage "--context without a value" "'--context' needs an argument"
run -c
expect_usage "-c without a value" "'-c' needs an argument"
run --context bogus 3
expect_usage "--context bogus" "invalid context 'bogus'"
run --list 3
expect_usage "--list 3" "extra operand '3'"
run --json --format full 3
expect_usage "--json --format" "cannot be combined"
run --list --split 3
expect_usage "--list --split" "cannot be combined"
run --help=x
expect_usage "--help=x" "option '--help' takes no argument"

# ---------------------------------------------------------------- --list

# The rows of data/rcodes.csv with a single value and a name of their own.
rows=$(grep -cE '^[0-9]+,[A-Za-z]' "$data/rcodes.csv")
run --list
expect_status "--list" 0
checks=$((checks + 1))
if ! head -n 1 "$out" |
	grep -qE '^ *CODE +MNEMONIC +NAME +FAMILIES +CONTEXTS +DESCRIPTION +REFERENCE$'; then
	fail "--list: heading is '$(head -n 1 "$out")'"
fi
sed 1d "$out" >"$tmp/rows"
expect_count "--list rows" "$tmp/rows" 22
expect_count "--list rows against data/rcodes.csv" "$tmp/rows" "$rows"
expect_grep "--list BADCOOKIE" "$tmp/rows" "BADCOOKIE  BADCOOKIE"
checks=$((checks + 1))
if [ "$(grep -c '^ *16 ' "$tmp/rows")" -ne 2 ] || [ "$(grep -c '^ *9 ' "$tmp/rows")" -ne 2 ]; then
	fail "--list: the two rows of 9 and of 16 are not all there"
fi
# Aligned: every column starts where its heading does, after a blank.
checks=$((checks + 1))
if ! awk '
	NR == 1 {
		n = split("MNEMONIC NAME FAMILIES CONTEXTS DESCRIPTION REFERENCE", h, " ")
		for (i = 1; i <= n; i++)
			col[i] = index($0, " " h[i] " ") + 1
		col[n] = index($0, " " h[n]) + 1
		next
	}
	{
		for (i = 1; i <= n; i++) {
			c = col[i]
			if (substr($0, c - 1, 1) != " " || substr($0, c, 1) == " ") {
				print "row " NR - 1 ": column " h[i] " not at " c ": " $0
				bad = 1
			}
		}
	}
	END { exit bad }' "$out" >"$tmp/align"; then
	fail "--list alignment: $(head -n 3 "$tmp/align")"
fi
checks=$((checks + 1))
if grep -q ' $' "$out"; then
	fail "--list: trailing blanks"
fi
run --list --context tsig -f mnemonic
expect_status "--list --context tsig" 0
checks=$((checks + 1))
if [ "$(tr '\n' ' ' <"$out")" != "NOERROR BADSIG BADKEY BADTIME BADTRUNC " ]; then
	fail "--list --context tsig: got '$(tr '\n' ' ' <"$out")'"
fi
run --list --format full
expect_count "--list --format full" "$out" 22
expect_line "--list --format full" "$out" "BADSIG (16): TSIG Signature Failure [RFC8945]"
expect_line "--list --format full" "$out" "BADVERS (16): Bad OPT Version [RFC6891]"

# ---------------------------------------------------------------- JSON

python=
for p in /usr/bin/python3 python3; do
	if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import json' 2>/dev/null; then
		python=$p
		break
	fi
done

# json_check DESCRIPTION FILE PYTHON-EXPRESSION [OTHER-FILE]: FILE is
# JSON and the expression is true, with the parsed value as v and the
# lines of OTHER-FILE as lines.
json_check() {
	checks=$((checks + 1))
	if [ -z "$python" ]; then
		echo "SKIP: no python3 with json: $1"
		return 0
	fi
	if ! "$python" -c '
import json, sys
v = json.load(open(sys.argv[1], encoding="utf-8"))
lines = open(sys.argv[3]).read().splitlines() if len(sys.argv) > 3 else []
sys.exit(0 if eval("(" + sys.argv[2] + ")") else 1)' "$2" "$3" ${4:+"$4"} 2>"$tmp/pyerr"; then
		fail "$1: JSON check failed: $3 $(head -n 3 "$tmp/pyerr")"
	fi
}

run --list --json
expect_status "--list --json" 0
json_check "--list --json" "$out" 'len(v) == 22'
if [ -n "$python" ]; then
	checks=$((checks + 1))
	if ! "$python" -m json.tool "$out" >/dev/null; then
		fail "--list --json: json.tool refuses it"
	fi
fi
json_check "--list --json members" "$out" '
all(set(o) == {"code", "mnemonic", "name", "description", "explanation", "reference",
               "families", "contexts", "range", "full"} for o in v)'
json_check "--list --json types" "$out" '
all(isinstance(o["code"], int) and all(isinstance(x, str) for x in o["families"] + o["contexts"])
    and o["range"] == "assigned" for o in v)'
json_check "--list --json values" "$out" '
[o["mnemonic"] for o in v if o["code"] == 16] == ["BADVERS", "BADSIG"] and
[o for o in v if o["code"] == 3][0]["families"] == ["base"] and
[o for o in v if o["code"] == 23][0]["contexts"] == ["edns"]'
json_check "--list --json explanations" "$out" 'all(len(o["explanation"]) > 20 for o in v)'
# The same rows, in the same order, as --list --format full prints them.
cp "$out" "$tmp/json"
run --list --format full
json_check "--list --json full lines" "$tmp/json" '[o["full"] for o in v] == lines' "$out"

run --json 3 FOO 12
expect_status "--json 3 FOO 12" 1
expect_line "--json 3 FOO 12" "$err" "dnsrcode: 'FOO': unknown name"
json_check "--json 3 FOO 12" "$out" '
[o["input"] for o in v] == ["3", "12"] and v[1]["reference"] is None and
v[1]["range"] == "unassigned" and v[0]["name"] == "NXDomain"'
run --json FOO
expect_status "--json FOO" 1
json_check "--json FOO" "$out" 'v == []'

# ---------------------------------------------------------------- --split

# RFC 6891 §6.1.3: the low 4 bits in the header, the high 8 in the OPT TTL.
for code in 0 1 15 16 23 255 256 3841 4095; do
	run --split "$code"
	expect_status "--split $code" 0
	expect_line "--split $code" "$out" "  Header RCODE:       $((code % 16))"
	expect_line "--split $code" "$out" "  OPT EXTENDED-RCODE: $((code / 16))"
done
run --split 23
expect_first "--split 23" "$out" "BADCOOKIE (23): Bad/missing Server Cookie [RFC7873]"
run --split 4096
expect_status "--split 4096" 1
expect_line "--split 4096" "$err" "dnsrcode: '4096': number out of range (edns: 0-4095)"
run --split=badcookie 16 nope
expect_status "--split several" 1
expect_count "--split several" "$out" 7
run --json --split 23
json_check "--json --split 23" "$out" \
	'v == [{"code": 23, "mnemonic": "BADCOOKIE", "header_rcode": 7, "opt_extended_rcode": 1}]'

# ---------------------------------------------------------------- batch

# run_stdin TEXT ARGS...: run with TEXT (a printf format) on standard input.
run_stdin() {
	input=$1
	shift
	status=0
	# shellcheck disable=SC2059
	printf "$input" | "$prog" "$@" >"$out" 2>"$err" || status=$?
}

# One CODE per line; blank lines and comments skipped; "-" among operands.
run_stdin 'nxdomain\n\n# a comment\n  5  \n' -f mnemonic 0 - 23
expect_status "batch plain" 0
checks=$((checks + 1))
if [ "$(tr '\n' ' ' <"$out")" != "NOERROR NXDOMAIN REFUSED BADCOOKIE " ]; then
	fail "batch plain: got '$(tr '\n' ' ' <"$out")'"
fi
# What dig, kdig, drill, host and khost print, each named by its form.
printf '%s\n' \
	';; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 4660' \
	';; ->>HEADER<<- opcode: QUERY, status: ?3841, id: 4660' \
	';; ->>HEADER<<- opcode: QUERY; status: BADCOOKIE; id: 1' \
	';; ->>HEADER<<- opcode: QUERY, rcode: RCODE11, id: 1' \
	'Host nx.example not found: 3(NXDOMAIN)' \
	'Host x.example not found: 23(?23)' \
	'Host x.example. type A error: SERVFAIL' \
	'3(NXDOMAIN)' \
	'RCODE 11' >"$tmp/tools"
status=0
"$prog" --json - <"$tmp/tools" >"$out" 2>"$err" || status=$?
expect_status "batch tool forms" 0
expect_empty "batch tool forms stderr" "$err"
json_check "batch tool forms" "$out" '
[(o["code"], o["form"]) for o in v] == [(3, "dig header"), (3841, "dig header"),
    (23, "kdig header"), (11, "drill header"), (3, "host"), (23, "host"), (2, "khost"),
    (3, "number(name)"), (11, "RCODE number")]'
run_stdin ';; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: SERVFAIL, id: 1\nexample.com. 300 IN A 192.0.2.1\n' -
expect_status "batch whole dig output" 0
expect_first "batch whole dig output" "$out" "SERVFAIL (2): Server Failure [RFC1035]"
expect_line "batch whole dig output" "$out" "  Form:        dig header"
# Bad lines are named by their line number; the others still print.
run_stdin '3\nFOO\n3(SERVFAIL)\n5\n' -f mnemonic -
expect_status "batch bad lines" 1
expect_line "batch bad lines" "$err" "dnsrcode: stdin:2: 'FOO': unknown name"
expect_line "batch bad lines" "$err" "dnsrcode: stdin:3: '3(SERVFAIL)': the number and the name disagree"
checks=$((checks + 1))
if [ "$(tr '\n' ' ' <"$out")" != "NXDOMAIN REFUSED " ]; then
	fail "batch bad lines: got '$(tr '\n' ' ' <"$out")'"
fi
run_stdin '3\000x\n' -
expect_status "batch NUL" 1
expect_grep "batch NUL" "$err" "stdin:1: '3': NUL byte in the line"
status=0
"$prog" - <&- >"$out" 2>"$err" || status=$?
expect_status "batch closed stdin" 1
expect_line "batch closed stdin" "$err" "dnsrcode: standard input: Bad file descriptor"
# EDEs: the lines dig and kdig print for EDE options.
run_stdin '; EDE: 22 (No Reachable Authority): (timeout)\n;; EDE: 18 (Prohibited)\n' --ede --json -
expect_status "batch EDE" 0
json_check "batch EDE" "$out" '[(o["code"], o["form"]) for o in v] == [(22, "dig EDE"), (18, "kdig EDE")]'
run_stdin 'DNSKEY Missing\nnope\n' --ede -f mnemonic -
expect_status "batch EDE plain" 1
expect_line "batch EDE plain" "$out" "DNSKEY_MISSING"
expect_line "batch EDE plain" "$err" "dnsrcode: stdin:2: 'nope': unknown Extended DNS Error"

# ---------------------------------------------------------------- --version

header_version=$(sed -n 's/^#define DNSRCODE_VERSION "\(.*\)"$/\1/p' "$top_srcdir/include/dnsrcode.h")
run --version
expect_status "--version" 0
expect_first "--version" "$out" "dnsrcode (libdnsrcode) $header_version"
expect_line "--version" "$out" "IANA DNS RCODEs registry of $(cat "$data/registry-date")"
run -V
expect_status "-V" 0

# ---------------------------------------------------------------- --help

run --help
expect_status "--help" 0
expect_empty "--help stderr" "$err"
cp "$out" "$tmp/help"
run -h
expect_status "-h" 0
checks=$((checks + 1))
if ! cmp -s "$out" "$tmp/help"; then
	fail "-h and --help differ"
fi
# Every option of the program's table is in --help and in the man page,
# and the help and the man page name no other.
sed -n 's/^[	 ]*{ "\([a-z-]*\)", .*/\1/p' "$source_c" | sort >"$tmp/options"
checks=$((checks + 1))
if [ "$(wc -l <"$tmp/options")" -lt 8 ]; then
	fail "could not read the option table of $source_c"
fi
grep -oE -- '--[a-z][a-z-]*' "$tmp/help" | sed 's/^--//' | sort -u >"$tmp/help-options"
sed -n '/^\.SH OPTIONS/,/^\.SH /p' "$man" | grep -oE '\\-\\-[a-z][a-z-]*' |
	sed 's/^\\-\\-//' | sort -u >"$tmp/man-options"
checks=$((checks + 1))
if ! cmp -s "$tmp/options" "$tmp/help-options"; then
	fail "--help and the option table differ: $(diff "$tmp/options" "$tmp/help-options" | tr '\n' ' ')"
fi
checks=$((checks + 1))
if ! cmp -s "$tmp/options" "$tmp/man-options"; then
	fail "man OPTIONS and the option table differ: $(diff "$tmp/options" "$tmp/man-options" | tr '\n' ' ')"
fi
for short in c f h j l V; do
	expect_grep "--help -$short" "$tmp/help" "  -$short, --"
	checks=$((checks + 1))
	if ! grep -qF -- ".BR \\-$short \", \" \\-\\-" "$man"; then
		fail "man OPTIONS lack -$short"
	fi
done
for ctx in any header edns tsig tkey; do
	expect_grep "--help context $ctx" "$tmp/help" "$ctx"
done

# ---------------------------------------------------------------- output errors

if [ -w /dev/full ]; then
	status=0
	"$prog" --list >/dev/full 2>"$err" || status=$?
	expect_status "--list >/dev/full" 1
	expect_grep "--list >/dev/full" "$err" "write error"
fi

finish
