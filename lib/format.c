/*
 * format.c - RCODE value to text, into a caller's buffer, with snprintf()
 * semantics.
 */
#include "config.h"

#include <string.h>

#include "internal.h"
#include "out.h"
#include "rcode-table.inc"

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
		out_put_references(o, rcode_string(info->reference_off), info->reference_len, " ", 1);
	} else if (range != NULL) {
		out_put_str(o, range_label(range->range_class));
		out_put_references(o, rcode_range_reference(range), range->reference_len, " ", 1);
	} else {
		/* Unreachable while the generator proves that rows and ranges
		 * cover 0..65535; a safe answer all the same. */
		out_put_str(o, range_label(DNSRCODE_RANGE_UNASSIGNED));
	}
}

/* Copy 4 to 16 bytes as two overlapping moves of 4 or 8, which the
 * compiler turns into plain loads and stores: no call, no loop. */
static inline void
copy_short(char *dst, const char *src, size_t n)
{
	if (n >= 8) {
		memcpy(dst, src, 8);
		memcpy(dst + n - 8, src + n - 8, 8);
	} else {
		memcpy(dst, src, 4);
		memcpy(dst + n - 4, src + n - 4, 4);
	}
}

#if RCODE_MNEMONIC_MIN < 3 || RCODE_MNEMONIC_MAX > 15
#error "copy_short() takes a mnemonic and its NUL as 4 to 16 bytes"
#endif

/* Any style, any code, any buffer size, once the arguments are known to
 * be valid.  Out of line, so that the mnemonic path saves no registers. */
RCODE_NOINLINE static int
format_any(char *buf, size_t size, unsigned code, dnsrcode_context ctx, int style)
{
	struct out o = { buf, size, 0 };
	const dnsrcode_info *info = rcode_lookup(code, ctx);

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
			out_put_str(&o, range_label(rcode_range_class(code)));
		break;
	default:
		put_full(&o, code, info);
		break;
	}
	return out_finish(&o);
}

DNSRCODE_API int
dnsrcode_format(char *buf, size_t size, unsigned code, dnsrcode_context ctx, int style)
{
	if (!rcode_ctx_valid(ctx) || style < DNSRCODE_FMT_MNEMONIC || style > DNSRCODE_FMT_FULL ||
	    (buf == NULL && size > 0))
		return DNSRCODE_EINVAL;
	if (code > rcode_ctx_max(ctx))
		return DNSRCODE_ERANGE;
	/* The common call: an assigned code's mnemonic into a buffer that
	 * holds it.  The blob has the NUL right after the text. */
	if (style == DNSRCODE_FMT_MNEMONIC && code < RCODE_DENSE) {
		unsigned i = (unsigned)ctx * RCODE_DENSE + code;
		size_t len = rcode_mnemonic_len[i];

		if (len != 0 && len < size) {
			copy_short(buf, rcode_text + rcode_mnemonic_off[i], len + 1);
			return (int)len;
		}
	}
	return format_any(buf, size, code, ctx, style);
}
