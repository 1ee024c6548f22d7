# ------------------------------------------------------------------- fuzz
# libFuzzer targets.  fuzz/fuzz_NAME.c defines LLVMFuzzerTestOneInput and
# fuzz/corpus/NAME/ holds its corpus.  In every build fuzz/fuzz_NAME is
# that target linked with fuzz/replay.c, a test that runs the corpus; with
# --enable-fuzzing, `make fuzz-build` also links fuzz/fuzz_NAME-fuzzer
# with libFuzzer.  A new target is one more line here:
FUZZ_TARGETS = \
	fuzz/fuzz_parse \
	fuzz/fuzz_lookup_name \
	fuzz/fuzz_format \
	fuzz/fuzz_msg_status \
	fuzz/fuzz_ede_parse \
	fuzz/fuzz_capture

# With --enable-fuzzing and libknot, the differential target too
# (fuzz/README.md); it replays its corpus like the others.
# (Flags of its own would rename its object, which fuzz-build links.)
if FUZZ_KNOT
FUZZ_TARGETS += fuzz/fuzz_msg_knot
AM_CPPFLAGS += $(KNOT_CFLAGS)
fuzz_fuzz_msg_knot_LDADD = $(LDADD) $(KNOT_LIBS)
FUZZ_KNOT_LIBS = $(KNOT_LIBS)
endif

check_PROGRAMS += $(FUZZ_TARGETS)
TESTS += $(FUZZ_TARGETS)
# libmsgref.a: the plain second reader of a message's status that the
# message targets hold the library to (fuzz/msg_reference.h).
check_LIBRARIES = fuzz/libreplay.a fuzz/libmsgref.a
fuzz_libmsgref_a_SOURCES = fuzz/msg_reference.c fuzz/msg_reference.h
fuzz_libreplay_a_SOURCES = fuzz/replay.c fuzz/fuzz.h
fuzz_libreplay_a_CPPFLAGS = $(AM_CPPFLAGS) -DFUZZ_CORPUS_ROOT='"$(abs_top_srcdir)/fuzz/corpus"'
# The targets take automake's default source (fuzz/fuzz_NAME.c) and this
# default LDADD, so that FUZZ_TARGETS is all a target needs; a program
# with an LDADD of its own is not affected.  replay.o is pulled from the
# archive only by a program that has no main() of its own.
LDADD = fuzz/libreplay.a fuzz/libmsgref.a lib/libdnsrcode.la
# The capture reader is the dnsrcode program's (tools/libinput.a), not
# the library's; its corpus is written by fuzz/gen_capture_corpus.py.
fuzz_fuzz_capture_LDADD = fuzz/libreplay.a tools/libinput.a lib/libdnsrcode.la $(PCAP_LIBS)
FUZZ_LIBS = tools/libinput.a $(PCAP_LIBS)

FUZZ_SECONDS = 60
FUZZ_FLAGS =
fuzz-build: $(FUZZ_TARGETS)
if ENABLE_FUZZING
	@for t in $(FUZZ_TARGETS); do \
	  echo "  CCLD     $$t-fuzzer"; \
	  extra=; test $$t != fuzz/fuzz_msg_knot || extra='$(FUZZ_KNOT_LIBS)'; \
	  $(LIBTOOL) $(AM_LIBTOOLFLAGS) $(LIBTOOLFLAGS) --mode=link --silent \
	    $(CC) $(CFLAGS) $(LDFLAGS) -fsanitize=fuzzer -no-install \
	    -o $$t-fuzzer $$t.$(OBJEXT) fuzz/libmsgref.a lib/libdnsrcode.la $(FUZZ_LIBS) $$extra || exit 1; \
	done
else
	@echo "fuzz-build: configure with CC=clang --enable-fuzzing" >&2; exit 1
endif
# New inputs go to fuzz/findings/NAME; `make fuzz-merge` then adds those
# that reach new code, minimised by libFuzzer, to the committed corpus.
fuzz-run: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  n=`echo $$t | sed 's,.*/fuzz_,,'`; \
	  $(MKDIR_P) fuzz/findings/$$n; \
	  echo "== $$n: $(FUZZ_SECONDS) s"; \
	  ./$$t-fuzzer -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=fuzz/findings/$$n- $(FUZZ_FLAGS) \
	    fuzz/findings/$$n $(srcdir)/fuzz/corpus/$$n || exit 1; \
	done
fuzz-merge: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  n=`echo $$t | sed 's,.*/fuzz_,,'`; \
	  test -d fuzz/findings/$$n || continue; \
	  ./$$t-fuzzer -merge=1 $(srcdir)/fuzz/corpus/$$n fuzz/findings/$$n || exit 1; \
	done
# The targets' sources are distributed as theirs (fuzz_msg_knot.c too,
# whatever this tree was configured with).
EXTRA_DIST += fuzz/README.md fuzz/corpus fuzz/gen_msg_status_corpus.py fuzz/gen_capture_corpus.py
CLEANFILES += $(FUZZ_TARGETS:=-fuzzer)
.PHONY: fuzz-build fuzz-run fuzz-merge
