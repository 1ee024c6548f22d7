#!/bin/sh
# check-installed-bindings.sh - the binding tests once more, against an
# installed tree: the installed files are where Python and Lua look for
# them (the extension inside the Python package, no libtool .la beside
# either module), import from there, and pass the same tests.
#
#   check-installed-bindings.sh                 make check: installs into a
#                                               temporary DESTDIR first
#   check-installed-bindings.sh --installed [DESTDIR]
#                                               make installcheck: the tree
#                                               make install wrote
#
# Needs from the harness (AM_TESTS_ENVIRONMENT): MAKE, top_builddir,
# top_srcdir, have_python, have_lua, have_lua_interp, PYTHON, LUA, libdir,
# pyexecdir, luaexecdir, PYTHON_TESTS, LUA_TESTS; SANITIZER_ENV under
# --enable-sanitizers (it preloads the ASan runtime into the interpreters).
set -u

if test "$have_python" != yes && test "$have_lua" != yes; then
	echo "no bindings built: skipped"
	exit 77
fi

run_test="$top_srcdir/tests/run-binding-test.sh"
log=$(mktemp "${TMPDIR:-/tmp}/dnsrcode-bindings.XXXXXX") || exit 99
if test "${1:-}" = --installed; then
	dest=${2:-}
	trap 'rm -f "$log"' EXIT
else
	dest=$(mktemp -d "${TMPDIR:-/tmp}/dnsrcode-bindings.XXXXXX") || exit 99
	trap 'rm -rf "$dest" "$log"' EXIT
	if ! $MAKE -C "$top_builddir" install DESTDIR="$dest" >"$log" 2>&1; then
		cat "$log"
		echo "FAIL: make install DESTDIR=$dest"
		exit 1
	fi
fi
status=0
fail() {
	echo "FAIL: $*"
	status=1
}
# run BINDING DIR TEST: the binding test TEST against the module in DIR.
run() {
	sh "$run_test" "$1" "$2" "$top_srcdir/$3" >"$log" 2>&1
	case $? in
	0) echo "PASS: installed $3" ;;
	77) echo "SKIP: installed $3" ;;
	*) cat "$log"; fail "installed $3" ;;
	esac
}
# no_la_in DIR: the installed DIR holds no libtool archive.
no_la_in() {
	for la in "$dest$1"/*.la "$dest$1"/*/*.la; do
		test -e "$la" && fail "installed: ${la#"$dest"}"
	done
}

# The installed module links the installed library, not the build tree's.
LD_LIBRARY_PATH="$dest$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LD_LIBRARY_PATH

if test "$have_python" = yes; then
	site="$dest$pyexecdir"
	for f in dnsrcode/_dnsrcode.so dnsrcode/__init__.py dnsrcode/__init__.pyi dnsrcode/compat.py \
		dnsrcode/compat.pyi dnsrcode/py.typed; do
		test -f "$site/$f" || fail "not installed: $pyexecdir/$f"
	done
	no_la_in "$pyexecdir"
	PYTHONPATH="$site" ${SANITIZER_ENV:-} "$PYTHON" -B -c '
import sys, dnsrcode
from dnsrcode import _dnsrcode
site = sys.argv[1]
for m in (dnsrcode, _dnsrcode):
    assert m.__file__.startswith(site + "/"), m.__file__ + " is not under " + site
print("python imports dnsrcode from", dnsrcode.__file__)
' "$site" || fail "python does not import the installed package"
	for t in $PYTHON_TESTS; do
		run python "$site" "$t"
	done
fi

if test "$have_lua" = yes; then
	cmod="$dest$luaexecdir/dnsrcode.so"
	test -f "$cmod" || fail "not installed: $luaexecdir/dnsrcode.so"
	no_la_in "$luaexecdir"
	if test "$have_lua_interp" = yes; then
		# package.cpath names the installed directory only, in every Lua
		# from 5.1 to 5.4 (5.1 reads no LUA_CPATH_5_N and has no
		# package.searchpath).
		cpath="package.cpath = '$dest$luaexecdir/?.so'"
		DNSRCODE_CMOD="$cmod" ${SANITIZER_ENV:-} "$LUA" -e "$cpath" -e '
local want = os.getenv("DNSRCODE_CMOD")
local path = package.cpath:gsub("%?", "dnsrcode")
assert(path == want, path .. " is not " .. want)
assert(require("dnsrcode").NXDOMAIN == 3)
print("lua requires dnsrcode from " .. path)
' || fail "lua does not require the installed module"
		for t in $LUA_TESTS; do
			run lua "$dest$luaexecdir" "$t"
		done
	fi
fi

exit $status
