# -------------------------------------------------------------------- ABI
# make abi-check: the exported interface against abi/libdnsrcode.abi,
# written by abidw from the debug information.  Any abidiff status but 0
# fails: it is 4, not 8, for a changed parameter type or enum value, and
# 12 for a removed function or renamed version node.  abidiff also passes
# a stripped library, so the check first proves .debug_info is there.
# Types not defined in include/ (the opaque struct's layout) are not ABI.
#
# abidw 2.2 without --exported-interfaces-only ties a function to its ELF
# symbol only in the first file that declares it: a function called from
# an earlier file then loses its type in the baseline and a changed
# parameter type goes unseen; abi-baseline refuses a baseline with such an
# untied symbol.
#
# The header's enums (error codes, styles, families, EDE categories...)
# are ABI too, but no function signature names most of them, so the
# exported-interfaces view above cannot see them.  A second baseline,
# abi/dnsrcode-types.abi, holds every type of include/ (abidw
# --load-all-types; the library keeps their debug information through
# ABI_DEBUG_CFLAGS), compared with abidiff --non-reachable-types: a changed
# or removed enumerator fails, an appended one passes.  The library's
# private types come into that baseline too, by name, and are not judged
# (abi/private-types.suppr): renaming them is no ABI change.
ABI_BASELINE = $(srcdir)/abi/libdnsrcode.abi
ABI_TYPES = $(srcdir)/abi/dnsrcode-types.abi
ABI_PRIVATE_TYPES = $(srcdir)/abi/private-types.suppr
ABI_LIBRARY = lib/.libs/libdnsrcode.so
ABI_COMMON_FLAGS = --headers-dir $(srcdir)/include --drop-private-types \
	--no-corpus-path --no-comp-dir-path --no-show-locs
ABIDW_FLAGS = $(ABI_COMMON_FLAGS) --exported-interfaces-only
ABIDW_TYPES_FLAGS = $(ABI_COMMON_FLAGS) --load-all-types
ABIDIFF_FLAGS = --fail-no-debug-info --headers-dir2 $(srcdir)/include --drop-private-types \
	--exported-interfaces-only
EXTRA_DIST += $(ABI_BASELINE) $(ABI_TYPES) $(ABI_PRIVATE_TYPES)
# Source paths relative to the tree, whichever build directory wrote it.
abi_relative = sed -e "s|path='$(abs_top_srcdir)/|path='|" -e "s|path='$(top_srcdir)/|path='|"

abi-debuginfo: lib/libdnsrcode.la
	@test -n "$(READELF)" || { echo "abi-check: readelf not found" >&2; exit 1; }
	@if ! $(READELF) -S $(ABI_LIBRARY) | grep -q '\.debug_info'; then \
	  echo "abi-check: $(ABI_LIBRARY) has no .debug_info: build with -g (the default CFLAGS have it), do not strip" >&2; \
	  exit 1; \
	fi
abi-check: abi-debuginfo
	@test -n "$(ABIDIFF)" || { echo "abi-check: abidiff not found (Debian: abigail-tools)" >&2; exit 1; }
	@test -n "$(ABIDW)" || { echo "abi-check: abidw not found (Debian: abigail-tools)" >&2; exit 1; }
	@echo "abidiff $(ABI_BASELINE) $(ABI_LIBRARY)"; \
	$(ABIDIFF) $(ABIDIFF_FLAGS) $(ABI_BASELINE) $(ABI_LIBRARY); \
	status=$$?; \
	echo "abidiff --non-reachable-types $(ABI_TYPES) (types of $(ABI_LIBRARY))"; \
	$(ABIDW) $(ABIDW_TYPES_FLAGS) --out-file abi-types.tmp $(ABI_LIBRARY) && \
	$(ABIDIFF) --non-reachable-types --suppressions $(ABI_PRIVATE_TYPES) $(ABI_TYPES) abi-types.tmp; \
	types=$$?; \
	rm -f abi-types.tmp; \
	if test $$status -ne 0 || test $$types -ne 0; then \
	  echo "abi-check: the ABI differs from the baseline (abidiff exit status $$status, types $$types)." >&2; \
	  echo "  Removed or changed: a compatibility break; undo it (a 1.x release never breaks)." >&2; \
	  echo "  Only added: put the names in a new version node of lib/libdnsrcode.map," >&2; \
	  echo "  then record the new ABI with 'make abi-baseline' and commit it." >&2; \
	  exit 1; \
	fi; \
	echo "abi-check: no ABI change against $(ABI_BASELINE) and $(ABI_TYPES)"
abi-baseline: abi-debuginfo
	@test -n "$(ABIDW)" || { echo "abi-baseline: abidw not found (Debian: abigail-tools)" >&2; exit 1; }
	$(ABIDW) $(ABIDW_FLAGS) --out-file abi-baseline.tmp $(ABI_LIBRARY)
	@syms=`grep -c "<elf-symbol name='" abi-baseline.tmp`; \
	tied=`grep -c "<function-decl .*elf-symbol-id=" abi-baseline.tmp`; \
	if test "$$syms" -eq 0 || test "$$syms" -ne "$$tied"; then \
	  echo "abi-baseline: $$syms exported symbols but $$tied typed functions; not written" >&2; \
	  rm -f abi-baseline.tmp; exit 1; \
	fi
	$(abi_relative) abi-baseline.tmp >$(ABI_BASELINE)
	$(ABIDW) $(ABIDW_TYPES_FLAGS) --out-file abi-baseline.tmp $(ABI_LIBRARY)
	@enums=`grep -c "<enum-decl name='dnsrcode_" abi-baseline.tmp`; \
	if test "$$enums" -lt 8; then \
	  echo "abi-baseline: only $$enums of the header's enums in the debug information; not written" >&2; \
	  rm -f abi-baseline.tmp; exit 1; \
	fi
	$(abi_relative) abi-baseline.tmp >$(ABI_TYPES)
	@rm -f abi-baseline.tmp
.PHONY: abi-debuginfo abi-check abi-baseline
