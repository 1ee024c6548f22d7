#!/bin/sh
# check-rock.sh - the rock as users get it: for each Lua, the tree that
# `luarocks --lua-version V make --tree=ROCKDIR/V` filled (make rock), found
# the way `luarocks path` tells Lua to look, then the Lua tests against it.
# The module must carry the library (no libdnsrcode.so among what it
# needs), so that it works where libdnsrcode is not installed.
#
# usage: check-rock.sh SRCDIR ROCKDIR LUA_VERSION...
# Needs: LUA_TESTS (paths relative to SRCDIR), READELF; LUAROCKS
# (default: luarocks).
set -u

if test $# -lt 3; then
	echo "usage: $0 SRCDIR ROCKDIR LUA_VERSION..." >&2
	exit 2
fi
srcdir=$(cd "$1" && pwd) || exit 2
rockdir=$(cd "$2" && pwd) || exit 2
shift 2
luarocks=${LUAROCKS:-luarocks}

work=$(mktemp -d "${TMPDIR:-/tmp}/dnsrcode-rock.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
status=0
fail() {
	echo "FAIL: $*"
	status=1
}

for v in "$@"; do
	tree=$rockdir/$v
	cmod=$tree/lib/lua/$v/dnsrcode.so
	# The interpreter by its absolute path, as luarocks knows it.
	lua=$("$luarocks" --lua-version "$v" config variables.LUA_BINDIR)/$("$luarocks" --lua-version "$v" config lua_interpreter) ||
		{ fail "luarocks knows no Lua $v"; continue; }
	echo "== Lua $v ($lua)"
	test -f "$cmod" || { fail "not in the tree: $cmod"; continue; }
	if ${READELF:-readelf} -d "$cmod" | grep -q 'NEEDED.*libdnsrcode'; then
		fail "$cmod needs libdnsrcode.so instead of carrying the library"
	fi

	paths=$("$luarocks" --lua-version "$v" --tree "$tree" path) || { fail "luarocks path"; continue; }
	# Lua 5.2+ reads LUA_CPATH_5_x before LUA_CPATH: none may hide the tree.
	(
		unset LUA_PATH_5_2 LUA_PATH_5_3 LUA_PATH_5_4 LUA_CPATH_5_2 LUA_CPATH_5_3 LUA_CPATH_5_4
		eval "$paths"
		DNSRCODE_CMOD=$cmod "$lua" -e '
local want = os.getenv("DNSRCODE_CMOD")
local found
for template in package.cpath:gmatch("[^;]+") do
	local path = template:gsub("%?", "dnsrcode")
	local f = io.open(path)
	if f then
		f:close()
		found = path
		break
	end
end
assert(found == want, tostring(found) .. " is not " .. want)
assert(require("dnsrcode").NXDOMAIN == 3)
print("requires dnsrcode from " .. found)
' || exit 1
		rc=0
		for t in $LUA_TESTS; do
			if (cd "$work" && "$lua" "$srcdir/$t") >"$work/test.log" 2>&1; then
				echo "PASS: $t"
			else
				cat "$work/test.log"
				echo "FAIL: Lua $v: $t"
				rc=1
			fi
		done
		exit $rc
	) || fail "Lua $v"
done

exit $status
