#!/bin/sh
# run-binding-test.sh - run one binding test against the module in DIR:
#
#   run-binding-test.sh python DIR TEST   DIR holds the package dnsrcode/
#   run-binding-test.sh lua DIR TEST      DIR holds dnsrcode.so
#
# The one way a binding test runs: against the build tree under automake's
# harness (PY_LOG_COMPILER, LUA_LOG_COMPILER in tests/local.mk), against a
# `make install` tree (check-installed-bindings.sh, make installcheck) and
# under each other Lua (check-lua-versions.sh).  The test's status is
# ours: 0 pass, 77 skip, anything else a failure.
#
# Takes PYTHON or LUA, and SANITIZER_ENV under --enable-sanitizers (it
# preloads the ASan runtime into the interpreter), from the environment.
set -u

if test $# -ne 3; then
	echo "usage: $0 python|lua DIR TEST" >&2
	exit 99
fi
dir=$2
test=$3
case $1 in
python)
	# -B keeps bytecode out of the tree the test runs from.
	PYTHONPATH=$dir
	export PYTHONPATH
	exec ${SANITIZER_ENV:-} "$PYTHON" -B "$test"
	;;
lua)
	# package.cpath names DIR alone, the same way in every Lua from 5.1
	# to 5.4 (5.1 reads no LUA_CPATH_5_N).
	exec ${SANITIZER_ENV:-} "$LUA" -e "package.cpath = '$dir/?.so'" "$test"
	;;
*)
	echo "$0: no binding '$1' (python or lua)" >&2
	exit 99
	;;
esac
