# cli-lib.sh - what the dnsrcode program's shell tests share: a scratch
# directory, running the program, and checks that count their failures.
# Sourced by tests/check-cli*.sh after they set $prog and $suite.

tmp=$(mktemp -d "${TMPDIR:-/tmp}/$suite.XXXXXX")
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
out="$tmp/out"
err="$tmp/err"

failures=0
checks=0

fail() {
	failures=$((failures + 1))
	echo "FAIL: $*" >&2
}

# run ARGS...: the program's stdout in $out, stderr in $err, status in $status.
run() {
	status=0
	"$prog" "$@" >"$out" 2>"$err" || status=$?
}

# what DESCRIPTION EXPECTED-STATUS: after run.
expect_status() {
	checks=$((checks + 1))
	if [ "$status" -ne "$2" ]; then
		fail "$1: exit status $status, expected $2 (stderr: $(head -n 3 "$err"))"
	fi
}

# expect_line DESCRIPTION FILE LINE: FILE has exactly LINE as one of its lines.
expect_line() {
	checks=$((checks + 1))
	if ! grep -qxF -- "$3" "$2"; then
		fail "$1: no line '$3' in: $(head -n 12 "$2")"
	fi
}

# expect_first DESCRIPTION FILE LINE: the first line of FILE is LINE.
expect_first() {
	checks=$((checks + 1))
	first=$(head -n 1 "$2")
	if [ "$first" != "$3" ]; then
		fail "$1: first line '$first', expected '$3'"
	fi
}

# expect_count DESCRIPTION FILE N: FILE has N lines.
expect_count() {
	checks=$((checks + 1))
	n=$(wc -l <"$2" | tr -d ' ')
	if [ "$n" -ne "$3" ]; then
		fail "$1: $n lines, expected $3: $(head -n 5 "$2")"
	fi
}

# expect_grep DESCRIPTION FILE TEXT: FILE contains TEXT (fixed string).
expect_grep() {
	checks=$((checks + 1))
	if ! grep -qF -- "$3" "$2"; then
		fail "$1: '$3' not found in: $(head -n 5 "$2")"
	fi
}

expect_empty() {
	checks=$((checks + 1))
	if [ -s "$2" ]; then
		fail "$1: expected nothing, got: $(head -n 5 "$2")"
	fi
}

# find_python: prints a Python 3 (Debian's first) with the standard library
# the tests use, or fails.
find_python() {
	for candidate in /usr/bin/python3 python3; do
		if "$candidate" -c 'import json, struct, ipaddress' >/dev/null 2>&1; then
			echo "$candidate"
			return 0
		fi
	done
	return 1
}

# finish: the verdict as the exit status, with the counts.
finish() {
	if [ "$failures" -ne 0 ]; then
		echo "$suite: $failures of $checks checks failed" >&2
		exit 1
	fi
	echo "$suite: all $checks checks passed"
}
