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

# "[RFC2136][RFC6672]" -> "RFC2136 RFC6672"
function refs_plain(s) {
	gsub(/\]\[/, " ", s); gsub(/^\[|\]$/, "", s)
	return s
}

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
function name_hash(s, a, b, c,    n) {
	s = tolower(s)
	n = length(s)
	return (ord(substr(s, 1, 1)) * a + ord(substr(s, n, 1)) * b \
	        + ord(substr(s, int(n / 2) + 1, 1)) * c + n) % HASH_SIZE
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
	HASH_SIZE = 64
	DENSE = 24
	CTX_STRIDE = 8 # cells per code in the to-text table: 5 contexts, padded
	NAME_MAX = 12
}

{ sub(/\r$/, "") }

FILENAME ~ /registry-date$/ {
	if ($0 !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/) die("not a YYYY-MM-DD date")
	date = $0
	next
}

FILENAME ~ /rcodes\.csv$/ {
	if (FNR == 1) { if ($0 != "value,name,description,reference") die("unexpected header"); next }
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
		if (split(f[1], lohi, "-") == 1) lohi[2] = lohi[1]
		n_ranges++
		range_lo[n_ranges] = lohi[1] + 0; range_hi[n_ranges] = lohi[2] + 0
		range_ref[n_ranges] = refs_plain(f[4])
		if (f[2] ~ /^Unassigned/) range_class[n_ranges] = "DNSRCODE_RANGE_UNASSIGNED"
		else if (f[2] ~ /^Reserved for Private Use/) range_class[n_ranges] = "DNSRCODE_RANGE_PRIVATE"
		else if (f[2] ~ /^Reserved/) range_class[n_ranges] = "DNSRCODE_RANGE_RESERVED"
		else die("unknown range class '" f[2] "'")
	} else die("unexpected value '" f[1] "'")
	next
}

FILENAME ~ /rcode-notes\.csv$/ {
	if (FNR == 1) { if ($0 != "value,defined_by,mnemonic,families,contexts,selected_in,explanation,basis") die("unexpected header"); next }
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
	if (FNR == 1) { if ($0 != "alias,value,printed_by") die("unexpected header"); next }
	if (csv_split($0, f) != 3 || f[3] == "") die("line " FNR " does not name the software that prints it")
	n_alias++
	alias_name[n_alias] = toupper(f[1]); alias_code[n_alias] = f[2] + 0
	next
}

END {
	if (failed) exit 1
	for (r = 1; r <= n_rows; r++)
		if (!(r in row_mnemonic)) { FILENAME = "rcode-notes.csv"; die("no note for " row_code[r] "/" row_name[r]) }

	# Every value 0..65535 is exactly one of: assigned, or in one range row.
	for (r = 1; r <= n_rows; r++) assigned[row_code[r]] = 1
	covered = 0
	for (i = 1; i <= n_ranges; i++) {
		for (j = 1; j <= n_ranges; j++)
			if (i != j && range_lo[i] <= range_hi[j] && range_lo[j] <= range_hi[i]) die("ranges overlap")
		for (c in assigned) if (c + 0 >= range_lo[i] && c + 0 <= range_hi[i]) die("value " c " is assigned and in a range")
		covered += range_hi[i] - range_lo[i] + 1
	}
	n_assigned = 0; for (c in assigned) { n_assigned++; if (c + 0 >= DENSE) die("assigned value " c " outside the dense index") }
	if (covered + n_assigned != 65536) die("rows and ranges do not cover 0..65535")

	# Which row a value means in each context: the first row, unless a later
	# row of the same value says it is selected in that context.
	for (ctx = 0; ctx < 5; ctx++) for (c = 0; c < DENSE; c++) pick[ctx, c] = 255
	for (r = 1; r <= n_rows; r++) {
		c = row_code[r]
		for (name in CTXNUM) {
			ctx = CTXNUM[name]
			if (c > CTXMAX[ctx]) continue
			if (pick[ctx, c] == 255 || index("|" row_sel[r] "|", "|" name "|"))
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
		nm_entry[n_names] = (alias_code[a] < DENSE) ? pick[0, alias_code[a]] : 255
	}
	# The parser compares a name as two overlapping words of 4 or 8 bytes,
	# folding case only where the key has a letter: that needs names of 4
	# to 16 bytes made of A-Z and 0-9.
	name_min = NAME_MAX
	for (i = 1; i <= n_names; i++) {
		if (length(nm[i]) > NAME_MAX) die("name " nm[i] " longer than " NAME_MAX)
		if (length(nm[i]) < 4) die("name " nm[i] " shorter than 4")
		if (nm[i] !~ /^[A-Z][A-Z0-9]*$/) die("name " nm[i] " is not A-Z and 0-9")
		if (length(nm[i]) < name_min) name_min = length(nm[i])
	}

	# A perfect hash over the upper-case names: the first multipliers that
	# give every name its own slot.
	found = 0
	for (ha = 1; ha < HASH_SIZE && !found; ha++)
	for (hb = 1; hb < HASH_SIZE && !found; hb++)
	for (hc = 0; hc < HASH_SIZE && !found; hc++) {
		split("", slot)
		ok = 1
		for (i = 1; i <= n_names && ok; i++) {
			h = name_hash(nm[i], ha, hb, hc)
			if (h in slot) ok = 0
			else slot[h] = i
		}
		if (ok) { found = 1; HA = ha; HB = hb; HC = hc }
	}
	if (!found) die("no perfect hash for the names")

	# The string blob: offsets instead of pointers, so the tables need no
	# relocation at load time.
	for (r = 1; r <= n_rows; r++) {
		off_name[r] = intern(row_name[r]); off_mn[r] = intern(row_mnemonic[r])
		off_desc[r] = intern(row_desc[r]); off_expl[r] = intern(row_expl[r])
		off_ref[r] = intern(row_ref[r])
		if (length(row_name[r]) > 255 || length(row_desc[r]) > 255 || length(row_ref[r]) > 255) die("text too long")
	}
	for (i = 1; i <= n_names; i++) off_nm[i] = intern(nm[i])
	for (i = 1; i <= n_ranges; i++) off_rref[i] = intern(range_ref[i])
	if (blob_len > 65535) die("string blob over 64 KiB")

	print "/* Generated by data/gen-rcode-table.awk from data/registry-date,"
	print " * data/rcodes.csv, data/rcode-notes.csv and data/rcode-aliases.csv."
	print " * Do not edit: change the data and run `make regen`. */"
	print ""
	printf("#define RCODE_REGISTRY_DATE \"%s\"\n", date)
	printf("#define RCODE_ENTRY_COUNT %d\n", n_rows)
	printf("#define RCODE_DENSE %d\n", DENSE)
	printf("#define RCODE_CTX_STRIDE %d\n", CTX_STRIDE)
	mn_min = 255; mn_max = 0
	for (r = 1; r <= n_rows; r++) {
		if (length(row_mnemonic[r]) < mn_min) mn_min = length(row_mnemonic[r])
		if (length(row_mnemonic[r]) > mn_max) mn_max = length(row_mnemonic[r])
	}
	printf("#define RCODE_MNEMONIC_MIN %d\n", mn_min)
	printf("#define RCODE_MNEMONIC_MAX %d\n", mn_max)
	printf("#define RCODE_NAME_MIN %d\n", name_min)
	printf("#define RCODE_NAME_MAX %d\n", NAME_MAX)
	printf("#define RCODE_HASH_SIZE %d\n", HASH_SIZE)
	print "/* first, middle, last: those bytes of the name folded with | 0x20. */"
	printf("#define RCODE_HASH(first, middle, last, len) \\\n\t(((unsigned)(first) * %du + (unsigned)(last) * %du + (unsigned)(middle) * %du + (unsigned)(len)) %% %du)\n", HA, HB, HC, HASH_SIZE)
	print "#define RCODE_RANGE_COUNT " n_ranges
	print ""
	# Every file of the library may read the tables (parse.c hashes names
	# itself); one file, table.c, defines them.  Hidden, so that reaching
	# them costs neither a GOT load nor a relocation.
	print "RCODE_HIDDEN extern const char rcode_text[];"
	print "RCODE_HIDDEN extern const struct dnsrcode_info rcode_entries[RCODE_ENTRY_COUNT];"
	print "RCODE_HIDDEN extern const uint8_t rcode_pick[5][RCODE_DENSE];"
	print "RCODE_HIDDEN extern const uint16_t rcode_mnemonic_off[RCODE_DENSE * RCODE_CTX_STRIDE];"
	print "RCODE_HIDDEN extern const uint8_t rcode_mnemonic_len[RCODE_DENSE * RCODE_CTX_STRIDE];"
	print "RCODE_HIDDEN extern const struct rcode_name rcode_names[RCODE_HASH_SIZE];"
	print "RCODE_HIDDEN extern const struct rcode_range rcode_ranges[RCODE_RANGE_COUNT];"
	print ""
	print "#ifdef RCODE_TABLE_DEFINE"
	print ""
	print "const char rcode_text[] ="
	for (i = 1; i <= blob_n; i++) printf("\t%s%s\n", c_string(blob_str[i]), i == blob_n ? ";" : "")
	print ""
	print "const struct dnsrcode_info rcode_entries[RCODE_ENTRY_COUNT] = {"
	for (r = 1; r <= n_rows; r++)
		printf("\t{ %d, %s, %s, %d, %d, %d, %d, %d, %d, %d, %d, %d },\n", row_code[r], row_fam[r], row_ctx[r],
		       off_name[r], length(row_name[r]), off_mn[r], length(row_mnemonic[r]),
		       off_desc[r], length(row_desc[r]), off_ref[r], length(row_ref[r]), off_expl[r])
	print "};"
	print ""
	print "/* [context][code]: index into rcode_entries, 255 where none. */"
	print "const uint8_t rcode_pick[5][RCODE_DENSE] = {"
	for (ctx = 0; ctx < 5; ctx++) {
		line = "\t{"
		for (c = 0; c < DENSE; c++) line = line sprintf(" %d%s", pick[ctx, c], c < DENSE - 1 ? "," : "")
		print line " },"
	}
	print "};"
	print ""
	# to-text's own table: one load answers it, no entry to go through.
	# By code, then context, a row of RCODE_CTX_STRIDE (8) cells per
	# code: the index is code * 8 + context, one lea; the cells past the
	# five contexts are 0, so only contexts of 8 and more need a check
	# of their own.  Offset 0 means none, which is free because the blob
	# starts with a name, never with a mnemonic (checked).
	for (r = 1; r <= n_rows; r++) if (off_mn[r] == 0) die("a mnemonic at offset 0")
	print "/* [code * RCODE_CTX_STRIDE + context]: the mnemonic's offset in"
	print " * rcode_text, 0 where there is none, and its length. */"
	print "const uint16_t rcode_mnemonic_off[RCODE_DENSE * RCODE_CTX_STRIDE] = {"
	for (c = 0; c < DENSE; c++) {
		line = "\t"
		for (ctx = 0; ctx < CTX_STRIDE; ctx++) {
			v = ctx >= 5 || pick[ctx, c] == 255 ? 0 : off_mn[pick[ctx, c] + 1]
			line = line sprintf("%s%d,", ctx == 0 ? "" : " ", v)
		}
		printf("%s /* %d */\n", line, c)
	}
	print "};"
	print "const uint8_t rcode_mnemonic_len[RCODE_DENSE * RCODE_CTX_STRIDE] = {"
	for (c = 0; c < DENSE; c++) {
		line = "\t"
		for (ctx = 0; ctx < CTX_STRIDE; ctx++) {
			v = ctx >= 5 || pick[ctx, c] == 255 ? 0 : length(row_mnemonic[pick[ctx, c] + 1])
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
		printf("\t[%d] = { %d, %d, %d, %d, %d }, /* %s */\n", h, off_nm[i], length(nm[i]), nm_code[i], nm_entry[i], nm_alias[i], nm[i])
	}
	print "};"
	print ""
	print "/* The value ranges without a registry row, in value order. */"
	print "const struct rcode_range rcode_ranges[RCODE_RANGE_COUNT] = {"
	for (i = 1; i <= n_ranges; i++)
		printf("\t{ %d, %d, %s, %d, %d },\n", range_lo[i], range_hi[i], range_class[i], off_rref[i], length(range_ref[i]))
	print "};"
	print ""
	print "#endif /* RCODE_TABLE_DEFINE */"
}
