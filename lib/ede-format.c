/*
 * ede-format.c - INFO-CODE to text, into a caller's buffer, with snprintf()
 * semantics.
 */
#include "config.h"

#include "internal.h"
#include "out.h"

/* EDE references hold spaces ("RFC8914, Section 4.4"): "; " separates them. */
#define REF_SEP "; "
#define REF_SEP_LEN 2

/* The text of a code without a row: it must parse back to the value. */
static void
put_generic(struct out *o, unsigned code)
{
	out_put(o, "EDE", 3);
	out_put_decimal(o, code);
}

static const char *
range_label(int range_class)
{
	if (range_class == DNSRCODE_EDE_RANGE_PRIVATE)
		return "Reserved for Private Use";
	return "Unassigned";
}

static void
put_full(struct out *o, unsigned code, const dnsrcode_ede_info *info)
{
	const struct rcode_range *range = info == NULL ? ede_range_of(code) : NULL;

	if (info != NULL)
		out_put(o, ede_string(info->mnemonic_off), info->mnemonic_len);
	else
		put_generic(o, code);
	out_put(o, " (", 2);
	out_put_decimal(o, code);
	out_put(o, "): ", 3);
	if (info != NULL) {
		out_put(o, ede_string(info->purpose_off), info->purpose_len);
		out_put_references(o, ede_string(info->reference_off), info->reference_len, REF_SEP,
		                   REF_SEP_LEN);
	} else if (range != NULL) {
		out_put_str(o, range_label(range->range_class));
		out_put_references(o, ede_string(range->reference_off), range->reference_len,
		                   REF_SEP, REF_SEP_LEN);
	} else {
		/* Unreachable while the generator proves that rows and ranges
		 * cover 0..65535; a safe answer all the same. */
		out_put_str(o, range_label(DNSRCODE_EDE_RANGE_UNASSIGNED));
	}
}

DNSRCODE_API int
dnsrcode_ede_format(char *buf, size_t size, unsigned code, int style)
{
	struct out o = { buf, size, 0 };
	const dnsrcode_ede_info *info;

	if (style < DNSRCODE_FMT_MNEMONIC || style > DNSRCODE_FMT_FULL || (buf == NULL && size > 0))
		return DNSRCODE_EINVAL;
	if (code > 65535)
		return DNSRCODE_ERANGE;
	info = dnsrcode_ede_lookup(code);
	switch (style) {
	case DNSRCODE_FMT_MNEMONIC:
		if (info != NULL)
			out_put(&o, ede_string(info->mnemonic_off), info->mnemonic_len);
		else
			put_generic(&o, code);
		break;
	case DNSRCODE_FMT_NAME:
		if (info != NULL)
			out_put(&o, ede_string(info->purpose_off), info->purpose_len);
		else
			put_generic(&o, code);
		break;
	case DNSRCODE_FMT_DESCRIPTION:
		if (info != NULL)
			out_put(&o, ede_string(info->purpose_off), info->purpose_len);
		else
			out_put_str(&o, range_label(dnsrcode_ede_range(code)));
		break;
	default:
		put_full(&o, code, info);
		break;
	}
	return out_finish(&o);
}
