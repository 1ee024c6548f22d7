-- Bad input to every function of the Lua module gives `nil, message`:
-- never an error thrown, never a crash, never a silent answer.
local dnsrcode = require "dnsrcode"

local harness = dofile((arg[0]:match("^(.*/)") or "./") .. "lua_harness.lua")
local test = harness.test

local function show(v)
	if type(v) == "string" then return string.format("%q", v) end
	return tostring(v)
end

-- f(...) returns nil and a message, without raising.
local function refuses(fname, ...)
	local args = table.pack(...)
	local shown = {}
	for i = 1, args.n do shown[i] = show(args[i]) end
	local call = fname .. "(" .. table.concat(shown, ", ") .. ")"
	local ok, v, msg = pcall(dnsrcode[fname], ...)
	assert(ok, call .. " raised " .. tostring(v))
	assert(v == nil, call .. " answered " .. tostring(v))
	assert(type(msg) == "string" and #msg > 0, call .. " gave no message")
	return msg
end

local NOT_INTEGERS = { "x", "NXDOMAIN", {}, true, false, 3.5, 0 / 0, math.huge,
                       -math.huge, 1e300, -1e300, print, io.stdout }
local OUT_OF_RANGE = { -1, 65536, math.maxinteger, math.mininteger, 2 ^ 53, -(2 ^ 63) }

test("codes that are not integers", function()
	for _, v in ipairs(NOT_INTEGERS) do
		for _, f in ipairs({ "lookup", "to_text", "format", "range", "split", "fits",
		                     "to_flags" }) do
			refuses(f, v)
		end
		refuses("in_family", v, dnsrcode.FAMILY_ALL)
	end
	local msg = refuses("lookup", "x")
	assert(msg:find("bad argument #1 to 'lookup'", 1, true), msg)
end)

test("a missing code", function()
	for _, f in ipairs({ "lookup", "to_text", "format", "range", "split", "to_flags" }) do
		refuses(f)
	end
end)

test("codes outside 16 bits", function()
	for _, v in ipairs(OUT_OF_RANGE) do
		for _, f in ipairs({ "lookup", "to_text", "format", "range", "split", "fits",
		                     "to_flags" }) do
			refuses(f, v)
		end
	end
	local msg = refuses("lookup", 70000)
	assert(msg:find("0..65535", 1, true) and msg:find("70000", 1, true), msg)
end)

test("integral floats and numeric strings are Lua numbers", function()
	assert(dnsrcode.lookup(3.0).mnemonic == "NXDOMAIN", "3.0")
	assert(dnsrcode.lookup("3").mnemonic == "NXDOMAIN", '"3"')
end)

test("contexts and styles outside their enums", function()
	for _, ctx in ipairs({ -1, 5, 99, 1e300, "TSIG", true, 1.5 }) do
		refuses("lookup", 3, ctx)
		refuses("to_text", 3, ctx)
		refuses("parse", "3", ctx)
		refuses("format", 3, ctx)
		refuses("fits", 3, ctx)
	end
	for _, style in ipairs({ -1, 4, 99, "FULL", {} }) do
		refuses("format", 3, dnsrcode.CTX_ANY, style)
	end
	refuses("in_family", 3, 0x80)
	refuses("in_family", 3, -1)
end)

test("codes that do not fit the context", function()
	refuses("lookup", 16, dnsrcode.CTX_HEADER)
	refuses("format", 16, dnsrcode.CTX_HEADER)
	refuses("format", 4096, dnsrcode.CTX_EDNS)
	refuses("split", 4096)
	refuses("to_flags", 4096)
	refuses("parse", "4096", dnsrcode.CTX_EDNS)
end)

test("wire fields outside their widths", function()
	refuses("combine", 16, 0)
	refuses("combine", 0, 256)
	refuses("combine", -1, 0)
	refuses("combine", 0)
	refuses("effective", 16)
	refuses("effective", 0, 256)
	refuses("effective", 0, nil, 65536)
	refuses("effective", "x")
	refuses("from_flags", 65536, 0)
	refuses("from_flags", 0, 1 << 32)
	refuses("from_flags", 0)
	refuses("to_flags", 3, 65536)
	refuses("to_flags", 3, 0, -1)
	refuses("strerror", 1 << 40)
end)

test("text the parser refuses", function()
	local texts = { "", " ", "\0", "NXDOMAIN\0", "nxdom\xc3\xa1in", "\xff", "-3", "+3",
	                "3 ", "0x10", "bogus", string.rep("9", 5000), string.rep("x", 100000) }
	for _, t in ipairs(texts) do
		refuses("parse", t)
		refuses("parse_strict", t)
		refuses("lookup_name", t)
	end
	for _, v in ipairs({ {}, true, print }) do
		refuses("parse", v)
		refuses("lookup_name", v)
	end
	refuses("parse")
	local _, msg, err = dnsrcode.parse("a\0b")
	assert(err == dnsrcode.ESYNTAX, "NUL is a syntax error")
	assert(msg:find("a\\0b", 1, true), msg)
end)

test("random text never crashes", function()
	local alphabet = "NXDOMAINBADSIGrcode0123456789 -+\0\xc3\xa9\xff"
	math.randomseed(1035)
	for _ = 1, 20000 do
		local n = math.random(0, 12)
		local chars = {}
		for i = 1, n do
			local k = math.random(#alphabet)
			chars[i] = alphabet:sub(k, k)
		end
		local text = table.concat(chars)
		for ctx = dnsrcode.CTX_ANY, dnsrcode.CTX_TKEY do
			local code, msg = dnsrcode.parse(text, ctx)
			if code ~= nil then
				assert(dnsrcode.fits(code, ctx), text)
			else
				assert(type(msg) == "string", text)
			end
		end
	end
end)

harness.finish()
