/*
 * range.h - values without a registry row, in either registry: the shape
 * of a range in the generated tables, the range a value falls in, its
 * class, and the label printed for the class.  Inline, so that the label's
 * length is known where it is printed.  Not part of the ABI.
 */
#ifndef DNSRCODE_RANGE_H
#define DNSRCODE_RANGE_H

#include "dnsrcode.h"

/* A run of values without a registry row.  The reference is an offset
 * into the registry's string blob, never a pointer, so the tables are
 * read-only data that the dynamic loader does not have to relocate. */
struct code_range {
	uint16_t lo, hi;
	uint8_t range_class;
	uint16_t reference_off;
	uint8_t reference_len;
};

/* The range of @code among @count @ranges, NULL when it has a row.  A
 * linear scan: the registries have a handful of ranges, and the hot paths
 * (to-text, the mnemonic format) never come here. */
static inline const struct code_range *
range_find(const struct code_range *ranges, unsigned count, unsigned code)
{
	unsigned i;

	for (i = 0; i < count; i++)
		if (code >= ranges[i].lo && code <= ranges[i].hi)
			return &ranges[i];
	return NULL;
}

/* dnsrcode_range() and dnsrcode_ede_range(). */
static inline int
range_class(const struct code_range *ranges, unsigned count, unsigned code)
{
	const struct code_range *range;

	if (code > 65535)
		return DNSRCODE_ERANGE;
	range = range_find(ranges, count, code);
	return range == NULL ? DNSRCODE_RANGE_ASSIGNED : range->range_class;
}

/* The generators prove that rows and ranges cover 0..65535, so every
 * value without a row has a class; anything else reads as unassigned. */
static inline const char *
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

#endif /* DNSRCODE_RANGE_H */
