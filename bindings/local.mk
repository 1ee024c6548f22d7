# ---------------------------------------------------------------- bindings
# Python and Lua modules from the one SWIG interface bindings/dnsrcode.i.
# The generated wrappers are distributed: SWIG runs only when the interface,
# the header or a C file it inserts is newer than them, and a tarball builds
# without SWIG.  Each wrapper is the only output of its SWIG run.
SWIG_INPUTS = bindings/dnsrcode.i include/dnsrcode.h bindings/reason.c bindings/lua/module.c \
	bindings/swig-wrapper.sh $(srcdir)/bindings/lists.h
EXTRA_DIST += bindings/dnsrcode.i bindings/reason.c bindings/lua/module.c bindings/swig-wrapper.sh \
	bindings/gen-lists.sh bindings/gen-lists.awk $(BINDING_LISTS) $(BINDING_LISTS:%=%.in)
MAINTAINERCLEANFILES = bindings/python/dnsrcode_wrap.c bindings/lua/dnsrcode_wrap.c

# The lists the bindings take from the header and data/ (bindings/gen-lists.awk):
# checked in, so a build needs no awk, and remade from FILE.in when an input
# changes.  tests/check-binding-lists.sh fails when a copy is stale.
BINDING_LISTS = bindings/lists.h bindings/python/dnsrcode/__init__.pyi \
	bindings/python/dnsrcode/compat.pyi
BINDING_LIST_INPUTS = bindings/gen-lists.sh bindings/gen-lists.awk data/table-lib.awk \
	include/dnsrcode.h bindings/dnsrcode.i data/rcode-notes.csv data/ede-notes.csv
BUILT_SOURCES = $(BINDING_LISTS:%=$(srcdir)/%)
$(BINDING_LISTS:%=$(srcdir)/%): $(srcdir)/%: $(srcdir)/%.in $(BINDING_LIST_INPUTS:%=$(srcdir)/%)
	$(AM_V_GEN)AWK='$(AWK)' $(SHELL) $(srcdir)/bindings/gen-lists.sh $(srcdir) $* >$@-t && mv $@-t $@

# Run SWIG (bindings/swig-wrapper.sh says how), or keep a wrapper that came
# with the tarball when SWIG is absent.
swig_generate = \
	if test -z '$(SWIG)'; then \
	  if test -f '$@' || test -f '$(srcdir)/$@'; then \
	    echo "$@: swig not found, keeping the distributed wrapper" >&2; exit 0; \
	  fi; \
	  echo "$@: swig is needed to generate it" >&2; exit 1; \
	fi; \
	$(MKDIR_P) $(@D) && $(SHELL) $(srcdir)/bindings/swig-wrapper.sh '$(SWIG)' $(srcdir)

bindings/python/dnsrcode_wrap.c: $(SWIG_INPUTS)
	$(AM_V_GEN)$(swig_generate) python $@

bindings/lua/dnsrcode_wrap.c: $(SWIG_INPUTS)
	$(AM_V_GEN)$(swig_generate) lua $@

# SWIG's code is compiled with flags of its own, without the project's
# warnings and -Werror; the modules are linked without libpython or liblua
# (the interpreter that loads them provides those symbols), hence without
# -no-undefined.
BINDING_LDFLAGS = -module -avoid-version -shared

if ENABLE_PYTHON
# The package `dnsrcode` in the site directory, its extension _dnsrcode.so
# inside it (`from . import _dnsrcode`).
dnsrcodepyexecdir = $(pyexecdir)/dnsrcode
dnsrcodepyexec_LTLIBRARIES = bindings/python/_dnsrcode.la
bindings_python__dnsrcode_la_SOURCES = bindings/python/dnsrcode_wrap.c
bindings_python__dnsrcode_la_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/bindings/python $(PYTHON_CFLAGS)
bindings_python__dnsrcode_la_CFLAGS = $(VISIBILITY_CFLAGS)
bindings_python__dnsrcode_la_LDFLAGS = $(BINDING_LDFLAGS)
bindings_python__dnsrcode_la_LIBADD = bindings/python/libcompat.la lib/libdnsrcode.la

# The hand-written C of the Python module, held to the project's warnings.
noinst_LTLIBRARIES = bindings/python/libcompat.la
bindings_python_libcompat_la_SOURCES = \
	bindings/python/compat_from_text.c bindings/python/compat_from_text.h \
	bindings/python/status.c bindings/python/status.h
bindings_python_libcompat_la_CPPFLAGS = $(AM_CPPFLAGS) $(PYTHON_CFLAGS)
bindings_python_libcompat_la_CFLAGS = $(AM_CFLAGS) $(VISIBILITY_CFLAGS)

dnsrcodepyexec_PYTHON = bindings/python/dnsrcode/__init__.py bindings/python/dnsrcode/compat.py
dist_dnsrcodepyexec_DATA = bindings/python/dnsrcode/__init__.pyi bindings/python/dnsrcode/compat.pyi \
	bindings/python/dnsrcode/py.typed
endif

# The package as Python imports it from the build tree, for the tests and
# the benchmark: the files from the source tree and the extension from
# libtool's .libs, as symbolic links in one directory.
PYTHON_UNINSTALLED = bindings/python/uninstalled
all-local: python-uninstalled
python-uninstalled: $(dnsrcodepyexec_LTLIBRARIES)
if ENABLE_PYTHON
	@$(MKDIR_P) $(PYTHON_UNINSTALLED)/dnsrcode
	@for f in $(dnsrcodepyexec_PYTHON) $(dist_dnsrcodepyexec_DATA); do \
	  ln -sf '$(abs_srcdir)/'$$f $(PYTHON_UNINSTALLED)/dnsrcode/ || exit 1; \
	done
	@ln -sf ../../.libs/_dnsrcode.so $(PYTHON_UNINSTALLED)/dnsrcode/_dnsrcode.so
endif
clean-local: clean-python-uninstalled
clean-python-uninstalled:
	-rm -rf $(PYTHON_UNINSTALLED)
.PHONY: python-uninstalled clean-python-uninstalled

if ENABLE_LUA
luaexec_LTLIBRARIES = bindings/lua/dnsrcode.la
bindings_lua_dnsrcode_la_SOURCES = bindings/lua/dnsrcode_wrap.c
bindings_lua_dnsrcode_la_CPPFLAGS = $(AM_CPPFLAGS) $(LUA_CFLAGS)
bindings_lua_dnsrcode_la_CFLAGS = $(VISIBILITY_CFLAGS)
bindings_lua_dnsrcode_la_LDFLAGS = $(BINDING_LDFLAGS)
bindings_lua_dnsrcode_la_LIBADD = lib/libdnsrcode.la
endif

# libtool's .la files describe libraries for linking; modules that only an
# interpreter loads need none, and distributions refuse them.  Without the
# .la, `make uninstall` no longer knows the module's file: it is named here.
install-exec-hook: install-exec-drop-la
install-exec-drop-la:
if ENABLE_PYTHON
	rm -f '$(DESTDIR)$(dnsrcodepyexecdir)/_dnsrcode.la'
endif
if ENABLE_LUA
	rm -f '$(DESTDIR)$(luaexecdir)/dnsrcode.la'
endif
uninstall-local: uninstall-binding-modules
uninstall-binding-modules:
if ENABLE_PYTHON
	rm -f '$(DESTDIR)$(dnsrcodepyexecdir)/_dnsrcode.so'
endif
if ENABLE_LUA
	rm -f '$(DESTDIR)$(luaexecdir)/dnsrcode.so'
endif
.PHONY: install-exec-drop-la uninstall-binding-modules
