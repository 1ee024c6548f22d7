#!/bin/sh
# check-python-lua-names.sh - a name means the same thing in Python and in
# Lua (issue 10): every function the Python package `dnsrcode` and the Lua
# module share is called with the same arguments in both, a few thousand
# calls in all, and both must answer the same, or fail with the same
# DNSRCODE_E* code.  Python raises where Lua returns nil, message, code;
# both are written as "error <code>".
#
# Needs from the harness: top_srcdir, top_builddir, have_python, have_lua,
# have_lua_interp, PYTHON, LUA, PYTHON_UNINSTALLED (where the build tree's
# package is); SANITIZER_ENV under --enable-sanitizers.
set -u

if test "$have_python" != yes || test "$have_lua" != yes || test "$have_lua_interp" != yes; then
	echo "needs both bindings and a Lua interpreter: skipped"
	exit 77
fi
builddir=$(cd "$top_builddir" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/check-names.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT HUP INT TERM

# Python writes the calls (func TAB args, each i:<int>, s:<hex> or n: for
# None/nil), then answers them; Lua answers the same calls.
cat >"$work/calls.py" <<'EOF'
import sys
import dnsrcode

calls = []


def add(func, *args):
	calls.append((func, args))


CODES = list(range(0, 30)) + [3840, 3841, 4095, 4096, 49151, 49152, 65534, 65535, 65536, -1]
for code in CODES:
	add("range", code)
	add("split", code)
	add("ede_lookup", code)
	add("ede_range", code)
	for flags, ttl in ((0, 0), (0x8180, 0x8000), (0xffff, 0xffffffff)):
		add("to_flags", code, flags, ttl)
	for style in range(4):
		add("ede_format", code, style)
	for ctx in range(5):
		add("lookup", code, ctx)
		add("to_text", code, ctx)
		add("fits", code, ctx)
		add("in_family", code, 0x7f, ctx)
		add("in_family", code, 0x10, ctx)
		for style in range(4):
			add("format", code, ctx, style)
for h in (0, 3, 9, 15, 16):
	for x in (None, 0, 1, 255, 256):
		add("combine", h, 0 if x is None else x)
		for t in (None, 0, 16, 65535):
			add("effective", h, x, t)
for flags in (0, 3, 0x8183, 0xffff, 0x10000):
	for ttl in (0, 0x01000000, 0xff008000, 0xffffffff, 0x100000000):
		add("from_flags", flags, ttl)
TEXTS = ["nxdomain", "NXDomain", "3", "RCODE12", "rcode4095", "16", "4096", "65536", "NOTIMPL",
         "BADSIG", "BADVERS", "bogus", "", " 3", "3 ", "+3", "-3", "3x", "nx!", "a\0b",
         "DNSKEY Missing", "dnskey  missing", "EDE9", "9", "Blocked", "foo-bar", "49152"]
for text in TEXTS:
	add("lookup_name", text)
	add("ede_lookup_text", text)
	add("ede_parse", text)
	for ctx in range(5):
		add("parse", text, ctx)
for err in range(-16, 2):
	add("strerror", err)
add("registry_date")
for hexmsg in ("123481820001000000000001076578616d706c6503636f6d0000010001"
               "00002904d000008000000a000f00060016646f776e",
               "12348183000000000000", "123481800000000000000000"):
	add("msg_status", bytes.fromhex(hexmsg))


def encode(arg):
	if arg is None:
		return "n:"
	if isinstance(arg, int):
		return "i:%d" % arg
	if isinstance(arg, str):
		arg = arg.encode()
	return "s:" + arg.hex()


def norm(v):
	if isinstance(v, bool):
		return "true" if v else "false"
	if isinstance(v, int):
		return str(int(v))
	if isinstance(v, str):
		return v
	if isinstance(v, tuple):
		return " ".join(norm(x) for x in v)
	if hasattr(v, "rcode_ctx"):
		return "status %d %d %d %s" % (v.rcode, v.rcode_ctx, v.ede_count,
		                               " ".join("%d:%s" % (o.code, o.text.hex()) for o in v.ede))
	if hasattr(v, "mnemonic"):
		return "row %d %s" % (v.code, v.mnemonic)
	raise TypeError(repr(v))


shared = sys.argv[2].split()
with open(sys.argv[1], "w") as f:
	for func, args in calls:
		f.write("\t".join([func] + [encode(a) for a in args]) + "\n")
for func in shared:
	assert any(c[0] == func for c in calls) or func in ("entries", "ede_entries"), \
		"no call of the shared function " + func
for func, args in calls:
	assert func in shared, func + " is not in both"
	try:
		out = norm(getattr(dnsrcode, func)(*args))
	except ValueError as e:
		out = "error %d" % e.error
	print(func, out)
print("entries", " ".join("%d:%s" % (e.code, e.mnemonic) for e in dnsrcode.entries()))
print("ede_entries", " ".join("%d:%s" % (e.code, e.mnemonic) for e in dnsrcode.ede_entries()))
EOF

cat >"$work/calls.lua" <<'EOF'
local dnsrcode = require "dnsrcode"

local function decode(arg)
	local kind, v = arg:match("^(%a):(.*)$")
	if kind == "i" then return tonumber(v) end
	if kind == "s" then return (v:gsub("%x%x", function(h) return string.char(tonumber(h, 16)) end)) end
	return nil
end

local function hex(s)
	return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end

local function norm(...)
	local n = select("#", ...)
	local first = ...
	if first == nil then return "error " .. tostring(select(3, ...)) end
	if type(first) == "table" then
		if first.rcode_ctx ~= nil then
			local opts = {}
			for i, o in ipairs(first.ede) do opts[i] = o.code .. ":" .. hex(o.text) end
			return string.format("status %d %d %d %s", first.rcode, first.rcode_ctx,
			                     first.ede_count, table.concat(opts, " "))
		end
		return string.format("row %d %s", first.code, first.mnemonic)
	end
	local out = {}
	for i = 1, n do out[i] = tostring((select(i, ...))) end
	return table.concat(out, " ")
end

for line in io.lines(arg[1]) do
	local fields = {}
	for f in line:gmatch("[^\t]+") do fields[#fields + 1] = f end
	local args = { n = #fields - 1 }
	for i = 2, #fields do args[i - 1] = decode(fields[i]) end
	local unpack = table.unpack or unpack
	print(fields[1] .. " " .. norm(dnsrcode[fields[1]](unpack(args, 1, args.n))))
end
local rows = {}
for e in dnsrcode.entries() do rows[#rows + 1] = e.code .. ":" .. e.mnemonic end
print("entries " .. table.concat(rows, " "))
rows = {}
for e in dnsrcode.ede_entries() do rows[#rows + 1] = e.code .. ":" .. e.mnemonic end
print("ede_entries " .. table.concat(rows, " "))
EOF

cpath="package.cpath = '$builddir/bindings/lua/.libs/?.so'"
pypath=$PYTHON_UNINSTALLED

# The functions both modules have.
${SANITIZER_ENV:-} "$LUA" -e "$cpath" -e '
for name, v in pairs(require "dnsrcode") do
	if type(v) == "function" then print(name) end
end' | sort >"$work/lua-names" || exit 1
PYTHONPATH="$pypath" ${SANITIZER_ENV:-} "$PYTHON" -B -c '
import dnsrcode, inspect
for name in dir(dnsrcode):
	if not name.startswith("_") and inspect.isroutine(getattr(dnsrcode, name)):
		print(name)' | sort >"$work/python-names" || exit 1
shared=$(comm -12 "$work/lua-names" "$work/python-names" | tr '\n' ' ')
echo "in both: $shared"
echo "only in Lua: $(comm -23 "$work/lua-names" "$work/python-names" | tr '\n' ' ')"
echo "only in Python: $(comm -13 "$work/lua-names" "$work/python-names" | tr '\n' ' ')"

PYTHONPATH="$pypath" ${SANITIZER_ENV:-} "$PYTHON" -B "$work/calls.py" "$work/calls" "$shared" \
	>"$work/python.out" || exit 1
${SANITIZER_ENV:-} "$LUA" -e "$cpath" "$work/calls.lua" "$work/calls" >"$work/lua.out" || exit 1
echo "$(wc -l <"$work/calls") calls"
if ! diff -u "$work/python.out" "$work/lua.out" >"$work/diff"; then
	head -40 "$work/diff"
	echo "FAIL: Python and Lua answer differently"
	exit 1
fi
echo "PASS: Python and Lua give the same answers"
