/*
 * compat_from_text.c - dnspython's dns.rcode.from_text() in C: the one
 * implementation behind dnsrcode.compat.from_text(), Rcode.from_text()
 * and Rcode.make() of a str.
 *
 * Why C: unknown names are a common input (a resolver reading a
 * configuration, a monitor reading logs), and what they cost is mostly the
 * exception: every Python frame it passes through gets a traceback entry.
 * A C function has no frame, so it raises for a fraction of the cost.
 *
 * It replays dnspython's algorithm (dns/enum.py, IntEnum.from_text) step by
 * step, so every input, whatever its type, gets dnspython's result or
 * exception:
 *
 *     upper = text.upper()
 *     the member named upper, if any
 *     if upper.startswith("") and upper[0:].isdigit():
 *         value = int(upper[0:]), an error outside 0..4095,
 *         the member of that value, or the int
 *     raise UnknownRcode
 *
 * An exact str of ASCII characters, nearly every input, takes the same
 * steps without the method calls: for it str.upper() maps a-z to A-Z and
 * nothing else, startswith("") is true and isdigit() means 0-9.
 *
 * UnknownRcode is ours; when the caller's process has loaded dnspython,
 * what is raised is also an instance of dns.rcode.UnknownRcode (or of
 * dns.exception.DNSException when only that module is loaded), so that
 * handlers written for dnspython catch it.  dnspython is never imported.
 */
#include "compat_from_text.h"

/* dnspython's Rcode._maximum(): the largest rcode, here and for
 * dnsrcode.compat (compat_maximum). */
#define RCODE_MAX 4095

static PyObject *members;      /* member name -> Rcode member */
static PyObject *by_value;     /* int -> Rcode member */
static PyObject *unknown;      /* our UnknownRcode */
static PyObject *caught_by;    /* base -> subclass of base and of ours */
static PyObject *their_base;   /* the dnspython class last combined with ours */
static PyObject *combined;     /* ... and the subclass made for it */

/* The argument `text`, given by position or by name, as a Python function
 * of one parameter takes it. */
static PyObject *
text_argument(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
	Py_ssize_t nkw = kwnames == NULL ? 0 : PyTuple_GET_SIZE(kwnames);

	if (nargs == 1 && nkw == 0)
		return args[0];
	if (nargs + nkw > 1) {
		PyErr_Format(PyExc_TypeError, "from_text() takes 1 argument (%zd given)", nargs + nkw);
		return NULL;
	}
	if (nkw == 1) {
		PyObject *name = PyTuple_GET_ITEM(kwnames, 0);

		if (PyUnicode_Check(name) && PyUnicode_CompareWithASCIIString(name, "text") == 0)
			return args[0];
		PyErr_Format(PyExc_TypeError, "from_text() got an unexpected keyword argument '%S'",
		             name);
		return NULL;
	}
	PyErr_SetString(PyExc_TypeError, "from_text() missing 1 required argument: 'text'");
	return NULL;
}

/* Where the class dnspython's handlers would catch is, most specific
 * first: module and class names, interned by from_text_setup(). */
static PyObject *dnspython_names[2][2];

/* That class, if the process has loaded its module; None if not. */
static PyObject *
dnspython_class(void)
{
	/* sys.modules itself: PyImport_GetModule() would also ask the module
	 * whether it is still initializing, which costs more than the rest
	 * of a raise.  A module half imported may lack the class: so be it. */
	PyObject *modules = PyImport_GetModuleDict();
	size_t i;

	for (i = 0; i < sizeof(dnspython_names) / sizeof(dnspython_names[0]); i++) {
		PyObject *module, *cls;

		module = PyDict_GetItemWithError(modules, dnspython_names[i][0]);
		if (module == NULL) {
			if (PyErr_Occurred())
				return NULL;
			continue;
		}
		cls = PyObject_GetAttr(module, dnspython_names[i][1]);
		if (cls != NULL && PyType_Check(cls))
			return cls;
		Py_XDECREF(cls);
		PyErr_Clear();
	}
	Py_RETURN_NONE;
}

/* Our UnknownRcode, or one that is also dnspython's when it is loaded. */
static PyObject *
unknown_class(void)
{
	PyObject *theirs = dnspython_class(), *made;

	if (theirs == NULL)
		return NULL;
	if (theirs == Py_None) {
		Py_DECREF(theirs);
		Py_INCREF(unknown);
		return unknown;
	}
	if (theirs != their_base) {
		made = PyObject_CallFunctionObjArgs(caught_by, theirs, NULL);
		if (made == NULL) {
			Py_DECREF(theirs);
			return NULL;
		}
		Py_INCREF(theirs);
		Py_XSETREF(their_base, theirs);
		Py_XSETREF(combined, made);
	}
	Py_DECREF(theirs);
	Py_INCREF(combined);
	return combined;
}

static PyObject *
raise_unknown(PyObject *text)
{
	PyObject *cls, *exc = NULL, *msg;

	if ((cls = unknown_class()) == NULL)
		return NULL;
	msg = PyUnicode_FromFormat("unknown rcode %R", text);
	if (msg != NULL)
		exc = PyObject_CallFunctionObjArgs(cls, msg, NULL);
	if (exc != NULL)
		PyErr_SetObject(cls, exc);
	Py_XDECREF(exc);
	Py_XDECREF(msg);
	Py_DECREF(cls);
	return NULL;
}

/* The ValueError of dnspython's _check_value(). */
static PyObject *
raise_out_of_range(void)
{
	return PyErr_Format(PyExc_ValueError, "rcode must be between >= 0 and <= %d", RCODE_MAX);
}

/* dnspython's _check_value(value): `value < 0 or value > 4095` raises,
 * compared as Python compares whatever value is. */
static PyObject *
check_value(PyObject *module, PyObject *value)
{
	PyObject *bound = PyLong_FromLong(0);
	int out;

	(void)module;
	if (bound == NULL)
		return NULL;
	out = PyObject_RichCompareBool(value, bound, Py_LT);
	Py_DECREF(bound);
	if (out == 0) {
		if ((bound = PyLong_FromLong(RCODE_MAX)) == NULL)
			return NULL;
		out = PyObject_RichCompareBool(value, bound, Py_GT);
		Py_DECREF(bound);
	}
	if (out < 0)
		return NULL;
	if (out > 0)
		return raise_out_of_range();
	Py_RETURN_NONE;
}

/* int(digits), checked against the range, as the member or the int. */
static PyObject *
from_number(PyObject *digits)
{
	PyObject *value, *found;
	long v;
	int overflow;

	value = PyNumber_Long(digits);
	if (value == NULL)
		return NULL;
	v = PyLong_AsLongAndOverflow(value, &overflow);
	if (v == -1 && PyErr_Occurred()) {
		Py_DECREF(value);
		return NULL;
	}
	if (overflow != 0 || v < 0 || v > RCODE_MAX) {
		Py_DECREF(value);
		return raise_out_of_range();
	}
	found = PyDict_GetItemWithError(by_value, value);
	if (found == NULL) {
		if (PyErr_Occurred()) {
			Py_DECREF(value);
			return NULL;
		}
		return value;
	}
	Py_DECREF(value);
	Py_INCREF(found);
	return found;
}

/* The truth of obj.name(*args), or -1 with an exception set. */
static int
method_is_true(PyObject *obj, const char *name, PyObject *arg)
{
	PyObject *r = PyObject_CallMethod(obj, name, arg == NULL ? NULL : "O", arg);
	int yes;

	if (r == NULL)
		return -1;
	yes = PyObject_IsTrue(r);
	Py_DECREF(r);
	return yes;
}

/* text[0:], as the subscript takes it. */
static PyObject *
from_start(PyObject *text)
{
	PyObject *zero, *slice, *tail;

	if ((zero = PyLong_FromLong(0)) == NULL)
		return NULL;
	slice = PySlice_New(zero, Py_None, Py_None);
	Py_DECREF(zero);
	if (slice == NULL)
		return NULL;
	tail = PyObject_GetItem(text, slice);
	Py_DECREF(slice);
	return tail;
}

/* The member named name (a new reference), or NULL: with an exception
 * set on error, without one when no member has the name. */
static PyObject *
member_named(PyObject *name)
{
	PyObject *found = PyDict_GetItemWithError(members, name);

	Py_XINCREF(found);
	return found;
}

/* The steps for any text, by method calls. */
static PyObject *
from_any(PyObject *text)
{
	PyObject *upper, *empty, *tail = NULL, *result;
	int yes;

	upper = PyObject_CallMethod(text, "upper", NULL);
	if (upper == NULL)
		return NULL;
	result = member_named(upper);
	if (result != NULL || PyErr_Occurred() || (empty = PyUnicode_FromString("")) == NULL)
		goto done;
	yes = method_is_true(upper, "startswith", empty);
	Py_DECREF(empty);
	if (yes > 0) {
		if ((tail = from_start(upper)) == NULL)
			goto done;
		yes = method_is_true(tail, "isdigit", NULL);
	}
	if (yes > 0)
		result = from_number(tail);
	else if (yes == 0)
		result = raise_unknown(text);
done:
	Py_DECREF(upper);
	Py_XDECREF(tail);
	return result;
}

/* The same steps for ASCII text without a method call. */
static PyObject *
from_ascii(PyObject *text)
{
	const Py_UCS1 *s = PyUnicode_1BYTE_DATA(text);
	Py_ssize_t i, n = PyUnicode_GET_LENGTH(text);
	PyObject *upper, *result;
	char buf[64];
	int digits = n > 0;

	if (n > (Py_ssize_t)sizeof(buf))
		return from_any(text);
	/* Text that is a member name is its own upper case: no copy needed. */
	result = member_named(text);
	if (result != NULL || PyErr_Occurred())
		return result;
	for (i = 0; i < n; i++) {
		buf[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - ('a' - 'A') : s[i]);
		if (s[i] < '0' || s[i] > '9')
			digits = 0;
	}
	upper = PyUnicode_FromStringAndSize(buf, n);
	if (upper == NULL)
		return NULL;
	result = member_named(upper);
	if (result == NULL && !PyErr_Occurred())
		result = digits ? from_number(upper) : raise_unknown(text);
	Py_DECREF(upper);
	return result;
}

static PyObject *
from_text(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
	PyObject *text;

	(void)module;
	text = text_argument(args, nargs, kwnames);
	if (text == NULL)
		return NULL;
	if (members == NULL) {
		PyErr_SetString(PyExc_RuntimeError, "from_text: import dnsrcode first");
		return NULL;
	}
	if (PyUnicode_CheckExact(text) && PyUnicode_IS_ASCII(text))
		return from_ascii(text);
	return from_any(text);
}

static PyObject *
from_text_setup(PyObject *module, PyObject *args)
{
	PyObject *m, *v, *u, *c;

	(void)module;
	if (!PyArg_ParseTuple(args, "O!O!OO:from_text_setup", &PyDict_Type, &m, &PyDict_Type, &v,
	                      &u, &c))
		return NULL;
	if (!PyType_Check(u) || !PyType_IsSubtype((PyTypeObject *)u, (PyTypeObject *)PyExc_Exception) ||
	    !PyCallable_Check(c)) {
		PyErr_SetString(PyExc_TypeError,
		                "from_text_setup: an exception class and a callable are needed");
		return NULL;
	}
	if (dnspython_names[0][0] == NULL) {
		static const char *const names[2][2] = {
			{ "dns.rcode", "UnknownRcode" },
			{ "dns.exception", "DNSException" },
		};
		size_t i, j;

		for (i = 0; i < 2; i++)
			for (j = 0; j < 2; j++)
				if ((dnspython_names[i][j] = PyUnicode_InternFromString(names[i][j])) == NULL)
					return NULL;
	}
	Py_INCREF(m);
	Py_INCREF(v);
	Py_INCREF(u);
	Py_INCREF(c);
	Py_XSETREF(members, m);
	Py_XSETREF(by_value, v);
	Py_XSETREF(unknown, u);
	Py_XSETREF(caught_by, c);
	Py_CLEAR(their_base);
	Py_CLEAR(combined);
	Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
	{ "compat_from_text", (PyCFunction)(void (*)(void))from_text,
	  METH_FASTCALL | METH_KEYWORDS,
	  "compat_from_text($module, /, text)\n--\n\n"
	  "Convert text into an rcode, as dns.rcode.from_text: a member name in any\n"
	  "case (Rcode) or decimal digits (Rcode when assigned, else int).  Raises\n"
	  "UnknownRcode for other text and ValueError above 4095." },
	{ "compat_check_value", check_value, METH_O,
	  "compat_check_value($module, value, /)\n--\n\n"
	  "Raise ValueError, as dnspython's _check_value, when value is outside\n"
	  "0..compat_maximum." },
	{ "from_text_setup", from_text_setup, METH_VARARGS,
	  "from_text_setup(members, by_value, UnknownRcode, caught_by)\n\n"
	  "Hand the Python layer's Rcode tables, exception class and the maker of\n"
	  "a class dnspython's handlers catch to compat_from_text()." },
	{ NULL, NULL, 0, NULL }
};

int
dnsrcode_py_add_from_text(PyObject *module)
{
	if (PyModule_AddIntConstant(module, "compat_maximum", RCODE_MAX) < 0)
		return -1;
	return PyModule_AddFunctions(module, methods);
}
