#!/bin/sh
# check-lua-versions.sh - the Lua module under every Lua from 5.1 to 5.4
# installed here, besides the one configure chose (whose module `make`
# builds and whose tests run as tests/test_lua_*.lua): the one wrapper,
# bindings/lua/dnsrcode_wrap.c, is compiled against each Lua's headers and
# linked with the library, and the same Lua tests run under that Lua.
# A Lua without its interpreter or its headers (pkg-config lua5.N) is
# reported and skipped.
#
# Needs from the harness: top_srcdir, top_builddir, CC, LIBTOOL,
# LUA_TESTS, LUA_VERSION, have_lua, have_lua_interp; SANITIZER_ENV under
# --enable-sanitizers (it preloads the ASan runtime into the interpreter).
set -u
: "${PKG_CONFIG:=pkg-config}"

if test "$have_lua" != yes; then
	echo "Lua bindings not built: skipped"
	exit 77
fi
wrap="$top_builddir/bindings/lua/dnsrcode_wrap.c"
test -f "$wrap" || wrap="$top_srcdir/bindings/lua/dnsrcode_wrap.c"

work=$(mktemp -d "${TMPDIR:-/tmp}/check-lua-versions.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT HUP INT TERM
status=0
tested=0

# The first of the names the distributions give a Lua's pkg-config file
# or interpreter (Debian lua5.4, Fedora lua-5.4, FreeBSD lua54).
first_pc() {
	for m in "lua$1" "lua-$1" "lua$(echo "$1" | tr -d .)"; do
		if $PKG_CONFIG --exists "$m" 2>/dev/null; then
			echo "$m"
			return
		fi
	done
}
first_interp() {
	for p in "lua$1" "lua-$1" "lua$(echo "$1" | tr -d .)"; do
		if command -v "$p" >/dev/null 2>&1 &&
		   "$p" -e "assert(_VERSION == 'Lua $1')" >/dev/null 2>&1; then
			command -v "$p"
			return
		fi
	done
}

for v in 5.1 5.2 5.3 5.4; do
	if test "$v" = "$LUA_VERSION" && test "$have_lua_interp" = yes; then
		echo "Lua $v: the configured Lua, tested by make check itself"
		continue
	fi
	pc=$(first_pc "$v")
	lua=$(first_interp "$v")
	if test -z "$pc" || test -z "$lua"; then
		echo "SKIP: Lua $v (${pc:-no pkg-config file}, ${lua:-no interpreter})"
		continue
	fi
	dir="$work/$v"
	mkdir "$dir" || exit 99
	# shellcheck disable=SC2046
	if ! $LIBTOOL --mode=compile --tag=CC $CC -I"$top_srcdir/include" \
		$($PKG_CONFIG --cflags "$pc") -c "$wrap" -o "$dir/dnsrcode.lo" >"$dir/build.log" 2>&1 ||
	   ! $LIBTOOL --mode=link --tag=CC $CC -module -avoid-version -shared -rpath "$dir/unused" \
		-o "$dir/dnsrcode.la" "$dir/dnsrcode.lo" "$top_builddir/lib/libdnsrcode.la" \
		>>"$dir/build.log" 2>&1; then
		cat "$dir/build.log"
		echo "FAIL: Lua $v: the module does not build against $pc"
		status=1
		continue
	fi
	tested=$((tested + 1))
	for t in $LUA_TESTS; do
		if LUA=$lua sh "$top_srcdir/tests/run-binding-test.sh" lua "$dir/.libs" \
			"$top_srcdir/$t" >"$dir/test.log" 2>&1; then
			echo "PASS: Lua $v $t"
		else
			cat "$dir/test.log"
			echo "FAIL: Lua $v $t"
			status=1
		fi
	done
done

if test "$tested" -eq 0 && test "$status" -eq 0; then
	echo "no other Lua to test: skipped"
	exit 77
fi
exit $status
