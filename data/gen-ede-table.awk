# gen-ede-table.awk - build lib/ede-table.inc from the EDE registry data.
#
#   awk -f data/table-lib.awk -f data/gen-ede-table.awk data/rcode-notes.csv data/ede.csv \
#       data/ede-notes.csv data/ede-aliases.csv > lib/ede-table.inc
#
# ede.csv is IANA's "Extended DNS Error Codes" registry, copied verbatim.
# ede-notes.csv adds what IANA does not say: a mnemonic, a category, retry
# advice, the RCODE the defining document pairs the code with, a plain
# explanation and the text the advice rests on.  ede-aliases.csv holds the
# spellings other software prints, each with the software that prints it;
# one that differs from a purpose only in letter case is refused, as the
# parser ignores case anyway.  rcode-notes.csv is read only to turn a
# paired RCODE mnemonic into its value.  As in gen-rcode-table.awk, any row
# without its note, any gap or overlap in the value space and any text too
# long for the table stops the build.  POSIX awk only (mawk, gawk, busybox).

# Byte order, whatever the locale: the C side compares with memcmp().
function bytes_less(a, b,    i, n, ca, cb) {
	n = length(a) < length(b) ? length(a) : length(b)
	for (i = 1; i <= n; i++) {
		ca = ord(substr(a, i, 1)); cb = ord(substr(b, i, 1))
		if (ca != cb) return ca < cb
	}
	return length(a) < length(b)
}

function printable(s) {
	return s ~ /^[ -~]*$/
}

# Add an upper-case spelling for the parser; the same text for the same
# value is fine (purpose "Blocked", mnemonic BLOCKED), for two values not.
function add_name(text, code, what,    u) {
	u = toupper(text)
	if (u in name_code) {
		if (name_code[u] != code) die(what " '" text "' also names " name_code[u])
		return
	}
	# '-' for the spellings software prints ("Non-Replayable ... 0-RTT Data").
	if (u !~ /^[A-Z0-9][A-Z0-9_ -]*$/ || u ~ /  / || u ~ / $/) die(what " '" text "' has characters a name cannot have")
	if (u ~ /^[0-9]+$/) die(what " '" text "' looks like a number")
	check_not_generic(u, what)
	name_code[u] = code
	n_names++; nm[n_names] = u
}

BEGIN {
	GENERATOR = "gen-ede-table.awk"
	CAT["OTHER"] = "DNSRCODE_EDE_CAT_OTHER"; CAT["DNSSEC"] = "DNSRCODE_EDE_CAT_DNSSEC"
	CAT["STALE"] = "DNSRCODE_EDE_CAT_STALE"; CAT["POLICY"] = "DNSRCODE_EDE_CAT_POLICY"
	CAT["SERVER"] = "DNSRCODE_EDE_CAT_SERVER"; CAT["TRANSPORT"] = "DNSRCODE_EDE_CAT_TRANSPORT"
	CAT["QUERY"] = "DNSRCODE_EDE_CAT_QUERY"
	RETRY["NO"] = "DNSRCODE_EDE_RETRY_NO"; RETRY["YES"] = "DNSRCODE_EDE_RETRY_YES"
	RETRY["MAYBE"] = "DNSRCODE_EDE_RETRY_MAYBE"
	PREFIX = "EDE"
	REF_SEP = "; " # EDE references hold spaces and commas ("[RFC8914, Section 4.4]")
}

{ sub(/\r$/, "") }

FILENAME ~ /rcode-notes\.csv$/ {
	if (FNR == 1) next
	csv_split($0, f)
	if (!(f[3] in rcode_value)) rcode_value[f[3]] = f[1] + 0
	next
}

FILENAME ~ /ede\.csv$/ {
	if (FNR == 1) { expect_header("value,purpose,reference"); next }
	csv_split($0, f)
	if (f[1] ~ /^[0-9]+$/) {
		c = f[1] + 0
		if (c in row_of) die("two rows for " c)
		if (f[2] == "" || !printable(f[2])) die("bad purpose on line " FNR)
		n_rows++
		row_of[c] = n_rows
		row_code[n_rows] = c; row_purpose[n_rows] = f[2]; row_ref[n_rows] = refs_plain(f[3])
	} else if (f[1] ~ /^[0-9]+-[0-9]+$/) {
		add_range(f[1], f[2], refs_plain(f[3]))
	} else die("unexpected value '" f[1] "'")
	next
}

FILENAME ~ /ede-notes\.csv$/ {
	if (FNR == 1) { expect_header("value,mnemonic,category,retry,rcode,explanation,basis"); next }
	if (csv_split($0, f) != 7) die("line " FNR " does not have 7 fields")
	c = f[1] + 0
	if (!(c in row_of)) die("note for " c " has no registry row")
	r = row_of[c]
	if (r in row_mnemonic) die("two notes for " c)
	if (f[2] !~ /^[A-Z][A-Z0-9_]*$/) die("mnemonic " f[2] " is not upper-case words joined by _")
	if (f[2] in mnemonic_seen) die("mnemonic " f[2] " used twice")
	mnemonic_seen[f[2]] = 1
	if (!(f[3] in CAT)) die("unknown category '" f[3] "' on line " FNR)
	if (!(f[4] in RETRY)) die("unknown retry advice '" f[4] "' on line " FNR)
	if (f[5] != "" && !(f[5] in rcode_value)) die("unknown RCODE '" f[5] "' on line " FNR)
	if (f[6] == "" || f[7] == "") die("no explanation or basis for " c)
	if (!printable(f[6]) || !printable(f[7])) die("non-ASCII text for " c)
	row_mnemonic[r] = f[2]; row_cat[r] = CAT[f[3]]; row_retry[r] = RETRY[f[4]]
	row_rcode[r] = f[5] == "" ? "DNSRCODE_NO_CODE" : rcode_value[f[5]]
	row_expl[r] = f[6]; row_basis[r] = f[7]
	next
}

FILENAME ~ /ede-aliases\.csv$/ {
	if (FNR == 1) { expect_header("alias,value,printed_by"); next }
	if (csv_split($0, f) != 3 || f[3] == "") die("line " FNR " does not name the software that prints it")
	n_alias++
	alias_text[n_alias] = f[1]; alias_code[n_alias] = f[2] + 0
	next
}

END {
	if (failed) exit 1
	if (n_rows == 0) die("no registry rows")
	for (r = 1; r <= n_rows; r++)
		if (!(r in row_mnemonic)) { FILENAME = "ede-notes.csv"; die("no note for " row_code[r]) }

	check_coverage(row_of)
	dense = dense_size(row_of, n_rows)

	# The spellings the parser knows: purpose, mnemonic, then aliases.
	for (r = 1; r <= n_rows; r++) {
		add_name(row_purpose[r], row_code[r], "purpose")
		add_name(row_mnemonic[r], row_code[r], "mnemonic")
	}
	FILENAME = "ede-aliases.csv"
	for (a = 1; a <= n_alias; a++) {
		if (!(alias_code[a] in row_of)) die("alias '" alias_text[a] "' of unassigned " alias_code[a])
		if (toupper(alias_text[a]) in name_code) die("alias '" alias_text[a] "' is a purpose or mnemonic already (the parser ignores case)")
		add_name(alias_text[a], alias_code[a], "alias")
	}
	NAME_MIN = shortest(nm, n_names); NAME_MAX = longest(nm, n_names)

	# Sorted by bytes, for a binary search (insertion sort: a few dozen names).
	for (i = 2; i <= n_names; i++) {
		t = nm[i]
		for (j = i - 1; j >= 1 && bytes_less(t, nm[j]); j--) nm[j + 1] = nm[j]
		nm[j + 1] = t
	}

	# The string blob: offsets instead of pointers, so the tables need no
	# relocation at load time.
	for (r = 1; r <= n_rows; r++) {
		off_purpose[r] = intern(row_purpose[r]); off_mn[r] = intern(row_mnemonic[r])
		off_ref[r] = intern(row_ref[r]); off_expl[r] = intern(row_expl[r])
		off_basis[r] = intern(row_basis[r])
	}
	for (i = 1; i <= n_names; i++) off_nm[i] = intern(nm[i])
	intern_ranges()

	emit_header("data/ede.csv,\n * data/ede-notes.csv, data/ede-aliases.csv and data/rcode-notes.csv")
	emit_define("NAME_COUNT", n_names)
	emit_limits(n_rows, dense)
	emit_common_externs("struct dnsrcode_ede_info")
	emit_extern("const uint8_t ede_index[EDE_DENSE]")
	emit_extern("const struct ede_name ede_names[EDE_NAME_COUNT]")
	emit_begin_definitions()
	print "const struct dnsrcode_ede_info ede_entries[EDE_ENTRY_COUNT] = {"
	for (r = 1; r <= n_rows; r++)
		printf("\t{ %d, %s, %s, %s, %d, %d, %d, %d, %d, %d, %d, %d },\n", row_code[r], row_rcode[r],
		       row_cat[r], row_retry[r], off_purpose[r], len8(row_purpose[r]),
		       off_mn[r], len8(row_mnemonic[r]), off_ref[r], len8(row_ref[r]),
		       off_expl[r], off_basis[r])
	print "};"
	print ""
	print "/* [code]: index into ede_entries, EDE_NO_ENTRY where none. */"
	print "const uint8_t ede_index[EDE_DENSE] = {"
	line = "\t"
	for (c = 0; c < dense; c++) {
		line = line sprintf("%d%s", (c in row_of) ? row_of[c] - 1 : NO_ENTRY, c < dense - 1 ? "," : "")
		if (c % 16 == 15 || c == dense - 1) { print line; line = "\t" }
		else line = line " "
	}
	print "};"
	print ""
	print "/* Upper-case purposes, mnemonics and aliases in byte order. */"
	print "const struct ede_name ede_names[EDE_NAME_COUNT] = {"
	for (i = 1; i <= n_names; i++)
		printf("\t{ %d, %d, %d }, /* %s */\n", off_nm[i], len8(nm[i]), name_code[nm[i]], nm[i])
	print "};"
	print ""
	emit_end_definitions()
}
