-- Extended DNS Errors and the status of a message in the Lua module:
-- every INFO-CODE 0..65535, and messages built here byte by byte.
local dnsrcode = require "dnsrcode"

local harness = dofile((arg[0]:match("^(.*/)") or "./") .. "lua_harness.lua")
local test, eq, octets = harness.test, harness.eq, harness.octets

local function u16(...)
	local out = {}
	for i, n in ipairs({ ... }) do out[i] = octets(n, 2) end
	return table.concat(out)
end

-- A response to `example.com A`: header, question, and an OPT record
-- (RFC 6891 §6.1.2) with the EDE options (RFC 8914 §2) unless opt is false.
local function message(rcode, ext_rcode, ede, opt)
	local options = {}
	for i, o in ipairs(ede or {}) do
		options[i] = u16(15, 2 + #o.text, o.code) .. o.text
	end
	options = table.concat(options)
	local wire = u16(0x1234, 0x8180 + rcode % 16, 1, 0, 0, opt == false and 0 or 1)
	wire = wire .. "\7example\3com\0" .. u16(1, 1)
	if opt ~= false then
		wire = wire .. "\0" .. u16(41, 1232) .. octets(ext_rcode * 2 ^ 24 + 0x8000, 4) ..
		       u16(#options) .. options
	end
	return wire
end

test("ede_lookup, ede_to_text and ede_format agree for every code", function()
	local rows = 0
	for code = 0, 65535 do
		local e, msg = dnsrcode.ede_lookup(code)
		local text = dnsrcode.ede_to_text(code)
		local mnemonic = dnsrcode.ede_format(code, dnsrcode.FMT_MNEMONIC)
		if e ~= nil then
			rows = rows + 1
			eq(e.code, code, "code")
			eq(e.mnemonic, text, "ede_to_text")
			eq(mnemonic, text, "ede_format")
			eq(dnsrcode.ede_lookup_text(e.purpose).code, code, e.purpose)
			eq(dnsrcode.ede_range(code), dnsrcode.RANGE_ASSIGNED, "range")
		else
			eq(text, nil, "ede_to_text of a code without a row")
			eq(mnemonic, "EDE" .. code, "ede_format of a code without a row")
			assert(msg:find("EDE " .. code .. " is ", 1, true), msg)
		end
		eq(dnsrcode.ede_parse(mnemonic), code, "ede_parse " .. mnemonic)
	end
	local n = 0
	for _ in dnsrcode.ede_entries() do n = n + 1 end
	eq(n, rows, "ede_entries")
end)

test("an EDE row is a table with every field", function()
	local e = dnsrcode.ede_lookup(9)
	eq(e.mnemonic, "DNSKEY_MISSING", "mnemonic")
	eq(e.purpose, "DNSKEY Missing", "purpose")
	eq(e.category, dnsrcode.EDE_CAT_DNSSEC, "category")
	eq(dnsrcode.ede_category_name(e.category), "dnssec", "category name")
	assert(#e.explanation > 20 and #e.basis > 20 and #e.reference > 0, "texts")
	eq(e.rcode, nil, "no paired RCODE")
	eq(dnsrcode.ede_lookup(13).rcode, dnsrcode.SERVFAIL, "13 comes with SERVFAIL")
	eq(dnsrcode.ede_lookup(26).rcode, dnsrcode.REFUSED, "26 comes with REFUSED (RFC 9250)")
	eq(dnsrcode.ede_next, nil, "pointer functions stay inside")
end)

-- RFC 8914 EDEs have no context, and their purposes have single spaces:
-- the message says what is wrong with the text itself.
test("ede_parse says what is wrong with the text", function()
	local function says(text, err, want)
		local v, msg, code = dnsrcode.ede_parse(text)
		eq(v, nil, text)
		eq(code, err, text .. " error code")
		assert(msg:find(want, 1, true), msg .. " does not say " .. want)
		assert(not msg:find("context", 1, true), msg)
		assert(not msg:find("not allowed", 1, true), msg)
	end
	says("65536", dnsrcode.ERANGE, 'number out of range (INFO-CODEs are 0..65535): "65536"')
	says("EDE70000", dnsrcode.ERANGE, "(INFO-CODEs are 0..65535)")
	says("dnskey  missing", dnsrcode.ESPACE, '(two spaces at offset 6): "dnskey  missing"')
	says(" DNSKEY Missing", dnsrcode.ESPACE, "(a space at the start)")
	says("DNSKEY Missing ", dnsrcode.ESPACE, "(a space at the end)")
	says("DNSKEY\tMissing", dnsrcode.ESPACE, "(a tab at offset 6)")
	says("DNSKEY!Missing", dnsrcode.ESYNTAX, "('!' at offset 6)")
	eq(dnsrcode.ede_parse("dnskey missing"), 9, "single spaces are fine")
end)

test("unknown EDE text", function()
	local v, msg, err = dnsrcode.ede_parse("Foo Bar")
	eq(v, nil, "Foo Bar")
	eq(err, dnsrcode.EUNKNOWN, "error code")
	assert(msg:find('"Foo Bar"', 1, true), msg)
	v, msg = dnsrcode.ede_lookup_text("Foo Bar")
	assert(v == nil and msg, "ede_lookup_text")
end)

test("msg_status reads header, OPT and every EDE option", function()
	local ede = { { code = 9, text = "no DNSKEY" }, { code = 22, text = "" },
	              { code = 0, text = "\255\254" } }
	for code = 100, 199 do ede[#ede + 1] = { code = code, text = tostring(code) } end
	local wire = message(3, 1, ede)
	local st = assert(dnsrcode.msg_status(wire))
	eq(st.id, 0x1234, "id")
	eq(st.header_rcode, 3, "header rcode")
	eq(st.has_opt, true, "has_opt")
	eq(st.opt_ext_rcode, 1, "ext rcode")
	eq(st.udp_size, 1232, "udp size")
	eq(st.edns_flags, 0x8000, "DO bit")
	eq(st.rcode, dnsrcode.combine(3, 1), "effective rcode")
	eq(st.rcode_ctx, dnsrcode.CTX_EDNS, "context")
	eq(st.has_tsig, false, "has_tsig")
	eq(st.ede_count, #ede, "ede_count")
	eq(#st.ede, #ede, "options returned")
	for i, o in ipairs(ede) do
		eq(st.ede[i].code, o.code, "option code " .. i)
		eq(st.ede[i].text, o.text, "option text " .. i)
	end
	st = assert(dnsrcode.msg_status(message(5, 0, nil, false)))
	eq(st.rcode, 5, "without OPT")
	eq(st.rcode_ctx, dnsrcode.CTX_HEADER, "header context")
	eq(#st.ede, 0, "no options")
end)

test("every truncation and trailing octets are errors", function()
	local wire = message(2, 0, { { code = 9, text = "x" } })
	for n = 0, #wire - 1 do
		local st, msg, err = dnsrcode.msg_status(wire:sub(1, n))
		eq(st, nil, "prefix " .. n)
		eq(err, dnsrcode.ETRUNCATED, "prefix " .. n)
		assert(type(msg) == "string", "message")
	end
	local _, _, err = dnsrcode.msg_status(wire .. "\0")
	eq(err, dnsrcode.EMALFORMED, "trailing octet")
end)

-- The EDE array msg_status() hands the library is bounded by what one
-- OPT record holds (65535 octets), not by the length of the string.
test("a huge string costs what a real message costs", function()
	local huge = string.rep("\0", 10 * 1024 * 1024)
	collectgarbage()
	collectgarbage("stop")
	local before = collectgarbage("count")
	local st, msg, err = dnsrcode.msg_status(huge)
	local grown = collectgarbage("count") - before
	collectgarbage("restart")
	eq(st, nil, "10 MiB of zeros")
	eq(err, dnsrcode.EMALFORMED, msg)
	assert(grown < 1024, string.format("msg_status took %.0f KiB", grown))
end)

test("random and mutated messages never raise", function()
	math.randomseed(8914)
	local wire = message(2, 1, { { code = 9, text = "no DNSKEY" }, { code = 22, text = "" } })
	for _ = 1, 20000 do
		local data
		if math.random() < 0.3 then
			local bytes = {}
			for i = 1, math.random(0, 40) do bytes[i] = string.char(math.random(0, 255)) end
			data = table.concat(bytes)
		else
			local bytes = { wire:byte(1, -1) }
			for _ = 1, math.random(1, 3) do
				bytes[math.random(#bytes)] = math.random(0, 255)
			end
			data = string.char(harness.unpack(bytes)):sub(1, math.random(0, #bytes))
		end
		local ok, st, msg = pcall(dnsrcode.msg_status, data)
		assert(ok, "raised: " .. tostring(st))
		if st ~= nil then
			eq(#st.ede, st.ede_count, "options")
		else
			assert(type(msg) == "string", "message")
		end
	end
end)

harness.finish()
