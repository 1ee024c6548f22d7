/*
 * format.c - RCODE value to text, into a caller's buffer, with snprintf()
 * semantics.
 */
#include "config.h"

#include <string.h>

#include "internal.h"
#include "rcode-table.inc"

/* Output that counts every byte but stores only what fits before the NUL. */
struct out {
	char *buf;
	size_t size;
	size_t len;
};

static void
put(struct out *o, const char *s, size_t n)
{
	if (o->len + 1 < o->size) {
		size_t room = o->size - 1 - o->len;
		memcpy(o->buf + o->len, s, n < room ? n : room);
	}
	o->len += n;
}

static void
put_str(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

static void
put_decimal(struct out *o, unsigned v)
{
	char digits[5];
	size_t n = sizeof(digits);

	do {
		digits[--n] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	put(o, digits + n, sizeof(digits) - n);
}

/* The text of an unassigned value: it must parse back to the value. */
static void
put_generic(struct out *o, unsigned code)
{
	put(o, "RCODE", 5);
	put_decimal(o, code);
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

/* "[RFC2136][RFC6672]" from the plain "RFC2136 RFC6672", as IANA prints it. */
static void
put_references(struct out *o, const char *refs, size_t len)
{
	size_t start = 0, i;

	if (len == 0)
		return;
	put(o, " [", 2);
	for (i = 0; i < len; i++) {
		if (refs[i] == ' ') {
			put(o, refs + start, i - start);
			put(o, "][", 2);
			start = i + 1;
		}
	}
	put(o, refs + start, len - start);
	put(o, "]", 1);
}

static void
put_full(struct out *o, unsigned code, const dnsrcode_info *info)
{
	const struct rcode_range *range = info == NULL ? rcode_range_of(code) : NULL;

	if (info != NULL)
		put(o, rcode_string(info->mnemonic_off), info->mnemonic_len);
	else
		put_generic(o, code);
	put(o, " (", 2);
	put_decimal(o, code);
	put(o, "): ", 3);
	if (info != NULL) {
		put(o, rcode_string(info->description_off), info->description_len);
		put_references(o, rcode_string(info->reference_off), info->reference_len);
	} else if (range != NULL) {
		put_str(o, range_label(range->range_class));
		put_references(o, rcode_range_reference(range), range->reference_len);
	} else {
		/* Unreachable while the generator proves that rows and ranges
		 * cover 0..65535; a safe answer all the same. */
		put_str(o, range_label(DNSRCODE_RANGE_UNASSIGNED));
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
			put(&o, rcode_string(info->mnemonic_off), info->mnemonic_len);
		else
			put_generic(&o, code);
		break;
	case DNSRCODE_FMT_NAME:
		if (info != NULL)
			put(&o, rcode_string(info->name_off), info->name_len);
		else
			put_generic(&o, code);
		break;
	case DNSRCODE_FMT_DESCRIPTION:
		if (info != NULL)
			put(&o, rcode_string(info->description_off), info->description_len);
		else
			put_str(&o, range_label(rcode_range_class(code)));
		break;
	default:
		put_full(&o, code, info);
		break;
	}
	if (size > 0)
		buf[o.len < size ? o.len : size - 1] = '\0';
	return (int)o.len;
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
