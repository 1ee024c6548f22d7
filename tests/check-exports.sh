#!/bin/sh
# check-exports.sh - the built library exports exactly what
# lib/libdnsrcode.map lists, each name at the version node it is listed
# in; no dynamic relocation names one of those exports (the library's own
# calls bind inside it); it imports no allocator; and its own objects have
# no writable data.
#
# Exit status: 0 pass, 1 fail, 77 skip (no shared library was built, or
# no readelf to read its relocations: the other checks still run then, and
# still fail the test).

: "${top_srcdir:=.}"
: "${top_builddir:=.}"
NM=${NM:-nm}
SIZE=${SIZE:-size}
OBJDUMP=${OBJDUMP:-objdump}
READELF=${READELF:-readelf}

lib=$top_builddir/lib/.libs/libdnsrcode.so
map=$top_srcdir/lib/libdnsrcode.map
objdir=$top_builddir/lib/.libs

if test ! -f "$lib"; then
	echo "SKIP: $lib not built (shared libraries disabled?)"
	exit 77
fi

tmp=${TMPDIR:-/tmp}/check-exports.$$
mkdir "$tmp" || exit 99
trap 'rm -rf "$tmp"' EXIT HUP INT TERM
fail=0

# ---- exports against the version script.
# Want "NAME@@NODE" for every global of every node and "NODE NAME" for
# every node (nm lists each version definition as an absolute symbol).
# Comments go first, then each "NODE { ... } [PARENT];" is read whole.
tr '\n' ' ' <"$map" |
	sed -e 's,/\*[^*]*\*\**\([^/*][^*]*\*\**\)*/, ,g' |
	awk '
	{
		s = $0
		while (match(s, /[A-Za-z0-9_.]+[ \t]*\{[^}]*\}[ \t]*[A-Za-z0-9_.]*[ \t]*;/)) {
			n = substr(s, RSTART, RLENGTH)
			s = substr(s, RSTART + RLENGTH)
			node = n
			sub(/[ \t]*\{.*/, "", node)
			body = n
			sub(/^[^{]*\{/, "", body)
			sub(/\}.*/, "", body)
			print "NODE " node
			gsub(/;/, " ", body)
			k = split(body, w, /[ \t]+/)
			scope = ""
			for (i = 1; i <= k; i++) {
				if (w[i] == "")
					continue
				if (w[i] == "global:" || w[i] == "local:")
					scope = w[i]
				else if (scope == "global:")
					print w[i] "@@" node
			}
		}
	}' | sort >"$tmp/want" || exit 99

if ! grep -q '@@' "$tmp/want"; then
	echo "FAIL: no exported names read from $map"
	exit 1
fi

# nm prints "ADDR T name@@NODE" for versioned functions and "0 A NODE"
# for each version definition.
$NM -D --defined-only "$lib" >"$tmp/nm" || exit 99
awk '$2 == "A" { print "NODE " $3; next } { print $3 }' "$tmp/nm" | sort >"$tmp/have"

if ! cmp -s "$tmp/want" "$tmp/have"; then
	echo "FAIL: exports differ from $map (< map only, > library only):"
	diff "$tmp/want" "$tmp/have" | grep '^[<>]'
	fail=1
else
	echo "ok: $(grep -c '@@' "$tmp/have") exported symbols match $map"
fi
if grep -v '^NODE ' "$tmp/have" | grep -v '@@' >"$tmp/unversioned"; then
	echo "FAIL: exported without a version node:"
	cat "$tmp/unversioned"
	fail=1
fi

# ---- the library's own calls bind inside it.  An exported function is
# preemptible: a call to it from inside the library goes through the PLT,
# costs a JUMP_SLOT relocation naming it, and lets a program that defines
# the same name take over the library's internals.  Such a call must go to
# the hidden implementation (lib/internal.h).  So no dynamic relocation may
# name an export of ours; those naming what the library imports (libc's
# functions, the C runtime's weak symbols) are listed, not judged.
# In a sanitizer or fuzzing build the compiler stores our functions'
# addresses itself (ASan's stack frame descriptions, the coverage PC
# table), which takes GLOB_DAT and absolute relocations naming exports:
# there only calls through the PLT (*_JUMP_SLOT, *_JMP_SLOT) are judged.
skip_relocs=
if ! command -v "$READELF" >/dev/null 2>&1; then
	echo "SKIP: no readelf ('$READELF'): dynamic relocations not checked"
	skip_relocs=1
else
	LC_ALL=C $READELF -rW "$lib" >"$tmp/readelf" || exit 99
	$NM -D --undefined-only "$lib" >"$tmp/undefined" || exit 99
	reloc_instrumented=0
	grep -q -E '__(asan|ubsan|tsan|msan|sanitizer)_' "$tmp/undefined" && reloc_instrumented=1
	# "OFFSET INFO TYPE VALUE NAME[@[@]NODE] [+ ADDEND]"; a relocation
	# without a symbol (R_*_RELATIVE) has four fields or fewer.
	awk '$1 ~ /^[0-9a-fA-F]+$/ && $3 ~ /^R_/ && NF >= 5 { print $3, $5 }' \
		"$tmp/readelf" >"$tmp/relocs"
	awk '$2 != "A" { n = $3; sub(/@.*/, "", n); print n }' "$tmp/nm" | sort -u >"$tmp/own"
	# Each named relocation as "own|instrumentation|import TYPE NAME".
	awk -v instrumented="$reloc_instrumented" '
		NR == FNR { own[$1] = 1; next }
		{
			n = $2
			sub(/@.*/, "", n)
			if (!(n in own))
				print "import", $1, $2
			else if (instrumented && $1 !~ /_JU?MP_SLOT$/)
				print "instrumentation", $1, $2
			else
				print "own", $1, $2
		}' "$tmp/own" "$tmp/relocs" >"$tmp/named"
	if ! test -s "$tmp/own"; then
		echo "FAIL: no exports read from $NM -D to compare relocations with"
		fail=1
	elif ! test -s "$tmp/relocs" && test -s "$tmp/undefined"; then
		# Every import is bound by a relocation naming it: none read
		# means readelf's output was not understood.
		echo "FAIL: no relocation naming a symbol read from $READELF -rW $lib"
		fail=1
	elif grep '^own ' "$tmp/named" >"$tmp/bad"; then
		echo "FAIL: dynamic relocations name the library's own exports (internal calls through the PLT?):"
		awk '{ print "  " $2 " " $3 }' "$tmp/bad"
		fail=1
	else
		if test "$reloc_instrumented" -eq 1; then
			echo "ok: no call through the PLT to an export (instrumented build:" \
				"$(grep -c '^instrumentation ' "$tmp/named") relocations of the instrumentation naming exports set aside)"
		else
			echo "ok: no dynamic relocation names an export"
		fi
		echo "relocations naming imports:"
		awk '$1 == "import" { n = $3; sub(/@.*/, "", n); s[$2] = s[$2] " " n }
			END { for (t in s) print "  " t ":" s[t] }' "$tmp/named" | sort
	fi
fi

# ---- no allocator.  The library promises never to allocate: importing
# any of these means some path does (or could, through stdio).
$NM -D --undefined-only "$lib" | awk '{ n = $NF; sub(/@.*/, "", n); print n }' |
	sort -u >"$tmp/imports"
echo "imports: $(tr '\n' ' ' <"$tmp/imports")"
allocators='^(malloc|calloc|realloc|reallocarray|free|cfree|strdup|strndup|wcsdup|__strdup|__strndup|aligned_alloc|posix_memalign|memalign|valloc|pvalloc|asprintf|vasprintf|__asprintf|getline|getdelim|__getdelim|open_memstream|open_wmemstream|fopen|fopen64|fdopen|tmpfile|tmpfile64|tempnam|tmpnam|realpath|canonicalize_file_name|mmap|mmap64|sbrk|brk|_Znwm|_Znam|_ZnwmRKSt9nothrow_t|_ZnamRKSt9nothrow_t|_ZdlPv|_ZdaPv|__libc_malloc|__libc_calloc|__libc_realloc|__libc_free)$'
# A gcov build links libgcov into the library, whose counters are written
# out through stdio at exit: its imports are not the library's.
if $NM -u "$objdir"/*.o 2>/dev/null | grep -q "__gcov_"; then
	echo "SKIP: gcov build: libgcov's imports are not the library's (allocators not checked)"
elif grep -E "$allocators" "$tmp/imports" >"$tmp/bad"; then
	echo "FAIL: the library imports allocating functions: $(tr '\n' ' ' <"$tmp/bad")"
	fail=1
else
	echo "ok: no allocator imported"
fi

# ---- no writable data of its own.  Measured on the library's objects:
# the linked .so has a few bytes of .data and .bss from crtbeginS.o and
# friends that are not ours.  .data.rel.ro is left out: the loader makes
# it read-only after relocation.  Two measures:
#  - no object symbol in a writable section (objdump -t, which names the
#    section; nm calls .data.rel.ro "d" too);
#  - no byte in a writable section at all.
# In a sanitizer, fuzzing or gcov build the compiler adds its own writable
# data (ASan global descriptors, UBSan source locations, coverage
# counters): there its symbols are set aside by name and section sizes not
# measured.
set -- "$objdir"/*.o
if test ! -f "$1"; then
	echo "FAIL: no objects in $objdir"
	exit 1
fi
instrumentation='^(__unnamed_[0-9]+|__sancov_.*|__asan_.*|___asan_gen_.*|__odr_asan.*|__ubsan_.*|__gcov.*|\.L.*)$'
writable=0
instrumented=
for obj in "$@"; do
	name=$(basename "$obj")
	$NM -u "$obj" | grep -q -E '__(asan|ubsan|tsan|msan|sanitizer|gcov)_' && instrumented=1
	$OBJDUMP -t "$obj" | awk '
		$3 == "O" && $4 ~ /^\.(data|bss|tdata|tbss)($|\.)/ && $4 !~ /^\.data\.rel\.ro($|\.)/ {
			print $NF
		}' >"$tmp/objects" || exit 99
	if test -n "$instrumented"; then
		grep -v -E "$instrumentation" "$tmp/objects" >"$tmp/ours" || :
	else
		cp "$tmp/objects" "$tmp/ours"
	fi
	if test -s "$tmp/ours"; then
		echo "FAIL: $name defines writable objects: $(tr '\n' ' ' <"$tmp/ours")"
		writable=1
	fi
	test -n "$instrumented" && continue
	$SIZE -A "$obj" | awk '
		$1 ~ /^\.(data|bss|tdata|tbss)($|\.)/ && $1 !~ /^\.data\.rel\.ro($|\.)/ && $2 > 0 {
			print $1 " " $2
		}' >"$tmp/sections" || exit 99
	if test -s "$tmp/sections"; then
		echo "FAIL: $name has writable sections: $(tr '\n' ' ' <"$tmp/sections")"
		writable=1
	fi
done
if test "$writable" -ne 0; then
	fail=1
elif test -n "$instrumented"; then
	echo "ok: no writable objects of ours in $# objects (instrumented build: sizes not measured)"
else
	echo "ok: no writable objects and 0 bytes in writable sections in $# objects"
fi

test "$fail" -ne 0 && exit 1
test -n "$skip_relocs" && exit 77
exit 0
