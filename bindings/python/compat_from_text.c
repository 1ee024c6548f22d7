/*
 * compat_from_text.c - dnspython's dns.rcode.from_text() as a C function of
 * the _dnsrcode module, for speed.
 *
 * Unknown names are a common input (a resolver reading a configuration,
 * a monitor reading logs), and what they cost is mostly the exception:
 * every Python frame it passes through gets a traceback entry.  A C
 * function has no frame, so it raises for a fraction of the cost.
 *
 * The algorithm stays dnspython's (dns/enum.py, IntEnum.from_text) and the
 * answers stay the Python layer's: it hands over its tables, its exception
 * class and its Python version of the function, which answers every input
 * that is not a plain str.  For a str this file does, in order: the table
 * of usual spellings; text.upper() looked up among the member names;
 * digits go to the Python function (int(), the range check); anything else
 * raises UnknownRcode.
 */
#include "compat_from_text.h"

static PyObject *spellings; /* str -> Rcode member or int */
static PyObject *members;   /* upper-case member name -> Rcode member */
static PyObject *unknown;   /* the UnknownRcode class */
static PyObject *fallback;  /* the Python from_text, for any other input */
static PyObject *upper_name;     /* "upper" */
static PyObject *unknown_prefix; /* "unknown rcode " */

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

/* text.upper(), and whether that is all digits (str.isdigit()).  ASCII
 * text, nearly all there is, is upper-cased here without the method call:
 * for it str.upper() maps a-z to A-Z and nothing else. */
static PyObject *
upper_case(PyObject *text, int *is_number)
{
	char buf[64];
	const Py_UCS1 *ascii;
	PyObject *upper;
	Py_ssize_t i, n = PyUnicode_GET_LENGTH(text);
	int kind;
	const void *data;

	if (PyUnicode_IS_ASCII(text) && n <= (Py_ssize_t)sizeof(buf)) {
		ascii = PyUnicode_1BYTE_DATA(text);
		*is_number = n > 0;
		for (i = 0; i < n; i++) {
			buf[i] = (char)(ascii[i] >= 'a' && ascii[i] <= 'z' ? ascii[i] - ('a' - 'A') : ascii[i]);
			if (ascii[i] < '0' || ascii[i] > '9')
				*is_number = 0;
		}
		return PyUnicode_FromStringAndSize(buf, n);
	}
	upper = PyObject_CallMethodObjArgs(text, upper_name, NULL);
	if (upper == NULL)
		return NULL;
	n = PyUnicode_GET_LENGTH(upper);
	kind = PyUnicode_KIND(upper);
	data = PyUnicode_DATA(upper);
	*is_number = n > 0;
	for (i = 0; i < n && *is_number; i++)
		if (!Py_UNICODE_ISDIGIT(PyUnicode_READ(kind, data, i)))
			*is_number = 0;
	return upper;
}

static PyObject *
from_text(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
	PyObject *text, *found, *upper, *repr, *msg, *exc;
	int is_number;

	(void)module;
	text = text_argument(args, nargs, kwnames);
	if (text == NULL)
		return NULL;
	if (fallback == NULL) {
		PyErr_SetString(PyExc_RuntimeError, "from_text: not set up");
		return NULL;
	}
	if (!PyUnicode_CheckExact(text))
		return PyObject_CallFunctionObjArgs(fallback, text, NULL);

	found = PyDict_GetItemWithError(spellings, text);
	if (found == NULL && PyErr_Occurred())
		return NULL;
	if (found != NULL) {
		Py_INCREF(found);
		return found;
	}

	upper = upper_case(text, &is_number);
	if (upper == NULL)
		return NULL;
	found = PyDict_GetItemWithError(members, upper);
	Py_DECREF(upper);
	if (found == NULL && PyErr_Occurred())
		return NULL;
	if (found != NULL) {
		Py_INCREF(found);
		return found;
	}
	/* Digits: int() and the range check, as the Python version does. */
	if (is_number)
		return PyObject_CallFunctionObjArgs(fallback, text, NULL);

	repr = PyObject_Repr(text);
	if (repr == NULL)
		return NULL;
	msg = PyUnicode_Concat(unknown_prefix, repr);
	Py_DECREF(repr);
	if (msg == NULL)
		return NULL;
	exc = PyObject_CallFunctionObjArgs(unknown, msg, NULL);
	Py_DECREF(msg);
	if (exc != NULL) {
		PyErr_SetObject(unknown, exc);
		Py_DECREF(exc);
	}
	return NULL;
}

static PyObject *
from_text_setup(PyObject *module, PyObject *args)
{
	PyObject *s, *m, *u, *f;

	(void)module;
	if (!PyArg_ParseTuple(args, "O!O!OO:from_text_setup", &PyDict_Type, &s, &PyDict_Type, &m,
	                      &u, &f))
		return NULL;
	if (!PyType_Check(u) || !PyType_IsSubtype((PyTypeObject *)u, (PyTypeObject *)PyExc_Exception)) {
		PyErr_SetString(PyExc_TypeError, "from_text_setup: an exception class is needed");
		return NULL;
	}
	if (!PyCallable_Check(f)) {
		PyErr_SetString(PyExc_TypeError, "from_text_setup: a callable is needed");
		return NULL;
	}
	if (upper_name == NULL && (upper_name = PyUnicode_InternFromString("upper")) == NULL)
		return NULL;
	if (unknown_prefix == NULL &&
	    (unknown_prefix = PyUnicode_InternFromString("unknown rcode ")) == NULL)
		return NULL;
	Py_INCREF(s);
	Py_INCREF(m);
	Py_INCREF(u);
	Py_INCREF(f);
	Py_XSETREF(spellings, s);
	Py_XSETREF(members, m);
	Py_XSETREF(unknown, u);
	Py_XSETREF(fallback, f);
	Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
	{ "from_text", (PyCFunction)(void (*)(void))from_text, METH_FASTCALL | METH_KEYWORDS,
	  "from_text($module, /, text)\n--\n\n"
	  "Convert text into an rcode, as dns.rcode.from_text: a member name in any\n"
	  "case (Rcode) or decimal digits (Rcode when assigned, else int).  Raises\n"
	  "UnknownRcode for other text and ValueError above 4095." },
	{ "from_text_setup", from_text_setup, METH_VARARGS,
	  "from_text_setup(spellings, members, unknown, fallback)\n\n"
	  "Hand the Python layer's tables, exception class and function to from_text()." },
	{ NULL, NULL, 0, NULL }
};

int
dnsrcode_py_add_from_text(PyObject *module)
{
	return PyModule_AddFunctions(module, methods);
}
