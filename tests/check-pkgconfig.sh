#!/bin/sh
# Install into a scratch DESTDIR, then build and run a consumer with
# nothing but `pkg-config --cflags --libs libdnsrcode`.
set -eu
: "${top_srcdir:=.}" "${top_builddir:=.}" "${CC:=cc}" "${MAKE:=make}"
: "${libdir:?}" "${pkgconfigdir:?}"

command -v pkg-config >/dev/null 2>&1 || { echo "pkg-config not found: skipped"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
stage=$work/stage

if ! "$MAKE" -C "$top_builddir" install-libLTLIBRARIES install-includeHEADERS \
	install-pkgconfigDATA DESTDIR="$stage" >"$work/install.log" 2>&1; then
	cat "$work/install.log" >&2
	exit 1
fi

# The sysroot makes pkg-config prefix its -I and -L paths with the stage.
export PKG_CONFIG_PATH="$stage$pkgconfigdir" PKG_CONFIG_SYSROOT_DIR="$stage"
pkg-config --exists libdnsrcode
# What a packager or a user browsing pkg-config --list-all reads: a real
# URL, and a description that names all three things the library does.
pc=$stage$pkgconfigdir/libdnsrcode.pc
grep -q '^URL: https://' "$pc" || { echo "libdnsrcode.pc: URL is empty" >&2; exit 1; }
for what in 'response codes' 'Extended DNS Errors' 'status of a DNS response'; do
	grep -q "^Description: .*$what" "$pc" ||
		{ echo "libdnsrcode.pc: the description does not mention $what" >&2; exit 1; }
done
flags=$(pkg-config --cflags --libs libdnsrcode)
echo "pkg-config --cflags --libs libdnsrcode: $flags"
# shellcheck disable=SC2086
$CC -o "$work/consumer" "$top_srcdir/tests/consumer.c" $flags
out=$(LD_LIBRARY_PATH="$stage$libdir" "$work/consumer")
echo "$out"
case $out in
"NXDOMAIN (3): Non-Existent Domain [RFC1035] (libdnsrcode "*) ;;
*) echo "unexpected consumer output" >&2; exit 1 ;;
esac
