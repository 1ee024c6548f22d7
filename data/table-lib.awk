# table-lib.awk - what the table generators share: CSV records, the range
# rows and their coverage of 0..65535, the limits the C tables are sized
# by, the string blob that keeps the tables free of pointers, and the one
# layout both generated files follow.
# Loaded first: awk -f data/table-lib.awk -f data/gen-X-table.awk ...
# Each generator sets GENERATOR to its own name for messages, PREFIX
# (RCODE, EDE) for the names it emits, which is also how a value without a
# row is spelled (RCODE12, EDE40), and REF_SEP, what separates two
# references in the tables.
# POSIX awk only (mawk, gawk, busybox).
#
# The layout of a generated lib/X-table.inc: its limits as X_* macros,
# then `LIB_HIDDEN extern` declarations that any file of the library may
# include, then the definitions, compiled only where X_TABLE_DEFINE is
# defined (lib/rcode.c, lib/ede.c).

function die(msg) {
	printf("%s: %s: %s\n", GENERATOR, FILENAME, msg) > "/dev/stderr"
	failed = 1
	exit 1
}

# Split one CSV record into fld[1..n]; "" inside quotes is one quote.
function csv_split(line, fld,    n, i, c, q, cur) {
	n = 0; cur = ""; q = 0
	for (i = 1; i <= length(line); i++) {
		c = substr(line, i, 1)
		if (q) {
			if (c == "\"") {
				if (substr(line, i + 1, 1) == "\"") { cur = cur "\""; i++ }
				else q = 0
			} else cur = cur c
		} else if (c == "\"") q = 1
		else if (c == ",") { fld[++n] = cur; cur = "" }
		else cur = cur c
	}
	if (q) die("unterminated quote on line " FNR)
	fld[++n] = cur
	return n
}

# The first line of a CSV file must be the header the generator reads.
function expect_header(want) {
	if ($0 != want) die("unexpected header: want " want)
}

# "[A][B, Section 2]" -> "A<REF_SEP>B, Section 2": references as stored.
function refs_plain(s) {
	gsub(/\]\[/, REF_SEP, s); gsub(/^\[|\]$/, "", s)
	return s
}

# A spelling the parser is to know must not read as a value without a
# row, PREFIX<n>.
function check_not_generic(name, what) {
	if (toupper(name) ~ ("^" PREFIX "[0-9]")) die(what " '" name "' looks like a number")
}

# The byte value of a printable ASCII character, whatever the locale.
function ord(c) { return index(ORD_CHARS, c) + 31 }

# ---------------------------------------------------------------- ranges
# A registry row without a description of its own: "lo-hi" or "n" and the
# name of its class.  Fills range_lo[], range_hi[], range_class[] and
# range_ref[] (the references already plain).
function add_range(value, name, refs,    lohi) {
	if (split(value, lohi, "-") == 1) lohi[2] = lohi[1]
	n_ranges++
	range_lo[n_ranges] = lohi[1] + 0; range_hi[n_ranges] = lohi[2] + 0
	range_ref[n_ranges] = refs
	if (name ~ /^Unassigned/) range_class[n_ranges] = "DNSRCODE_RANGE_UNASSIGNED"
	else if (name ~ /^Reserved for Private Use/) range_class[n_ranges] = "DNSRCODE_RANGE_PRIVATE"
	else if (name ~ /^Reserved/) range_class[n_ranges] = "DNSRCODE_RANGE_RESERVED"
	else die("unknown range class '" name "'")
}

# Every value 0..65535 is exactly one of: assigned (a key of assigned[]),
# or in one range row.
function check_coverage(assigned,    i, j, c, n, covered) {
	covered = 0
	for (i = 1; i <= n_ranges; i++) {
		for (j = 1; j <= n_ranges; j++)
			if (i != j && range_lo[i] <= range_hi[j] && range_lo[j] <= range_hi[i]) die("ranges overlap")
		for (c in assigned) if (c + 0 >= range_lo[i] && c + 0 <= range_hi[i]) die("value " c " is assigned and in a range")
		covered += range_hi[i] - range_lo[i] + 1
	}
	n = 0
	for (c in assigned) n++
	if (covered + n != 65536) die("rows and ranges do not cover 0..65535")
}

# ---------------------------------------------------------------- limits
# Both tables index their rows by code directly, one byte per cell holding
# a row number or NO_ENTRY: the codes must lie below DENSE_MAX and the rows
# number fewer than NO_ENTRY.  Answers the dense size, the highest
# assigned code plus one.
function dense_size(assigned, n_rows,    c, dense) {
	if (n_rows >= NO_ENTRY) die(n_rows " rows: a byte holds " NO_ENTRY - 1 " row numbers and NO_ENTRY")
	dense = 0
	for (c in assigned) if (c + 1 > dense) dense = c + 1
	if (dense > DENSE_MAX) die("assigned code " dense - 1 " is past the direct index (" DENSE_MAX " codes)")
	return dense
}

# The lengths of the shortest and the longest of text[1..n].
function shortest(text, n,    i, len) {
	len = -1
	for (i = 1; i <= n; i++) if (len < 0 || length(text[i]) < len) len = length(text[i])
	return len
}

function longest(text, n,    i, len) {
	len = 0
	for (i = 1; i <= n; i++) if (length(text[i]) > len) len = length(text[i])
	return len
}

# The smallest power of two that is at least n.
function pow2_at_least(n,    p) {
	for (p = 1; p < n; p *= 2) continue
	return p
}

# The length of a text stored with a one-byte length field.
function len8(s) {
	if (length(s) > 255) die("text longer than 255 bytes: " substr(s, 1, 40) "...")
	return length(s)
}

# ----------------------------------------------------------- string blob
# Append s to the string blob once; return its offset.
function intern(s,    off) {
	if (s in blob_off) return blob_off[s]
	off = blob_len
	blob_off[s] = off
	blob_str[++blob_n] = s
	blob_len += length(s) + 1
	return off
}

# The ranges' references go last into the blob.
function intern_ranges(    i) {
	for (i = 1; i <= n_ranges; i++) range_off[i] = intern(range_ref[i])
}

function c_string(s) {
	gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s)
	return "\"" s "\\0\""
}

# ---------------------------------------------------------------- output
function lower_prefix() { return tolower(PREFIX) }

function emit_header(inputs) {
	print "/* Generated by data/" GENERATOR " from " inputs "."
	print " * Do not edit: change the data and run `make regen`. */"
	print ""
}

function emit_define(name, value) {
	printf("#define %s_%s %s\n", PREFIX, name, value)
}

# The limits both tables have, after the table's own.  The names the
# parser knows are nm[1..n_names] (NAME_MIN, NAME_MAX: see shortest()).
function emit_limits(n_rows, dense) {
	emit_define("ENTRY_COUNT", n_rows)
	emit_define("DENSE", dense)
	emit_define("NO_ENTRY", NO_ENTRY "u")
	emit_define("NAME_MIN", NAME_MIN)
	emit_define("NAME_MAX", NAME_MAX)
	emit_define("RANGE_COUNT", n_ranges)
	emit_define("GENERIC", "\"" PREFIX "\"")
	emit_define("REF_SEP", "\"" REF_SEP "\"")
	print ""
}

function emit_extern(decl) {
	print "LIB_HIDDEN extern " decl ";"
}

# The declarations every table has; the generator adds its own after.
function emit_common_externs(entry_type) {
	emit_extern("const char " lower_prefix() "_text[]")
	emit_extern("const " entry_type " " lower_prefix() "_entries[" PREFIX "_ENTRY_COUNT]")
	emit_extern("const struct code_range " lower_prefix() "_ranges[" PREFIX "_RANGE_COUNT]")
}

function emit_begin_definitions(    i) {
	if (blob_len > 65535) die("string blob over 64 KiB")
	print ""
	print "#ifdef " PREFIX "_TABLE_DEFINE"
	print ""
	print "const char " lower_prefix() "_text[] ="
	for (i = 1; i <= blob_n; i++) printf("\t%s%s\n", c_string(blob_str[i]), i == blob_n ? ";" : "")
	print ""
}

function emit_end_definitions(    i) {
	print "/* The value ranges without a registry row, in value order. */"
	print "const struct code_range " lower_prefix() "_ranges[" PREFIX "_RANGE_COUNT] = {"
	for (i = 1; i <= n_ranges; i++)
		printf("\t{ %d, %d, %s, %d, %d },\n", range_lo[i], range_hi[i], range_class[i],
		       range_off[i], len8(range_ref[i]))
	print "};"
	print ""
	print "#endif /* " PREFIX "_TABLE_DEFINE */"
}

BEGIN {
	ORD_CHARS = ""
	for (i = 32; i < 127; i++) ORD_CHARS = ORD_CHARS sprintf("%c", i)
	NO_ENTRY = 255
	DENSE_MAX = 256
}
