/*
 * module.c - the C side of the Lua module, inserted into the SWIG wrapper
 * by bindings/dnsrcode.i: what Lua 5.1 to 5.4 do differently, arguments
 * read as Lua's own functions read them, `nil, message, code` results,
 * registry rows as tables, and the two iterators.
 *
 * Lua's convention, followed throughout: a wrong argument type (or a
 * context or style that is none) raises "bad argument #1 to 'lookup'
 * (number expected, got string)"; a value that names nothing returns
 * `nil, message, code`, with code a DNSRCODE_E* constant.  Every message
 * starts with the name of the function the user called.
 */
#include <stdarg.h>
#include <stdio.h>

#if LUA_VERSION_NUM < 504
#define lua_newuserdatauv(L, size, nuv) lua_newuserdata(L, size)
#endif

/* The longest message: a function name, a few words and a quoted text. */
#define DNSRCODE_LUA_MESSAGE_MAX 512
/* Text quoted in a message is cut after this many bytes. */
#define DNSRCODE_LUA_QUOTE_MAX 64

/* Raise luaL_argerror's message under the name the user called:
 * luaL_argerror takes the name from the caller's debug information, which
 * is the local variable's name when the function was copied into one. */
static int
dnsrcode_lua_argerror(lua_State *L, int arg, const char *func, const char *fmt, ...)
{
	char why[160];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(why, sizeof(why), fmt, ap);
	va_end(ap);
	return luaL_error(L, "bad argument #%d to '%s' (%s)", arg, func, why);
}

static int
dnsrcode_lua_typeerror(lua_State *L, int arg, const char *func, const char *expected)
{
	return dnsrcode_lua_argerror(L, arg, func, "%s expected, got %s", expected,
	                             luaL_typename(L, arg));
}

/* SWIG's own count check names the C function and refuses a missing
 * argument before its type is looked at.  A missing argument is left to
 * the argument's own check ("number expected, got no value"); only one
 * too many is caught here.  func_name is the C name. */
static void
dnsrcode_lua_check_count(lua_State *L, const char *func_name, int max)
{
	if (lua_gettop(L) > max) {
		if (strncmp(func_name, "dnsrcode_", 9) == 0)
			func_name += 9;
		dnsrcode_lua_argerror(L, max + 1, func_name, "no value expected, got %s",
		                      luaL_typename(L, max + 1));
	}
}
#undef SWIG_check_num_args
#define SWIG_check_num_args(func_name, a, b) dnsrcode_lua_check_count(L, func_name, b);

/* `nil, message, err` for the wrapper to return. */
static int
dnsrcode_lua_fail(lua_State *L, int err, const char *fmt, ...)
{
	char msg[DNSRCODE_LUA_MESSAGE_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	lua_pushnil(L);
	lua_pushstring(L, msg);
	lua_pushinteger(L, err);
	return 3;
}

/* An integer argument as Lua's own functions read one (luaL_checkinteger):
 * an integer, a float with an integral value, or a string that converts
 * to either. */
static long long
dnsrcode_lua_checkinteger(lua_State *L, int arg, const char *func)
{
#if LUA_VERSION_NUM >= 503
	int ok;
	lua_Integer v = lua_tointegerx(L, arg, &ok);

	if (ok)
		return v;
#else
	/* Every number is a double: one with a fraction or outside
	 * [-2^63, 2^63) has no integer (converting it would be undefined). */
	if (lua_isnumber(L, arg)) {
		lua_Number n = lua_tonumber(L, arg);

		if (n >= -9223372036854775808.0 && n < 9223372036854775808.0 &&
		    n == (lua_Number)(long long)n)
			return (long long)n;
	}
#endif
	if (lua_isnumber(L, arg))
		dnsrcode_lua_argerror(L, arg, func, "number has no integer representation");
	dnsrcode_lua_typeerror(L, arg, func, "number");
	return 0;
}

/* A code or wire field within [lo, hi]: 0 with *out set, or the count of
 * results pushed (nil, message, ERANGE) for the wrapper to return. */
static int
dnsrcode_lua_int(lua_State *L, int arg, long long lo, long long hi, const char *func,
                 const char *what, long long *out)
{
	long long v = dnsrcode_lua_checkinteger(L, arg, func);

	if (v < lo || v > hi)
		return dnsrcode_lua_fail(L, DNSRCODE_ERANGE, "%s: %s must be %lld..%lld, got %lld",
		                         func, what, lo, hi, v);
	*out = v;
	return 0;
}

/* A choice among constants (context, style, families, category): one out
 * of [lo, hi] is the caller's mistake, not data, and raises. */
static long long
dnsrcode_lua_option(lua_State *L, int arg, long long lo, long long hi, const char *func,
                    const char *what)
{
	long long v = dnsrcode_lua_checkinteger(L, arg, func);

	if (v < lo || v > hi)
		dnsrcode_lua_argerror(L, arg, func, "%s must be %lld..%lld, got %lld", what, lo, hi, v);
	return v;
}

/* Text: a string, or a number in its string form (luaL_checklstring). */
static const char *
dnsrcode_lua_text(lua_State *L, int arg, const char *func, size_t *len)
{
	if (lua_type(L, arg) != LUA_TSTRING && lua_type(L, arg) != LUA_TNUMBER)
		dnsrcode_lua_typeerror(L, arg, func, "string");
	return lua_tolstring(L, arg, len);
}

/* Octets: a string only; a number is no DNS message. */
static const char *
dnsrcode_lua_bytes(lua_State *L, int arg, const char *func, size_t *len)
{
	if (lua_type(L, arg) != LUA_TSTRING)
		dnsrcode_lua_typeerror(L, arg, func, "string");
	return lua_tolstring(L, arg, len);
}

/* text in double quotes as a Lua string literal would write it, control
 * and non-ASCII bytes as decimal escapes, cut after
 * DNSRCODE_LUA_QUOTE_MAX bytes. */
static const char *
dnsrcode_lua_quote(const char *text, size_t len, char *buf, size_t size)
{
	size_t i, n = 0, shown = len < DNSRCODE_LUA_QUOTE_MAX ? len : DNSRCODE_LUA_QUOTE_MAX;

	buf[n++] = '"';
	for (i = 0; i < shown && n + 8 < size; i++) {
		unsigned char c = (unsigned char)text[i];
		int next_digit = i + 1 < len && text[i + 1] >= '0' && text[i + 1] <= '9';

		if (c == '"' || c == '\\')
			n += (size_t)snprintf(buf + n, size - n, "\\%c", c);
		else if (c >= 0x20 && c < 0x7f)
			buf[n++] = (char)c;
		else
			n += (size_t)snprintf(buf + n, size - n, next_digit ? "\\%03u" : "\\%u", c);
	}
	buf[n++] = '"';
	buf[n] = '\0';
	if (shown < len)
		snprintf(buf + n, size - n, "... (%lu bytes)", (unsigned long)len);
	return buf;
}

/* Text the parser refused: `nil, "parse: <error> (<reason>): <text>",
 * err`, or for a name nothing has `nil, "parse: no RCODE is named <text>",
 * EUNKNOWN` (the Python package's words).  ctx is the context for
 * dnsrcode_parse(), -1 for EDE text. */
static int
dnsrcode_lua_refused(lua_State *L, const char *func, int err, const char *text, size_t len,
                     int ctx)
{
	char reason[96], quoted[4 * DNSRCODE_LUA_QUOTE_MAX + 32];
	const char *why = dnsrcode_swig_reason(err, text, len, ctx, reason, sizeof(reason));

	dnsrcode_lua_quote(text, len, quoted, sizeof(quoted));
	if (err == DNSRCODE_EUNKNOWN)
		return dnsrcode_lua_fail(L, err, "%s: no %s is named %s", func,
		                         ctx < 0 ? "Extended DNS Error" : "RCODE", quoted);
	if (why != NULL)
		return dnsrcode_lua_fail(L, err, "%s: %s (%s): %s", func, dnsrcode_strerror(err), why,
		                         quoted);
	return dnsrcode_lua_fail(L, err, "%s: %s: %s", func, dnsrcode_strerror(err), quoted);
}

/* A name no registry row has. */
static int
dnsrcode_lua_unnamed(lua_State *L, const char *func, const char *what, const char *text,
                     size_t len)
{
	char quoted[4 * DNSRCODE_LUA_QUOTE_MAX + 32];

	dnsrcode_lua_quote(text, len, quoted, sizeof(quoted));
	return dnsrcode_lua_fail(L, DNSRCODE_EUNKNOWN, "%s: no %s registry row is named %s", func,
	                         what, quoted);
}

/* Why a well-formed code has no row: it does not fit the context
 * (ERANGE), or nothing is assigned to it there (EUNKNOWN). */
static int
dnsrcode_lua_no_rcode(lua_State *L, const char *func, unsigned code, int ctx)
{
	char why[96];
	int err = dnsrcode_swig_why_no_rcode(code, (dnsrcode_context)ctx, why, sizeof(why));

	return dnsrcode_lua_fail(L, err, "%s: %s", func, why);
}

static int
dnsrcode_lua_no_ede(lua_State *L, const char *func, unsigned code)
{
	char why[96];
	int err = dnsrcode_swig_why_no_ede(code, why, sizeof(why));

	return dnsrcode_lua_fail(L, err, "%s: %s", func, why);
}

static void
dnsrcode_lua_set_int(lua_State *L, const char *key, long long value)
{
	lua_pushinteger(L, (lua_Integer)value);
	lua_setfield(L, -2, key);
}

static void
dnsrcode_lua_set_text(lua_State *L, const char *key, const char *value)
{
	lua_pushstring(L, value);
	lua_setfield(L, -2, key);
}

/* A code field: absent (nil) when it holds none, as an EDE row's rcode
 * when the row pairs no RCODE. */
static void
dnsrcode_lua_set_code(lua_State *L, const char *key, uint16_t value)
{
	if (value != DNSRCODE_NO_CODE)
		dnsrcode_lua_set_int(L, key, value);
}

/* The fields of bindings/lists.h as a table's, each read by
 * DNSRCODE_LUA_GET(field), which the pushing function defines: a registry
 * row, or a message's status. */
#define DNSRCODE_LUA_COUNT(f) + 1
#define DNSRCODE_LUA_TEXT(f) dnsrcode_lua_set_text(L, #f, DNSRCODE_LUA_GET(f));
#define DNSRCODE_LUA_CODE(f) dnsrcode_lua_set_code(L, #f, DNSRCODE_LUA_GET(f));
#define DNSRCODE_LUA_INT(f) dnsrcode_lua_set_int(L, #f, DNSRCODE_LUA_GET(f));
#define DNSRCODE_LUA_BOOL(f) \
	lua_pushboolean(L, DNSRCODE_LUA_GET(f) != 0); \
	lua_setfield(L, -2, #f);
#define DNSRCODE_LUA_PUSH_ROW(FIELDS) \
	lua_createtable(L, 0, 0 FIELDS(DNSRCODE_LUA_COUNT, DNSRCODE_LUA_COUNT, DNSRCODE_LUA_COUNT)); \
	FIELDS(DNSRCODE_LUA_TEXT, DNSRCODE_LUA_CODE, DNSRCODE_LUA_INT)

static void
dnsrcode_lua_push_info(lua_State *L, const dnsrcode_info *info)
{
#define DNSRCODE_LUA_GET(f) dnsrcode_info_##f(info)
	DNSRCODE_LUA_PUSH_ROW(DNSRCODE_SWIG_INFO_FIELDS)
#undef DNSRCODE_LUA_GET
}

static void
dnsrcode_lua_push_ede_info(lua_State *L, const dnsrcode_ede_info *info)
{
#define DNSRCODE_LUA_GET(f) dnsrcode_ede_info_##f(info)
	DNSRCODE_LUA_PUSH_ROW(DNSRCODE_SWIG_EDE_INFO_FIELDS)
#undef DNSRCODE_LUA_GET
}

/* The status of a message as a table: the fields of dnsrcode_status
 * (has_opt and has_tsig as booleans), and its EDE options as
 * {code = , text = } tables in `ede`. */
static void
dnsrcode_lua_push_status(lua_State *L, const dnsrcode_status *st, const dnsrcode_ede_option *ede,
                         size_t n)
{
	size_t i;

	lua_createtable(L, 0, 1 DNSRCODE_SWIG_STATUS_FIELDS(DNSRCODE_LUA_COUNT, DNSRCODE_LUA_COUNT,
	                                                   DNSRCODE_LUA_COUNT));
#define DNSRCODE_LUA_GET(f) st->f
	DNSRCODE_SWIG_STATUS_FIELDS(DNSRCODE_LUA_INT, DNSRCODE_LUA_BOOL, DNSRCODE_LUA_INT)
#undef DNSRCODE_LUA_GET
	lua_createtable(L, (int)n, 0);
	for (i = 0; i < n; i++) {
		lua_createtable(L, 0, 2);
		dnsrcode_lua_set_int(L, "code", ede[i].code);
		lua_pushlstring(L, ede[i].text, ede[i].text_len);
		lua_setfield(L, -2, "text");
		lua_rawseti(L, -2, (int)i + 1);
	}
	lua_setfield(L, -2, "ede");
}

/* The iterators: `for e in dnsrcode.entries() do ... end`.  The upvalue
 * holds the last row given (a light userdata, NULL before the first) or
 * false once the rows are done, so that a call after the end stays at the
 * end instead of starting over. */
static int
dnsrcode_lua_next_row(lua_State *L, int ede)
{
	const void *row;

	if (lua_isboolean(L, lua_upvalueindex(1)))
		return 0;
	row = lua_touserdata(L, lua_upvalueindex(1));
	if (ede)
		row = dnsrcode_ede_next((const dnsrcode_ede_info *)row);
	else
		row = dnsrcode_next((const dnsrcode_info *)row);
	if (row == NULL) {
		lua_pushboolean(L, 0);
		lua_replace(L, lua_upvalueindex(1));
		return 0;
	}
	lua_pushlightuserdata(L, (void *)row);
	lua_replace(L, lua_upvalueindex(1));
	if (ede)
		dnsrcode_lua_push_ede_info(L, (const dnsrcode_ede_info *)row);
	else
		dnsrcode_lua_push_info(L, (const dnsrcode_info *)row);
	return 1;
}

static int
dnsrcode_lua_next_rcode(lua_State *L)
{
	return dnsrcode_lua_next_row(L, 0);
}

static int
dnsrcode_lua_next_ede(lua_State *L)
{
	return dnsrcode_lua_next_row(L, 1);
}

static int
dnsrcode_lua_iterator(lua_State *L, const char *func, lua_CFunction next)
{
	dnsrcode_lua_check_count(L, func, 0);
	lua_pushlightuserdata(L, NULL);
	lua_pushcclosure(L, next, 1);
	return 1;
}

static int
dnsrcode_lua_entries(lua_State *L)
{
	return dnsrcode_lua_iterator(L, "entries", dnsrcode_lua_next_rcode);
}

static int
dnsrcode_lua_ede_entries(lua_State *L)
{
	return dnsrcode_lua_iterator(L, "ede_entries", dnsrcode_lua_next_ede);
}

/* As the module loads: every registry mnemonic becomes a constant
 * (dnsrcode.NXDOMAIN == 3; BADSIG and BADVERS are both 16), and SWIG's
 * two global helpers go, as no pointer reaches Lua.  The module table is
 * on top of the stack. */
static void
dnsrcode_lua_open(lua_State *L, lua_CFunction swig_type, lua_CFunction swig_equals)
{
	const dnsrcode_info *info;

	/* rawset: the SWIG module table has a __newindex of its own. */
	for (info = dnsrcode_next(NULL); info != NULL; info = dnsrcode_next(info)) {
		lua_pushstring(L, dnsrcode_info_mnemonic(info));
		lua_pushinteger(L, dnsrcode_info_code(info));
		lua_rawset(L, -3);
	}
	lua_getglobal(L, "swig_type");
	if (lua_tocfunction(L, -1) == swig_type) {
		lua_pushnil(L);
		lua_setglobal(L, "swig_type");
	}
	lua_pop(L, 1);
	lua_getglobal(L, "swig_equals");
	if (lua_tocfunction(L, -1) == swig_equals) {
		lua_pushnil(L);
		lua_setglobal(L, "swig_equals");
	}
	lua_pop(L, 1);
}
