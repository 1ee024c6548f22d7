/*
 * status.c - msg_status() for Python: dnsrcode_msg_status() and the object
 * it returns, built in C.
 *
 * Reading a message costs the library about 50 ns; a Python layer that
 * turned the result into a dict and then into a dataclass cost 4 us more.
 * Here the Status object keeps a copy of the C struct and makes each field
 * a Python value only when it is read, and the function is the module's
 * own, with no Python frame between the caller and the library.
 *
 * The fields come from the bindings' one list (DNSRCODE_SWIG_STATUS_FIELDS
 * of bindings/lists.h, generated from the header), handed over as an
 * array by dnsrcode.i when the module loads.  The
 * Python layer hands over, through status_setup(), what Python defines:
 * the Context members, the MessageError class and the EDE registry rows.
 */
#include "status.h"

#include <string.h>

#include <structmember.h>

#include "dnsrcode.h"

/* EDE options read into the stack first: a message with more is read a
 * second time into an array of exactly its count, so the memory taken is
 * bounded by what the message carries, never by the length of the input. */
#define EDE_ON_STACK 16

/* Both records hold one Python object, first: the start they share. */
typedef struct {
	PyObject_HEAD
	PyObject *held;
} record_object;

typedef struct {
	PyObject_HEAD
	PyObject *ede; /* tuple of EdeOption */
	dnsrcode_status st;
} status_object;

typedef struct {
	PyObject_HEAD
	PyObject *text; /* bytes */
	unsigned short code;
} ede_option_object;

/* record_dealloc() finds the held object where both keep it. */
typedef char status_holds_first[offsetof(status_object, ede) == offsetof(record_object, held) ? 1 : -1];
typedef char option_holds_first[offsetof(ede_option_object, text) ==
                                offsetof(record_object, held) ? 1 : -1];

/* An instance holds a reference to its heap type, which its dealloc
 * drops; PyObject_New() takes it from Python 3.8 on. */
#if PY_VERSION_HEX < 0x03080000
#define HOLD_TYPE(type) Py_INCREF(type)
#else
#define HOLD_TYPE(type) ((void)0)
#endif

static PyTypeObject *status_type;
static PyTypeObject *ede_option_type;
static const struct dnsrcode_py_field *fields;
static size_t nfields;

/* From the Python layer (status_setup). */
static PyObject *context_members; /* tuple: Context member by value */
static PyObject *message_error;   /* MessageError */
static PyObject *ede_info;        /* code -> EdeInfo or None */

/* ----------------------------------------------------- shared behaviour */

/* The values of the fields __match_args__ names, as a tuple. */
static PyObject *
record_values(PyObject *self)
{
	PyObject *names, *values;
	Py_ssize_t i, n;

	names = PyObject_GetAttrString((PyObject *)Py_TYPE(self), "__match_args__");
	if (names == NULL)
		return NULL;
	n = PyTuple_GET_SIZE(names);
	values = PyTuple_New(n);
	for (i = 0; values != NULL && i < n; i++) {
		PyObject *v = PyObject_GetAttr(self, PyTuple_GET_ITEM(names, i));

		if (v == NULL)
			Py_CLEAR(values);
		else
			PyTuple_SET_ITEM(values, i, v);
	}
	Py_DECREF(names);
	return values;
}

/* Status(id=4660, ...): every field as name=repr(value). */
static PyObject *
record_repr(PyObject *self)
{
	PyObject *type_name, *names, *values = NULL, *parts = NULL, *sep = NULL, *body = NULL;
	PyObject *out = NULL;
	Py_ssize_t i, n;

	type_name = PyObject_GetAttrString((PyObject *)Py_TYPE(self), "__name__");
	names = PyObject_GetAttrString((PyObject *)Py_TYPE(self), "__match_args__");
	if (type_name == NULL || names == NULL || (values = record_values(self)) == NULL)
		goto done;
	n = PyTuple_GET_SIZE(names);
	if ((parts = PyList_New(n)) == NULL)
		goto done;
	for (i = 0; i < n; i++) {
		PyObject *part = PyUnicode_FromFormat("%U=%R", PyTuple_GET_ITEM(names, i),
		                                      PyTuple_GET_ITEM(values, i));

		if (part == NULL)
			goto done;
		PyList_SET_ITEM(parts, i, part);
	}
	if ((sep = PyUnicode_FromString(", ")) == NULL || (body = PyUnicode_Join(sep, parts)) == NULL)
		goto done;
	out = PyUnicode_FromFormat("%U(%U)", type_name, body);
done:
	Py_XDECREF(type_name);
	Py_XDECREF(names);
	Py_XDECREF(values);
	Py_XDECREF(parts);
	Py_XDECREF(sep);
	Py_XDECREF(body);
	return out;
}

/* Equal when of the same type with equal fields, as a frozen dataclass. */
static PyObject *
record_richcompare(PyObject *a, PyObject *b, int op)
{
	PyObject *va, *vb, *result;

	if ((op != Py_EQ && op != Py_NE) || Py_TYPE(a) != Py_TYPE(b))
		Py_RETURN_NOTIMPLEMENTED;
	if ((va = record_values(a)) == NULL)
		return NULL;
	if ((vb = record_values(b)) == NULL) {
		Py_DECREF(va);
		return NULL;
	}
	result = PyObject_RichCompare(va, vb, op);
	Py_DECREF(va);
	Py_DECREF(vb);
	return result;
}

static Py_hash_t
record_hash(PyObject *self)
{
	PyObject *values = record_values(self);
	Py_hash_t h = values == NULL ? -1 : PyObject_Hash(values);

	Py_XDECREF(values);
	return h;
}

static void
record_dealloc(PyObject *self)
{
	PyTypeObject *type = Py_TYPE(self);

	Py_XDECREF(((record_object *)self)->held);
	PyObject_Free(self);
	Py_DECREF(type);
}

/* A heap type as the records need it: no instances made from Python, and
 * __match_args__, the field names in order. */
static PyTypeObject *
record_type(PyType_Spec *spec, PyObject *names)
{
	PyObject *type;

#ifdef Py_TPFLAGS_DISALLOW_INSTANTIATION
	spec->flags |= Py_TPFLAGS_DISALLOW_INSTANTIATION;
#endif
	if (names == NULL || (type = PyType_FromSpec(spec)) == NULL)
		return NULL;
#ifndef Py_TPFLAGS_DISALLOW_INSTANTIATION
	((PyTypeObject *)type)->tp_new = NULL;
#endif
	if (PyDict_SetItemString(((PyTypeObject *)type)->tp_dict, "__match_args__", names) < 0) {
		Py_DECREF(type);
		return NULL;
	}
	PyType_Modified((PyTypeObject *)type);
	return (PyTypeObject *)type;
}

/* ------------------------------------------------------------ EdeOption */

static PyObject *
ede_option_new(const dnsrcode_ede_option *option)
{
	ede_option_object *o = PyObject_New(ede_option_object, ede_option_type);

	if (o == NULL)
		return NULL;
	HOLD_TYPE(ede_option_type);
	o->code = option->code;
	o->text = PyBytes_FromStringAndSize(option->text, option->text_len);
	if (o->text == NULL) {
		Py_DECREF(o);
		return NULL;
	}
	return (PyObject *)o;
}

static PyObject *
ede_option_info(PyObject *self, void *closure)
{
	(void)closure;
	if (ede_info == NULL) {
		PyErr_SetString(PyExc_RuntimeError, "EdeOption.info: import dnsrcode first");
		return NULL;
	}
	return PyObject_CallFunction(ede_info, "H", ((ede_option_object *)self)->code);
}

static PyMemberDef ede_option_members[] = {
	{ "code", T_USHORT, offsetof(ede_option_object, code), READONLY,
	  "the INFO-CODE, 0..65535" },
	{ "text", T_OBJECT_EX, offsetof(ede_option_object, text), READONLY,
	  "the EXTRA-TEXT as sent (UTF-8 when the sender follows RFC 8914 section 2)" },
	{ NULL, 0, 0, 0, NULL }
};

static PyGetSetDef ede_option_getset[] = {
	{ "info", ede_option_info, NULL, "the registry row of the code (an EdeInfo), or None", NULL },
	{ NULL, NULL, NULL, NULL, NULL }
};

static PyType_Slot ede_option_slots[] = {
	{ Py_tp_doc, "An EDE option of a message (RFC 8914): INFO-CODE and EXTRA-TEXT." },
	{ Py_tp_dealloc, record_dealloc },
	{ Py_tp_repr, record_repr },
	{ Py_tp_richcompare, record_richcompare },
	{ Py_tp_hash, record_hash },
	{ Py_tp_members, ede_option_members },
	{ Py_tp_getset, ede_option_getset },
	{ 0, NULL }
};

/* --------------------------------------------------------------- Status */

static PyObject *
status_field(PyObject *self, void *closure)
{
	const struct dnsrcode_py_field *f = closure;
	const unsigned char *p = (const unsigned char *)&((status_object *)self)->st + f->offset;
	unsigned long long v;

	switch (f->size) {
	case 1: { uint8_t x; memcpy(&x, p, 1); v = x; break; }
	case 2: { uint16_t x; memcpy(&x, p, 2); v = x; break; }
	case 4: { uint32_t x; memcpy(&x, p, 4); v = x; break; }
	default: { uint64_t x; memcpy(&x, p, 8); v = x; break; }
	}
	switch (f->kind) {
	case DNSRCODE_PY_BOOL:
		return PyBool_FromLong(v != 0);
	case DNSRCODE_PY_CONTEXT:
		if (context_members != NULL && v < (unsigned long long)PyTuple_GET_SIZE(context_members)) {
			PyObject *member = PyTuple_GET_ITEM(context_members, (Py_ssize_t)v);

			Py_INCREF(member);
			return member;
		}
		break;
	case DNSRCODE_PY_INT:
		break;
	}
	return PyLong_FromUnsignedLongLong(v);
}

static PyMemberDef status_members[] = {
	{ "ede", T_OBJECT_EX, offsetof(status_object, ede), READONLY,
	  "the EDE options (EdeOption), in message order" },
	{ NULL, 0, 0, 0, NULL }
};

static PyObject *
status_new(const dnsrcode_status *st, const dnsrcode_ede_option *ede, size_t n)
{
	status_object *s;
	size_t i;

	s = PyObject_New(status_object, status_type);
	if (s == NULL)
		return NULL;
	HOLD_TYPE(status_type);
	s->st = *st;
	s->ede = PyTuple_New((Py_ssize_t)n);
	if (s->ede == NULL) {
		Py_DECREF(s);
		return NULL;
	}
	for (i = 0; i < n; i++) {
		PyObject *option = ede_option_new(&ede[i]);

		if (option == NULL) {
			Py_DECREF(s);
			return NULL;
		}
		PyTuple_SET_ITEM(s->ede, (Py_ssize_t)i, option);
	}
	return (PyObject *)s;
}

/* ----------------------------------------------------------- msg_status */

/* Raise type(message) with the library's error code as `error`. */
static void
raise_error(PyObject *type, int err, PyObject *message)
{
	PyObject *exc = NULL, *code = NULL;

	if (message != NULL && (code = PyLong_FromLong(err)) != NULL)
		exc = PyObject_CallFunctionObjArgs(type, message, NULL);
	if (exc != NULL && PyObject_SetAttrString(exc, "error", code) == 0)
		PyErr_SetObject(type, exc);
	Py_XDECREF(exc);
	Py_XDECREF(code);
	Py_XDECREF(message);
}

static PyObject *
msg_status(PyObject *module, PyObject *message)
{
	dnsrcode_ede_option on_stack[EDE_ON_STACK], *ede = on_stack;
	size_t ede_max = EDE_ON_STACK;
	dnsrcode_status st;
	PyObject *result = NULL;
	Py_buffer view;
	int err;

	(void)module;
	if (message_error == NULL) {
		PyErr_SetString(PyExc_RuntimeError, "msg_status: import dnsrcode first");
		return NULL;
	}
	if (PyUnicode_Check(message) || PyObject_GetBuffer(message, &view, PyBUF_SIMPLE) < 0) {
		PyErr_Clear();
		raise_error(PyExc_TypeError, DNSRCODE_EINVAL,
		            PyUnicode_FromFormat("msg_status: message must be bytes-like, not %.100s",
		                                 Py_TYPE(message)->tp_name));
		return NULL;
	}
	/* The view is held until the texts are copied out of it: nothing can
	 * resize or free the buffer meanwhile. */
	err = dnsrcode_msg_status(view.buf, (size_t)view.len, &st, sizeof(st), ede, ede_max);
	if (err == DNSRCODE_OK && st.ede_count > ede_max) {
		ede_max = st.ede_count;
		ede = PyMem_New(dnsrcode_ede_option, ede_max);
		if (ede == NULL) {
			PyErr_NoMemory();
			goto done;
		}
		err = dnsrcode_msg_status(view.buf, (size_t)view.len, &st, sizeof(st), ede, ede_max);
	}
	if (err < 0)
		raise_error(message_error, err,
		            PyUnicode_FromFormat("msg_status: %s", dnsrcode_strerror(err)));
	else
		result = status_new(&st, ede, st.ede_count < ede_max ? st.ede_count : ede_max);
done:
	if (ede != on_stack)
		PyMem_Free(ede);
	PyBuffer_Release(&view);
	return result;
}

/* ---------------------------------------------------------------- setup */

static PyObject *
status_setup(PyObject *module, PyObject *args)
{
	PyObject *contexts, *error_class, *info;

	(void)module;
	if (!PyArg_ParseTuple(args, "O!OO:status_setup", &PyTuple_Type, &contexts, &error_class,
	                      &info))
		return NULL;
	if (!PyCallable_Check(error_class) || !PyCallable_Check(info)) {
		PyErr_SetString(PyExc_TypeError, "status_setup: MessageError and a callable are needed");
		return NULL;
	}
	Py_INCREF(contexts);
	Py_INCREF(error_class);
	Py_INCREF(info);
	Py_XSETREF(context_members, contexts);
	Py_XSETREF(message_error, error_class);
	Py_XSETREF(ede_info, info);
	Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
	{ "msg_status", msg_status, METH_O,
	  "msg_status($module, message, /)\n--\n\n"
	  "The status of a raw DNS message (bytes-like, as received, without a TCP\n"
	  "length prefix): header, OPT, TSIG, the effective RCODE and every EDE\n"
	  "option.  Raises MessageError for a truncated or malformed message and\n"
	  "TypeError for anything but a bytes-like object." },
	{ "status_setup", status_setup, METH_VARARGS,
	  "status_setup(contexts, MessageError, ede_info)\n\n"
	  "Hand the Python layer's Context members, exception class and EDE rows\n"
	  "to msg_status()." },
	{ NULL, NULL, 0, NULL }
};

/* The field names in order, `ede` last: __match_args__ of Status. */
static PyObject *
status_names(void)
{
	PyObject *names = PyTuple_New((Py_ssize_t)nfields + 1);
	size_t i;

	for (i = 0; names != NULL && i <= nfields; i++) {
		PyObject *name = PyUnicode_InternFromString(i < nfields ? fields[i].name : "ede");

		if (name == NULL)
			Py_CLEAR(names);
		else
			PyTuple_SET_ITEM(names, (Py_ssize_t)i, name);
	}
	return names;
}

int
dnsrcode_py_add_status(PyObject *module, const struct dnsrcode_py_field *list, size_t n)
{
	static PyType_Spec ede_option_spec = {
		"dnsrcode.EdeOption", sizeof(ede_option_object), 0, Py_TPFLAGS_DEFAULT,
		ede_option_slots
	};
	static PyGetSetDef *getset;
	PyType_Slot status_slots[] = {
		{ Py_tp_doc, "What a DNS message says about its outcome (see dnsrcode_msg_status(3))." },
		{ Py_tp_dealloc, record_dealloc },
		{ Py_tp_repr, record_repr },
		{ Py_tp_richcompare, record_richcompare },
		{ Py_tp_hash, record_hash },
		{ Py_tp_members, status_members },
		{ Py_tp_getset, NULL },
		{ 0, NULL }
	};
	PyType_Spec status_spec = {
		"dnsrcode.Status", sizeof(status_object), 0, Py_TPFLAGS_DEFAULT, status_slots
	};
	PyObject *names;
	size_t i;

	fields = list;
	nfields = n;
	/* One getter per field; the type keeps pointing at this array. */
	getset = PyMem_Calloc(n + 1, sizeof(*getset));
	if (getset == NULL) {
		PyErr_NoMemory();
		return -1;
	}
	for (i = 0; i < n; i++) {
		getset[i].name = fields[i].name;
		getset[i].get = status_field;
		getset[i].closure = (void *)&fields[i];
	}
	status_slots[6].pfunc = getset;

	names = Py_BuildValue("(ss)", "code", "text");
	ede_option_type = record_type(&ede_option_spec, names);
	Py_XDECREF(names);
	if (ede_option_type == NULL)
		return -1;
	names = status_names();
	status_type = record_type(&status_spec, names);
	Py_XDECREF(names);
	if (status_type == NULL)
		return -1;
	Py_INCREF(ede_option_type);
	if (PyModule_AddObject(module, "EdeOption", (PyObject *)ede_option_type) < 0) {
		Py_DECREF(ede_option_type);
		return -1;
	}
	Py_INCREF(status_type);
	if (PyModule_AddObject(module, "Status", (PyObject *)status_type) < 0) {
		Py_DECREF(status_type);
		return -1;
	}
	return PyModule_AddFunctions(module, methods);
}
