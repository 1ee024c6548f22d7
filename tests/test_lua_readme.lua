-- The Lua examples of the README and of dnsrcode-lua(3) run and print what they say: a line
-- `print(...) --> text`, or `--> text` on the next line, must print
-- `text` (several values separated by a tab, as print() does).
-- The examples below are the README's; the ```lua blocks of README.md
-- and the EXAMPLES of man/dnsrcode-lua.3 run as well.

local harness = dofile((arg[0]:match("^(.*/)") or "./") .. "lua_harness.lua")

local EXAMPLES = {
[==[
local dnsrcode = require "dnsrcode"

local e = dnsrcode.lookup(3)
print(e.mnemonic .. ": " .. e.description)              --> NXDOMAIN: Non-Existent Domain
print(dnsrcode.lookup(16, dnsrcode.CTX_TSIG).mnemonic)  --> BADSIG
print(dnsrcode.parse("nxdomain") == dnsrcode.NXDOMAIN)  --> true
print(dnsrcode.format(23))  --> BADCOOKIE (23): Bad/missing Server Cookie [RFC7873]
local code, err = dnsrcode.parse("bogus")
print(code)                 --> nil
print(err)                  --> parse: no RCODE is named "bogus"
]==],
[==[
local dnsrcode = require "dnsrcode"

local names = {}
for e in dnsrcode.entries() do
  if e.code >= 16 then names[#names + 1] = e.mnemonic end
end
print(table.concat(names, " "))
--> BADVERS BADSIG BADKEY BADTIME BADMODE BADNAME BADALG BADTRUNC BADCOOKIE
]==],
}

local function readme_blocks(readme)
	local blocks = {}
	for block in readme:gmatch("\n```lua\n(.-\n)```") do
		blocks[#blocks + 1] = block
	end
	return blocks
end

-- The .EX blocks of the EXAMPLES section of man/dnsrcode-lua.3.
local function man_blocks(page)
	local blocks, section, block = {}, nil, nil
	for line in page:gmatch("([^\n]*)\n") do
		if line:match("^%.SH ") then
			section = line:sub(5)
		elseif section == "EXAMPLES" and line == ".EX" then
			block = {}
		elseif block and line == ".EE" then
			blocks[#blocks + 1] = table.concat(block, "\n") .. "\n"
			block = nil
		elseif block then
			block[#block + 1] = harness.unroff(line)
		end
	end
	return blocks
end

-- What the example says it prints: the text after `-->`, at the end of a
-- print() line or on a line of its own.
local function expected(code)
	local lines = {}
	for line in code:gmatch("[^\n]*") do
		local out = line:match("^%s*print%(.*%)%s+%-%->%s(.*)$") or line:match("^%-%->%s(.*)$")
		if out then lines[#lines + 1] = out end
	end
	return lines
end

local failed, ran = 0, 0
local function check(label, code)
	ran = ran + 1
	local printed = {}
	local env = setmetatable({
		print = function(...)
			local parts = harness.pack(...)
			for i = 1, parts.n do parts[i] = tostring(parts[i]) end
			printed[#printed + 1] = table.concat(parts, "\t", 1, parts.n)
		end,
	}, { __index = _G })
	local chunk, err = harness.load(code, "=README example", env)
	local ok = chunk ~= nil
	if ok then ok, err = pcall(chunk) end
	local want = expected(code)
	if ok and #want == 0 then
		ok, err = false, "the example prints nothing to check"
	end
	if ok then
		for i = 1, math.max(#want, #printed) do
			if printed[i] ~= want[i] then
				ok, err = false, string.format("line %d: printed %q, the example says %q", i,
				                               tostring(printed[i]), tostring(want[i]))
				break
			end
		end
	end
	print((ok and "PASS: " or "FAIL: ") .. label .. (ok and "" or ": " .. err))
	if not ok then failed = failed + 1 end
end

for i, code in ipairs(EXAMPLES) do check("example " .. i, code) end
-- Both files are in every tree the tests run from (a checkout, the dist
-- tarball): one that is missing or holds no example is a failure, not
-- nothing to check.
local function check_file(path, blocks_of, what)
	local text = harness.source_file(path)
	local blocks = text and blocks_of(text) or {}
	if #blocks == 0 then
		check(path, string.format("error(%q)", text and "no " .. what .. " found" or "not found"))
	end
	for i, code in ipairs(blocks) do check(path .. " example " .. i, code) end
end

check_file("README.md", readme_blocks, "```lua block")
check_file("man/dnsrcode-lua.3", man_blocks, ".EX block in EXAMPLES")
print(string.format("%d examples, %d failed", ran, failed))
os.exit(failed == 0 and 0 or 1)
