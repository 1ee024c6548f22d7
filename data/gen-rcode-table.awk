# gen-rcode-table.awk - build lib/rcode-table.inc from the registry data.
#
#   awk -f data/table-lib.awk -f data/gen-rcode-table.awk data/registry-date data/rcodes.csv \
#       data/rcode-notes.csv data/rcode-aliases.csv > lib/rcode-table.inc
#
# rcodes.csv is IANA's "DNS RCODEs" registry, copied verbatim; the notes add
# what IANA does not say (mnemonic, families, wire contexts, explanation)
# and the RFC text those rest on (basis: checked to be there, not carried
# into the table, as the C API has no field for it); the aliases are
# spellings other software prints.  Any row without its
# partner, any gap or overlap in the value space, and any text too long for
# the table's fields stops the build: a registry update must be a data
# change that the generator checks, never a silent half-update.
# POSIX awk only (mawk, gawk, busybox).

function bits(list, names,    n, i, part, v) {
	if (list == "") return "0"
	n = split(list, part, "|"); v = ""
	for (i = 1; i <= n; i++) {
		if (!(part[i] in names)) die("unknown name '" part[i] "' on line " FNR)
		v = v (v == "" ? "" : " | ") names[part[i]]
	}
	return v
}

# Over the folded text (c | 0x20, which is tolower() for A-Z and leaves
# digits alone), so that the library hashes any case without a copy.
function name_hash(s, a, b, c, size,    n) {
	s = tolower(s)
	n = length(s)
	return (ord(substr(s, 1, 1)) * a + ord(substr(s, n, 1)) * b \
	        + ord(substr(s, int(n / 2) + 1, 1)) * c + n) % size
}

# Whether some multipliers give every name its own slot of size: the first
# such go to HA, HB, HC and each name's slot to slot[].
function perfect_hash(size,    ha, hb, hc, h, i, ok) {
	for (ha = 1; ha < size; ha++)
	for (hb = 1; hb < size; hb++)
	for (hc = 0; hc < size; hc++) {
		split("", slot)
		ok = 1
		for (i = 1; i <= n_names && ok; i++) {
			h = name_hash(nm[i], ha, hb, hc, size)
			if (h in slot) ok = 0
			else slot[h] = i
		}
		if (ok) { HA = ha; HB = hb; HC = hc; return 1 }
	}
	return 0
}

BEGIN {
	GENERATOR = "gen-rcode-table.awk"
	FAM["BASE"] = "DNSRCODE_FAMILY_BASE"; FAM["UPDATE"] = "DNSRCODE_FAMILY_UPDATE"
	FAM["DSO"] = "DNSRCODE_FAMILY_DSO"; FAM["EDNS"] = "DNSRCODE_FAMILY_EDNS"
	FAM["TSIG"] = "DNSRCODE_FAMILY_TSIG"; FAM["TKEY"] = "DNSRCODE_FAMILY_TKEY"
	FAM["COOKIE"] = "DNSRCODE_FAMILY_COOKIE"
	CTX["HEADER"] = "DNSRCODE_CTXBIT_HEADER"; CTX["EDNS"] = "DNSRCODE_CTXBIT_EDNS"
	CTX["TSIG"] = "DNSRCODE_CTXBIT_TSIG"; CTX["TKEY"] = "DNSRCODE_CTXBIT_TKEY"
	CTXNUM["ANY"] = 0; CTXNUM["HEADER"] = 1; CTXNUM["EDNS"] = 2
	CTXNUM["TSIG"] = 3; CTXNUM["TKEY"] = 4
	CTXMAX[0] = 65535; CTXMAX[1] = 15; CTXMAX[2] = 4095; CTXMAX[3] = 65535; CTXMAX[4] = 65535
	# The parser compares a name as two overlapping words of 4 or 8
	# bytes (lib/rcode-parse.c).
	NAME_WORDS_MIN = 4; NAME_WORDS_MAX = 16
	PREFIX = "RCODE"
	REF_SEP = " " # RCODE references hold no spaces
}

{ sub(/\r$/, "") }

FILENAME ~ /registry-date$/ {
	if ($0 !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/) die("not a YYYY-MM-DD date")
	date = $0
	next
}

FILENAME ~ /rcodes\.csv$/ {
	if (FNR == 1) { expect_header("value,name,description,reference"); next }
	csv_split($0, f)
	# A row without a description names a range class; 65535 is one too.
	if (f[1] ~ /^[0-9]+$/ && f[3] != "") {
		n_rows++
		row_code[n_rows] = f[1] + 0; row_name[n_rows] = f[2]
		row_desc[n_rows] = f[3]; row_ref[n_rows] = refs_plain(f[4])
		split(row_ref[n_rows], first_ref, " ")
		key = (f[1] + 0) "/" first_ref[1]
		if (key in row_of) die("two rows for " key)
		row_of[key] = n_rows
	} else if (f[1] ~ /^[0-9]+(-[0-9]+)?$/) {
		add_range(f[1], f[2], refs_plain(f[4]))
	} else die("unexpected value '" f[1] "'")
	next
}

FILENAME ~ /rcode-notes\.csv$/ {
	if (FNR == 1) { expect_header("value,defined_by,mnemonic,families,contexts,selected_in,explanation,basis"); next }
	if (csv_split($0, f) != 8) die("line " FNR " does not have 8 fields")
	key = (f[1] + 0) "/" f[2]
	if (!(key in row_of)) die("note for " key " has no registry row")
	r = row_of[key]
	if (r in row_mnemonic) die("two notes for " key)
	if (toupper(row_name[r]) != f[3]) die("mnemonic " f[3] " is not the upper-case IANA name " row_name[r])
	row_mnemonic[r] = f[3]
	row_fam[r] = bits(f[4], FAM); row_ctx[r] = bits(f[5], CTX)
	row_sel[r] = f[6]; row_expl[r] = f[7]
	if (f[7] == "" || f[8] == "") die("no explanation or basis for " key)
	next
}

FILENAME ~ /rcode-aliases\.csv$/ {
	if (FNR == 1) { expect_header("alias,value,printed_by"); next }
	if (csv_split($0, f) != 3 || f[3] == "") die("line " FNR " does not name the software that prints it")
	n_alias++
	alias_name[n_alias] = toupper(f[1]); alias_code[n_alias] = f[2] + 0
	next
}

END {
	if (failed) exit 1
	for (r = 1; r <= n_rows; r++)
		if (!(r in row_mnemonic)) { FILENAME = "rcode-notes.csv"; die("no note for " row_code[r] "/" row_name[r]) }

	for (r = 1; r <= n_rows; r++) assigned[row_code[r]] = 1
	check_coverage(assigned)
	DENSE = dense_size(assigned, n_rows)
	# Cells per code in the to-text table: the contexts, padded to a power
	# of two so that the index is a shift.
	n_ctx = 0; for (name in CTXNUM) n_ctx++
	CTX_STRIDE = pow2_at_least(n_ctx)

	# Which row a value means in each context: the first row, unless a later
	# row of the same value says it is selected in that context.
	for (ctx = 0; ctx < n_ctx; ctx++) for (c = 0; c < DENSE; c++) pick[ctx, c] = NO_ENTRY
	for (r = 1; r <= n_rows; r++) {
		c = row_code[r]
		for (name in CTXNUM) {
			ctx = CTXNUM[name]
			if (c > CTXMAX[ctx]) continue
			if (pick[ctx, c] == NO_ENTRY || index("|" row_sel[r] "|", "|" name "|"))
				pick[ctx, c] = r - 1
		}
	}

	# Names for parsing: each distinct mnemonic (first row wins), then aliases.
	n_names = 0
	for (r = 1; r <= n_rows; r++) {
		m = row_mnemonic[r]
		if (m in name_seen) continue
		name_seen[m] = 1
		n_names++; nm[n_names] = m; nm_code[n_names] = row_code[r]; nm_entry[n_names] = r - 1; nm_alias[n_names] = 0
	}
	for (a = 1; a <= n_alias; a++) {
		m = alias_name[a]
		if (m in name_seen) { FILENAME = "rcode-aliases.csv"; die("alias " m " is also a name") }
		if (m !~ /^[A-Z][A-Z0-9]*$/) { FILENAME = "rcode-aliases.csv"; die("alias " m " is not a word") }
		name_seen[m] = 1
		n_names++; nm[n_names] = m; nm_code[n_names] = alias_code[a]; nm_alias[n_names] = 1
		nm_entry[n_names] = (alias_code[a] < DENSE) ? pick[0, alias_code[a]] : NO_ENTRY
	}
	# The parser compares a name as two overlapping words of 4 or 8 bytes,
	# folding case only where the key has a letter: that needs names of
	# NAME_WORDS_MIN to NAME_WORDS_MAX bytes made of A-Z and 0-9.
	for (i = 1; i <= n_names; i++) {
		if (nm[i] !~ /^[A-Z][A-Z0-9]*$/) die("name " nm[i] " is not A-Z and 0-9")
		check_not_generic(nm[i], "name")
	}
	NAME_MIN = shortest(nm, n_names); NAME_MAX = longest(nm, n_names)
	if (NAME_MIN < NAME_WORDS_MIN || NAME_MAX > NAME_WORDS_MAX)
		die("names of " NAME_MIN " to " NAME_MAX " bytes; the parser compares " NAME_WORDS_MIN " to " NAME_WORDS_MAX)

	# A perfect hash over the upper-case names, in a power of two of at
	# least twice as many slots as names (the remainder is then a mask),
	# doubled until one is found.
	for (HASH_SIZE = pow2_at_least(2 * n_names); !perfect_hash(HASH_SIZE); HASH_SIZE *= 2)
		if (HASH_SIZE >= 1024) die("no perfect hash for the names")

	# The string blob: offsets instead of pointers, so the tables need no
	# relocation at load time.
	for (r = 1; r <= n_rows; r++) {
		off_name[r] = intern(row_name[r]); off_mn[r] = intern(row_mnemonic[r])
		off_desc[r] = intern(row_desc[r]); off_expl[r] = intern(row_expl[r])
		off_ref[r] = intern(row_ref[r])
	}
	for (i = 1; i <= n_names; i++) off_nm[i] = intern(nm[i])
	intern_ranges()
	# to-text's offset 0 means none, which is free because the blob
	# starts with a name, never with a mnemonic.
	for (r = 1; r <= n_rows; r++) if (off_mn[r] == 0) die("a mnemonic at offset 0")

	emit_header("data/registry-date,\n * data/rcodes.csv, data/rcode-notes.csv and data/rcode-aliases.csv")
	emit_define("REGISTRY_DATE", "\"" date "\"")
	emit_define("CTX_COUNT", n_ctx)
	emit_define("CTX_STRIDE", CTX_STRIDE)
	emit_define("MNEMONIC_MIN", shortest(row_mnemonic, n_rows))
	emit_define("MNEMONIC_MAX", longest(row_mnemonic, n_rows))
	emit_define("HASH_SIZE", HASH_SIZE)
	print "/* first, middle, last: those bytes of the name folded with | 0x20. */"
	printf("#define RCODE_HASH(first, middle, last, len) \\\n\t(((unsigned)(first) * %du + (unsigned)(last) * %du + (unsigned)(middle) * %du + (unsigned)(len)) %% %du)\n", HA, HB, HC, HASH_SIZE)
	emit_limits(n_rows, DENSE)
	emit_common_externs("struct dnsrcode_info")
	emit_extern("const uint8_t rcode_pick[RCODE_CTX_COUNT][RCODE_DENSE]")
	emit_extern("const uint16_t rcode_mnemonic_off[RCODE_DENSE * RCODE_CTX_STRIDE]")
	emit_extern("const uint8_t rcode_mnemonic_len[RCODE_DENSE * RCODE_CTX_STRIDE]")
	emit_extern("const struct rcode_name rcode_names[RCODE_HASH_SIZE]")
	emit_begin_definitions()
	print "const struct dnsrcode_info rcode_entries[RCODE_ENTRY_COUNT] = {"
	for (r = 1; r <= n_rows; r++)
		printf("\t{ %d, %s, %s, %d, %d, %d, %d, %d, %d, %d, %d, %d },\n", row_code[r], row_fam[r], row_ctx[r],
		       off_name[r], len8(row_name[r]), off_mn[r], len8(row_mnemonic[r]),
		       off_desc[r], len8(row_desc[r]), off_ref[r], len8(row_ref[r]), off_expl[r])
	print "};"
	print ""
	print "/* [context][code]: index into rcode_entries, RCODE_NO_ENTRY where none. */"
	print "const uint8_t rcode_pick[RCODE_CTX_COUNT][RCODE_DENSE] = {"
	for (ctx = 0; ctx < n_ctx; ctx++) {
		line = "\t{"
		for (c = 0; c < DENSE; c++) line = line sprintf(" %d%s", pick[ctx, c], c < DENSE - 1 ? "," : "")
		print line " },"
	}
	print "};"
	print ""
	# to-text's own table: one load answers it, no entry to go through.
	# By code, then context, a row of RCODE_CTX_STRIDE cells per code:
	# the index is code * stride + context, one lea; the cells past the
	# contexts are 0, so only contexts past the stride need a check of
	# their own.
	print "/* [code * RCODE_CTX_STRIDE + context]: the mnemonic's offset in"
	print " * rcode_text, 0 where there is none, and its length. */"
	print "const uint16_t rcode_mnemonic_off[RCODE_DENSE * RCODE_CTX_STRIDE] = {"
	for (c = 0; c < DENSE; c++) {
		line = "\t"
		for (ctx = 0; ctx < CTX_STRIDE; ctx++) {
			v = ctx >= n_ctx || pick[ctx, c] == NO_ENTRY ? 0 : off_mn[pick[ctx, c] + 1]
			line = line sprintf("%s%d,", ctx == 0 ? "" : " ", v)
		}
		printf("%s /* %d */\n", line, c)
	}
	print "};"
	print "const uint8_t rcode_mnemonic_len[RCODE_DENSE * RCODE_CTX_STRIDE] = {"
	for (c = 0; c < DENSE; c++) {
		line = "\t"
		for (ctx = 0; ctx < CTX_STRIDE; ctx++) {
			v = ctx >= n_ctx || pick[ctx, c] == NO_ENTRY ? 0 : len8(row_mnemonic[pick[ctx, c] + 1])
			line = line sprintf("%s%d,", ctx == 0 ? "" : " ", v)
		}
		printf("%s /* %d */\n", line, c)
	}
	print "};"
	print ""
	print "/* Upper-case names and aliases by RCODE_HASH slot; len 0 where empty. */"
	print "const struct rcode_name rcode_names[RCODE_HASH_SIZE] = {"
	for (h = 0; h < HASH_SIZE; h++) {
		if (!(h in slot)) continue
		i = slot[h]
		printf("\t[%d] = { %d, %d, %d, %d, %d }, /* %s */\n", h, off_nm[i], len8(nm[i]), nm_code[i], nm_entry[i], nm_alias[i], nm[i])
	}
	print "};"
	print ""
	emit_end_definitions()
}
