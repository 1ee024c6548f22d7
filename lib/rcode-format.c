/*
 * rcode-format.c - RCODE value to text in a DNSRCODE_FMT_* style, into a
 * caller's buffer, with snprintf() semantics.
 */
#include "config.h"

#include <string.h>

#include "format.h"
#include "rcode-table.h"

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
LIB_NOINLINE static int
format_any(char *buf, size_t size, unsigned code, dnsrcode_context ctx, int style)
{
	struct format_entry e = { LIT(RCODE_GENERIC), LIT(RCODE_REF_SEP), NULL, 0, NULL, 0, NULL, 0, LIT("") };
	const dnsrcode_info *info = rcode_lookup(code, ctx);

	if (info != NULL) {
		e.mnemonic = rcode_text + info->mnemonic_off;
		e.mnemonic_len = info->mnemonic_len;
		e.name = rcode_text + info->name_off;
		e.name_len = info->name_len;
		e.description = rcode_text + info->description_off;
		e.description_len = info->description_len;
		e.references = rcode_text + info->reference_off;
		e.references_len = info->reference_len;
	} else {
		format_entry_range(&e, range_find(rcode_ranges, RCODE_RANGE_COUNT, code), rcode_text);
	}
	return format_entry(buf, size, code, style, &e);
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
		unsigned i = code * RCODE_CTX_STRIDE + (unsigned)ctx;
		size_t len = rcode_mnemonic_len[i];

		if (len != 0 && len < size) {
			copy_short(buf, rcode_text + rcode_mnemonic_off[i], len + 1);
			return (int)len;
		}
	}
	return format_any(buf, size, code, ctx, style);
}
