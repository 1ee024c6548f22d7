-- Bad input to every function of the Lua module, as Lua's own library
-- answers it: a wrong argument type, a missing or extra argument, an
-- explicit nil, or a context or style that is none raises
-- "bad argument #N to 'name' (...)"; a value that names nothing returns
-- `nil, message, code`, the message starting with the function's name.
-- Never a crash, never a silent answer.
local dnsrcode = require "dnsrcode"

local harness = dofile((arg[0]:match("^(.*/)") or "./") .. "lua_harness.lua")
local test, eq = harness.test, harness.eq
local pack, unpack = harness.pack, harness.unpack

local function raises(...) return harness.raises(dnsrcode, ...) end
local function refuses(...) return harness.refuses(dnsrcode, ...) end

-- A response header and nothing else: the smallest message msg_status reads.
local MESSAGE = "\18\52\129\128" .. string.rep("\0", 8)

-- Every function with a call that succeeds and the kind of each argument;
-- `required` arguments come first, the rest may be left out.
local FUNCTIONS = {
	{ "lookup", { 3, dnsrcode.CTX_TSIG }, { "code", "ctx" }, required = 1 },
	{ "lookup_name", { "nxdomain" }, { "text" } },
	{ "entries", {}, {} },
	{ "to_text", { 3, dnsrcode.CTX_HEADER }, { "code", "ctx" }, required = 1 },
	{ "parse", { "3", dnsrcode.CTX_HEADER }, { "text", "ctx" }, required = 1 },
	{ "parse_strict", { "3", dnsrcode.CTX_HEADER }, { "text", "ctx" }, required = 1 },
	{ "format", { 3, dnsrcode.CTX_HEADER, dnsrcode.FMT_NAME }, { "code", "ctx", "style" },
	  required = 1 },
	{ "range", { 3 }, { "code" } },
	{ "in_family", { 3, dnsrcode.FAMILY_ALL, dnsrcode.CTX_HEADER },
	  { "code", "families", "ctx" }, required = 2 },
	{ "fits", { 3, dnsrcode.CTX_HEADER }, { "code", "ctx" }, required = 1 },
	{ "combine", { 7, 1 }, { "header_rcode", "opt_ext_rcode" } },
	{ "split", { 23 }, { "code" } },
	{ "from_flags", { 0x8187, 0x01008000 }, { "header_flags", "opt_ttl" } },
	{ "to_flags", { 23, 0x8180, 0x8000 }, { "code", "header_flags", "opt_ttl" }, required = 1 },
	{ "effective", { 9, 0, 16 }, { "header_rcode", "record_opt", "record_tsig" }, required = 1 },
	{ "registry_date", {}, {} },
	{ "version", {}, {} },
	{ "strerror", { dnsrcode.EUNKNOWN }, { "err" } },
	{ "ede_lookup", { 9 }, { "code" } },
	{ "ede_lookup_text", { "DNSKEY Missing" }, { "text" } },
	{ "ede_entries", {}, {} },
	{ "ede_to_text", { 9 }, { "code" } },
	{ "ede_parse", { "9" }, { "text" } },
	{ "ede_format", { 9, dnsrcode.FMT_NAME }, { "code", "style" }, required = 1 },
	{ "ede_range", { 9 }, { "code" } },
	{ "ede_category_name", { dnsrcode.EDE_CAT_DNSSEC }, { "category" } },
	{ "msg_status", { MESSAGE }, { "message" } },
}

-- What each kind of argument takes, and what it refuses: `wrong` raises
-- "<expected> expected", `fraction` raises "no integer representation",
-- `outside` gives nil, message, ERANGE, `invalid` raises.
local NUMBER_WRONG = { "x", "NXDOMAIN", "", {}, true, false, print, io.stdout, coroutine.create(function() end) }
local FRACTIONS = { 3.5, -0.5, 0 / 0, math.huge, -math.huge, 1e300, -1e300, 2 ^ 63, -(2 ^ 64) }
local TEXT_WRONG = { {}, true, false, print, io.stdout }

local KINDS = {
	code = { expected = "number", outside = { -1, 65536, 2 ^ 40, -(2 ^ 53), 2 ^ 53 } },
	header_rcode = { expected = "number", outside = { -1, 16, 65536 } },
	opt_ext_rcode = { expected = "number", outside = { -1, 256 } },
	header_flags = { expected = "number", outside = { -1, 65536 } },
	opt_ttl = { expected = "number", outside = { -1, 2 ^ 32 } },
	err = { expected = "number", outside = { 2 ^ 31, -(2 ^ 31) - 1, 2 ^ 40 } },
	-- effective's OPT EXTENDED-RCODE and TSIG Error: nil when the
	-- message has no such record.
	record_opt = { expected = "number", nil_ok = true, outside = { -1, 256 } },
	record_tsig = { expected = "number", nil_ok = true, outside = { -1, 65536 } },
	ctx = { expected = "number", invalid = { -1, 5, 99, 2 ^ 40 } },
	style = { expected = "number", invalid = { -1, 4, 99 } },
	families = { expected = "number", invalid = { -1, 0x80, 0x100 } },
	category = { expected = "number", invalid = { 0, 8, -1 } },
	text = { expected = "string", wrong = TEXT_WRONG },
	message = { expected = "string", wrong = { 12, 1.5, {}, true, print, io.stdout } },
}
if math.maxinteger then
	table.insert(KINDS.code.outside, math.maxinteger)
	table.insert(KINDS.code.outside, math.mininteger)
end

-- v as its digits, as a message prints it.
local function digits(v)
	if math.type and math.type(v) == "integer" then return tostring(v) end
	return string.format("%.0f", v)
end

-- The good call with argument i replaced by v (nil included).
local function with(args, i, v)
	local out = { n = math.max(#args, i) }
	for k = 1, out.n do out[k] = args[k] end
	out[i] = v
	return out
end

test("every function is listed here", function()
	local listed = {}
	for _, f in ipairs(FUNCTIONS) do listed[f[1]] = true end
	for name, v in pairs(dnsrcode) do
		if type(v) == "function" then
			assert(listed[name], name .. " has no bad-argument test")
		end
	end
	for name in pairs(listed) do
		eq(type(dnsrcode[name]), "function", name)
	end
end)

test("each listed call succeeds", function()
	for _, f in ipairs(FUNCTIONS) do
		local r = pack(dnsrcode[f[1]](unpack(f[2])))
		assert(r[1] ~= nil, f[1] .. " failed: " .. tostring(r[2]))
	end
end)

-- check(name, i, args, v, kind) for every function, each of its
-- arguments i and every value v that pick(kind) lists for that argument,
-- with args the listed call whose argument i is v.
local function each_argument(pick, check)
	for _, f in ipairs(FUNCTIONS) do
		for i, kind in ipairs(f[3]) do
			for _, v in ipairs(pick(KINDS[kind]) or {}) do
				check(f[1], i, with(f[2], i, v), v, KINDS[kind])
			end
		end
	end
end

test("wrong types raise and name the function and the argument", function()
	each_argument(function(k) return k.wrong or NUMBER_WRONG end, function(name, i, a, v, k)
		local err = raises(name, i, unpack(a, 1, a.n))
		assert(err:find(k.expected .. " expected, got " .. type(v), 1, true), err)
	end)
end)

test("numbers with no integer raise", function()
	each_argument(function(k) return k.expected == "number" and FRACTIONS end, function(name, i, a)
		local err = raises(name, i, unpack(a, 1, a.n))
		assert(err:find("number has no integer representation", 1, true), err)
	end)
end)

test("an explicit nil is not a missing argument", function()
	for _, f in ipairs(FUNCTIONS) do
		for i, kind in ipairs(f[3]) do
			local a = with(f[2], i, nil)
			if KINDS[kind].nil_ok then
				assert(dnsrcode[f[1]](unpack(a, 1, a.n)) ~= nil, f[1] .. " with nil")
			else
				local err = raises(f[1], i, unpack(a, 1, a.n))
				assert(err:find("expected, got nil", 1, true), err)
			end
		end
	end
	-- The misspelt constant of the issue: nil, not "no context".
	raises("lookup", 2, 16, dnsrcode.CTX_TSGI)
end)

test("a missing required argument raises, an optional one takes its default", function()
	for _, f in ipairs(FUNCTIONS) do
		local required = f.required or #f[3]
		for n = 0, #f[3] do
			if n < required then
				local err = raises(f[1], n + 1, unpack(f[2], 1, n))
				assert(err:find("expected, got no value", 1, true), err)
			else
				assert(dnsrcode[f[1]](unpack(f[2], 1, n)) ~= nil, f[1] .. " with " .. n)
			end
		end
	end
	eq(dnsrcode.lookup(16).mnemonic, "BADVERS", "context ANY by default")
	eq(dnsrcode.format(3), "NXDOMAIN (3): Non-Existent Domain [RFC1035]", "style FULL by default")
	eq(dnsrcode.ede_format(9), "DNSKEY_MISSING (9): DNSKEY Missing [RFC8914, Section 4.10]",
	   "EDE style FULL by default")
end)

test("one argument too many raises", function()
	for _, f in ipairs(FUNCTIONS) do
		local a = with(f[2], #f[3] + 1, 0)
		local err = raises(f[1], #f[3] + 1, unpack(a, 1, a.n))
		assert(err:find("no value expected, got number", 1, true), err)
	end
end)

test("values outside their field give nil, message, ERANGE", function()
	each_argument(function(k) return k.outside end, function(name, _, a, v)
		local msg = refuses(name, dnsrcode.ERANGE, unpack(a, 1, a.n))
		assert(msg:find(digits(v), 1, true), msg)
	end)
	local msg = refuses("lookup", dnsrcode.ERANGE, 70000)
	eq(msg, "lookup: code must be 0..65535, got 70000", "message")
end)

test("a context, style, family or category that is none raises", function()
	each_argument(function(k) return k.invalid end, function(name, i, a, v)
		local err = raises(name, i, unpack(a, 1, a.n))
		assert(err:find("got " .. digits(v), 1, true), err)
	end)
end)

test("integral floats and numeric strings are Lua numbers", function()
	eq(dnsrcode.lookup(3.0).mnemonic, "NXDOMAIN", "3.0")
	eq(dnsrcode.lookup("3").mnemonic, "NXDOMAIN", '"3"')
	eq(dnsrcode.lookup(" 0x3 ").mnemonic, "NXDOMAIN", '" 0x3 "')
	eq(dnsrcode.lookup(16, "3").mnemonic, "BADSIG", 'context "3"')
	eq(dnsrcode.parse(23), 23, "a number as text")
	raises("lookup", 1, "3.5")
end)

-- Every function that can find nothing, and what it says.
test("nothing found: nil, a message saying why, and the code", function()
	local function says(fname, err, want, ...)
		eq(refuses(fname, err, ...), want, fname)
	end
	says("lookup", dnsrcode.EUNKNOWN, "lookup: RCODE 12 is unassigned", 12)
	says("lookup", dnsrcode.EUNKNOWN, "lookup: RCODE 4000 is reserved for private use", 4000)
	says("lookup", dnsrcode.ERANGE, "lookup: RCODE 16 does not fit the HEADER context (0..15)",
	     16, dnsrcode.CTX_HEADER)
	says("to_text", dnsrcode.EUNKNOWN, "to_text: RCODE 65535 is reserved", 65535)
	says("to_text", dnsrcode.ERANGE, "to_text: RCODE 4096 does not fit the EDNS context (0..4095)",
	     4096, dnsrcode.CTX_EDNS)
	says("lookup_name", dnsrcode.EUNKNOWN, 'lookup_name: no RCODE registry row is named "NOSUCH"',
	     "NOSUCH")
	says("parse", dnsrcode.EUNKNOWN, 'parse: no RCODE is named "bogus"', "bogus")
	says("parse_strict", dnsrcode.EALIAS,
	     'parse_strict: ' .. dnsrcode.strerror(dnsrcode.EALIAS) .. ': "NOTIMPL"', "NOTIMPL")
	says("format", dnsrcode.ERANGE, "format: RCODE 16 does not fit the HEADER context (0..15)",
	     16, dnsrcode.CTX_HEADER)
	says("split", dnsrcode.ERANGE, "split: RCODE 4096 does not fit the EDNS context (0..4095)", 4096)
	says("to_flags", dnsrcode.ERANGE, "to_flags: RCODE 4096 does not fit the EDNS context (0..4095)",
	     4096)
	says("ede_lookup", dnsrcode.EUNKNOWN, "ede_lookup: EDE 40 is unassigned", 40)
	says("ede_lookup", dnsrcode.EUNKNOWN, "ede_lookup: EDE 50000 is reserved for private use", 50000)
	says("ede_to_text", dnsrcode.EUNKNOWN, "ede_to_text: EDE 40 is unassigned", 40)
	says("ede_lookup_text", dnsrcode.EUNKNOWN, 'ede_lookup_text: no EDE registry row is named "Foo Bar"',
	     "Foo Bar")
	says("ede_parse", dnsrcode.EUNKNOWN, 'ede_parse: no Extended DNS Error is named "Foo Bar"',
	     "Foo Bar")
	says("msg_status", dnsrcode.ETRUNCATED,
	     "msg_status: " .. dnsrcode.strerror(dnsrcode.ETRUNCATED), "")
end)

test("text the parsers refuse", function()
	local texts = { "", " ", "\0", "NXDOMAIN\0", "nxdom\195\161in", "\255", "-3", "+3",
	                "3 ", "0x10", "bogus", string.rep("9", 5000), string.rep("x", 100000) }
	for _, t in ipairs(texts) do
		refuses("parse", nil, t)
		refuses("parse_strict", nil, t)
		refuses("lookup_name", dnsrcode.EUNKNOWN, t)
		refuses("ede_parse", nil, t)
		refuses("ede_lookup_text", dnsrcode.EUNKNOWN, t)
	end
	local msg = refuses("parse", dnsrcode.ESYNTAX, "a\0b")
	assert(msg:find('"a\\0b"', 1, true), msg)
	msg = refuses("parse", nil, string.rep("x", 100000))
	assert(#msg < 200 and msg:find("(100000 bytes)", 1, true), msg)
end)

test("parse messages say what is wrong with the text", function()
	local function says(fname, text, want, ctx)
		local msg = refuses(fname, nil, text, ctx or dnsrcode.CTX_ANY)
		assert(msg:find(want, 1, true), msg .. " does not say " .. want)
	end
	says("parse", "NX DOMAIN", "(a space at offset 2)")
	says("parse", " 3", "(a space at the start)")
	says("parse", "3\n", "(a line feed at the end)")
	says("parse", "16", "(the HEADER context holds 0..15)", dnsrcode.CTX_HEADER)
	says("parse", "65536", "(the ANY context holds 0..65535)")
	says("parse", "nx!", "('!' at offset 2)")
	says("parse", "nx\195\169", "(a non-ASCII byte at offset 2)")
	says("parse_strict", "NX\tDOMAIN", "(a tab at offset 2)")
end)

-- The character an invalid-character message names is the one the parser
-- stopped at, for every byte: "x<b>x" names <b> when the parser refuses
-- it, and "x<b>!" names the "!" when it does not.
test("an invalid character is named where it is", function()
	for _, fname in ipairs({ "parse", "ede_parse" }) do
		for b = 0, 255 do
			local c = string.char(b)
			local _, msg, err = dnsrcode[fname]("x" .. c .. "x")
			local where = "at offset 1)"
			if err ~= dnsrcode.ESYNTAX then
				_, msg, err = dnsrcode[fname]("x" .. c .. "!")
				where = "at offset 2)"
			end
			if err == dnsrcode.ESYNTAX then
				assert(msg:find(where, 1, true), string.format("byte %d: %s", b, msg))
			end
		end
	end
end)

test("random text never crashes", function()
	local alphabet = "NXDOMAINBADSIGrcode0123456789 -+\0\195\169\255"
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
