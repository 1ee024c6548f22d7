# ------------------------------------------------------- registry tables
# lib/rcode-table.inc and lib/ede-table.inc are generated from data/ and
# checked in, so a build needs no generator; tests/check-table.sh and
# tests/check-ede-table.sh prove the checked-in copies are current.
# `make regen` writes both.
RCODE_TABLE_INPUTS = \
	data/registry-date \
	data/rcodes.csv \
	data/rcode-notes.csv \
	data/rcode-aliases.csv
EDE_TABLE_INPUTS = \
	data/rcode-notes.csv \
	data/ede.csv \
	data/ede-notes.csv \
	data/ede-aliases.csv

regen: regen-ede
	$(AWK) -f $(srcdir)/data/table-lib.awk -f $(srcdir)/data/gen-rcode-table.awk $(RCODE_TABLE_INPUTS:%=$(srcdir)/%) > $(srcdir)/lib/rcode-table.inc.tmp
	mv $(srcdir)/lib/rcode-table.inc.tmp $(srcdir)/lib/rcode-table.inc
regen-ede:
	$(AWK) -f $(srcdir)/data/table-lib.awk -f $(srcdir)/data/gen-ede-table.awk $(EDE_TABLE_INPUTS:%=$(srcdir)/%) > $(srcdir)/lib/ede-table.inc.tmp
	mv $(srcdir)/lib/ede-table.inc.tmp $(srcdir)/lib/ede-table.inc
.PHONY: regen regen-ede

EXTRA_DIST += $(RCODE_TABLE_INPUTS) $(EDE_TABLE_INPUTS) data/table-lib.awk \
	data/gen-rcode-table.awk data/gen-ede-table.awk data/PROVENANCE.md data/iana.cksum
