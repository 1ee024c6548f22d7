/*
 * version.c - what the library says about itself at run time: its
 * version and the date of the registry data it was built from.
 */
#include "config.h"

#include "rcode-table.h"

DNSRCODE_API const char *
dnsrcode_version(void)
{
	return PACKAGE_VERSION;
}

/* data/registry-date, which the RCODE table carries for both registries. */
DNSRCODE_API const char *
dnsrcode_registry_date(void)
{
	return RCODE_REGISTRY_DATE;
}
