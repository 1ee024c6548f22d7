# ------------------------------------------------------------------ bench
# `make bench` prints tables of timings and ratios; it is not a test and
# judges nothing.  It runs bench-python (ours against dnspython in one
# run), then bench-c (the C library against its floor and the peers
# configure found: --with-bench-peers); bench-capture is separate, and slow.
bench: bench-python bench-c

# BENCH_FLAGS: e.g. "--runs 9 --seconds 0.5" on a noisy machine.
BENCH_FLAGS =
bench-c: bench/dnsrcode-bench$(EXEEXT) lib/libdnsrcode.la
	bench/dnsrcode-bench$(EXEEXT) --valgrind '$(VALGRIND)' $(BENCH_FLAGS)
	$(SHELL) $(srcdir)/bench/relocs.sh '$(READELF)' lib/libdnsrcode.la

bench-python: all
if ENABLE_PYTHON
	PYTHONPATH='$(abs_top_builddir)/$(PYTHON_UNINSTALLED)' \
		$(PYTHON) -B $(srcdir)/bench/bench_python.py
else
	@echo "bench-python: Python bindings not built"
endif

# make bench-capture: dnsrcode --summary against tshark -z dns,tree and
# dnstop on a capture of 1M responses written by bench/gen_capture.py (kept
# in bench/ between runs), and its peak memory for 1M and 4M responses.
# It takes a few minutes (tshark is slow) and judges nothing.
bench-capture: tools/dnsrcode
	@$(MKDIR_P) bench
	PYTHON='$(PYTHON)' srcdir='$(srcdir)' CAPTURES=bench \
		$(LIBTOOL) --mode=execute $(SHELL) $(srcdir)/bench/bench_capture.sh tools/dnsrcode

# The program is built only by `make bench`.
EXTRA_PROGRAMS = bench/dnsrcode-bench
bench_dnsrcode_bench_SOURCES = \
	bench/bench.h \
	bench/floor.h \
	bench/main.c \
	bench/inputs.c \
	bench/floor.c \
	bench/floor-msg.c \
	bench/messages.c \
	bench/cases.c
bench_dnsrcode_bench_CPPFLAGS = $(AM_CPPFLAGS) -DBENCH_MESSAGES='"$(abs_top_srcdir)/bench/messages.txt"'
bench_dnsrcode_bench_LDADD = lib/libdnsrcode.la bench/libbenchfloor.la
# -no-install: callgrind must see the program, not a libtool wrapper.
bench_dnsrcode_bench_LDFLAGS = -no-install
if BENCH_LDNS
bench_dnsrcode_bench_SOURCES += bench/peer-ldns.c
bench_dnsrcode_bench_CPPFLAGS += $(LDNS_CFLAGS)
bench_dnsrcode_bench_LDADD += $(LDNS_LIBS)
endif
if BENCH_KNOT
bench_dnsrcode_bench_SOURCES += bench/peer-knot.c
bench_dnsrcode_bench_CPPFLAGS += $(KNOT_CFLAGS)
bench_dnsrcode_bench_LDADD += $(KNOT_LIBS)
endif
if BENCH_BIND
bench_dnsrcode_bench_SOURCES += bench/peer-bind.c
bench_dnsrcode_bench_CPPFLAGS += $(BIND_CFLAGS)
bench_dnsrcode_bench_LDADD += $(BIND_LIBS)
endif
# floor.so: bench/floor.c again, as a shared library that is never
# installed (the -rpath only tells libtool to build it shared).
EXTRA_LTLIBRARIES = bench/libbenchfloor.la
bench_libbenchfloor_la_SOURCES = bench/floor.h bench/floor.c bench/floor-msg.c
bench_libbenchfloor_la_CPPFLAGS = $(AM_CPPFLAGS) -DFLOOR_SHARED
bench_libbenchfloor_la_LDFLAGS = -shared -avoid-version -rpath $(abs_builddir)/bench

EXTRA_DIST += bench/relocs.sh bench/RESULTS.md bench/messages.txt bench/gen_messages.py \
	bench/bench_python.py bench/bench_capture.sh bench/gen_capture.py
# Built only by `make bench`, so no clean rule of automake's knows them.
CLEANFILES += bench/dnsrcode-bench$(EXEEXT) bench/libbenchfloor.la \
	bench/capture-1M.pcap bench/capture-4M.pcap
.PHONY: bench bench-c bench-python bench-capture
