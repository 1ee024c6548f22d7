/*
 * wire.c - the extended RCODE as it is carried on the wire (RFC 6891
 * §6.1.3) and the status a response carries (RFC 8945 §5.2.1-5.2.4).
 */
#include "config.h"

#include "internal.h"

#define HEADER_RCODE_MASK 0x000fu
#define OPT_EXT_SHIFT 24 /* EXTENDED-RCODE is the TTL field's top byte */

DNSRCODE_API uint16_t
dnsrcode_combine(unsigned header_rcode, unsigned opt_ext_rcode)
{
	if (header_rcode > 15 || opt_ext_rcode > 255)
		return DNSRCODE_NO_CODE;
	return (uint16_t)(opt_ext_rcode << 4 | header_rcode);
}

DNSRCODE_API int
dnsrcode_split(unsigned code, uint8_t *header_rcode, uint8_t *opt_ext_rcode)
{
	if (header_rcode == NULL || opt_ext_rcode == NULL)
		return DNSRCODE_EINVAL;
	if (code > 4095)
		return DNSRCODE_ERANGE;
	*header_rcode = (uint8_t)(code & HEADER_RCODE_MASK);
	*opt_ext_rcode = (uint8_t)(code >> 4);
	return DNSRCODE_OK;
}

DNSRCODE_API uint16_t
dnsrcode_from_flags(uint16_t header_flags, uint32_t opt_ttl)
{
	return (uint16_t)((opt_ttl >> OPT_EXT_SHIFT) << 4 | (header_flags & HEADER_RCODE_MASK));
}

DNSRCODE_API int
dnsrcode_to_flags(unsigned code, uint16_t *header_flags, uint32_t *opt_ttl)
{
	if (header_flags == NULL || opt_ttl == NULL)
		return DNSRCODE_EINVAL;
	if (code > 4095)
		return DNSRCODE_ERANGE;
	*header_flags = (uint16_t)((*header_flags & ~HEADER_RCODE_MASK) | (code & HEADER_RCODE_MASK));
	*opt_ttl = (*opt_ttl & 0x00ffffffu) | (uint32_t)(code >> 4) << OPT_EXT_SHIFT;
	return DNSRCODE_OK;
}

DNSRCODE_API int
dnsrcode_effective(unsigned header_rcode, int has_opt, unsigned opt_ext_rcode, int has_tsig,
                   unsigned tsig_error, uint16_t *code, dnsrcode_context *ctx)
{
	if (code == NULL || ctx == NULL)
		return DNSRCODE_EINVAL;
	if (header_rcode > 15 || opt_ext_rcode > 255 || tsig_error > 65535)
		return DNSRCODE_ERANGE;
	*code = effective_rcode(header_rcode, has_opt, opt_ext_rcode, has_tsig, tsig_error, ctx);
	return DNSRCODE_OK;
}
