# ---------------------------------------------------------------- library
# libdnsrcode.so: the RCODE and EDE registries (their tables generated from
# data/, see data/local.mk) and dnsrcode_msg_status().  Only the names in
# lib/libdnsrcode.map are exported; the header is the whole interface.
include_HEADERS = include/dnsrcode.h
lib_LTLIBRARIES = lib/libdnsrcode.la
lib_libdnsrcode_la_SOURCES = \
	lib/internal.h \
	lib/chars.h \
	lib/range.h \
	lib/buffer.h \
	lib/buffer.c \
	lib/format.h \
	lib/format.c \
	lib/rcode-table.inc \
	lib/rcode-table.h \
	lib/rcode.c \
	lib/rcode-parse.c \
	lib/rcode-format.c \
	lib/ede-table.inc \
	lib/ede-table.h \
	lib/ede.c \
	lib/ede-parse.c \
	lib/ede-format.c \
	lib/msg.c \
	lib/wire.c \
	lib/error.c \
	lib/version.c
lib_libdnsrcode_la_CPPFLAGS = $(AM_CPPFLAGS) -DDNSRCODE_BUILDING
lib_libdnsrcode_la_CFLAGS = $(AM_CFLAGS) $(VISIBILITY_CFLAGS) $(ABI_DEBUG_CFLAGS)
lib_libdnsrcode_la_LDFLAGS = -no-undefined $(LIB_LDFLAGS) \
	-version-info $(LT_CURRENT):$(LT_REVISION):$(LT_AGE)
EXTRA_lib_libdnsrcode_la_DEPENDENCIES = lib/libdnsrcode.map

pkgconfig_DATA = libdnsrcode.pc

EXTRA_DIST += lib/libdnsrcode.map
