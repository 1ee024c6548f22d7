# -------------------------------------------------------------- man pages
# dnsrcode(1); dnsrcode(3), the library's reference, and one .so page per
# public function (as c-ares and libidn2 ship them; tests/check-man.sh
# holds this list to the header); dnsrcode-lua(3), the Lua module's
# reference (tests/test_lua_reference.lua keeps it current).
man3_aliases = \
	man/dnsrcode_combine.3 \
	man/dnsrcode_effective.3 \
	man/dnsrcode_fits.3 \
	man/dnsrcode_format.3 \
	man/dnsrcode_from_flags.3 \
	man/dnsrcode_in_family.3 \
	man/dnsrcode_info_code.3 \
	man/dnsrcode_info_contexts.3 \
	man/dnsrcode_info_description.3 \
	man/dnsrcode_info_explanation.3 \
	man/dnsrcode_info_families.3 \
	man/dnsrcode_info_mnemonic.3 \
	man/dnsrcode_info_name.3 \
	man/dnsrcode_info_reference.3 \
	man/dnsrcode_lookup.3 \
	man/dnsrcode_lookup_name.3 \
	man/dnsrcode_next.3 \
	man/dnsrcode_parse.3 \
	man/dnsrcode_parse_strict.3 \
	man/dnsrcode_range.3 \
	man/dnsrcode_registry_date.3 \
	man/dnsrcode_split.3 \
	man/dnsrcode_strerror.3 \
	man/dnsrcode_to_flags.3 \
	man/dnsrcode_to_text.3 \
	man/dnsrcode_version.3 \
	man/dnsrcode_ede_lookup.3 \
	man/dnsrcode_ede_lookup_text.3 \
	man/dnsrcode_ede_next.3 \
	man/dnsrcode_ede_info_code.3 \
	man/dnsrcode_ede_info_purpose.3 \
	man/dnsrcode_ede_info_mnemonic.3 \
	man/dnsrcode_ede_info_reference.3 \
	man/dnsrcode_ede_info_explanation.3 \
	man/dnsrcode_ede_info_basis.3 \
	man/dnsrcode_ede_info_category.3 \
	man/dnsrcode_ede_info_retry.3 \
	man/dnsrcode_ede_info_rcode.3 \
	man/dnsrcode_ede_category_name.3 \
	man/dnsrcode_ede_to_text.3 \
	man/dnsrcode_ede_parse.3 \
	man/dnsrcode_ede_range.3 \
	man/dnsrcode_ede_format.3 \
	man/dnsrcode_msg_status.3
dist_man_MANS = man/dnsrcode.1 man/dnsrcode.3 $(man3_aliases) man/dnsrcode-lua.3
