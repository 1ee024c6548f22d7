# table-lib.awk - what the table generators share: CSV records, the error
# exit, and the string blob that keeps the C tables free of pointers.
# Loaded first: awk -f data/table-lib.awk -f data/gen-X-table.awk ...
# Each generator sets GENERATOR to its own name for messages.
# POSIX awk only (mawk, gawk, busybox).

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

# The byte value of a printable ASCII character, whatever the locale.
function ord(c) { return index(ORD_CHARS, c) + 31 }

# Append s to the string blob once; return its offset.
function intern(s,    off) {
	if (s in blob_off) return blob_off[s]
	off = blob_len
	blob_off[s] = off
	blob_str[++blob_n] = s
	blob_len += length(s) + 1
	return off
}

function c_string(s) {
	gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s)
	return "\"" s "\\0\""
}

BEGIN {
	ORD_CHARS = ""
	for (i = 32; i < 127; i++) ORD_CHARS = ORD_CHARS sprintf("%c", i)
}
