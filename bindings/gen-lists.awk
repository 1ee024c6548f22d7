# gen-lists.awk - expand a template of the bindings with the lists it
# names, read from the public header, the SWIG interface and the registry
# data, so that each list is written once, where it is defined.
# bindings/gen-lists.sh runs it: the header, the interface and the CSV
# files first, the template last, the result on standard output.
#
# The template is copied line for line, except a line "@@ DIRECTIVE [ARG]",
# which becomes the list:
#   c-status-fields      the members of dnsrcode_status a binding shows
#                        (all but `size`, the caller's half of the size
#                        handshake), as INT(f), BOOL(f) (has_*: 0 or 1)
#                        or CONTEXT(f) (documented as a dnsrcode_context)
#   c-fields TYPE        the accessors dnsrcode_TYPE_*(const dnsrcode_TYPE *)
#                        in header order, as TEXT(f), CODE(f) (a uint16_t:
#                        a code, DNSRCODE_NO_CODE for none) or INT(f)
#   c-names PREFIX       the names of the enum whose constants start with
#                        DNSRCODE_PREFIX, prefix stripped, as initializers
#                        of an array indexed by the constant
#   c-bounds PREFIX NAME NAME_MIN and NAME_MAX defined as the first and the
#                        last of those constants, which must be numbers
#                        in a row (every value between is one of them)
#   py-status-fields     the members of c-status-fields, with Python types
#   py-constants         every constant SWIG wraps (the header's enum
#                        members and valued macros, less the interface's
#                        %ignore), prefix stripped, with its Python type
#   py-members PREFIX    the members of the enum whose constants start
#                        with DNSRCODE_PREFIX, prefix stripped, as written
#   py-bits PREFIX       the same for a flag: the single-bit members only
#                        (FAMILY_ALL is their union, not a member)
#   py-rcode-members     Rcode's members: each mnemonic of the registry
#                        once, with its value (BADSIG and BADVERS are 16)
#   py-rcode-names       the same mnemonics as names of type Rcode
#   py-ede-members       EdeCode's members: each EDE mnemonic, its value
# Anything the header says in a form this script does not know stops it:
# a list must never be silently short.
# POSIX awk only (mawk, gawk, busybox).

BEGIN {
	GENERATOR = "gen-lists.awk"
	n_const = 0; n_status = 0; n_acc = 0; n_rcode = 0; n_ede = 0
}

# ------------------------------------------------------------ the header
FILENAME ~ /dnsrcode\.h$/ && /^typedef enum/ { in_enum = 1; next }
FILENAME ~ /dnsrcode\.h$/ && in_enum && /^}/ { in_enum = 0; next }
FILENAME ~ /dnsrcode\.h$/ && in_enum && /^\tDNSRCODE_[A-Z0-9_]+ = / {
	name = $1; sub(/^DNSRCODE_/, "", name)
	value = $0; sub(/^[^=]*= /, "", value); sub(/,? *(\/\*.*)?$/, "", value)
	add_constant(name, value, "int")
	next
}
FILENAME ~ /dnsrcode\.h$/ && in_enum && /^\tDNSRCODE_/ { die("enum member without a value on line " FNR) }

FILENAME ~ /dnsrcode\.h$/ && /^#define DNSRCODE_[A-Z0-9_]+ [^ ]/ {
	name = $2; sub(/^DNSRCODE_/, "", name)
	add_constant(name, $3, $3 ~ /^"/ ? "str" : "int")
	next
}

FILENAME ~ /dnsrcode\.h$/ && /^typedef struct dnsrcode_status \{/ { in_status = 1; next }
FILENAME ~ /dnsrcode\.h$/ && in_status && /^}/ { in_status = 0; next }
FILENAME ~ /dnsrcode\.h$/ && in_status && /^\tuint(8|16|32)_t [a-z_]+;/ {
	name = $2; sub(/;$/, "", name)
	if (name == "size") next
	if (name ~ /^has_/) kind = "BOOL"
	else if ($0 ~ /\/\*\*< a dnsrcode_context/) kind = "CONTEXT"
	else kind = "INT"
	status_name[++n_status] = name; status_kind[n_status] = kind
	next
}
FILENAME ~ /dnsrcode\.h$/ && in_status && /^\t[^ \t]/ { die("status member of an unknown form on line " FNR) }

FILENAME ~ /dnsrcode\.h$/ && /^DNSRCODE_API .*dnsrcode_[a-z_]*info_[a-z_]+\(const dnsrcode_[a-z_]*info \*info\);/ {
	decl = $0; sub(/^DNSRCODE_API /, "", decl)
	type = decl; sub(/^.*\(const dnsrcode_/, "", type); sub(/ \*info\);$/, "", type)
	name = decl; sub(/\(.*$/, "", name); sub(/^.*[ *]dnsrcode_/, "", name)
	if (index(name, type "_") != 1) die("accessor of another type on line " FNR)
	name = substr(name, length(type) + 2)
	if (decl ~ /^const char \*/) kind = "TEXT"
	else if (decl ~ /^uint16_t /) kind = "CODE"
	else if (decl ~ /^(unsigned|int) /) kind = "INT"
	else die("accessor of an unknown type on line " FNR)
	acc_type[++n_acc] = type; acc_name[n_acc] = name; acc_kind[n_acc] = kind
	next
}

# --------------------------------------------------------- the interface
FILENAME ~ /dnsrcode\.i$/ && /^%ignore DNSRCODE_[A-Z0-9_]+;$/ {
	name = $2; sub(/^DNSRCODE_/, "", name); sub(/;$/, "", name)
	ignored[name] = 1
	next
}

# ---------------------------------------------------------- the registry
FILENAME ~ /rcode-notes\.csv$/ && FNR == 1 { expect_header("value,defined_by,mnemonic,families,contexts,selected_in,explanation,basis"); next }
FILENAME ~ /rcode-notes\.csv$/ {
	csv_split($0, fld)
	if (!(fld[3] in rcode_seen)) {
		rcode_seen[fld[3]] = 1
		rcode_name[++n_rcode] = fld[3]; rcode_value[n_rcode] = fld[1]
	}
	next
}
FILENAME ~ /ede-notes\.csv$/ && FNR == 1 { expect_header("value,mnemonic,category,retry,rcode,explanation,basis"); next }
FILENAME ~ /ede-notes\.csv$/ {
	csv_split($0, fld)
	ede_name[++n_ede] = fld[2]; ede_value[n_ede] = fld[1]
	next
}

# ---------------------------------------------------------- the template
FILENAME ~ /dnsrcode\.h$|dnsrcode\.i$|\.csv$/ { next }
/^@@ / { expand($2, $3, $4); next }
{ print }

END {
	if (failed) exit 1
	if (n_const == 0 || n_status == 0 || n_acc == 0 || n_rcode == 0 || n_ede == 0)
		die("an input is missing or read nothing (constants " n_const ", status fields " \
		    n_status ", accessors " n_acc ", RCODEs " n_rcode ", EDEs " n_ede ")")
}

function add_constant(name, value, type) {
	const_name[++n_const] = name; const_value[n_const] = value; const_type[n_const] = type
}

function expand(directive, arg, arg2,    i, n, last) {
	n = 0
	if (directive == "c-status-fields") {
		for (i = 1; i <= n_status; i++)
			printf("\t%s(%s)%s\n", status_kind[i], status_name[i], i < n_status ? " \\" : "")
		n = n_status
	} else if (directive == "c-fields") {
		for (i = 1; i <= n_acc; i++) if (acc_type[i] == arg) {
			if (n++) print " \\"
			printf("\t%s(%s)", acc_kind[i], acc_name[i])
		}
		if (n) print ""
	} else if (directive == "c-names") {
		for (i = 1; i <= n_const; i++) if (index(const_name[i], arg) == 1) {
			if (n++) print ", \\"
			printf("\t[DNSRCODE_%s] = \"%s\"", const_name[i], substr(const_name[i], length(arg) + 1))
		}
		if (n) print ""
	} else if (directive == "c-bounds") {
		for (i = 1; i <= n_const; i++) if (index(const_name[i], arg) == 1) {
			if (const_value[i] !~ /^-?[0-9]+$/ || (n && const_value[i] != const_value[last] + 1))
				die("DNSRCODE_" const_name[i] " = " const_value[i] " does not follow " \
				    (n ? "DNSRCODE_" const_name[last] : "in a row of numbers"))
			if (n++ == 0) printf("#define %s_MIN DNSRCODE_%s\n", arg2, const_name[i])
			last = i
		}
		if (n) printf("#define %s_MAX DNSRCODE_%s\n", arg2, const_name[last])
	} else if (directive == "py-status-fields") {
		for (i = 1; i <= n_status; i++)
			printf("\t%s: %s\n", status_name[i], PY_KIND[status_kind[i]])
		n = n_status
	} else if (directive == "py-constants") {
		for (i = 1; i <= n_const; i++) if (!(const_name[i] in ignored)) {
			printf("%s: %s\n", const_name[i], const_type[i])
			n++
		}
	} else if (directive == "py-members" || directive == "py-bits") {
		for (i = 1; i <= n_const; i++) if (index(const_name[i], arg) == 1) {
			if (const_value[i] !~ /^-?(0x[0-9a-f]+|[0-9]+)$/)
				die("DNSRCODE_" const_name[i] " = " const_value[i] " is not a number")
			if (directive == "py-bits" && !single_bit(const_value[i]))
				continue
			printf("\t%s = %s\n", substr(const_name[i], length(arg) + 1), const_value[i])
			n++
		}
	} else if (directive == "py-rcode-members") {
		for (i = 1; i <= n_rcode; i++) printf("\t%s = %s\n", rcode_name[i], rcode_value[i])
		n = n_rcode
	} else if (directive == "py-rcode-names") {
		for (i = 1; i <= n_rcode; i++) printf("%s: Rcode\n", rcode_name[i])
		n = n_rcode
	} else if (directive == "py-ede-members") {
		for (i = 1; i <= n_ede; i++) printf("\t%s = %s\n", ede_name[i], ede_value[i])
		n = n_ede
	} else {
		die("unknown directive '" directive "' on line " FNR)
	}
	if (n == 0) die("'" directive " " arg "' on line " FNR " lists nothing")
}

# Whether a literal (decimal or 0x hex) has exactly one bit set.
function single_bit(literal,    v, i, c) {
	if (literal ~ /^0x/) {
		v = 0
		for (i = 3; i <= length(literal); i++) {
			c = index("0123456789abcdef", substr(literal, i, 1)) - 1
			v = v * 16 + c
		}
	} else v = literal + 0
	if (v <= 0) return 0
	while (v % 2 == 0) v /= 2
	return v == 1
}

BEGIN { PY_KIND["INT"] = "int"; PY_KIND["BOOL"] = "bool"; PY_KIND["CONTEXT"] = "Context" }
