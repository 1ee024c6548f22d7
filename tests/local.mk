# ------------------------------------------------------------------ tests
# make check: shell checks (data, CLI, exports, man pages, header, install),
# the library's CUnit suites, the thread test, the binding tests in Python
# and Lua, and (fuzz/local.mk) the replay of every fuzz corpus.  Then the
# same programs under valgrind (check-valgrind) and TSan (check-tsan), and
# the coverage of lib/ (coverage).

SHELL_TESTS = \
	tests/check-table.sh \
	tests/check-ede-table.sh \
	tests/check-iana-copies.sh \
	tests/check-cli.sh \
	tests/check-cli-ede.sh \
	tests/check-cli-files.sh \
	tests/check-input.sh \
	tests/check-msg-status-dnspython.sh \
	tests/check-exports.sh \
	tests/check-pkgconfig.sh \
	tests/check-man.sh \
	tests/check-header.sh \
	tests/check-cxx.sh \
	tests/check-python-lua-names.sh \
	tests/check-binding-lists.sh \
	tests/check-installed-bindings.sh

# -no-install: each test is the real binary, not a libtool wrapper script,
# so valgrind and sanitizers see the test itself.
CUNIT_TESTS =
if HAVE_CUNIT
CUNIT_TESTS += \
	tests/test_lookup \
	tests/test_parse \
	tests/test_format \
	tests/test_wire \
	tests/test_exhaustive \
	tests/test_ede \
	tests/test_msg_status
cunit_cppflags = $(AM_CPPFLAGS) $(CUNIT_CFLAGS)
cunit_ldadd = lib/libdnsrcode.la $(CUNIT_LIBS)
cunit_ldflags = -no-install
tests_test_lookup_CPPFLAGS = $(cunit_cppflags)
tests_test_lookup_LDADD = $(cunit_ldadd)
tests_test_lookup_LDFLAGS = $(cunit_ldflags)
tests_test_parse_CPPFLAGS = $(cunit_cppflags)
tests_test_parse_LDADD = $(cunit_ldadd)
tests_test_parse_LDFLAGS = $(cunit_ldflags)
tests_test_format_CPPFLAGS = $(cunit_cppflags)
tests_test_format_LDADD = $(cunit_ldadd)
tests_test_format_LDFLAGS = $(cunit_ldflags)
tests_test_wire_CPPFLAGS = $(cunit_cppflags)
tests_test_wire_LDADD = $(cunit_ldadd)
tests_test_wire_LDFLAGS = $(cunit_ldflags)
tests_test_exhaustive_CPPFLAGS = $(cunit_cppflags)
tests_test_exhaustive_LDADD = $(cunit_ldadd)
tests_test_exhaustive_LDFLAGS = $(cunit_ldflags)
tests_test_ede_CPPFLAGS = $(cunit_cppflags)
tests_test_ede_LDADD = $(cunit_ldadd)
tests_test_ede_LDFLAGS = $(cunit_ldflags)
tests_test_msg_status_CPPFLAGS = $(cunit_cppflags)
tests_test_msg_status_LDADD = $(cunit_ldadd)
tests_test_msg_status_LDFLAGS = $(cunit_ldflags)
endif

# The whole API from several threads; plain C, not CUnit, whose
# assertions are not thread-safe.
tests_test_threads_CFLAGS = $(AM_CFLAGS) $(PTHREAD_CFLAGS)
tests_test_threads_LDADD = lib/libdnsrcode.la
tests_test_threads_LDFLAGS = -no-install $(PTHREAD_CFLAGS)

# Helpers of the shell checks.  input-dump reads messages through the
# input layer for tests/test_input.py (and times input_read() alone:
# input-dump --time FILE); msg-status-dump prints dnsrcode_msg_status() of
# a hex message for the dnspython comparison.
tests_input_dump_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/tools
tests_input_dump_LDADD = tools/libinput.a $(PCAP_LIBS)
tests_msg_status_dump_LDADD = lib/libdnsrcode.la
tests_msg_status_dump_LDFLAGS = -no-install

# The binding tests, each run by tests/run-binding-test.sh: here against
# the build tree (the package in $(PYTHON_UNINSTALLED), the Lua module in
# libtool's .libs); check-installed-bindings.sh runs them against a
# `make install DESTDIR=...` tree, make installcheck against the prefix,
# check-lua-versions.sh under each other Lua 5.1..5.4 installed.
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
BINDING_TESTS =
BINDING_LOGS = tests/check-python-lua-names.log
if ENABLE_PYTHON
BINDING_TESTS += $(PYTHON_TESTS)
BINDING_LOGS += $(PYTHON_TESTS:.py=.log)
endif
if ENABLE_LUA
if HAVE_LUA_INTERP
BINDING_TESTS += $(LUA_TESTS)
BINDING_LOGS += $(LUA_TESTS:.lua=.log)
endif
BINDING_TESTS += tests/check-lua-versions.sh
endif
# make install relinks each module in place, in its .libs (libtool moves
# the built file aside meanwhile), so check-installed-bindings.sh waits
# for every test that loads the build tree's modules (BINDING_LOGS).
tests/check-installed-bindings.log: $(BINDING_LOGS)
run_binding_test = $(SHELL) $(srcdir)/tests/run-binding-test.sh
PY_LOG_COMPILER = $(run_binding_test) python '$(abs_top_builddir)/$(PYTHON_UNINSTALLED)'
LUA_LOG_COMPILER = $(run_binding_test) lua '$(abs_top_builddir)/bindings/lua/.libs'

TESTS += $(SHELL_TESTS) $(CUNIT_TESTS) tests/test_threads $(BINDING_TESTS)
check_PROGRAMS += $(CUNIT_TESTS) tests/test_threads tests/input-dump tests/msg-status-dump
EXTRA_DIST += $(SHELL_TESTS) tests/check-lua-versions.sh $(PYTHON_TESTS) $(LUA_TESTS) \
	tests/testutil.h tests/cli-lib.sh tests/consumer.c tests/cxx_program.cc \
	tests/msg_status_dnspython.py tests/test_input.py tests/capture_writer.py \
	tests/dns_wire.py tests/summary_conformance.py tests/lua_harness.lua \
	tests/run-binding-test.sh

TEST_EXTENSIONS = .sh .py .lua
SH_LOG_COMPILER = $(SHELL)
# What the tests are told, all of it: where the trees are, the tools and
# interpreters configure found, which bindings were built, the install
# directories (check-installed-bindings.sh, check-pkgconfig.sh).  Under
# --enable-sanitizers a test that compiles a program against the
# instrumented library (check-pkgconfig.sh, check-header.sh) must
# instrument it too, hence SAN_CFLAGS in CC: ASan insists on being first
# in the process.
AM_TESTS_ENVIRONMENT = \
	top_srcdir='$(top_srcdir)'; export top_srcdir; \
	top_builddir='$(top_builddir)'; export top_builddir; \
	AWK='$(AWK)'; export AWK; \
	CC='$(CC) $(SAN_CFLAGS)'; export CC; \
	LIBTOOL='$(LIBTOOL)'; export LIBTOOL; \
	MAKE='$(MAKE)'; export MAKE; \
	NM='$(NM)'; export NM; \
	READELF='$(READELF)'; export READELF; \
	SIZE='$(SIZE)'; export SIZE; \
	OBJDUMP='$(OBJDUMP)'; export OBJDUMP; \
	SANITIZER_ENV='$(SANITIZER_ENV)'; export SANITIZER_ENV; \
	SAN_CFLAGS='$(SAN_CFLAGS)'; export SAN_CFLAGS; \
	UBSAN_OPTIONS=$${UBSAN_OPTIONS:-print_stacktrace=1}; export UBSAN_OPTIONS; \
	FUZZ_CORPUS_ROOT='$(top_srcdir)/fuzz/corpus'; export FUZZ_CORPUS_ROOT; \
	have_python='$(have_python)'; export have_python; \
	have_lua='$(have_lua)'; export have_lua; \
	have_lua_interp='$(have_lua_interp)'; export have_lua_interp; \
	PYTHON='$(PYTHON)'; export PYTHON; \
	LUA='$(LUA)'; export LUA; \
	LUA_VERSION='$(LUA_VERSION)'; export LUA_VERSION; \
	PYTHON_UNINSTALLED='$(abs_top_builddir)/$(PYTHON_UNINSTALLED)'; export PYTHON_UNINSTALLED; \
	PYTHON_TESTS='$(PYTHON_TESTS)'; export PYTHON_TESTS; \
	LUA_TESTS='$(LUA_TESTS)'; export LUA_TESTS; \
	libdir='$(libdir)'; export libdir; \
	pkgconfigdir='$(pkgconfigdir)'; export pkgconfigdir; \
	pyexecdir='$(pyexecdir)'; export pyexecdir; \
	luaexecdir='$(luaexecdir)'; export luaexecdir;

# The binding tests against the installed prefix (make distcheck runs this).
installcheck-local: installcheck-bindings
installcheck-bindings:
	@$(AM_TESTS_ENVIRONMENT) \
	$(SHELL) $(srcdir)/tests/check-installed-bindings.sh --installed '$(DESTDIR)'; \
	rc=$$?; test $$rc = 0 || test $$rc = 77
.PHONY: installcheck-bindings

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

# ---- threads under TSan.  TSan cannot share a process with ASan, and it
# must see the library's own code: build the library's sources and the
# test into one binary with -fsanitize=thread, whatever this tree was
# configured with.
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
clean-local: clean-coverage
clean-coverage:
	find $(top_builddir) -name '*.gcda' -delete -o -name '*.gcno' -delete

CLEANFILES += tests/test_threads-tsan test-suite-valgrind.log coverage.txt
.PHONY: check-valgrind check-tsan coverage clean-coverage
