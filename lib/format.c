/*
 * format.c - RCODE value to text, into a caller's buffer, with snprintf()
 * semantics.
 */
#include "config.h"

#include "internal.h"
#include "out.h"

/* The text of an unassigned value: it must parse back to the value. */
static void
put_generic(struct out *o, unsigned code)
{
	out_put(o, "RCODE", 5);
	out_put_decimal(o, code);
}

static const char *
range_label(int range_class)
{
	switch (range_class) {
	case DNSRCODE_RANGE_PRIVATE:
		return "Reserved for Private Use";
	case DNSRCODE_RANGE_RESERVED:
		return "Reserved";
	default:
		return "Unassigned";
	}
}

static void
put_full(struct out *o, unsigned code, const dnsrcode_info *info)
{
	const struct rcode_range *range = info == NULL ? rcode_range_of(code) : NULL;

	if (info != NULL)
		out_put(o, rcode_string(info->mnemonic_off), info->mnemonic_len);
	else
		put_generic(o, code);
	out_put(o, " (", 2);
	out_put_decimal(o, code);
	out_put(o, "): ", 3);
	if (info != NULL) {
		out_put(o, rcode_string(info->description_off), info->description_len);
		out_put_references(o, rcode_string(info->reference_off), info->reference_len,
		                   " ", 1);
	} else if (range != NULL) {
		out_put_str(o, range_label(range->range_class));
		out_put_references(o, rcode_range_reference(range), range->reference_len, " ", 1);
	} else {
		/* Unreachable while the generator proves that rows and ranges
		 * cover 0..65535; a safe answer all the same. */
		out_put_str(o, range_label(DNSRCODE_RANGE_UNASSIGNED));
	}
}

DNSRCODE_API int
dnsrcode_format(char *buf, size_t size, unsigned code, dnsrcode_context ctx, int style)
{
	struct out o = { buf, size, 0 };
	const dnsrcode_info *info;

	if (!rcode_ctx_valid(ctx) || style < DNSRCODE_FMT_MNEMONIC || style > DNSRCODE_FMT_FULL ||
	    (buf == NULL && size > 0))
		return DNSRCODE_EINVAL;
	if (code > rcode_ctx_max(ctx))
		return DNSRCODE_ERANGE;
	info = dnsrcode_lookup(code, ctx);
	switch (style) {
	case DNSRCODE_FMT_MNEMONIC:
		if (info != NULL)
			out_put(&o, rcode_string(info->mnemonic_off), info->mnemonic_len);
		else
			put_generic(&o, code);
		break;
	case DNSRCODE_FMT_NAME:
		if (info != NULL)
			out_put(&o, rcode_string(info->name_off), info->name_len);
		else
			put_generic(&o, code);
		break;
	case DNSRCODE_FMT_DESCRIPTION:
		if (info != NULL)
			out_put(&o, rcode_string(info->description_off), info->description_len);
		else
			out_put_str(&o, range_label(dnsrcode_range(code)));
		break;
	default:
		put_full(&o, code, info);
		break;
	}
	return out_finish(&o);
}
