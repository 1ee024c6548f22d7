# ------------------------------------------------------- registry table
# The table is generated from data/ and checked in, so a build needs no
# generator; tests/check-table.sh proves the checked-in copy is current.
RCODE_TABLE_INPUTS = \
	data/registry-date \
	data/rcodes.csv \
	data/rcode-notes.csv \
	data/rcode-aliases.csv
EXTRA_DIST += $(RCODE_TABLE_INPUTS) data/table-lib.awk data/gen-rcode-table.awk data/ede.csv data/PROVENANCE.md

regen:
	$(AWK) -f $(srcdir)/data/table-lib.awk -f $(srcdir)/data/gen-rcode-table.awk $(RCODE_TABLE_INPUTS:%=$(srcdir)/%) > $(srcdir)/lib/rcode-table.inc.tmp
	mv $(srcdir)/lib/rcode-table.inc.tmp $(srcdir)/lib/rcode-table.inc
.PHONY: regen

EDE_TABLE_INPUTS = \
	data/rcode-notes.csv \
	data/ede.csv \
	data/ede-notes.csv \
	data/ede-aliases.csv
EXTRA_DIST += data/gen-ede-table.awk data/ede-notes.csv data/ede-aliases.csv

regen: regen-ede
regen-ede:
	$(AWK) -f $(srcdir)/data/table-lib.awk -f $(srcdir)/data/gen-ede-table.awk $(EDE_TABLE_INPUTS:%=$(srcdir)/%) > $(srcdir)/lib/ede-table.inc.tmp
	mv $(srcdir)/lib/ede-table.inc.tmp $(srcdir)/lib/ede-table.inc
.PHONY: regen-ede
