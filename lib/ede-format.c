/*
 * ede-format.c - INFO-CODE to text in a DNSRCODE_FMT_* style, into a
 * caller's buffer, with snprintf() semantics.
 */
#include "config.h"

#include "ede-table.h"
#include "format.h"

DNSRCODE_API int
dnsrcode_ede_format(char *buf, size_t size, unsigned code, int style)
{
	struct format_entry e = { LIT(EDE_GENERIC), LIT(EDE_REF_SEP), NULL, 0, NULL, 0, NULL, 0, LIT("") };
	const dnsrcode_ede_info *info;

	if (style < DNSRCODE_FMT_MNEMONIC || style > DNSRCODE_FMT_FULL || (buf == NULL && size > 0))
		return DNSRCODE_EINVAL;
	if (code > 65535)
		return DNSRCODE_ERANGE;
	info = ede_lookup(code);
	if (info != NULL) {
		/* An EDE row has one text, the purpose: it is the name and the
		 * description both. */
		e.mnemonic = ede_text + info->mnemonic_off;
		e.mnemonic_len = info->mnemonic_len;
		e.name = e.description = ede_text + info->purpose_off;
		e.name_len = e.description_len = info->purpose_len;
		e.references = ede_text + info->reference_off;
		e.references_len = info->reference_len;
	} else {
		format_entry_range(&e, range_find(ede_ranges, EDE_RANGE_COUNT, code), ede_text);
	}
	return format_entry(buf, size, code, style, &e);
}
