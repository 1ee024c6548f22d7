/*
 * dnsrcode.i - the one SWIG interface of libdnsrcode, for Python and Lua.
 *
 * Every public function of dnsrcode.h is wrapped with its prefix stripped
 * (dnsrcode_lookup -> lookup, DNSRCODE_FMT_FULL -> FMT_FULL); the two
 * structs of dnsrcode_msg_status() come back as a Status object (Python,
 * bindings/python/status.c) or a table (Lua) instead.  The
 * typemaps below are written once; the few primitives that really differ
 * between the languages (reading an integer, returning one more value,
 * reporting a failure) are macros defined per language at the top.
 *
 * Failures: Python raises TypeError or ValueError with an `error`
 * attribute holding the DNSRCODE_E* code (EINVAL for a wrong type).  Lua
 * raises for a wrong argument type, or a context or style that is none,
 * as its own library does ("bad argument #1 to 'lookup' (number expected,
 * got string)"), and returns `nil, message, code` (code a DNSRCODE_E*
 * constant) for a value that names nothing, as io.open does.  Every
 * integer argument is checked against the width of the field it stands
 * for before the call, so no value is truncated on its way to C.
 *
 * The idiomatic layers: bindings/python/dnsrcode/ (the `dnsrcode` package
 * over the `_dnsrcode` module built from here), and for Lua the C in
 * bindings/lua/module.c with the Lua sections below: the Lua module is
 * the wrapper itself, with no Lua code of its own.
 */
%module dnsrcode

%{
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "dnsrcode.h"

/* dnsrcode_format() output the wrappers hold on the stack; the longest
 * registry text is far shorter, and a longer one is an error, never a
 * silently truncated answer. */
#define DNSRCODE_SWIG_TEXT_MAX 512
%}

/* The header's lists the bindings walk (the fields of a status and of a
 * registry row, the contexts' names, the bounds of each enum argument),
 * generated from it; and the words of the messages (reason.c). */
%insert("header") "lists.h"
%insert("header") "reason.c"

%include <stdint.i>

/* The one rename rule. */
%rename("%(regex:/^(dnsrcode|DNSRCODE)_(.+)$/\\2/)s") "";

/* ===================================================================== */
/* Language primitives                                                    */

#if defined(SWIGPYTHON)

/* Hand-written C of the module (bindings/python/): dnspython's from_text()
 * (compat_from_text.c) and msg_status() with the objects it returns
 * (status.c), which reads the status fields of lists.h. */
%{
#include "compat_from_text.h"
#include "status.h"

#define DNSRCODE_PY_FIELD(f, kind) \
	{ #f, offsetof(dnsrcode_status, f), sizeof(((dnsrcode_status *)0)->f), kind },
#define DNSRCODE_PY_INT_FIELD(f) DNSRCODE_PY_FIELD(f, DNSRCODE_PY_INT)
#define DNSRCODE_PY_BOOL_FIELD(f) DNSRCODE_PY_FIELD(f, DNSRCODE_PY_BOOL)
#define DNSRCODE_PY_CONTEXT_FIELD(f) DNSRCODE_PY_FIELD(f, DNSRCODE_PY_CONTEXT)
static const struct dnsrcode_py_field dnsrcode_py_status_fields[] = {
	DNSRCODE_SWIG_STATUS_FIELDS(DNSRCODE_PY_INT_FIELD, DNSRCODE_PY_BOOL_FIELD,
	                            DNSRCODE_PY_CONTEXT_FIELD)
};
%}
%init %{
	if (dnsrcode_py_add_from_text(m) < 0 ||
	    dnsrcode_py_add_status(m, dnsrcode_py_status_fields,
	                           sizeof(dnsrcode_py_status_fields) /
	                           sizeof(dnsrcode_py_status_fields[0])) < 0)
		return NULL;
%}
%ignore dnsrcode_msg_status;

%{
/* Raise `type(message)` with the library's error code as `.error`, so
 * callers need not match strings. */
static void
dnsrcode_py_raise(PyObject *type, int err, const char *fmt, ...)
{
	PyObject *msg, *exc, *code = NULL;
	va_list ap;

	va_start(ap, fmt);
	msg = PyUnicode_FromFormatV(fmt, ap);
	va_end(ap);
	if (msg == NULL)
		return;
	exc = PyObject_CallFunctionObjArgs(type, msg, NULL);
	Py_DECREF(msg);
	if (exc != NULL && (code = PyLong_FromLong(err)) != NULL &&
	    PyObject_SetAttrString(exc, "error", code) == 0)
		PyErr_SetObject(type, exc);
	Py_XDECREF(code);
	Py_XDECREF(exc);
}

/* The argument names of dnsrcode.h that Python spells otherwise, and
 * those that choose among a few values: a value outside them is an
 * invalid argument (DNSRCODE_EINVAL, as the library says), not a number
 * out of range. */
static const struct {
	const char *c_name, *py_name;
	int err;
} dnsrcode_py_args[] = {
	{ "ctx", "context", DNSRCODE_EINVAL },
	{ "style", "style", DNSRCODE_EINVAL },
	{ "families", "families", DNSRCODE_EINVAL },
};

/* An integer argument within [lo, hi].  bool is refused although Python
 * treats it as an int: lookup(True) answering FORMERR would be a silent
 * wrong answer.  Anything with __index__ (IntEnum, numpy) is accepted. */
static int
dnsrcode_py_int(PyObject *o, long long lo, long long hi, const char *func,
                const char *what, long long *out)
{
	PyObject *index;
	long long v;
	int overflow, err = DNSRCODE_ERANGE;
	size_t i;

	for (i = 0; i < sizeof(dnsrcode_py_args) / sizeof(dnsrcode_py_args[0]); i++)
		if (strcmp(what, dnsrcode_py_args[i].c_name) == 0) {
			what = dnsrcode_py_args[i].py_name;
			err = dnsrcode_py_args[i].err;
		}
	if (PyBool_Check(o) || !PyIndex_Check(o)) {
		dnsrcode_py_raise(PyExc_TypeError, DNSRCODE_EINVAL, "%s: %s must be an int, not %.100s",
		                  func, what, Py_TYPE(o)->tp_name);
		return -1;
	}
	index = PyNumber_Index(o);
	if (index == NULL)
		return -1;
	v = PyLong_AsLongLongAndOverflow(index, &overflow);
	Py_DECREF(index);
	if (v == -1 && PyErr_Occurred())
		return -1;
	/* A huge value is not printed: its text could exceed the interpreter's
	 * digit limit and fail in turn. */
	if (overflow != 0) {
		dnsrcode_py_raise(PyExc_ValueError, err, "%s: %s must be %lld..%lld", func, what, lo, hi);
		return -1;
	}
	if (v < lo || v > hi) {
		dnsrcode_py_raise(PyExc_ValueError, err, "%s: %s must be %lld..%lld, not %lld", func,
		                  what, lo, hi, v);
		return -1;
	}
	*out = v;
	return 0;
}

/* Text argument: str (as UTF-8) or bytes, with its length, so a NUL inside
 * reaches the parser and is refused there.  A str that has no UTF-8 form
 * (lone surrogates) holds characters no RCODE text has. */
static int
dnsrcode_py_text(PyObject *o, const char *func, const char **text, size_t *len)
{
	Py_ssize_t n;
	char *p;

	if (PyUnicode_Check(o)) {
		*text = PyUnicode_AsUTF8AndSize(o, &n);
		if (*text == NULL) {
			PyErr_Clear();
			dnsrcode_py_raise(PyExc_ValueError, DNSRCODE_ESYNTAX, "%s: %s", func,
			                  dnsrcode_strerror(DNSRCODE_ESYNTAX));
			return -1;
		}
		*len = (size_t)n;
		return 0;
	}
	if (PyBytes_Check(o)) {
		if (PyBytes_AsStringAndSize(o, &p, &n) < 0)
			return -1;
		*text = p;
		*len = (size_t)n;
		return 0;
	}
	dnsrcode_py_raise(PyExc_TypeError, DNSRCODE_EINVAL, "%s: text must be str or bytes, not %.100s",
	                  func, Py_TYPE(o)->tp_name);
	return -1;
}
%}

%define %dnsrcode_get_int(dst, lo, hi, what)
	{
		long long v;

		if (dnsrcode_py_int($input, lo, hi, "$symname", what, &v) < 0)
			SWIG_fail;
		dst = v;
	}
%enddef

/* Python refuses a bad context or style as it refuses any bad value. */
%define %dnsrcode_get_option(dst, lo, hi, what)
	%dnsrcode_get_int(dst, lo, hi, what)
%enddef

%define %dnsrcode_in_bool()
	{
		int t = PyObject_IsTrue($input);

		if (t < 0)
			SWIG_fail;
		$1 = t;
	}
%enddef

%define %dnsrcode_in_text()
	if (dnsrcode_py_text($input, "$symname", (const char **)&$1, &$2) < 0)
		SWIG_fail;
%enddef

%define %dnsrcode_push_int(value)
	%append_output(PyLong_FromLongLong((long long)(value)));
%enddef

%define %dnsrcode_push_bool(value)
	%append_output(PyBool_FromLong((long)(value)));
%enddef

%define %dnsrcode_push_text(text)
	%append_output(PyUnicode_FromString(text));
%enddef

%define %dnsrcode_fail(err)
	{
		dnsrcode_py_raise(PyExc_ValueError, err, "%s: %s", "$symname", dnsrcode_strerror(err));
		SWIG_fail;
	}
%enddef

#elif defined(SWIGLUA)

/* The C side of the module: bindings/lua/module.c (see there for the
 * convention: bad types raise, values naming nothing give nil, message,
 * code).  Lua 5.1 to 5.4 build from the same wrapper. */
%insert("header") "lua/module.c"

%define %dnsrcode_get_int(dst, lo, hi, what)
	{
		long long v = 0; /* set on every path that returns 0; gcc cannot see it */
		int n = dnsrcode_lua_int(L, $input, lo, hi, "$symname", what, &v);

		if (n != 0)
			return n;
		dst = v;
	}
%enddef

%define %dnsrcode_get_option(dst, lo, hi, what)
	dst = dnsrcode_lua_option(L, $input, lo, hi, "$symname", what);
%enddef

%define %dnsrcode_in_bool()
	if (!lua_isboolean(L, $input))
		dnsrcode_lua_typeerror(L, $input, "$symname", "boolean");
	$1 = lua_toboolean(L, $input);
%enddef

%define %dnsrcode_in_text()
	$1 = ($1_ltype)dnsrcode_lua_text(L, $input, "$symname", &$2);
%enddef

%define %dnsrcode_in_bytes()
	$1 = ($1_ltype)dnsrcode_lua_bytes(L, $input, "$symname", &$2);
%enddef

/* An array for the call, as a userdata on the stack: Lua collects it
 * however the wrapper returns (a failure returns without freeing). */
%define %dnsrcode_new_array(ptr, n)
	ptr = lua_newuserdatauv(L, (n) * sizeof(*ptr), 0);
%enddef

%define %dnsrcode_free_array(ptr)
%enddef

%define %dnsrcode_push_status(st, ede, n)
	dnsrcode_lua_push_status(L, st, ede, n);
	SWIG_arg++;
%enddef

%define %dnsrcode_push_int(value)
	lua_pushinteger(L, (lua_Integer)(value));
	SWIG_arg++;
%enddef

%define %dnsrcode_push_bool(value)
	lua_pushboolean(L, (value) != 0);
	SWIG_arg++;
%enddef

%define %dnsrcode_push_text(text)
	lua_pushstring(L, text);
	SWIG_arg++;
%enddef

%define %dnsrcode_fail(err)
	return dnsrcode_lua_fail(L, err, "%s: %s", "$symname", dnsrcode_strerror(err));
%enddef

/* Integers stay integers in Lua 5.3+: 3, not 3.0. */
%typemap(out) int, unsigned int, short, unsigned short, long, unsigned long,
              signed char, unsigned char, enum SWIGTYPE
{
	%dnsrcode_push_int($1)
}

/* Any other integer argument: checked against its C type. */
%typemap(in) int {
	%dnsrcode_get_int($1, INT_MIN, INT_MAX, "value")
}
%typemap(in) unsigned int {
	%dnsrcode_get_int($1, 0, UINT_MAX, "value")
}
%typemap(in) unsigned short {
	%dnsrcode_get_int($1, 0, USHRT_MAX, "value")
}
%typemap(in) unsigned char {
	%dnsrcode_get_int($1, 0, UCHAR_MAX, "value")
}
%typemap(in) enum SWIGTYPE {
	%dnsrcode_get_int($1, INT_MIN, INT_MAX, "value")
}

/* Optional arguments: absent takes the default, an explicit nil is an
 * error like any other wrong type (a misspelt d.CTX_TSGI is nil). */
%typemap(default) dnsrcode_context ctx "$1 = DNSRCODE_CTX_ANY;"
%typemap(default) int style "$1 = DNSRCODE_FMT_FULL;"
%typemap(default) uint16_t *header_flags (uint16_t no_flags = 0) "$1 = &no_flags;"
%typemap(default) uint32_t *opt_ttl (uint32_t no_ttl = 0) "$1 = &no_ttl;"

/* effective(header_rcode [, opt_ext_rcode [, tsig_error]]): nil (or
 * nothing) for a record the message does not carry. */
%typemap(default) (int has_opt, unsigned opt_ext_rcode) "$1 = 0; $2 = 0;"
%typemap(in) (int has_opt, unsigned opt_ext_rcode)
{
	$1 = !lua_isnil(L, $input);
	$2 = 0;
	if ($1)
		%dnsrcode_get_int($2, 0, 255, "opt_ext_rcode")
}
%typemap(default) (int has_tsig, unsigned tsig_error) "$1 = 0; $2 = 0;"
%typemap(in) (int has_tsig, unsigned tsig_error)
{
	$1 = !lua_isnil(L, $input);
	$2 = 0;
	if ($1)
		%dnsrcode_get_int($2, 0, 65535, "tsig_error")
}

/* Rows are tables, not pointers: the pointer functions stay inside and
 * the iterators are written in C. */
%ignore dnsrcode_next;
%ignore dnsrcode_ede_next;
%rename("$ignore", regextarget=1) "^dnsrcode_(ede_)?info_";
%typemap(out) const dnsrcode_info * {
	dnsrcode_lua_push_info(L, $1);
	SWIG_arg++;
}
%typemap(out) const dnsrcode_ede_info * {
	dnsrcode_lua_push_ede_info(L, $1);
	SWIG_arg++;
}
%native(entries) int dnsrcode_lua_entries(lua_State *L);
%native(ede_entries) int dnsrcode_lua_ede_entries(lua_State *L);

%init %{
	dnsrcode_lua_open(L, SWIG_Lua_type, SWIG_Lua_class_equal);
%}

#else
#error "dnsrcode.i supports Python and Lua"
#endif

/* ===================================================================== */
/* Arguments                                                              */

/* Each argument name of dnsrcode.h stands for one wire field or one enum;
 * the bounds are those of the field, or of the enum (bindings/lists.h).
 * %dnsrcode_get_option reads an argument that chooses among constants
 * (context, style, families, EDE category): a value outside them is the
 * caller's mistake, which Lua raises like a wrong type. */
%typemap(in) unsigned code {
	%dnsrcode_get_int($1, 0, 65535, "code")
}
%typemap(in) unsigned tsig_error {
	%dnsrcode_get_int($1, 0, 65535, "tsig_error")
}
%typemap(in) unsigned header_rcode {
	%dnsrcode_get_int($1, 0, 15, "header_rcode")
}
%typemap(in) unsigned opt_ext_rcode {
	%dnsrcode_get_int($1, 0, 255, "opt_ext_rcode")
}
%typemap(in) uint16_t header_flags {
	%dnsrcode_get_int($1, 0, 65535, "header_flags")
}
%typemap(in) uint32_t opt_ttl {
	%dnsrcode_get_int($1, 0, 4294967295LL, "opt_ttl")
}
%typemap(in) unsigned families {
	%dnsrcode_get_option($1, 0, DNSRCODE_FAMILY_ALL, "families")
}
%typemap(in) dnsrcode_context ctx {
	%dnsrcode_get_option($1, DNSRCODE_SWIG_CONTEXT_MIN, DNSRCODE_SWIG_CONTEXT_MAX, "ctx")
}
%typemap(in) int style {
	%dnsrcode_get_option($1, DNSRCODE_SWIG_STYLE_MIN, DNSRCODE_SWIG_STYLE_MAX, "style")
}
%typemap(in) int err {
	%dnsrcode_get_int($1, INT_MIN, INT_MAX, "err")
}
%typemap(in) int category {
	%dnsrcode_get_option($1, DNSRCODE_SWIG_EDE_CATEGORY_MIN, DNSRCODE_SWIG_EDE_CATEGORY_MAX,
	                     "category")
}
%typemap(in) int has_opt, int has_tsig {
	%dnsrcode_in_bool()
}

/* Text with its length: a NUL inside is the parser's to refuse. */
%typemap(in) (const char *text, size_t len), (const char *name, size_t len)
{
	%dnsrcode_in_text()
}

/* Results through pointers become return values. */
%typemap(in, numinputs=0) uint16_t *code (uint16_t temp = 0),
                          uint8_t *header_rcode (uint8_t temp = 0),
                          uint8_t *opt_ext_rcode (uint8_t temp = 0),
                          dnsrcode_context *ctx (dnsrcode_context temp = DNSRCODE_CTX_ANY)
	"$1 = &temp;"
%typemap(argout) uint16_t *code, uint8_t *header_rcode, uint8_t *opt_ext_rcode,
                 dnsrcode_context *ctx
{
	%dnsrcode_push_int(*$1)
}

/* Flags in and out: the other bits are kept (RFC 6891 §6.1.3). */
%typemap(in) uint16_t *header_flags (uint16_t temp)
{
	%dnsrcode_get_int(temp, 0, 65535, "header_flags")
	$1 = &temp;
}
%typemap(in) uint32_t *opt_ttl (uint32_t temp)
{
	%dnsrcode_get_int(temp, 0, 4294967295LL, "opt_ttl")
	$1 = &temp;
}
%typemap(argout) uint16_t *header_flags, uint32_t *opt_ttl
{
	%dnsrcode_push_int(*$1)
}

/* The formatted text: a stack buffer, returned as a string. */
%typemap(in, numinputs=0) (char *buf, size_t size) (char temp[DNSRCODE_SWIG_TEXT_MAX])
	"$1 = temp; $2 = sizeof(temp);"
%typemap(argout) (char *buf, size_t size)
{
	%dnsrcode_push_text($1)
}

/* dnsrcode_msg_status() (Lua; Python's is bindings/python/status.c): the
 * message in, the status and every EDE option out.  An EDE option takes
 * at least 6 octets (option code, length and INFO-CODE, RFC 8914 §2), so
 * len / 6 + 1 elements hold all a message can carry. */
%typemap(in) (const uint8_t *msg, size_t len, dnsrcode_status *status, size_t status_size,
              dnsrcode_ede_option *ede, size_t ede_max) (dnsrcode_status st)
{
	%dnsrcode_in_bytes()
	$3 = &st;
	$4 = sizeof(st);
	/* ... and they all sit in the one OPT record's RDATA, at most 65535
	 * octets: a huge string costs no more than a real message. */
	$6 = ($2 < 65535 ? $2 : 65535) / 6 + 1;
	%dnsrcode_new_array($5, $6)
}
%typemap(argout) (const uint8_t *msg, size_t len, dnsrcode_status *status, size_t status_size,
                  dnsrcode_ede_option *ede, size_t ede_max)
{
	%dnsrcode_push_status($3, $5, $3->ede_count < $6 ? $3->ede_count : $6)
}
%typemap(freearg) (const uint8_t *msg, size_t len, dnsrcode_status *status, size_t status_size,
                   dnsrcode_ede_option *ede, size_t ede_max)
{
	%dnsrcode_free_array($5)
}

/* The struct size of the C handshake: msg_status() passes it itself. */
%ignore DNSRCODE_STATUS_SIZE_1_0;

/* The two structs are the C caller's: the bindings hand out their contents.
 * (An option's text is not NUL-terminated; a C-string getter would read
 * past it.) */
%ignore dnsrcode_status;
%ignore dnsrcode_ede_option;

/* ===================================================================== */
/* Results                                                                */

/* Functions that return a status: a negative one is a failure, and the
 * status itself is no result (the pointers above carry those). */
%define %dnsrcode_checked(func)
%exception func {
	$action
	if (result < 0)
		%dnsrcode_fail(result)
}
%typemap(out) int func ""
%enddef

%dnsrcode_checked(dnsrcode_parse)
%dnsrcode_checked(dnsrcode_parse_strict)
%dnsrcode_checked(dnsrcode_split)
%dnsrcode_checked(dnsrcode_to_flags)
%dnsrcode_checked(dnsrcode_effective)
%dnsrcode_checked(dnsrcode_ede_parse)
%dnsrcode_checked(dnsrcode_msg_status)

/* Formatting returns the length: text that did not fit the buffer is an
 * error too. */
%define %dnsrcode_formats(func)
%exception func {
	$action
	if (result < 0)
		%dnsrcode_fail(result)
	if (result >= DNSRCODE_SWIG_TEXT_MAX)
		%dnsrcode_fail(DNSRCODE_ERANGE)
}
%typemap(out) int func ""
%enddef

%dnsrcode_formats(dnsrcode_format)
%dnsrcode_formats(dnsrcode_ede_format)

/* Predicates are booleans (their error result cannot happen: the context
 * was checked on the way in). */
%typemap(out) int dnsrcode_fits, int dnsrcode_in_family
{
	%dnsrcode_push_bool($1)
}

#if defined(SWIGPYTHON)
/* The words of bindings/reason.c, for the exceptions of the Python layer:
 * why_no_rcode(code, ctx) and why_no_ede(code) give [error, message],
 * why_out_of_range(ctx) the values ctx holds (ctx -1: an INFO-CODE). */
%rename(why_no_rcode) dnsrcode_swig_why_no_rcode;
%rename(why_no_ede) dnsrcode_swig_why_no_ede;
%rename(why_out_of_range) dnsrcode_swig_why_out_of_range;
int dnsrcode_swig_why_no_rcode(unsigned code, dnsrcode_context ctx, char *buf, size_t size);
int dnsrcode_swig_why_no_ede(unsigned code, char *buf, size_t size);
void dnsrcode_swig_why_out_of_range(int ctx, char *buf, size_t size);
#endif

#if defined(SWIGLUA)
/* Lua's results when nothing is found: `nil, message, code` with a message
 * that says why, naming the function called.  These come after the
 * generic %exception blocks above and replace them. */
%define %dnsrcode_lua_exc_no_rcode(func, code, ctx)
%exception func {
	$action
	if (result == NULL)
		return dnsrcode_lua_no_rcode(L, "$symname", code, ctx);
}
%enddef
%dnsrcode_lua_exc_no_rcode(dnsrcode_lookup, arg1, arg2)
%dnsrcode_lua_exc_no_rcode(dnsrcode_to_text, arg1, arg2)

%define %dnsrcode_lua_exc_no_ede(func)
%exception func {
	$action
	if (result == NULL)
		return dnsrcode_lua_no_ede(L, "$symname", arg1);
}
%enddef
%dnsrcode_lua_exc_no_ede(dnsrcode_ede_lookup)
%dnsrcode_lua_exc_no_ede(dnsrcode_ede_to_text)

%define %dnsrcode_lua_exc_unnamed(func, what)
%exception func {
	$action
	if (result == NULL)
		return dnsrcode_lua_unnamed(L, "$symname", what, arg1, arg2);
}
%enddef
%dnsrcode_lua_exc_unnamed(dnsrcode_lookup_name, "RCODE")
%dnsrcode_lua_exc_unnamed(dnsrcode_ede_lookup_text, "EDE")

%define %dnsrcode_lua_exc_refused(func, ctx)
%exception func {
	$action
	if (result < 0)
		return dnsrcode_lua_refused(L, "$symname", result, arg1, arg2, ctx);
}
%enddef
%dnsrcode_lua_exc_refused(dnsrcode_parse, (int)arg3)
%dnsrcode_lua_exc_refused(dnsrcode_parse_strict, (int)arg3)
%dnsrcode_lua_exc_refused(dnsrcode_ede_parse, -1)

/* A code that does not fit: 12 bits for split and the flags. */
%define %dnsrcode_lua_exc_unfit(func, code, ctx)
%exception func {
	$action
	if (result == DNSRCODE_ERANGE)
		return dnsrcode_lua_no_rcode(L, "$symname", code, ctx);
	if (result < 0)
		%dnsrcode_fail(result)
}
%enddef
%dnsrcode_lua_exc_unfit(dnsrcode_split, arg1, DNSRCODE_CTX_EDNS)
%dnsrcode_lua_exc_unfit(dnsrcode_to_flags, arg1, DNSRCODE_CTX_EDNS)
%exception dnsrcode_format {
	$action
	if (result == DNSRCODE_ERANGE)
		return dnsrcode_lua_no_rcode(L, "$symname", arg3, arg4);
	if (result < 0)
		%dnsrcode_fail(result)
	if (result >= DNSRCODE_SWIG_TEXT_MAX)
		%dnsrcode_fail(DNSRCODE_ERANGE)
}
#endif

#define DNSRCODE_API
%include "dnsrcode.h"
