/*
 * compat_from_text.h - dnspython's from_text() in C, added to _dnsrcode.
 */
#ifndef DNSRCODE_COMPAT_FROM_TEXT_H
#define DNSRCODE_COMPAT_FROM_TEXT_H

#include <Python.h>

/* Add from_text() and from_text_setup() to the module; -1 with an
 * exception set on failure. */
int dnsrcode_py_add_from_text(PyObject *module);

#endif /* DNSRCODE_COMPAT_FROM_TEXT_H */
