/*
 * ede.c - the Extended DNS Error registry (RFC 8914): lookup by code and
 * by text, iteration, the entry accessors and the range classes.
 */
#include "config.h"

#include <string.h>

#include "chars.h"
#include "internal.h"
#include "ede-table.inc"

#define EDE_NO_ENTRY 255u

const char *
ede_string(uint16_t offset)
{
	return ede_text + offset;
}

const struct rcode_range *
ede_range_of(unsigned code)
{
	unsigned i;

	for (i = 0; i < EDE_RANGE_COUNT; i++)
		if (code >= ede_ranges[i].lo && code <= ede_ranges[i].hi)
			return &ede_ranges[i];
	return NULL;
}

/* The names are upper case in byte order: upper-case the text once, then
 * a binary search with memcmp(). */
const struct ede_name *
ede_name_find(const char *text, size_t len)
{
	char upper[EDE_NAME_MAX];
	size_t i, lo = 0, hi = EDE_NAME_COUNT;

	if (len == 0 || len > EDE_NAME_MAX)
		return NULL;
	for (i = 0; i < len; i++)
		upper[i] = (char)to_upper((unsigned char)text[i]);
	while (lo < hi) {
		const struct ede_name *n = &ede_names[lo + (hi - lo) / 2];
		size_t common = n->len < len ? n->len : len;
		int cmp = memcmp(ede_text + n->text_off, upper, common);

		if (cmp == 0)
			cmp = n->len < len ? -1 : n->len > len;
		if (cmp == 0)
			return n;
		if (cmp < 0)
			lo = (size_t)(n - ede_names) + 1;
		else
			hi = (size_t)(n - ede_names);
	}
	return NULL;
}

const dnsrcode_ede_info *
ede_lookup(unsigned code)
{
	unsigned index;

	if (code >= EDE_DENSE)
		return NULL;
	index = ede_index[code];
	return index == EDE_NO_ENTRY ? NULL : &ede_entries[index];
}

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
dnsrcode_ede_lookup_text(const char *text, size_t len)
{
	const struct ede_name *n;
	uint16_t code;

	if (text == NULL || len == 0 || is_digit((unsigned char)text[0]))
		return NULL;
	if ((n = ede_name_find(text, len)) != NULL)
		return ede_lookup(n->code);
	/* "EDE<decimal>" goes through the parser so that both agree on it. */
	if (has_prefix((const unsigned char *)text, len, "EDE", 3) &&
	    ede_parse(text, len, &code) == DNSRCODE_OK)
		return ede_lookup(code);
	return NULL;
}

DNSRCODE_API const dnsrcode_ede_info *
dnsrcode_ede_next(const dnsrcode_ede_info *prev)
{
	size_t i;

	if (prev == NULL)
		return ede_entries;
	i = table_index_of(ede_entries, EDE_ENTRY_COUNT, sizeof(*prev), prev);
	return i + 1 < EDE_ENTRY_COUNT ? &ede_entries[i + 1] : NULL;
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
	const struct rcode_range *range;

	if (code > 65535)
		return DNSRCODE_ERANGE;
	range = ede_range_of(code);
	return range == NULL ? DNSRCODE_RANGE_ASSIGNED : range->range_class;
}
