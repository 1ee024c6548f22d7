# ------------------------------------------------------------------ tests
TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	top_srcdir='$(top_srcdir)'; export top_srcdir; \
	top_builddir='$(top_builddir)'; export top_builddir; \
	AWK='$(AWK)'; export AWK; \
	CC='$(CC)'; export CC; \
	LIBTOOL='$(LIBTOOL)'; export LIBTOOL; \
	MAKE='$(MAKE)'; export MAKE; \
	libdir='$(libdir)'; export libdir; \
	pkgconfigdir='$(pkgconfigdir)'; export pkgconfigdir;

TESTS += tests/check-table.sh tests/check-iana-copies.sh tests/check-cli.sh tests/check-exports.sh tests/check-pkgconfig.sh
EXTRA_DIST += tests/cli-lib.sh tests/check-table.sh tests/check-iana-copies.sh data/iana.cksum tests/check-cli.sh tests/check-exports.sh tests/check-pkgconfig.sh \
	tests/consumer.c
TESTS += tests/check-man.sh
EXTRA_DIST += tests/check-man.sh

if HAVE_CUNIT
CUNIT_TESTS = \
	tests/test_lookup \
	tests/test_parse \
	tests/test_format \
	tests/test_wire \
	tests/test_exhaustive
check_PROGRAMS += $(CUNIT_TESTS)
TESTS += $(CUNIT_TESTS)
cunit_cppflags = $(AM_CPPFLAGS) $(CUNIT_CFLAGS)
# -no-install: the test is the real binary, not a libtool wrapper script,
# so valgrind and sanitizers see the test itself.
cunit_ldadd = lib/libdnsrcode.la $(CUNIT_LIBS)
cunit_ldflags = -no-install
tests_test_lookup_SOURCES = tests/test_lookup.c tests/testutil.h
tests_test_lookup_CPPFLAGS = $(cunit_cppflags)
tests_test_lookup_LDADD = $(cunit_ldadd)
tests_test_lookup_LDFLAGS = $(cunit_ldflags)
tests_test_parse_SOURCES = tests/test_parse.c tests/testutil.h
tests_test_parse_CPPFLAGS = $(cunit_cppflags)
tests_test_parse_LDADD = $(cunit_ldadd)
tests_test_parse_LDFLAGS = $(cunit_ldflags)
tests_test_format_SOURCES = tests/test_format.c tests/testutil.h
tests_test_format_CPPFLAGS = $(cunit_cppflags)
tests_test_format_LDADD = $(cunit_ldadd)
tests_test_format_LDFLAGS = $(cunit_ldflags)
tests_test_wire_SOURCES = tests/test_wire.c tests/testutil.h
tests_test_wire_CPPFLAGS = $(cunit_cppflags)
tests_test_wire_LDADD = $(cunit_ldadd)
tests_test_wire_LDFLAGS = $(cunit_ldflags)
tests_test_exhaustive_SOURCES = tests/test_exhaustive.c tests/testutil.h
tests_test_exhaustive_CPPFLAGS = $(cunit_cppflags)
tests_test_exhaustive_LDADD = $(cunit_ldadd)
tests_test_exhaustive_LDFLAGS = $(cunit_ldflags)
endif

TESTS += tests/check-ede-table.sh tests/check-msg-status-dnspython.sh tests/check-cli-ede.sh
EXTRA_DIST += tests/check-ede-table.sh tests/check-msg-status-dnspython.sh tests/check-cli-ede.sh \
	tests/msg_status_dnspython.py

# The input layer's tests: tests/test_input.py writes captures with
# tests/capture_writer.py (pcap, pcapng, every link type we read; the
# capture benchmark uses it too) and reads them with tests/input-dump,
# which also times input_read() alone (input-dump --time FILE).
TESTS += tests/check-input.sh
EXTRA_DIST += tests/capture_writer.py tests/check-input.sh tests/test_input.py
check_PROGRAMS += tests/input-dump
tests_input_dump_SOURCES = tests/input-dump.c
tests_input_dump_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/tools
tests_input_dump_LDADD = tools/libinput.a $(PCAP_LIBS)
# DNS messages built by hand for the summary tests and the capture benchmark;
# --summary on the conformance capture, and --status and --summary on files.
EXTRA_DIST += tests/dns_wire.py tests/summary_conformance.py
TESTS += tests/check-cli-files.sh
EXTRA_DIST += tests/check-cli-files.sh

# Prints dnsrcode_msg_status() of a hex message, for the dnspython test.
check_PROGRAMS += tests/msg-status-dump
tests_msg_status_dump_SOURCES = tests/msg-status-dump.c
tests_msg_status_dump_LDADD = lib/libdnsrcode.la
tests_msg_status_dump_LDFLAGS = -no-install

if HAVE_CUNIT
CUNIT_TESTS += \
	tests/test_ede \
	tests/test_msg_status
tests_test_ede_SOURCES = tests/test_ede.c tests/testutil.h
tests_test_ede_CPPFLAGS = $(cunit_cppflags)
tests_test_ede_LDADD = $(cunit_ldadd)
tests_test_ede_LDFLAGS = $(cunit_ldflags)
tests_test_msg_status_SOURCES = tests/test_msg_status.c tests/testutil.h
tests_test_msg_status_CPPFLAGS = $(cunit_cppflags)
tests_test_msg_status_LDADD = $(cunit_ldadd)
tests_test_msg_status_LDFLAGS = $(cunit_ldflags)
endif

# Binding tests, through automake's harness, against the build tree: the
# package in $(PYTHON_UNINSTALLED), the Lua module from libtool's .libs.
# -B keeps bytecode out of the build tree.
TEST_EXTENSIONS += .py .lua
# make distcheck builds the same bindings with the same interpreter.
AM_DISTCHECK_CONFIGURE_FLAGS = PYTHON='$(PYTHON)' LUA_VERSION='$(LUA_VERSION)' \
	--enable-python=$(have_python) --enable-lua=$(have_lua)

PY_LOG_COMPILER = $(SANITIZER_ENV) env \
	PYTHONPATH='$(abs_top_builddir)/$(PYTHON_UNINSTALLED)' \
	$(PYTHON) -B
# package.cpath, not LUA_CPATH_5_N: the same in every Lua from 5.1 to 5.4.
LUA_LOG_COMPILER = $(SANITIZER_ENV) $(LUA) \
	-e "package.cpath = '$(abs_top_builddir)/bindings/lua/.libs/?.so'"

PYTHON_TESTS = \
	tests/test_python_api.py \
	tests/test_python_ede.py \
	tests/test_python_bad_input.py \
	tests/test_python_dnspython.py \
	tests/test_python_compat.py \
	tests/test_python_typing.py \
	tests/test_python_readme.py
LUA_TESTS = \
	tests/test_lua_api.lua \
	tests/test_lua_ede.lua \
	tests/test_lua_bad_input.lua \
	tests/test_lua_readme.lua \
	tests/test_lua_reference.lua
EXTRA_DIST += $(PYTHON_TESTS) $(LUA_TESTS) tests/lua_harness.lua tests/check-installed-bindings.sh \
	bench/bench_python.py

if ENABLE_PYTHON
TESTS += $(PYTHON_TESTS)
endif
if ENABLE_LUA
if HAVE_LUA_INTERP
TESTS += $(LUA_TESTS)
endif
# The same tests under each other Lua 5.1..5.4 installed, against a module
# built here from the same wrapper.
TESTS += tests/check-lua-versions.sh
endif
EXTRA_DIST += tests/check-lua-versions.sh
# A name means the same thing in Python and in Lua: the same calls to both.
TESTS += tests/check-python-lua-names.sh
EXTRA_DIST += tests/check-python-lua-names.sh
# The same tests once more against a `make install DESTDIR=...` tree.
TESTS += tests/check-installed-bindings.sh
AM_TESTS_ENVIRONMENT += \
	have_python='$(have_python)'; export have_python; \
	have_lua='$(have_lua)'; export have_lua; \
	have_lua_interp='$(have_lua_interp)'; export have_lua_interp; \
	PYTHON='$(PYTHON)'; export PYTHON; \
	LUA='$(LUA)'; export LUA; \
	LUA_VERSION='$(LUA_VERSION)'; export LUA_VERSION; \
	libdir='$(libdir)'; export libdir; \
	pyexecdir='$(pyexecdir)'; export pyexecdir; \
	PYTHON_UNINSTALLED='$(abs_top_builddir)/$(PYTHON_UNINSTALLED)'; export PYTHON_UNINSTALLED; \
	luaexecdir='$(luaexecdir)'; export luaexecdir; \
	PYTHON_TESTS='$(PYTHON_TESTS)'; export PYTHON_TESTS; \
	LUA_TESTS='$(LUA_TESTS)'; export LUA_TESTS;

# The same tests against the installed prefix (make distcheck runs this).
installcheck-local: installcheck-bindings
installcheck-bindings:
if ENABLE_PYTHON
	cd $(srcdir) && for t in $(PYTHON_TESTS); do \
	  PYTHONPATH='$(DESTDIR)$(pyexecdir)' $(SANITIZER_ENV) $(PYTHON) -B $$t; \
	  rc=$$?; test $$rc = 0 || test $$rc = 77 || exit 1; \
	done
endif
if ENABLE_LUA
if HAVE_LUA_INTERP
	cd $(srcdir) && for t in $(LUA_TESTS); do \
	  $(SANITIZER_ENV) $(LUA) -e "package.cpath = '$(DESTDIR)$(luaexecdir)/?.so'" $$t || exit 1; \
	done
endif
endif
.PHONY: installcheck-bindings

# ============================================================ the promises
# Checks that the README's promises hold (issue 4): the ABI against a
# committed baseline, exports and no allocation (tests/check-exports.sh),
# the header on its own, sanitizers (./configure --enable-sanitizers),
# valgrind, threads under TSan, and fuzz targets whose corpus make check
# replays.

AM_TESTS_ENVIRONMENT += \
	NM='$(NM)'; export NM; \
	READELF='$(READELF)'; export READELF; \
	SIZE='$(SIZE)'; export SIZE; \
	OBJDUMP='$(OBJDUMP)'; export OBJDUMP; \
	FUZZ_CORPUS_ROOT='$(top_srcdir)/fuzz/corpus'; export FUZZ_CORPUS_ROOT; \
	SANITIZER_ENV='$(SANITIZER_ENV)'; export SANITIZER_ENV; \
	SAN_CFLAGS='$(SAN_CFLAGS)'; export SAN_CFLAGS; \
	UBSAN_OPTIONS=$${UBSAN_OPTIONS:-print_stacktrace=1}; export UBSAN_OPTIONS;

# Under --enable-sanitizers a test that compiles a program against the
# instrumented library (check-pkgconfig.sh, check-header.sh) must
# instrument it too: ASan insists on being first in the process.
if ENABLE_SANITIZERS
AM_TESTS_ENVIRONMENT += CC='$(CC) $(SAN_CFLAGS)'; export CC;
endif

TESTS += tests/check-header.sh tests/check-cxx.sh
EXTRA_DIST += tests/check-header.sh tests/check-cxx.sh tests/cxx_program.cc

# ---- threads: the whole API from several threads; plain C, not CUnit,
# whose assertions are not thread-safe.
check_PROGRAMS += tests/test_threads
TESTS += tests/test_threads
tests_test_threads_SOURCES = tests/test_threads.c
tests_test_threads_CFLAGS = $(AM_CFLAGS) $(PTHREAD_CFLAGS)
tests_test_threads_LDADD = lib/libdnsrcode.la
tests_test_threads_LDFLAGS = -no-install $(PTHREAD_CFLAGS)

# TSan cannot share a process with ASan, and it must see the library's
# own code: build the library's sources and the test into one binary with
# -fsanitize=thread, whatever this tree was configured with.
TSAN_FLAGS = -fsanitize=thread -g -O1 -pthread
check-tsan: $(srcdir)/tests/test_threads.c $(lib_libdnsrcode_la_SOURCES)
	@srcs=; for f in $(lib_libdnsrcode_la_SOURCES); do \
	  case $$f in *.c) srcs="$$srcs $(srcdir)/$$f";; esac; \
	done; \
	echo "  CCLD     tests/test_threads-tsan"; \
	$(CC) $(TSAN_FLAGS) $(WARN_CFLAGS) $(DEFS) $(DEFAULT_INCLUDES) $(AM_CPPFLAGS) \
	  -DDNSRCODE_BUILDING -o tests/test_threads-tsan \
	  $(srcdir)/tests/test_threads.c $$srcs
	TSAN_OPTIONS="halt_on_error=1 exitcode=66 $$TSAN_OPTIONS" ./tests/test_threads-tsan
CLEANFILES += tests/test_threads-tsan
.PHONY: check-tsan

# ---- valgrind: every C test program (in TESTS and check_PROGRAMS, so new
# ones join by themselves) through automake's harness, with memcheck in
# front.  libtool --mode=execute finds the real binary behind a wrapper
# script, so valgrind never checks /bin/sh instead of the test.
VALGRIND_FLAGS = --tool=memcheck --error-exitcode=1 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect,possible --track-origins=yes --quiet
check-valgrind: $(check_PROGRAMS) $(check_LIBRARIES)
if ENABLE_SANITIZERS
	@echo "check-valgrind: valgrind and ASan do not mix; use a build without --enable-sanitizers" >&2; exit 1
else
	@test -n "$(VALGRIND)" || { echo "check-valgrind: valgrind not found" >&2; exit 1; }
	@progs=; for t in $(TESTS); do \
	  case " $(check_PROGRAMS) " in *" $$t "*) progs="$$progs $$t";; esac; \
	done; \
	$(MAKE) $(AM_MAKEFLAGS) check TESTS="$$progs" TEST_SUITE_LOG=test-suite-valgrind.log \
	  LOG_COMPILER="$(LIBTOOL) --mode=execute $(VALGRIND) $(VALGRIND_FLAGS)"
endif
CLEANFILES += test-suite-valgrind.log
.PHONY: check-valgrind

# ---- coverage: line and branch coverage of lib/ by make check, under
# ./configure --enable-coverage; below COVERAGE_TARGET (percent) it fails.
# A line or branch that no test can reach is removed, or, where it must
# stay, excluded in the source with a GCOVR_EXCL marker and the reason on
# the same line.
COVERAGE_TARGET = 100
COVERAGE_FLAGS = --root $(top_srcdir) --object-directory $(top_builddir) \
	--filter '$(abs_top_srcdir)/lib/' --filter 'lib/' --exclude-unreachable-branches
coverage:
if ENABLE_COVERAGE
	@test -n "$(GCOVR)" || { echo "coverage: gcovr not found (Debian: gcovr)" >&2; exit 1; }
	find $(top_builddir) -name '*.gcda' -delete
	$(MAKE) $(AM_MAKEFLAGS) check
	$(GCOVR) $(COVERAGE_FLAGS) --txt coverage.txt --print-summary \
	  --fail-under-line $(COVERAGE_TARGET) --fail-under-branch $(COVERAGE_TARGET) || \
	  { cat coverage.txt; echo "coverage: lib/ below $(COVERAGE_TARGET)% of lines or branches" >&2; exit 1; }
	@cat coverage.txt
else
	@echo "coverage: configure with --enable-coverage" >&2; exit 1
endif
CLEANFILES += coverage.txt
clean-local: clean-coverage
clean-coverage:
	find $(top_builddir) -name '*.gcda' -delete -o -name '*.gcno' -delete
.PHONY: coverage clean-coverage
