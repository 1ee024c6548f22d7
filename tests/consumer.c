/* A program as a user writes it: built against an installed copy found
 * by pkg-config, to prove the installed header, library and .pc work. */
#include <dnsrcode.h>
#include <stdio.h>
#include <string.h>

int
main(void)
{
	char buf[64];
	uint16_t code;

	if (dnsrcode_parse("nxdomain", 8, DNSRCODE_CTX_ANY, &code) != DNSRCODE_OK || code != 3)
		return 1;
	if (dnsrcode_format(buf, sizeof(buf), code, DNSRCODE_CTX_ANY, DNSRCODE_FMT_FULL) < 0)
		return 1;
	if (strcmp(buf, "NXDOMAIN (3): Non-Existent Domain [RFC1035]") != 0)
		return 1;
	printf("%s (libdnsrcode %s)\n", buf, dnsrcode_version());
	return 0;
}
