#!/bin/sh
# check-header.sh - include/dnsrcode.h stands alone: it compiles as the
# only include of a C99 file with -pedantic and every warning an error,
# twice in a row (include guard), and as C++, where a program calling the
# library links only if the declarations have C linkage.
#
# Exit status: 0 pass, 1 fail, 77 skip (no C++ compiler; the C half ran).

: "${top_srcdir:=.}"
: "${top_builddir:=.}"
CC=${CC:-cc}

tmp=${TMPDIR:-/tmp}/check-header.$$
mkdir "$tmp" || exit 99
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
fail=0
inc=-I$top_srcdir/include

# Something of every kind the header declares, so that a declaration the
# compiler accepts but a user cannot call still fails here.
cat >"$tmp/use.h" <<'USE'
static int
use_header(void)
{
	char buf[32];
	uint16_t code = 0, flags = 0;
	uint32_t ttl = 0;
	uint8_t h = 0, e = 0;
	dnsrcode_context ctx = DNSRCODE_CTX_TSIG;
	const dnsrcode_info *info = dnsrcode_lookup(3, DNSRCODE_CTX_ANY);

	return dnsrcode_parse("NXDOMAIN", 8, ctx, &code) + dnsrcode_info_code(info) +
	       dnsrcode_format(buf, sizeof(buf), 3, ctx, DNSRCODE_FMT_FULL) +
	       dnsrcode_split(23, &h, &e) + dnsrcode_to_flags(23, &flags, &ttl) +
	       (dnsrcode_version() != NULL) + (int)DNSRCODE_CTXBIT(DNSRCODE_CTX_EDNS) +
	       DNSRCODE_FAMILY_ALL + DNSRCODE_EMALFORMED + DNSRCODE_VERSION_MAJOR;
}
USE

cat >"$tmp/alone.c" <<'SRC'
#include "dnsrcode.h"
#include "dnsrcode.h"
#include "use.h"
int
main(void)
{
	return use_header() == 0;
}
SRC

for std in c99 c11; do
	if $CC -std=$std -pedantic -Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes \
		$inc -I"$tmp" -c -o "$tmp/alone.o" "$tmp/alone.c"; then
		echo "ok: $CC -std=$std -pedantic -Wall -Wextra -Werror"
	else
		echo "FAIL: include/dnsrcode.h does not compile alone with $CC -std=$std"
		fail=1
	fi
done
test $fail -eq 0 || exit 1

cxx=
for c in "${CXX:-}" c++ g++ clang++; do
	if test -n "$c" && command -v "$c" >/dev/null 2>&1; then
		cxx=$c
		break
	fi
done
if test -z "$cxx"; then
	echo "SKIP: no C++ compiler for the C++ half"
	exit 77
fi

cp "$tmp/alone.c" "$tmp/alone.cc"
for std in c++11 c++17; do
	if ! $cxx -std=$std -pedantic -Wall -Wextra -Werror $inc -I"$tmp" \
		-c -o "$tmp/alone-cc.o" "$tmp/alone.cc"; then
		echo "FAIL: include/dnsrcode.h does not compile as $std with $cxx"
		fail=1
		continue
	fi
	echo "ok: $cxx -std=$std -pedantic -Wall -Wextra -Werror"
done
test $fail -eq 0 || exit 1

# Without extern "C" the calls would name C++-mangled symbols that the
# library does not have.  Symbols the library itself leaves to its
# runtime (a clang sanitizer build) are not this test's business.
lib=$top_builddir/lib/.libs
if test -f "$lib/libdnsrcode.so"; then
	if $cxx -o "$tmp/alone-cc" "$tmp/alone-cc.o" -L"$lib" -ldnsrcode \
		-Wl,--allow-shlib-undefined -Wl,-rpath,"$lib"; then
		echo "ok: a C++ program links against libdnsrcode"
	else
		echo "FAIL: a C++ program does not link: the header lacks C linkage"
		fail=1
	fi
fi
exit $fail
