/*
 * table.c - the registry table: lookup by code and name, iteration, the
 * entry accessors, and the range and family predicates built on them.
 */
#include "config.h"

#include <string.h>

#include "internal.h"
/* The one file that defines the tables; the others only declare them. */
#define RCODE_TABLE_DEFINE
#include "rcode-table.inc"

const dnsrcode_info *
rcode_entry(unsigned index)
{
	return index < RCODE_ENTRY_COUNT ? &rcode_entries[index] : NULL;
}

const struct rcode_range *
rcode_range_of(unsigned code)
{
	unsigned i;

	for (i = 0; i < RCODE_RANGE_COUNT; i++)
		if (code >= rcode_ranges[i].lo && code <= rcode_ranges[i].hi)
			return &rcode_ranges[i];
	return NULL;
}

const char *
rcode_range_reference(const struct rcode_range *range)
{
	return rcode_text + range->reference_off;
}

const char *
rcode_string(uint16_t offset)
{
	return rcode_text + offset;
}

/* The library's own callers use these rather than the exported names: a
 * call to an exported function goes through the PLT, since another
 * object could interpose it. */
const dnsrcode_info *
rcode_lookup(unsigned code, dnsrcode_context ctx)
{
	unsigned index;

	if (code >= RCODE_DENSE || !rcode_ctx_valid(ctx))
		return NULL;
	index = rcode_pick[ctx][code];
	return index == RCODE_NO_ENTRY ? NULL : &rcode_entries[index];
}

int
rcode_range_class(unsigned code)
{
	const struct rcode_range *range;

	if (code > 65535)
		return DNSRCODE_ERANGE;
	range = rcode_range_of(code);
	return range == NULL ? DNSRCODE_RANGE_ASSIGNED : range->range_class;
}

DNSRCODE_API const dnsrcode_info *
dnsrcode_lookup(unsigned code, dnsrcode_context ctx)
{
	return rcode_lookup(code, ctx);
}

/* The hot path of printing a response: one bounds check per argument and
 * one load, nothing between the caller and the text.  The contexts 5..7
 * have cells of their own, all 0, so the context check is against the
 * table's stride rather than the last context; it answers the same. */
DNSRCODE_API const char *
dnsrcode_to_text(unsigned code, dnsrcode_context ctx)
{
	unsigned offset;

	if (code >= RCODE_DENSE || (unsigned)ctx >= RCODE_CTX_STRIDE)
		return NULL;
	/* One 32-bit index: its arithmetic zero-extends for free. */
	offset = rcode_mnemonic_off[code * RCODE_CTX_STRIDE + (unsigned)ctx];
	if (offset == 0)
		return NULL;
	return rcode_text + offset;
}

DNSRCODE_API const dnsrcode_info *
dnsrcode_lookup_name(const char *name, size_t len)
{
	const struct rcode_name *n;

	if (name == NULL)
		return NULL;
	n = rcode_name_find(name, len);
	return n == NULL ? NULL : rcode_entry(n->entry);
}

DNSRCODE_API const dnsrcode_info *
dnsrcode_next(const dnsrcode_info *prev)
{
	size_t i;

	if (prev == NULL)
		return rcode_entries;
	i = table_index_of(rcode_entries, RCODE_ENTRY_COUNT, sizeof(*prev), prev);
	return i + 1 < RCODE_ENTRY_COUNT ? &rcode_entries[i + 1] : NULL;
}

DNSRCODE_API uint16_t
dnsrcode_info_code(const dnsrcode_info *info)
{
	return info == NULL ? DNSRCODE_NO_CODE : info->code;
}

DNSRCODE_API const char *
dnsrcode_info_name(const dnsrcode_info *info)
{
	return info == NULL ? NULL : rcode_text + info->name_off;
}

DNSRCODE_API const char *
dnsrcode_info_mnemonic(const dnsrcode_info *info)
{
	return info == NULL ? NULL : rcode_text + info->mnemonic_off;
}

DNSRCODE_API const char *
dnsrcode_info_description(const dnsrcode_info *info)
{
	return info == NULL ? NULL : rcode_text + info->description_off;
}

DNSRCODE_API const char *
dnsrcode_info_explanation(const dnsrcode_info *info)
{
	return info == NULL ? NULL : rcode_text + info->explanation_off;
}

DNSRCODE_API const char *
dnsrcode_info_reference(const dnsrcode_info *info)
{
	return info == NULL ? NULL : rcode_text + info->reference_off;
}

DNSRCODE_API unsigned
dnsrcode_info_families(const dnsrcode_info *info)
{
	return info == NULL ? 0 : info->families;
}

DNSRCODE_API unsigned
dnsrcode_info_contexts(const dnsrcode_info *info)
{
	return info == NULL ? 0 : info->contexts;
}

DNSRCODE_API int
dnsrcode_range(unsigned code)
{
	return rcode_range_class(code);
}

DNSRCODE_API int
dnsrcode_fits(unsigned code, dnsrcode_context ctx)
{
	/* A predicate: a context that is none holds nothing. */
	return rcode_ctx_valid(ctx) && code <= rcode_ctx_max(ctx);
}

DNSRCODE_API int
dnsrcode_in_family(unsigned code, unsigned families, dnsrcode_context ctx)
{
	/* rcode_lookup() finds nothing in a context that is none. */
	const dnsrcode_info *info = rcode_lookup(code, ctx);

	return info != NULL && (info->families & families) != 0;
}

DNSRCODE_API const char *
dnsrcode_registry_date(void)
{
	return RCODE_REGISTRY_DATE;
}
