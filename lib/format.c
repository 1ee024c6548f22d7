/*
 * format.c - RCODE value to text, into a caller's buffer, with snprintf()
 * semantics.
 */
#include "config.h"

#include <string.h>

#include "internal.h"

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
	} else {
		put_str(o, range_label(range->range_class));
		put_references(o, rcode_range_reference(range), range->reference_len);
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
	info = rcode_lookup(code, ctx);
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
