-- dnsrcode.lua - the Lua idiom over the functions SWIG generates from
-- bindings/dnsrcode.i.
--
-- This chunk is compiled into the module: as `require "dnsrcode"` loads it,
-- the chunk returns a function that receives the module table and rewrites
-- it so that
--   * lookup(), lookup_name() and entries() give plain tables, not pointers,
--     and so do their EDE counterparts;
--   * optional arguments get defaults (context CTX_ANY, style FMT_FULL);
--   * every failure is `nil, message` (plus the DNSRCODE_E* code when the
--     library gave one), as io.open does;
--   * every registry mnemonic is a constant: dnsrcode.NXDOMAIN == 3.
return function(M)
	local raw = {}
	for name, value in pairs(M) do
		if type(value) == "function" then
			raw[name] = value
		end
	end

	-- Pointers stay inside: the entry functions are replaced by tables.
	for _, name in ipairs({ "next", "info_code", "info_name", "info_mnemonic",
	                        "info_description", "info_explanation",
	                        "info_reference", "info_families",
	                        "info_contexts", "ede_next", "ede_info_code",
	                        "ede_info_purpose", "ede_info_mnemonic",
	                        "ede_info_reference", "ede_info_explanation",
	                        "ede_info_basis", "ede_info_category",
	                        "ede_info_retry", "ede_info_rcode" }) do
		M[name] = nil
	end

	local CTX_NAMES = {
		[M.CTX_ANY] = "ANY", [M.CTX_HEADER] = "HEADER", [M.CTX_EDNS] = "EDNS",
		[M.CTX_TSIG] = "TSIG", [M.CTX_TKEY] = "TKEY",
	}

	-- `nil, message [, code]`: the code only when the library gave one.
	local function fail(msg, err)
		if err == nil then
			return nil, msg
		end
		return nil, msg, err
	end

	local function entry(info)
		return {
			code = raw.info_code(info),
			name = raw.info_name(info),
			mnemonic = raw.info_mnemonic(info),
			description = raw.info_description(info),
			explanation = raw.info_explanation(info),
			reference = raw.info_reference(info),
			families = raw.info_families(info),
			contexts = raw.info_contexts(info),
		}
	end

	-- Why a well-formed code has no entry: it does not fit the context,
	-- or nothing is assigned to it there.
	local function no_entry(code, ctx)
		if not raw.fits(code, ctx) then
			return nil, string.format("RCODE %d does not fit the %s context",
			                          code, CTX_NAMES[ctx]), M.ERANGE
		end
		return nil, string.format("RCODE %d is %s", code,
		                          raw.format(code, ctx, M.FMT_DESCRIPTION):lower())
	end

	function M.lookup(code, ctx)
		if ctx == nil then ctx = M.CTX_ANY end
		local info, msg, err = raw.lookup(code, ctx)
		if info ~= nil then
			return entry(info)
		elseif msg ~= nil then
			return fail(msg, err)
		end
		return no_entry(code, ctx)
	end

	function M.lookup_name(name)
		local info, msg, err = raw.lookup_name(name)
		if info ~= nil then
			return entry(info)
		elseif msg ~= nil then
			return fail(msg, err)
		end
		return nil, string.format("unknown RCODE name %q", name), M.EUNKNOWN
	end

	function M.to_text(code, ctx)
		if ctx == nil then ctx = M.CTX_ANY end
		local text, msg, err = raw.to_text(code, ctx)
		if text ~= nil then
			return text
		elseif msg ~= nil then
			return fail(msg, err)
		end
		return no_entry(code, ctx)
	end

	-- `for e in dnsrcode.entries() do ... end`, in registry order.
	function M.entries()
		local info = nil
		return function()
			info = raw.next(info)
			if info ~= nil then
				return entry(info)
			end
			return nil
		end
	end

	local function parser(parse)
		return function(text, ctx)
			if ctx == nil then ctx = M.CTX_ANY end
			local code, msg, err = parse(text, ctx)
			if code ~= nil then
				return code
			elseif err ~= nil then
				return nil, string.format("%s: %q", msg, text), err
			end
			return nil, msg
		end
	end
	M.parse = parser(raw.parse)
	M.parse_strict = parser(raw.parse_strict)

	function M.format(code, ctx, style)
		if ctx == nil then ctx = M.CTX_ANY end
		if style == nil then style = M.FMT_FULL end
		return raw.format(code, ctx, style)
	end

	function M.in_family(code, families, ctx)
		if ctx == nil then ctx = M.CTX_ANY end
		return raw.in_family(code, families, ctx)
	end

	function M.fits(code, ctx)
		if ctx == nil then ctx = M.CTX_ANY end
		return raw.fits(code, ctx)
	end

	function M.to_flags(code, flags, ttl)
		return raw.to_flags(code, flags or 0, ttl or 0)
	end

	-- effective(header_rcode [, opt_ext_rcode [, tsig_error]]): nil for a
	-- record the message does not carry.
	function M.effective(header_rcode, opt_ext_rcode, tsig_error)
		return raw.effective(header_rcode, opt_ext_rcode ~= nil, opt_ext_rcode or 0,
		                     tsig_error ~= nil, tsig_error or 0)
	end

	-- The SWIG functions raise an error for a missing argument; these
	-- always pass all of them, so a missing one becomes `nil, message`
	-- like any other bad argument.
	function M.range(code) return raw.range(code) end
	function M.combine(header_rcode, opt_ext_rcode) return raw.combine(header_rcode, opt_ext_rcode) end
	function M.split(code) return raw.split(code) end
	function M.from_flags(flags, ttl) return raw.from_flags(flags, ttl) end
	function M.strerror(err) return raw.strerror(err) end

	-- Extended DNS Errors (RFC 8914): the same treatment.
	local function ede_entry(info)
		local rcode = raw.ede_info_rcode(info)
		return {
			code = raw.ede_info_code(info),
			mnemonic = raw.ede_info_mnemonic(info),
			purpose = raw.ede_info_purpose(info),
			reference = raw.ede_info_reference(info),
			explanation = raw.ede_info_explanation(info),
			basis = raw.ede_info_basis(info),
			category = raw.ede_info_category(info),
			retry = raw.ede_info_retry(info),
			rcode = rcode ~= M.NO_CODE and rcode or nil,
		}
	end

	function M.ede_lookup(code)
		local info, msg, err = raw.ede_lookup(code)
		if info ~= nil then
			return ede_entry(info)
		elseif msg ~= nil then
			return fail(msg, err)
		end
		return nil, string.format("EDE %d is %s", code,
		                          raw.ede_format(code, M.FMT_DESCRIPTION):lower())
	end

	function M.ede_lookup_text(text)
		local info, msg, err = raw.ede_lookup_text(text)
		if info ~= nil then
			return ede_entry(info)
		elseif msg ~= nil then
			return fail(msg, err)
		end
		return nil, string.format("no EDE registry row is named %q", text), M.EUNKNOWN
	end

	function M.ede_entries()
		local info = nil
		return function()
			info = raw.ede_next(info)
			if info ~= nil then
				return ede_entry(info)
			end
			return nil
		end
	end

	function M.ede_parse(text)
		local code, msg, err = raw.ede_parse(text)
		if code ~= nil then
			return code
		elseif err == M.EUNKNOWN then
			return nil, string.format("no Extended DNS Error is named %q", text), err
		elseif err ~= nil then
			return nil, string.format("%s: %q", msg, text), err
		end
		return nil, msg
	end

	function M.ede_format(code, style)
		if style == nil then style = M.FMT_FULL end
		return raw.ede_format(code, style)
	end

	function M.ede_range(code) return raw.ede_range(code) end
	function M.ede_to_text(code) return raw.ede_to_text(code) end
	function M.ede_category_name(category) return raw.ede_category_name(category) end

	-- msg_status(message): a table of the header, OPT and TSIG fields, the
	-- effective rcode (rcode_ctx says where to read it), has_opt and
	-- has_tsig as booleans, and ede = { {code = , text = }, ... }.
	function M.msg_status(message)
		local st, msg, err = raw.msg_status(message)
		if st == nil then
			return fail(msg, err)
		end
		st.has_opt = st.has_opt ~= 0
		st.has_tsig = st.has_tsig ~= 0
		return st
	end

	-- Constants for the registry mnemonics; BADSIG shares 16 with BADVERS.
	local info = raw.next(nil)
	while info ~= nil do
		M[raw.info_mnemonic(info)] = raw.info_code(info)
		info = raw.next(info)
	end
end
