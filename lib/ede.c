/*
 * ede.c - the Extended DNS Error registry (RFC 8914) by value: lookup,
 * to-text, iteration, the entry accessors, the category names and the
 * range classes.  Text to value is lib/ede-parse.c, value to styled text
 * lib/ede-format.c.
 */
#include "config.h"

/* The one file that defines the tables; the others only declare them. */
#define EDE_TABLE_DEFINE
#include "ede-table.h"

DNSRCODE_API const dnsrcode_ede_info *
dnsrcode_ede_lookup(unsigned code)
{
	return ede_lookup(code);
}

DNSRCODE_API const char *
dnsrcode_ede_to_text(unsigned code)
{
	const dnsrcode_ede_info *info = ede_lookup(code);

	return info == NULL ? NULL : ede_text + info->mnemonic_off;
}

DNSRCODE_API const dnsrcode_ede_info *
dnsrcode_ede_next(const dnsrcode_ede_info *prev)
{
	return table_next(ede_entries, EDE_ENTRY_COUNT, sizeof(*prev), prev);
}

DNSRCODE_API uint16_t
dnsrcode_ede_info_code(const dnsrcode_ede_info *info)
{
	return info == NULL ? DNSRCODE_NO_CODE : info->code;
}

DNSRCODE_API const char *
dnsrcode_ede_info_purpose(const dnsrcode_ede_info *info)
{
	return info == NULL ? NULL : ede_text + info->purpose_off;
}

DNSRCODE_API const char *
dnsrcode_ede_info_mnemonic(const dnsrcode_ede_info *info)
{
	return info == NULL ? NULL : ede_text + info->mnemonic_off;
}

DNSRCODE_API const char *
dnsrcode_ede_info_reference(const dnsrcode_ede_info *info)
{
	return info == NULL ? NULL : ede_text + info->reference_off;
}

DNSRCODE_API const char *
dnsrcode_ede_info_explanation(const dnsrcode_ede_info *info)
{
	return info == NULL ? NULL : ede_text + info->explanation_off;
}

DNSRCODE_API const char *
dnsrcode_ede_info_basis(const dnsrcode_ede_info *info)
{
	return info == NULL ? NULL : ede_text + info->basis_off;
}

DNSRCODE_API int
dnsrcode_ede_info_category(const dnsrcode_ede_info *info)
{
	return info == NULL ? DNSRCODE_EINVAL : info->category;
}

DNSRCODE_API int
dnsrcode_ede_info_retry(const dnsrcode_ede_info *info)
{
	return info == NULL ? DNSRCODE_EINVAL : info->retry;
}

DNSRCODE_API uint16_t
dnsrcode_ede_info_rcode(const dnsrcode_ede_info *info)
{
	return info == NULL ? DNSRCODE_NO_CODE : info->rcode;
}

DNSRCODE_API const char *
dnsrcode_ede_category_name(int category)
{
	switch (category) {
	case DNSRCODE_EDE_CAT_OTHER:
		return "other";
	case DNSRCODE_EDE_CAT_DNSSEC:
		return "dnssec";
	case DNSRCODE_EDE_CAT_STALE:
		return "stale";
	case DNSRCODE_EDE_CAT_POLICY:
		return "policy";
	case DNSRCODE_EDE_CAT_SERVER:
		return "server";
	case DNSRCODE_EDE_CAT_TRANSPORT:
		return "transport";
	case DNSRCODE_EDE_CAT_QUERY:
		return "query";
	default:
		return NULL;
	}
}

DNSRCODE_API int
dnsrcode_ede_range(unsigned code)
{
	return range_class(ede_ranges, EDE_RANGE_COUNT, code);
}
