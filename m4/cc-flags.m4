# DNSRCODE_CC_FLAG(FLAG, VARIABLE, [PROLOGUE], [BODY])
# -----------------------------------------------------
# Append FLAG to VARIABLE, and AC_SUBST VARIABLE, when $CC compiles and
# links a program with it (main() running BODY after PROLOGUE, both empty
# by default).  The probe adds -Werror, so that a flag the compiler only
# warns about ("unknown option, ignored") is not taken; the link step
# makes it a fair test of linker flags (-Wl,...) too.  The answer is
# cached per flag (dnsrcode_cv_cc_flag_...).
AC_DEFUN([DNSRCODE_CC_FLAG], [
	AS_VAR_PUSHDEF([dnsrcode_cc_flag_ok], [dnsrcode_cv_cc_flag_$1])
	AC_CACHE_CHECK([whether $CC accepts $1], [dnsrcode_cc_flag_ok], [
		dnsrcode_cc_flag_save=$CFLAGS
		CFLAGS="$CFLAGS $1 -Werror"
		AC_LINK_IFELSE([AC_LANG_PROGRAM([$3], [$4])],
			[AS_VAR_SET([dnsrcode_cc_flag_ok], [yes])],
			[AS_VAR_SET([dnsrcode_cc_flag_ok], [no])])
		CFLAGS=$dnsrcode_cc_flag_save
	])
	AS_VAR_IF([dnsrcode_cc_flag_ok], [yes], [$2="${$2:+$$2 }$1"])
	AC_SUBST([$2])
	AS_VAR_POPDEF([dnsrcode_cc_flag_ok])
])
