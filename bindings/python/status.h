/*
 * status.h - msg_status() of the _dnsrcode module, and the Status and
 * EdeOption types it returns.
 */
#ifndef DNSRCODE_PY_STATUS_H
#define DNSRCODE_PY_STATUS_H

#include <Python.h>

/* How a binding shows a field of dnsrcode_status. */
enum dnsrcode_py_kind {
	DNSRCODE_PY_INT,     /* an int */
	DNSRCODE_PY_BOOL,    /* a flag: True or False */
	DNSRCODE_PY_CONTEXT  /* a dnsrcode_context: a Context member */
};

/* One field of dnsrcode_status: the bindings' list (bindings/lists.h)
 * becomes an array of these. */
struct dnsrcode_py_field {
	const char *name;
	size_t offset; /* within dnsrcode_status */
	size_t size;   /* 1, 2, 4 or 8 bytes, an unsigned integer */
	enum dnsrcode_py_kind kind;
};

/* Add msg_status(), status_setup(), Status and EdeOption to the module;
 * Status has the fields given, in that order, then `ede`.  -1 with an
 * exception set on failure. */
int dnsrcode_py_add_status(PyObject *module, const struct dnsrcode_py_field *fields,
                           size_t nfields);

#endif /* DNSRCODE_PY_STATUS_H */
