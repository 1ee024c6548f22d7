# ------------------------------------------------------------------ tools
# The dnsrcode program (man/dnsrcode.1).
bin_PROGRAMS = tools/dnsrcode
tools_dnsrcode_SOURCES = \
	tools/dnsrcode.c \
	tools/cli.h \
	tools/rcode.c \
	tools/rcode-format.h \
	tools/rcode-format.c \
	tools/ede.c \
	tools/ede-format.h \
	tools/ede-format.c \
	tools/status.c \
	tools/status-format.h \
	tools/status-format.c \
	tools/summary.c \
	tools/summary-count.h \
	tools/summary-count.c \
	tools/summary-format.h \
	tools/summary-format.c \
	tools/operands.c \
	tools/batch.c \
	tools/files.c \
	tools/text-table.c \
	tools/block.c \
	tools/json.c \
	tools/code-text.c \
	tools/names.c \
	tools/messages.c \
	tools/alloc.c \
	tools/utf8.c
tools_dnsrcode_LDADD = tools/libinput.a lib/libdnsrcode.la $(PCAP_LIBS)
# The input layer: DNS messages out of raw, hex, length-prefixed and
# capture files (tools/input.h), for the program, its tests and its fuzz
# target.
noinst_LIBRARIES = tools/libinput.a
tools_libinput_a_CPPFLAGS = $(AM_CPPFLAGS) $(PCAP_CFLAGS)
tools_libinput_a_SOURCES = \
	tools/input.h \
	tools/input-internal.h \
	tools/input-read.c \
	tools/input-buffer.c \
	tools/input-sink.c \
	tools/input-file.c \
	tools/input-hint.c \
	tools/input-stream.c \
	tools/input-capture.c \
	tools/input-ip.c \
	tools/input-frag.c \
	tools/input-tcp.c \
	tools/input-table.c
