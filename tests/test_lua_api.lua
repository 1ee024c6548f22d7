-- The Lua module `dnsrcode` against itself and the registry, value by
-- value: every code 0..65535 in every context.
local dnsrcode = require "dnsrcode"

local CONTEXTS = { dnsrcode.CTX_ANY, dnsrcode.CTX_HEADER, dnsrcode.CTX_EDNS,
                   dnsrcode.CTX_TSIG, dnsrcode.CTX_TKEY }
local MAX = { [dnsrcode.CTX_ANY] = 65535, [dnsrcode.CTX_HEADER] = 15,
              [dnsrcode.CTX_EDNS] = 4095, [dnsrcode.CTX_TSIG] = 65535,
              [dnsrcode.CTX_TKEY] = 65535 }

local harness = dofile((arg[0]:match("^(.*/)") or "./") .. "lua_harness.lua")
local test, eq, is_integer = harness.test, harness.eq, harness.is_integer

test("require returns the module and sets no global", function()
	eq(type(dnsrcode), "table", "module")
	eq(rawget(_G, "dnsrcode"), nil, "global dnsrcode")
	eq(rawget(_G, "swig_type"), nil, "SWIG's global swig_type")
	eq(rawget(_G, "swig_equals"), nil, "SWIG's global swig_equals")
end)

test("mnemonics are integer constants, BADSIG sharing 16", function()
	local n = 0
	for e in dnsrcode.entries() do
		eq(dnsrcode[e.mnemonic], e.code, e.mnemonic)
		assert(is_integer(dnsrcode[e.mnemonic]), e.mnemonic)
		n = n + 1
	end
	local assigned = 0
	for code = 0, 65535 do
		if dnsrcode.lookup(code) then assigned = assigned + 1 end
	end
	eq(n, assigned + 2, "rows: one per assigned code, a second for 9 and 16")
	eq(dnsrcode.NXDOMAIN, 3, "NXDOMAIN")
	eq(dnsrcode.BADSIG, 16, "BADSIG")
	eq(dnsrcode.BADVERS, 16, "BADVERS")
	eq(dnsrcode.BADCOOKIE, 23, "BADCOOKIE")
end)

test("C constants keep their names without the prefix", function()
	eq(dnsrcode.FMT_FULL, 3, "FMT_FULL")
	eq(dnsrcode.CTX_TSIG, 3, "CTX_TSIG")
	eq(dnsrcode.CTXBIT_TSIG, 2 ^ dnsrcode.CTX_TSIG, "CTXBIT_TSIG")
	assert(is_integer(dnsrcode.FAMILY_COOKIE), "FAMILY_COOKIE")
end)

test("lookup gives a table with every field", function()
	local e = dnsrcode.lookup(3)
	eq(e.code, 3, "code")
	eq(e.name, "NXDomain", "name")
	eq(e.mnemonic, "NXDOMAIN", "mnemonic")
	eq(e.description, "Non-Existent Domain", "description")
	eq(e.reference, "RFC1035", "reference")
	eq(e.families, dnsrcode.FAMILY_BASE, "families")
	assert(harness.has_bit(e.contexts, dnsrcode.CTXBIT_HEADER), "NXDOMAIN fits the header")
	eq(dnsrcode.lookup(11).contexts, dnsrcode.CTXBIT_HEADER, "DSOTYPENI: header only")
	assert(#e.explanation > 20, "explanation")
	assert(is_integer(e.code), "code type")
end)

test("the context picks the row of 16 and 9", function()
	eq(dnsrcode.lookup(16).mnemonic, "BADVERS", "16 ANY")
	eq(dnsrcode.lookup(16, dnsrcode.CTX_TSIG).mnemonic, "BADSIG", "16 TSIG")
	eq(dnsrcode.lookup(16, dnsrcode.CTX_TKEY).mnemonic, "BADSIG", "16 TKEY")
	eq(dnsrcode.lookup(9, dnsrcode.CTX_TSIG).description, "Not Authorized", "9 TSIG")
end)

test("every value in every context: lookup, to_text and format agree and parse back", function()
	for _, ctx in ipairs(CONTEXTS) do
		for code = 0, 65535 do
			local e, msg = dnsrcode.lookup(code, ctx)
			local text = dnsrcode.to_text(code, ctx)
			local mnemonic = dnsrcode.format(code, ctx, dnsrcode.FMT_MNEMONIC)
			if code > MAX[ctx] then
				assert(e == nil and text == nil and mnemonic == nil,
				       "found " .. code .. " outside context " .. ctx)
				assert(msg:find("does not fit", 1, true), msg)
			elseif e ~= nil then
				eq(e.code, code, "code")
				eq(e.mnemonic, text, "to_text")
				eq(mnemonic, text, "format")
			else
				eq(text, nil, "to_text of unassigned")
				eq(mnemonic, "RCODE" .. code, "format of unassigned")
				assert(msg:find("RCODE " .. code .. " is ", 1, true), msg)
			end
			if mnemonic ~= nil then
				eq(dnsrcode.parse(mnemonic, ctx), code, "parse " .. mnemonic)
				local name = dnsrcode.format(code, ctx, dnsrcode.FMT_NAME)
				eq(dnsrcode.parse_strict(name, ctx), code, "parse_strict " .. name)
			end
		end
	end
end)

test("lookup_name is case-insensitive", function()
	for e in dnsrcode.entries() do
		eq(dnsrcode.lookup_name(e.mnemonic:lower()).code, e.code, e.mnemonic)
		eq(dnsrcode.lookup_name(e.name).code, e.code, e.name)
	end
	local e, msg = dnsrcode.lookup_name("NOSUCH")
	eq(e, nil, "unknown name")
	assert(msg:find("NOSUCH", 1, true), msg)
end)

test("entries run in registry order with two rows for 9 and 16", function()
	local last, count = -1, {}
	for e in dnsrcode.entries() do
		assert(e.code >= last, "order")
		last = e.code
		count[e.code] = (count[e.code] or 0) + 1
	end
	eq(count[9], 2, "rows of 9")
	eq(count[16], 2, "rows of 16")
	eq(count[3], 1, "rows of 3")
end)

test("format defaults to the full style", function()
	eq(dnsrcode.format(3), "NXDOMAIN (3): Non-Existent Domain [RFC1035]", "format(3)")
	eq(dnsrcode.format(12, dnsrcode.CTX_ANY, dnsrcode.FMT_DESCRIPTION), "Unassigned", "12")
end)

test("parse takes names, numbers, RCODE<n> and aliases", function()
	eq(dnsrcode.parse("nxdomain"), 3, "nxdomain")
	eq(dnsrcode.parse("23"), 23, "23")
	eq(dnsrcode.parse("rcode12"), 12, "rcode12")
	eq(dnsrcode.parse("NOTIMPL"), 4, "NOTIMPL")
	eq(dnsrcode.parse("DSOTYPEI"), 11, "DSOTYPEI (c-ares)")
	assert(is_integer(dnsrcode.parse("3")), "type")
	local v, msg, err = dnsrcode.parse_strict("NOTIMPL")
	eq(v, nil, "strict NOTIMPL")
	eq(err, dnsrcode.EALIAS, "strict error")
	v, msg, err = dnsrcode.parse("bogus")
	eq(err, dnsrcode.EUNKNOWN, "unknown error code")
	assert(msg:find('"bogus"', 1, true), msg)
	v, msg, err = dnsrcode.parse("16", dnsrcode.CTX_HEADER)
	eq(err, dnsrcode.ERANGE, "16 in the header")
end)

test("range classes", function()
	for code = 0, 65535 do
		local r = dnsrcode.range(code)
		if dnsrcode.lookup(code) or dnsrcode.lookup(code, dnsrcode.CTX_TSIG) then
			eq(r, dnsrcode.RANGE_ASSIGNED, "assigned " .. code)
		elseif code >= 3841 and code <= 4095 then
			eq(r, dnsrcode.RANGE_PRIVATE, "private " .. code)
		elseif code == 65535 then
			eq(r, dnsrcode.RANGE_RESERVED, "reserved")
		else
			eq(r, dnsrcode.RANGE_UNASSIGNED, "unassigned " .. code)
		end
	end
end)

test("fits and in_family are booleans", function()
	for _, ctx in ipairs(CONTEXTS) do
		for code = 0, 65535, 7 do
			eq(dnsrcode.fits(code, ctx), code <= MAX[ctx], "fits " .. code)
		end
	end
	eq(dnsrcode.in_family(16, dnsrcode.FAMILY_TSIG, dnsrcode.CTX_TSIG), true, "BADSIG")
	eq(dnsrcode.in_family(16, dnsrcode.FAMILY_TSIG), false, "BADVERS")
	eq(dnsrcode.in_family(12, dnsrcode.FAMILY_ALL), false, "unassigned")
end)

test("split, combine and the flags round-trip every 12-bit code", function()
	for code = 0, 4095 do
		local h, x = dnsrcode.split(code)
		eq(h, code % 16, "header part")
		eq(x, math.floor(code / 16), "OPT part")
		eq(dnsrcode.combine(h, x), code, "combine")
		local flags, ttl = dnsrcode.to_flags(code, 0x8180, 0x8000)
		eq(flags - flags % 16, 0x8180, "other flags kept")
		eq(ttl % 0x1000000, 0x8000, "DO bit kept")
		eq(dnsrcode.from_flags(flags, ttl), code, "from_flags")
	end
	local v, msg, err = dnsrcode.split(4096)
	assert(v == nil and msg, "split(4096)")
	eq(err, dnsrcode.ERANGE, "split(4096)")
end)

test("effective reads the records a response has", function()
	local code, ctx = dnsrcode.effective(3)
	eq(code, 3, "header only")
	eq(ctx, dnsrcode.CTX_HEADER, "header context")
	code, ctx = dnsrcode.effective(0, 1)
	eq(code, 16, "with OPT")
	eq(ctx, dnsrcode.CTX_EDNS, "EDNS context")
	code, ctx = dnsrcode.effective(9, nil, 16)
	eq(code, 16, "NOTAUTH with a TSIG error")
	eq(ctx, dnsrcode.CTX_TSIG, "TSIG context")
end)

test("versions and registry date", function()
	eq(dnsrcode.version(), dnsrcode.VERSION, "version")
	assert(dnsrcode.registry_date():match("^%d%d%d%d%-%d%d%-%d%d$"), "registry date")
	eq(dnsrcode.strerror(dnsrcode.OK), "success", "strerror")
end)

harness.finish()
