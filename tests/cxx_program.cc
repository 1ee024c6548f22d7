// cxx_program.cc - a C++ program that calls every function of dnsrcode.h,
// the status reader included, the way a C++ caller writes them: no casts
// on the constants, a status struct that is neither initialised nor
// zeroed, its size passed with sizeof.  It checks what comes back, so it
// fails on a wrong answer as well as on a header C++ cannot use.
// tests/check-cxx.sh builds it with every C++ compiler it finds
// (-std=c++11 -pedantic-errors -Wall -Wextra -Werror) and runs it.

#include <cstdio>
#include <cstring>

#include "dnsrcode.h"

namespace {

int failures = 0;

void
expect(bool ok, const char *what)
{
	if (!ok) {
		std::fprintf(stderr, "cxx_program: FAIL: %s\n", what);
		failures++;
	}
}

bool
same(const char *a, const char *b)
{
	return a != NULL && b != NULL && std::strcmp(a, b) == 0;
}

void
registry()
{
	const dnsrcode_info *info = dnsrcode_lookup(3, DNSRCODE_CTX_ANY);

	expect(dnsrcode_info_code(info) == 3, "lookup 3");
	expect(same(dnsrcode_info_name(info), "NXDomain"), "info_name");
	expect(same(dnsrcode_info_mnemonic(info), "NXDOMAIN"), "info_mnemonic");
	expect(same(dnsrcode_info_description(info), "Non-Existent Domain"), "info_description");
	expect(dnsrcode_info_explanation(info) != NULL, "info_explanation");
	expect(same(dnsrcode_info_reference(info), "RFC1035"), "info_reference");
	expect(dnsrcode_info_families(info) == DNSRCODE_FAMILY_BASE, "info_families");
	expect((dnsrcode_info_contexts(info) & DNSRCODE_CTXBIT_HEADER) != 0, "info_contexts");
	expect(dnsrcode_info_code(dnsrcode_lookup_name("badsig", 6)) == 16, "lookup_name");

	unsigned rows = 0;
	for (const dnsrcode_info *i = dnsrcode_next(NULL); i != NULL; i = dnsrcode_next(i))
		rows++;
	expect(rows > 20, "next iterates the registry");
}

void
text()
{
	uint16_t code = 0;
	char buf[64];

	expect(same(dnsrcode_to_text(16, DNSRCODE_CTX_TSIG), "BADSIG"), "to_text");
	expect(dnsrcode_parse("NXDOMAIN", 8, DNSRCODE_CTX_HEADER, &code) == DNSRCODE_OK &&
	               code == 3,
	       "parse");
	expect(dnsrcode_parse_strict("NOTIMPL", 7, DNSRCODE_CTX_ANY, &code) == DNSRCODE_EALIAS,
	       "parse_strict refuses an alias");
	expect(dnsrcode_format(buf, sizeof(buf), 23, DNSRCODE_CTX_EDNS, DNSRCODE_FMT_MNEMONIC) == 9 &&
	               same(buf, "BADCOOKIE"),
	       "format");
}

void
classification()
{
	expect(dnsrcode_range(3841) == DNSRCODE_RANGE_PRIVATE, "range");
	expect(dnsrcode_in_family(16, DNSRCODE_FAMILY_TSIG | DNSRCODE_FAMILY_TKEY,
	                          DNSRCODE_CTX_TSIG) == 1,
	       "in_family takes or-ed families");
	expect(dnsrcode_fits(16, DNSRCODE_CTX_HEADER) == 0, "fits");
	// A predicate: a context that is none answers 0, never a truthy error.
	expect(!dnsrcode_fits(3, static_cast<dnsrcode_context>(99)), "fits of a bad context");
}

void
wire()
{
	uint8_t header = 0, ext = 0;
	uint16_t flags = 0x8180, code = 0;
	uint32_t ttl = 0;
	dnsrcode_context ctx = DNSRCODE_CTX_ANY;

	expect(dnsrcode_combine(7, 1) == 23, "combine");
	expect(dnsrcode_split(23, &header, &ext) == DNSRCODE_OK && header == 7 && ext == 1, "split");
	expect(dnsrcode_to_flags(23, &flags, &ttl) == DNSRCODE_OK, "to_flags");
	expect(dnsrcode_from_flags(flags, ttl) == 23, "from_flags");
	expect(dnsrcode_effective(9, 0, 0, 1, 18, &code, &ctx) == DNSRCODE_OK && code == 18 &&
	               ctx == DNSRCODE_CTX_TSIG,
	       "effective");
}

void
ede()
{
	const dnsrcode_ede_info *info = dnsrcode_ede_lookup(22);
	uint16_t code = 0;
	char buf[96];

	expect(dnsrcode_ede_info_code(info) == 22, "ede_lookup");
	expect(same(dnsrcode_ede_info_purpose(info), "No Reachable Authority"), "ede_info_purpose");
	expect(same(dnsrcode_ede_info_mnemonic(info), "NO_REACHABLE_AUTHORITY"), "ede_info_mnemonic");
	expect(dnsrcode_ede_info_reference(info) != NULL, "ede_info_reference");
	expect(dnsrcode_ede_info_explanation(info) != NULL, "ede_info_explanation");
	expect(dnsrcode_ede_info_basis(info) != NULL, "ede_info_basis");
	expect(dnsrcode_ede_info_category(info) == DNSRCODE_EDE_CAT_TRANSPORT, "ede_info_category");
	expect(dnsrcode_ede_info_retry(info) == DNSRCODE_EDE_RETRY_YES, "ede_info_retry");
	expect(dnsrcode_ede_info_rcode(dnsrcode_ede_lookup(18)) == 5, "ede_info_rcode");
	expect(same(dnsrcode_ede_category_name(DNSRCODE_EDE_CAT_DNSSEC), "dnssec"),
	       "ede_category_name");
	expect(dnsrcode_ede_info_code(dnsrcode_ede_lookup_text("EDE9", 4)) == 9, "ede_lookup_text");
	expect(dnsrcode_ede_next(NULL) != NULL, "ede_next");
	expect(same(dnsrcode_ede_to_text(9), "DNSKEY_MISSING"), "ede_to_text");
	expect(dnsrcode_ede_parse("DNSKEY Missing", 14, &code) == DNSRCODE_OK && code == 9,
	       "ede_parse");
	expect(dnsrcode_ede_range(49152) == DNSRCODE_RANGE_PRIVATE, "ede_range");
	expect(dnsrcode_ede_format(buf, sizeof(buf), 9, DNSRCODE_FMT_MNEMONIC) > 0 &&
	               same(buf, "DNSKEY_MISSING"),
	       "ede_format");
}

// A SERVFAIL for www.example. with an OPT record carrying EDE 22 "down".
const uint8_t servfail[] = {
	0x12, 0x34, 0x81, 0x82, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
	0x03, 'w', 'w', 'w', 0x07, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 0x00,
	0x00, 0x01, 0x00, 0x01,
	0x00, 0x00, 0x29, 0x04, 0xd0, 0x00, 0x00, 0x80, 0x00, 0x00, 0x0a,
	0x00, 0x0f, 0x00, 0x06, 0x00, 0x16, 'd', 'o', 'w', 'n',
};

void
status()
{
	uint8_t copy[sizeof(servfail)];
	dnsrcode_status st;           // not initialised: the size is an argument
	dnsrcode_ede_option opts[2];

	std::memcpy(copy, servfail, sizeof(copy));
	int rc = dnsrcode_msg_status(copy, sizeof(copy), &st, sizeof(st), opts, 2);
	expect(rc == DNSRCODE_OK, "msg_status");
	if (rc != DNSRCODE_OK)
		return;
	expect(st.size == sizeof(st) && sizeof(st) == DNSRCODE_STATUS_SIZE_1_0, "status size");
	expect(st.id == 0x1234 && st.rcode == 2 && st.rcode_ctx == DNSRCODE_CTX_EDNS, "status rcode");
	expect(st.has_opt == 1 && st.udp_size == 1232 && st.edns_flags == 0x8000, "status OPT");
	expect(st.ede_count == 1 && opts[0].code == 22 && opts[0].text_len == 4 &&
	               std::memcmp(opts[0].text, "down", 4) == 0,
	       "status EDE");
	expect(std::memcmp(copy, servfail, sizeof(copy)) == 0, "message unchanged");
	expect(dnsrcode_msg_status(copy, sizeof(copy), &st, DNSRCODE_STATUS_SIZE_1_0 - 1, NULL, 0) ==
	               DNSRCODE_EINVAL,
	       "a size below 1.0 is refused");
}

void
versions()
{
	expect(std::strlen(dnsrcode_registry_date()) == 10, "registry_date");
	expect(same(dnsrcode_strerror(DNSRCODE_OK), "success"), "strerror");
	expect(same(dnsrcode_version(), DNSRCODE_VERSION), "version");
}

} // namespace

int
main()
{
	registry();
	text();
	classification();
	wire();
	ede();
	status();
	versions();
	if (failures == 0)
		std::puts("cxx_program: every function answered as documented");
	return failures == 0 ? 0 : 1;
}
