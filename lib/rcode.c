/*
 * rcode.c - the RCODE registry by value: lookup, to-text, iteration, the
 * entry accessors, and the range and family predicates.  Text to value
 * is lib/rcode-parse.c, value to styled text lib/rcode-format.c.
 */
#include "config.h"

/* The one file that defines the tables; the others only declare them. */
#define RCODE_TABLE_DEFINE
#include "rcode-table.h"

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
dnsrcode_next(const dnsrcode_info *prev)
{
	return table_next(rcode_entries, RCODE_ENTRY_COUNT, sizeof(*prev), prev);
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
	return range_class(rcode_ranges, RCODE_RANGE_COUNT, code);
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
