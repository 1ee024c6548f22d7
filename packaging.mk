# -------------------------------------------------------------- packages
# The ways users install it (issue 15).  Each route builds from the
# release tarball, so what is tested is what ships, in a copy of its own
# under packages/ (a Debian build cleans its tree, a rock build leaves
# objects in it):
#   make wheel        packages/wheel/: the Python sdist and wheel
#   make wheel-check  the Python tests against the wheel, each interpreter
#                     in a fresh venv
#   make rock         packages/rock/: the rockspec, and a LuaRocks tree
#                     per Lua version (luarocks make)
#   make rock-check   the Lua tests against each tree
#   make deb          packages/deb/: dpkg-buildpackage -b, then lintian
#   make deb-check    autopkgtest on those packages (it installs them)
# Each X-check tests what make X left, without building it again.
PACKAGES_DIR = packages
EXTRA_DIST += setup.py pyproject.toml MANIFEST.in bindings/standalone/config.h \
	tests/check-wheel.sh tests/check-rock.sh bindings/lua/dnsrcode.rockspec.in $(ROCKSPEC)
clean-local: clean-packages
clean-packages:
	-rm -rf $(PACKAGES_DIR)
.PHONY: clean-packages

# ---- Python: setup.py reads the version from include/dnsrcode.h.
WHEEL_DIR = $(PACKAGES_DIR)/wheel
# Interpreters besides $(PYTHON) to test the wheel with; one that is the
# same program as another is tested once.
WHEEL_CHECK_PYTHONS = python3
wheel:
	@test '$(have_python)' = yes || { echo "wheel: configure found no Python with headers" >&2; exit 1; }
	$(MAKE) $(AM_MAKEFLAGS) dist-gzip
	rm -rf $(WHEEL_DIR) && $(MKDIR_P) $(WHEEL_DIR)/src
	tar -xzf $(distdir).tar.gz -C $(WHEEL_DIR)/src
	cd $(WHEEL_DIR)/src/$(distdir) && \
	  $(PYTHON) -m build --no-isolation --outdir '$(abs_builddir)/$(WHEEL_DIR)' .
	rm -rf $(WHEEL_DIR)/src
wheel-check:
	@test -d $(WHEEL_DIR) || { echo "wheel-check: run make wheel first" >&2; exit 1; }
	READELF='$(READELF)' PYTHON_TESTS='$(PYTHON_TESTS)' $(SHELL) $(srcdir)/tests/check-wheel.sh \
	  $(srcdir) $(WHEEL_DIR)/dnsrcode-$(VERSION)-*.whl $(PYTHON) $(WHEEL_CHECK_PYTHONS)
.PHONY: wheel wheel-check

# ---- Lua: the rockspec is written from its template with the version and
# the library's sources, and distributed.
ROCKSPEC = dnsrcode-$(VERSION)-1.rockspec
$(ROCKSPEC): $(srcdir)/bindings/lua/dnsrcode.rockspec.in $(srcdir)/lib/local.mk $(srcdir)/configure.ac
	$(AM_V_GEN)sources=; \
	for f in bindings/lua/dnsrcode_wrap.c $(lib_libdnsrcode_la_SOURCES); do \
	  case $$f in *.c) sources="$$sources \"$$f\",";; esac; \
	done; \
	sed -e 's|%VERSION%|$(VERSION)|g' -e "s|%SOURCES%|$$sources|" \
	  $(srcdir)/bindings/lua/dnsrcode.rockspec.in >$@-t && mv $@-t $@
ROCK_DIR = $(PACKAGES_DIR)/rock
ROCK_LUA_VERSIONS = 5.1 5.2 5.3 5.4
LUAROCKS = luarocks
rock:
	$(MAKE) $(AM_MAKEFLAGS) dist-gzip
	rm -rf $(ROCK_DIR) && $(MKDIR_P) $(ROCK_DIR)
	tar -xzf $(distdir).tar.gz -C $(ROCK_DIR) $(distdir)/$(ROCKSPEC)
	mv $(ROCK_DIR)/$(distdir)/$(ROCKSPEC) $(ROCK_DIR)/ && rmdir $(ROCK_DIR)/$(distdir)
	@for v in $(ROCK_LUA_VERSIONS); do \
	  src=$(ROCK_DIR)/src-$$v; \
	  echo "== Lua $$v: $(LUAROCKS) --lua-version $$v make --tree=$(ROCK_DIR)/$$v"; \
	  $(MKDIR_P) $$src && tar -xzf $(distdir).tar.gz -C $$src && \
	  (cd $$src/$(distdir) && \
	    $(LUAROCKS) --lua-version $$v make --tree='$(abs_builddir)/$(ROCK_DIR)/'$$v $(ROCKSPEC)) || exit 1; \
	  rm -rf $$src; \
	done
rock-check:
	@test -d $(ROCK_DIR) || { echo "rock-check: run make rock first" >&2; exit 1; }
	READELF='$(READELF)' LUA_TESTS='$(LUA_TESTS)' LUAROCKS='$(LUAROCKS)' $(SHELL) \
	  $(srcdir)/tests/check-rock.sh $(srcdir) $(ROCK_DIR) $(ROCK_LUA_VERSIONS)
.PHONY: rock rock-check

# ---- Debian: debian/ is not in the tarball; it joins the unpacked copy,
# and the tarball is the .orig.tar.gz.  Set DEB_BUILD_OPTIONS as usual
# (nocheck where make check already ran; parallel=N).
DEB_DIR = $(PACKAGES_DIR)/deb
# Lintian must show nothing: no error, warning, info or pedantic tag that
# debian/*.lintian-overrides does not override with its reason.
LINTIAN_FLAGS = --pedantic -I
deb:
	@deb_version=`cd $(srcdir) && dpkg-parsechangelog -S Version`; \
	case $$deb_version in \
	$(VERSION)-*) ;; \
	*) echo "deb: debian/changelog is at $$deb_version, the library at $(VERSION): add an entry (dch -v $(VERSION)-1)" >&2; exit 1 ;; \
	esac
	$(MAKE) $(AM_MAKEFLAGS) dist-gzip
	rm -rf $(DEB_DIR) && $(MKDIR_P) $(DEB_DIR)
	cp $(distdir).tar.gz $(DEB_DIR)/$(PACKAGE)_$(VERSION).orig.tar.gz
	tar -xzf $(distdir).tar.gz -C $(DEB_DIR)
	cp -R $(srcdir)/debian $(DEB_DIR)/$(distdir)/
	cd $(DEB_DIR)/$(distdir) && dpkg-buildpackage -us -uc -b
	lintian $(LINTIAN_FLAGS) $(DEB_DIR)/*.changes >$(DEB_DIR)/lintian.log || \
	  { cat $(DEB_DIR)/lintian.log; exit 1; }
	@cat $(DEB_DIR)/lintian.log; \
	if grep -q '^[A-Z]: ' $(DEB_DIR)/lintian.log; then \
	  echo "deb: lintian has something to say (above): fix it, or override it in debian/PACKAGE.lintian-overrides with a one-line reason above the tag" >&2; \
	  exit 1; \
	fi; \
	echo "lintian $(LINTIAN_FLAGS): no tag"
# autopkgtest's null runner installs the packages on this machine; they
# are purged after, whatever the tests say.
deb-check:
	@test -d $(DEB_DIR)/$(distdir) || { echo "deb-check: run make deb first" >&2; exit 1; }
	autopkgtest $(DEB_DIR)/*.deb $(DEB_DIR)/$(distdir)/ -- null; \
	status=$$?; \
	dpkg --purge `cd $(DEB_DIR)/$(distdir) && dh_listpackages`; \
	exit $$status
.PHONY: deb deb-check
