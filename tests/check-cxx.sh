#!/bin/sh
# check-cxx.sh - a C++ program calls every exported function, the status
# reader included, and checks the answers: tests/cxx_program.cc, built
# with every C++ compiler found (g++, clang++) as -std=c++11 and c++20,
# -pedantic-errors -Wall -Wextra -Werror, then run.  It also proves the
# program calls every name of lib/libdnsrcode.map, so a new function
# cannot be left untried from C++.
#
# Exit status: 0 pass, 1 fail, 77 skip (no C++ compiler).

: "${top_srcdir:=.}"
: "${top_builddir:=.}"

prog=$top_srcdir/tests/cxx_program.cc
lib=$top_builddir/lib/.libs
tmp=${TMPDIR:-/tmp}/check-cxx.$$
mkdir "$tmp" || exit 99
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
fail=0

for name in $(sed -n 's/^[[:space:]]*\(dnsrcode_[a-z_]*\);.*/\1/p' "$top_srcdir/lib/libdnsrcode.map"); do
	if ! grep -q "\\<$name(" "$prog"; then
		echo "FAIL: tests/cxx_program.cc never calls $name"
		fail=1
	fi
done

# An instrumented library (SAN_CFLAGS set) needs the program built by the
# same compiler family with the same flags: two sanitizer runtimes do not
# mix.
candidates="g++ clang++"
if test -n "${SAN_CFLAGS:-}"; then
	case $(${CC:-cc} --version 2>/dev/null) in
	*clang*) candidates=clang++ ;;
	*) candidates=g++ ;;
	esac
fi
compilers=
for c in $candidates; do
	command -v "$c" >/dev/null 2>&1 && compilers="$compilers $c"
done
if test -z "$compilers"; then
	echo "SKIP: no C++ compiler"
	exit 77
fi

# A clang sanitizer build leaves sanitizer symbols to the program's
# runtime: not this test's business.
for cxx in $compilers; do
	for std in c++11 c++20; do
		out=$tmp/cxx-$cxx-$std
		if ! $cxx -std=$std -pedantic-errors -Wall -Wextra -Werror ${SAN_CFLAGS:-} \
			-I"$top_srcdir/include" -o "$out" "$prog" -L"$lib" -ldnsrcode \
			-Wl,--allow-shlib-undefined -Wl,-rpath,"$lib"; then
			echo "FAIL: $cxx -std=$std does not build tests/cxx_program.cc"
			fail=1
			continue
		fi
		if "$out"; then
			echo "ok: $cxx -std=$std -pedantic-errors -Wall -Wextra -Werror: built and ran"
		else
			echo "FAIL: the $cxx -std=$std program failed"
			fail=1
		fi
	done
done
exit $fail
