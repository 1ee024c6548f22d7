-- lua_harness.lua - what the Lua test files share: run each test in
-- pcall and report it, compare values, check refusals, and exit with the
-- verdict; and the few things Lua 5.1 to 5.4 spell differently, so that
-- every test runs under each of them.
-- A test file loads it from its own directory:
--   local t = dofile((arg[0]:match("^(.*/)") or "./") .. "lua_harness.lua")
local harness = { tests = 0, failed = 0 }

-- ------------------------------------------------ Lua 5.1 .. 5.4
harness.unpack = table.unpack or unpack

function harness.pack(...)
	return { n = select("#", ...), ... }
end

-- Lua 5.3+ has an integer subtype; before it every number is a float.
function harness.is_integer(v)
	if math.type then
		return math.type(v) == "integer"
	end
	return type(v) == "number" and v == math.floor(v)
end

-- Whether bit b (a power of two) is set in x, without 5.3's operators.
function harness.has_bit(x, b)
	return math.floor(x / b) % 2 == 1
end

-- n as width big-endian octets (string.pack is 5.3+).
function harness.octets(n, width)
	local bytes = {}
	for i = width, 1, -1 do
		bytes[i] = string.char(n % 256)
		n = math.floor(n / 256)
	end
	return table.concat(bytes)
end

-- load() with an environment: 5.1 has setfenv instead of load's 4th argument.
function harness.load(code, name, env)
	if setfenv then
		local chunk, err = loadstring(code, name)
		if chunk then setfenv(chunk, env) end
		return chunk, err
	end
	return load(code, name, "t", env)
end

-- The text of a file of the source tree (README.md, man/dnsrcode-lua.3),
-- or nil when the tree is not at hand.
function harness.source_file(path)
	local srcdir = os.getenv("top_srcdir")
	if srcdir == nil then
		srcdir = (arg and arg[0] or ""):match("^(.*)/tests/[^/]*$") or "."
	end
	local f = io.open(srcdir .. "/" .. path)
	if f == nil then return nil end
	local text = f:read("*a")
	f:close()
	return text
end

-- A line of a man page as it reads: the font changes gone and the
-- escapes the pages use undone.
local ROFF_NAMED = { dq = '"', aq = "'", lq = '"', rq = '"', em = "--", bu = "*" }
local ROFF_SHORT = { ["-"] = "-", e = "\\", ["&"] = "" }
function harness.unroff(line)
	return (line:gsub("\\f[BIRP]", ""):gsub("\\%((%a%a)", ROFF_NAMED):gsub("\\([-e&])", ROFF_SHORT))
end

-- ------------------------------------------------------- the tests
function harness.test(name, f)
	harness.tests = harness.tests + 1
	local ok, err = pcall(f)
	if ok then
		print("PASS: " .. name)
	else
		harness.failed = harness.failed + 1
		print("FAIL: " .. name .. ": " .. tostring(err))
	end
end

function harness.eq(a, b, what)
	assert(a == b, string.format("%s: got %s, expected %s", what, tostring(a), tostring(b)))
end

local function show(v)
	if type(v) == "string" then
		if #v > 20 then v = v:sub(1, 20) .. "..." end
		return (string.format("%q", v):gsub("\n", "n"))
	end
	return tostring(v)
end

local function describe(fname, args)
	local shown = {}
	for i = 1, args.n do shown[i] = show(args[i]) end
	return fname .. "(" .. table.concat(shown, ", ") .. ")"
end

-- module[fname](...) raises Lua's argument error for argument argn,
-- naming fname and the caller's line (the call is made from a Lua
-- function here, not a tail call, so that there is a line to name).
-- Returns the error message.
function harness.raises(module, fname, argn, ...)
	local args = harness.pack(...)
	local call = describe(fname, args)
	local ok, err = pcall(function()
		local results = harness.pack(module[fname](harness.unpack(args, 1, args.n)))
		return results
	end)
	assert(not ok, call .. " did not raise")
	assert(type(err) == "string", call .. " raised a " .. type(err))
	local want = string.format("lua_harness.lua:%%d+: bad argument #%d to '%s' %%(", argn, fname)
	assert(err:find(want), call .. " raised: " .. err)
	return err
end

-- module[fname](...) returns nil, a message that starts with the name of
-- the function and an error code (the DNSRCODE_E* err, when given).
-- Returns the message.
function harness.refuses(module, fname, err, ...)
	local args = harness.pack(...)
	local call = describe(fname, args)
	local ok, v, msg, code = pcall(module[fname], harness.unpack(args, 1, args.n))
	assert(ok, call .. " raised: " .. tostring(v))
	assert(v == nil, call .. " answered " .. tostring(v))
	assert(type(msg) == "string" and msg:sub(1, #fname + 2) == fname .. ": ",
	       call .. " gave the message " .. tostring(msg))
	assert(harness.is_integer(code) and code < 0, call .. " gave the code " .. tostring(code))
	if err ~= nil then harness.eq(code, err, call .. " error code") end
	return msg
end

-- The summary line and the exit status: 0 when every test passed.
function harness.finish()
	print(string.format("%d tests, %d failed (%s)", harness.tests, harness.failed, _VERSION))
	os.exit(harness.failed == 0 and 0 or 1)
end

return harness
