/*
 * error.c - messages for the result codes.
 */
#include "config.h"

#include "internal.h"

DNSRCODE_API const char *
dnsrcode_strerror(int err)
{
	switch (err) {
	case DNSRCODE_OK:
		return "success";
	case DNSRCODE_EINVAL:
		return "invalid argument";
	case DNSRCODE_EUNKNOWN:
		return "unknown name";
	case DNSRCODE_ESYNTAX:
		return "invalid character in the text";
	case DNSRCODE_ERANGE:
		return "number out of range";
	case DNSRCODE_EEMPTY:
		return "empty text";
	case DNSRCODE_ESIGN:
		return "sign not allowed";
	case DNSRCODE_ESPACE:
		return "white space out of place";
	case DNSRCODE_ETRAILING:
		return "trailing characters after a number or name";
	case DNSRCODE_EALIAS:
		return "non-canonical spelling refused by the strict parser";
	case DNSRCODE_ETRUNCATED:
		return "message truncated";
	case DNSRCODE_EMALFORMED:
		return "message malformed";
	case DNSRCODE_EPOINTER:
		return "message malformed: bad compression pointer";
	case DNSRCODE_ENAME:
		return "message malformed: bad label type or name too long";
	case DNSRCODE_EOPT:
		return "message malformed: bad or misplaced OPT record";
	case DNSRCODE_ETSIG:
		return "message malformed: bad or misplaced TSIG record";
	default:
		return "unknown error";
	}
}
