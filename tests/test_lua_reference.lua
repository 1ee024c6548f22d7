-- man/dnsrcode-lua.3 keeps up with the module, as tests/check-man.sh
-- keeps dnsrcode.3 up with the header: every function the module has is
-- under FUNCTIONS, with as many arguments as it takes at most; every field
-- of the tables it returns is under TABLES; every constant is under
-- CONSTANTS; and nothing listed there is missing from the module.
local dnsrcode = require "dnsrcode"

local harness = dofile((arg[0]:match("^(.*/)") or "./") .. "lua_harness.lua")
local test, eq = harness.test, harness.eq

local page = harness.source_file("man/dnsrcode-lua.3")
if page == nil then
	print("SKIP: man/dnsrcode-lua.3 not found (no source tree)")
	os.exit(77)
end

-- The arguments of a roff macro line: words, or "quoted words".
local function roff_args(rest)
	local args = {}
	rest = rest:gsub('"([^"]*)"', function(q) return (q:gsub(" ", "\1")) end)
	for word in rest:gmatch("%S+") do
		args[#args + 1] = (word:gsub("\1", " "))
	end
	return args
end

-- A tag line of .TP as it reads: .B and .I join their arguments with
-- spaces, .BI, .BR and the like alternate fonts and join them with none.
local function tag_text(line)
	local macro, rest = line:match("^%.(%a+)%s+(.*)$")
	if macro == nil then return harness.unroff(line) end
	local args = roff_args(harness.unroff(rest))
	return table.concat(args, #macro == 1 and " " or "")
end

-- Each .TP tag under its .SH section (and .SS subsection).
local function tags()
	local out, sh, ss, after_tp = {}, nil, nil, false
	for line in page:gmatch("([^\n]*)\n") do
		if line:match("^%.SH ") then
			sh, ss = roff_args(line:sub(5))[1], nil
		elseif line:match("^%.SS ") then
			ss = table.concat(roff_args(line:sub(5)), " ")
		elseif line == ".TP" then
			after_tp = true
		elseif after_tp then
			out[#out + 1] = { sh = sh, ss = ss, text = tag_text(line) }
			after_tp = false
		end
	end
	return out
end

local FUNCTIONS, FIELDS, CONSTANTS, MNEMONIC_RULE = {}, {}, {}, false
for _, t in ipairs(tags()) do
	if t.sh == "FUNCTIONS" then
		local name, params = t.text:match("^([%w_]+)%((.*)%)$")
		assert(name, "FUNCTIONS: not a signature: " .. t.text)
		local n = 0
		for _ in params:gmatch("[%a_][%w_]*") do n = n + 1 end
		FUNCTIONS[name] = n
	elseif t.sh == "TABLES" then
		FIELDS[t.ss] = FIELDS[t.ss] or {}
		FIELDS[t.ss][t.text] = true
	elseif t.sh == "CONSTANTS" then
		for name in t.text:gmatch("[^,%s]+") do
			if name == "..." then
				MNEMONIC_RULE = true
			else
				CONSTANTS[name] = true
			end
		end
	end
end

local function keys(set)
	local out = {}
	for k in pairs(set) do out[#out + 1] = k end
	table.sort(out)
	return table.concat(out, " ")
end

-- The same names, both ways.
local function same(listed, found, what)
	for name in pairs(found) do
		assert(listed[name], what .. ": " .. name .. " is not in man/dnsrcode-lua.3")
	end
	for name in pairs(listed) do
		assert(found[name], what .. ": man/dnsrcode-lua.3 lists " .. name .. ", which is not there")
	end
end

local MNEMONICS = {}
for e in dnsrcode.entries() do MNEMONICS[e.mnemonic] = true end

test("the page lists every function and only those", function()
	local found = {}
	for name, v in pairs(dnsrcode) do
		if type(v) == "function" then found[name] = true end
	end
	same(FUNCTIONS, found, "functions")
end)

-- One argument more than the page shows raises "no value expected" for
-- it, whatever the arguments are; as many as it shows does not.
test("each function takes as many arguments as the page shows", function()
	for name, n in pairs(FUNCTIONS) do
		if type(dnsrcode[name]) == "function" then
			local args = {}
			for i = 1, n + 1 do args[i] = 0 end
			local ok, err = pcall(dnsrcode[name], harness.unpack(args, 1, n + 1))
			assert(not ok and err:find(string.format("bad argument #%d to '%s' (no value expected",
			                                         n + 1, name), 1, true),
			       name .. ": the page shows " .. n .. " arguments, " .. n + 1 .. " give " .. tostring(err))
			ok, err = pcall(dnsrcode[name], harness.unpack(args, 1, n))
			assert(ok or not err:find("no value expected", 1, true),
			       name .. ": the page shows " .. n .. " arguments, which give " .. tostring(err))
		end
	end
end)

for section, rows in pairs({ ["Registry rows"] = dnsrcode.entries,
                             ["EDE rows"] = dnsrcode.ede_entries }) do
	test(section, function()
		local found = {}
		for e in rows() do
			for k in pairs(e) do found[k] = true end
		end
		same(FIELDS[section] or {}, found, section)
	end)
end

test("message status and its EDE options", function()
	-- A response with an OPT record holding one EDE option, 9 "x".
	local message = "\18\52\129\128\0\0\0\0\0\0\0\1" ..
		"\0\0\41\4\208\0\0\128\0\0\7" .. "\0\15\0\3\0\9x"
	local st = assert(dnsrcode.msg_status(message))
	eq(#st.ede, 1, "EDE options")
	local found = {}
	for k in pairs(st) do found[k] = true end
	same(FIELDS["Message status"] or {}, found, "status fields")
	found = {}
	for k in pairs(st.ede[1]) do found[k] = true end
	same(FIELDS["EDE options"] or {}, found, "EDE option fields")
end)

test("constants", function()
	local found = {}
	for name, v in pairs(dnsrcode) do
		if type(v) ~= "function" and not MNEMONICS[name] then found[name] = true end
	end
	local listed = {}
	for name in pairs(CONSTANTS) do
		if not MNEMONICS[name] then listed[name] = true end
	end
	same(listed, found, "constants")
	assert(MNEMONIC_RULE, "the page does not say every registry mnemonic is a constant")
	for name in pairs(MNEMONICS) do
		eq(type(dnsrcode[name]), "number", "mnemonic " .. name)
	end
end)

test("the page's sections", function()
	eq(keys(FIELDS), "EDE options EDE rows Message status Registry rows", "TABLES subsections")
end)

harness.finish()
