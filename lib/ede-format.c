/*
 * ede-format.c - INFO-CODE to text, into a caller's buffer, with snprintf()
 * semantics.
 */
#include "config.h"

#include <string.h>

#include "internal.h"
#include "out.h"

/* EDE references hold spaces ("RFC8914, Section 4.4"): "; " separates them. */
#define REF_SEP "; "
#define REF_SEP_LEN 2

static const char *
range_label(int range_class)
{
	if (range_class == DNSRCODE_RANGE_PRIVATE)
		return "Reserved for Private Use";
	return "Unassigned";
}

DNSRCODE_API int
dnsrcode_ede_format(char *buf, size_t size, unsigned code, int style)
{
	struct out o = { buf, size, 0 };
	struct out_entry e = { "EDE", 3, NULL, 0, NULL, 0, NULL, 0, "", 0, REF_SEP, REF_SEP_LEN };
	const dnsrcode_ede_info *info;

	if (style < DNSRCODE_FMT_MNEMONIC || style > DNSRCODE_FMT_FULL || (buf == NULL && size > 0))
		return DNSRCODE_EINVAL;
	if (code > 65535)
		return DNSRCODE_ERANGE;
	info = ede_lookup(code);
	if (info != NULL) {
		/* An EDE row has one text, the purpose: it is the name and the
		 * description both. */
		e.mnemonic = ede_string(info->mnemonic_off);
		e.mnemonic_len = info->mnemonic_len;
		e.name = e.description = ede_string(info->purpose_off);
		e.name_len = e.description_len = info->purpose_len;
		e.references = ede_string(info->reference_off);
		e.references_len = info->reference_len;
	} else {
		/* The generator proves that rows and ranges cover 0..65535; a
		 * missing range would still print as unassigned. */
		const struct rcode_range *range = ede_range_of(code);

		e.description = range_label(range != NULL ? range->range_class
		                                          : DNSRCODE_RANGE_UNASSIGNED);
		e.description_len = strlen(e.description);
		if (range != NULL) {
			e.references = ede_string(range->reference_off);
			e.references_len = range->reference_len;
		}
	}
	return out_format_entry(&o, code, style, &e);
}
