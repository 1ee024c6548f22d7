/*
 * utf8.c - where UTF-8 is well formed: JSON text must be UTF-8 (RFC 8259
 * §8.1), and a server's EXTRA-TEXT is printed as it is only when it is.
 */
#include "config.h"

#include "cli.h"

/* Length of the well-formed UTF-8 sequence at s (RFC 3629 §4), or 0 when
 * the bytes there are not one. */
size_t
utf8_sequence(const unsigned char *s, size_t avail)
{
	size_t len, i;
	unsigned c = s[0];

	if (c >= 0xc2 && c <= 0xdf)
		len = 2;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4;
	else
		return 0;
	if (len > avail)
		return 0;
	for (i = 1; i < len; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	/* No overlong forms, no surrogates, nothing above U+10FFFF. */
	if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] > 0x9f) ||
	    (c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] > 0x8f))
		return 0;
	return len;
}
