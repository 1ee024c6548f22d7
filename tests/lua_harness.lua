-- lua_harness.lua - what the Lua test files share: run each test in
-- pcall and report it, compare values, and exit with the verdict.
-- A test file loads it from its own directory:
--   local t = dofile((arg[0]:match("^(.*/)") or "./") .. "lua_harness.lua")
local harness = { tests = 0, failed = 0 }

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

-- The summary line and the exit status: 0 when every test passed.
function harness.finish()
	print(string.format("%d tests, %d failed", harness.tests, harness.failed))
	os.exit(harness.failed == 0 and 0 or 1)
end

return harness
