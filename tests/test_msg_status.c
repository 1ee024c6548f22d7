/*
 * test_msg_status.c - dnsrcode_msg_status() on hand-built messages: every
 * field it reports, the ABI size rules, and one test per malformed class.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dnsrcode.h"

#include "testutil.h"

#define QR 0x8000u
#define NOTAUTH 9u
#define TYPE_A 1
#define TYPE_CNAME 5
#define TYPE_OPT 41
#define TYPE_TSIG 250
#define CLASS_IN 1
#define CLASS_ANY 255
#define OPTION_EDE 15
#define OPTION_COOKIE 10

/* ------------------------------------------------- a message builder */

struct msg {
	uint8_t b[70000];
	size_t len;
};

static void
put8(struct msg *m, unsigned v)
{
	m->b[m->len++] = (uint8_t)v;
}

static void
put16(struct msg *m, unsigned v)
{
	put8(m, v >> 8 & 0xff);
	put8(m, v & 0xff);
}

static void
put32(struct msg *m, uint32_t v)
{
	put16(m, v >> 16);
	put16(m, v & 0xffff);
}

static void
put_bytes(struct msg *m, const void *p, size_t n)
{
	memcpy(m->b + m->len, p, n);
	m->len += n;
}

/* "www.example." as labels; "" or "." is the root. */
static void
put_name(struct msg *m, const char *name)
{
	while (*name != '\0' && strcmp(name, ".") != 0) {
		const char *dot = strchr(name, '.');
		size_t n = dot != NULL ? (size_t)(dot - name) : strlen(name);

		put8(m, (unsigned)n);
		put_bytes(m, name, n);
		name += n + (dot != NULL);
	}
	put8(m, 0);
}

static void
header(struct msg *m, unsigned id, unsigned flags, unsigned qd, unsigned an, unsigned ns,
       unsigned ar)
{
	m->len = 0;
	put16(m, id);
	put16(m, flags);
	put16(m, qd);
	put16(m, an);
	put16(m, ns);
	put16(m, ar);
}

static void
question(struct msg *m, const char *name)
{
	put_name(m, name);
	put16(m, TYPE_A);
	put16(m, CLASS_IN);
}

/* A question of type A, class IN, whose name is a pointer to @target. */
static void
question_pointer(struct msg *m, size_t target)
{
	put16(m, (unsigned)(0xc000 | target));
	put16(m, TYPE_A);
	put16(m, CLASS_IN);
}

/* An A record owned by a pointer to the question name (offset 12). */
static void
answer_a(struct msg *m)
{
	put16(m, 0xc00c);
	put16(m, TYPE_A);
	put16(m, CLASS_IN);
	put32(m, 300);
	put16(m, 4);
	put32(m, 0xc0000201);
}

/* OPT header; the caller appends rdlen bytes of options. */
static void
opt_start(struct msg *m, unsigned udp, unsigned ext, unsigned version, unsigned flags,
          unsigned rdlen)
{
	put8(m, 0);
	put16(m, TYPE_OPT);
	put16(m, udp);
	put32(m, (uint32_t)ext << 24 | (uint32_t)version << 16 | flags);
	put16(m, rdlen);
}

static void
ede_option(struct msg *m, unsigned code, const char *text, size_t text_len)
{
	put16(m, OPTION_EDE);
	put16(m, (unsigned)(2 + text_len));
	put16(m, code);
	put_bytes(m, text, text_len);
}

static void
tsig(struct msg *m, unsigned rrclass, unsigned error)
{
	static const uint8_t mac[32];

	put_name(m, "key.example.");
	put16(m, TYPE_TSIG);
	put16(m, rrclass);
	put32(m, 0);
	put16(m, 13 + 6 + 2 + 2 + 32 + 2 + 2 + 2);
	put_name(m, "hmac-sha256.");
	put16(m, 0);
	put32(m, 1700000000);
	put16(m, 300);
	put16(m, sizeof(mac));
	put_bytes(m, mac, sizeof(mac));
	put16(m, 0x1234);
	put16(m, error);
	put16(m, 0);
}

static int
status_of(const struct msg *m, dnsrcode_status *st, dnsrcode_ede_option *ede, size_t ede_max)
{
	/* Garbage where 0.x kept the size: the library must not care. */
	memset(st, 0xa5, sizeof(*st));
	return dnsrcode_msg_status(m->b, m->len, st, sizeof(*st), ede, ede_max);
}

static int
rc_of(const struct msg *m)
{
	dnsrcode_status st;

	return status_of(m, &st, NULL, 0);
}

/* ------------------------------------------------------ every field */

static void
test_status_reads_header_fields(void)
{
	struct msg m;
	dnsrcode_status st;

	header(&m, 0xbeef, QR | 2u << 11 | 0x0400 | 0x0100 | 0x0080 | 3, 1, 1, 0, 0);
	question(&m, "www.example.");
	answer_a(&m);
	CU_ASSERT_EQUAL_FATAL(status_of(&m, &st, NULL, 0), DNSRCODE_OK);
	CU_ASSERT_EQUAL(st.size, sizeof(st));
	CU_ASSERT_EQUAL(st.id, 0xbeef);
	CU_ASSERT_EQUAL(st.flags, QR | 2u << 11 | 0x0400 | 0x0100 | 0x0080 | 3);
	CU_ASSERT_EQUAL(st.opcode, 2);
	CU_ASSERT_EQUAL(st.qdcount, 1);
	CU_ASSERT_EQUAL(st.ancount, 1);
	CU_ASSERT_EQUAL(st.nscount, 0);
	CU_ASSERT_EQUAL(st.arcount, 0);
	CU_ASSERT_EQUAL(st.header_rcode, 3);
	CU_ASSERT_EQUAL(st.rcode, 3);
	CU_ASSERT_EQUAL(st.rcode_ctx, DNSRCODE_CTX_HEADER);
	CU_ASSERT_EQUAL(st.has_opt, 0);
	CU_ASSERT_EQUAL(st.has_tsig, 0);
	CU_ASSERT_EQUAL(st.ede_count, 0);
}

static void
test_status_reads_opt_fields(void)
{
	struct msg m;
	dnsrcode_status st;

	/* BADVERS (16): header 0, EXTENDED-RCODE 1, version 0, DO set. */
	header(&m, 1, QR, 1, 0, 0, 1);
	question(&m, "example.");
	opt_start(&m, 1232, 1, 0, 0x8000, 0);
	CU_ASSERT_EQUAL_FATAL(status_of(&m, &st, NULL, 0), DNSRCODE_OK);
	CU_ASSERT_EQUAL(st.has_opt, 1);
	CU_ASSERT_EQUAL(st.udp_size, 1232);
	CU_ASSERT_EQUAL(st.opt_ext_rcode, 1);
	CU_ASSERT_EQUAL(st.edns_version, 0);
	CU_ASSERT_EQUAL(st.edns_flags, 0x8000);
	CU_ASSERT_EQUAL(st.header_rcode, 0);
	CU_ASSERT_EQUAL(st.rcode, 16);
	CU_ASSERT_EQUAL(st.rcode_ctx, DNSRCODE_CTX_EDNS);
}

static void
test_status_combines_badcookie(void)
{
	struct msg m;
	dnsrcode_status st;
	static const uint8_t cookie[24] = { 1, 2, 3, 4, 5, 6, 7, 8 };

	/* BADCOOKIE (23) = 0x17: header 7, EXTENDED-RCODE 1; version 3. */
	header(&m, 7, QR | 7, 1, 0, 0, 1);
	question(&m, "example.");
	opt_start(&m, 4096, 1, 3, 0, 4 + sizeof(cookie));
	put16(&m, OPTION_COOKIE);
	put16(&m, sizeof(cookie));
	put_bytes(&m, cookie, sizeof(cookie));
	CU_ASSERT_EQUAL_FATAL(status_of(&m, &st, NULL, 0), DNSRCODE_OK);
	CU_ASSERT_EQUAL(st.rcode, 23);
	CU_ASSERT_EQUAL(st.rcode_ctx, DNSRCODE_CTX_EDNS);
	CU_ASSERT_EQUAL(st.edns_version, 3);
	CU_ASSERT_EQUAL(st.ede_count, 0);
}

static void
test_status_reads_tsig_error_behind_notauth(void)
{
	struct msg m;
	dnsrcode_status st;

	/* RFC 8945 §5.2.3: NOTAUTH with TSIG Error BADTIME means BADTIME. */
	header(&m, 9, QR | NOTAUTH, 1, 0, 0, 2);
	question(&m, "example.");
	opt_start(&m, 1232, 0, 0, 0, 0);
	tsig(&m, CLASS_ANY, 18);
	CU_ASSERT_EQUAL_FATAL(status_of(&m, &st, NULL, 0), DNSRCODE_OK);
	CU_ASSERT_EQUAL(st.has_tsig, 1);
	CU_ASSERT_EQUAL(st.tsig_error, 18);
	CU_ASSERT_EQUAL(st.has_opt, 1);
	CU_ASSERT_EQUAL(st.rcode, 18);
	CU_ASSERT_EQUAL(st.rcode_ctx, DNSRCODE_CTX_TSIG);
}

static void
test_status_reports_tsig_error_without_notauth(void)
{
	struct msg m;
	dnsrcode_status st;

	header(&m, 9, QR | 5, 1, 0, 0, 1);
	question(&m, "example.");
	tsig(&m, CLASS_ANY, 16);
	CU_ASSERT_EQUAL_FATAL(status_of(&m, &st, NULL, 0), DNSRCODE_OK);
	CU_ASSERT_EQUAL(st.tsig_error, 16);
	CU_ASSERT_EQUAL(st.rcode, 5);
	CU_ASSERT_EQUAL(st.rcode_ctx, DNSRCODE_CTX_HEADER);
}

static void
test_status_reads_ede_options(void)
{
	struct msg m;
	dnsrcode_status st;
	dnsrcode_ede_option ede[4];
	static const char text[] = "no DNSKEY for example.";

	header(&m, 2, QR | 2, 1, 0, 0, 1);
	question(&m, "example.");
	opt_start(&m, 1232, 0, 0, 0, (6 + sizeof(text) - 1) + 6 + (4 + 2) + (6 + 2) + 4);
	ede_option(&m, 9, text, sizeof(text) - 1);
	ede_option(&m, 22, "", 0);
	put16(&m, 12); /* padding between them: options are skipped, not miscounted */
	put16(&m, 2);
	put16(&m, 0);
	ede_option(&m, 49152, "x\0", 2);
	put16(&m, 8); /* an empty ECS option ends the RDATA */
	put16(&m, 0);
	CU_ASSERT_EQUAL_FATAL(status_of(&m, &st, ede, 4), DNSRCODE_OK);
	CU_ASSERT_EQUAL(st.ede_count, 3);
	CU_ASSERT_EQUAL(ede[0].code, 9);
	CU_ASSERT_EQUAL(ede[0].text_len, sizeof(text) - 1);
	CU_ASSERT_EQUAL(memcmp(ede[0].text, text, sizeof(text) - 1), 0);
	CU_ASSERT((const uint8_t *)ede[0].text > m.b && (const uint8_t *)ede[0].text < m.b + m.len);
	CU_ASSERT_EQUAL(ede[1].code, 22);
	CU_ASSERT_EQUAL(ede[1].text_len, 0);
	CU_ASSERT_PTR_NOT_NULL(ede[1].text);
	/* RFC 8914 §2: a trailing NUL is not part of the text. */
	CU_ASSERT_EQUAL(ede[2].code, 49152);
	CU_ASSERT_EQUAL(ede[2].text_len, 1);
	CU_ASSERT_EQUAL(ede[2].text[0], 'x');
	CU_ASSERT_EQUAL(st.rcode, 2);
	CU_ASSERT_EQUAL(st.rcode_ctx, DNSRCODE_CTX_EDNS);
}

static void
test_status_counts_ede_beyond_the_array(void)
{
	struct msg m;
	dnsrcode_status st;
	dnsrcode_ede_option ede[2];

	header(&m, 2, QR | 2, 0, 0, 0, 1);
	opt_start(&m, 512, 0, 0, 0, 3 * 6);
	ede_option(&m, 1, "", 0);
	ede_option(&m, 2, "", 0);
	ede_option(&m, 3, "", 0);
	memset(ede, 0xa5, sizeof(ede));
	CU_ASSERT_EQUAL_FATAL(status_of(&m, &st, ede, 1), DNSRCODE_OK);
	CU_ASSERT_EQUAL(st.ede_count, 3);
	CU_ASSERT_EQUAL(ede[0].code, 1);
	CU_ASSERT_EQUAL(ede[1].code, 0xa5a5);
	CU_ASSERT_EQUAL(status_of(&m, &st, NULL, 0), DNSRCODE_OK);
	CU_ASSERT_EQUAL(st.ede_count, 3);
}

static void
test_status_follows_compression_in_every_section(void)
{
	struct msg m;
	dnsrcode_status st;

	header(&m, 3, QR, 1, 2, 1, 0);
	question(&m, "www.example.");
	/* CNAME owned by the question name, target "cdn" + pointer. */
	put16(&m, 0xc00c);
	put16(&m, TYPE_CNAME);
	put16(&m, CLASS_IN);
	put32(&m, 60);
	put16(&m, 6);
	put8(&m, 3);
	put_bytes(&m, "cdn", 3);
	put16(&m, 0xc010); /* "example." inside the question */
	/* An A record owned by a label and a pointer to that CNAME target's
	 * pointer: two hops, each further back. */
	put8(&m, 1);
	put8(&m, 'a');
	put16(&m, (unsigned)(0xc000 | (m.len - 2 - 6)));
	put16(&m, TYPE_A);
	put16(&m, CLASS_IN);
	put32(&m, 60);
	put16(&m, 4);
	put32(&m, 0x7f000001);
	answer_a(&m); /* authority: another record on the question name */
	CU_ASSERT_EQUAL(status_of(&m, &st, NULL, 0), DNSRCODE_OK);
	CU_ASSERT_EQUAL(st.nscount, 1);
}

/* ------------------------------------------------------ ABI size rules */

/* A message with almost every 1.0 field non-zero (not opt_ext_rcode, which
 * would hide the TSIG error), so a field left unwritten would show. */
static void
status_sample(struct msg *m)
{
	header(m, 0x4242, QR | NOTAUTH, 1, 0, 0, 2);
	question(m, "www.example.");
	opt_start(m, 1232, 0, 1, 0x8000, 6);
	ede_option(m, 22, "", 0);
	tsig(m, CLASS_ANY, 18);
}

/*
 * The handshake, for every size a caller might pass from 0 to well past
 * this library's struct: below DNSRCODE_STATUS_SIZE_1_0 the call fails and
 * writes nothing; from there on it writes exactly min(size, its own) bytes,
 * says so in size, and never touches a byte after them (guard bytes).
 */
#define GUARD 64

static void
test_status_writes_no_byte_past_the_callers_size(void)
{
	union {
		dnsrcode_status aligned;
		unsigned char mem[sizeof(dnsrcode_status) + GUARD + GUARD];
	} u;
	unsigned char *mem = u.mem;
	dnsrcode_status full;
	struct msg m;
	size_t size, i, filled;
	int rc;

	status_sample(&m);
	CU_ASSERT_EQUAL_FATAL(status_of(&m, &full, NULL, 0), DNSRCODE_OK);
	CU_ASSERT_EQUAL(full.size, sizeof(full));
	for (size = 0; size <= sizeof(dnsrcode_status) + GUARD; size++) {
		/* Room for 'size' bytes, then guard bytes: a C struct of that
		 * size in the caller's memory, followed by other objects. */
		memset(mem, 0xa5, sizeof(u.mem));
		rc = dnsrcode_msg_status(m.b, m.len, &u.aligned, size, NULL, 0);
		filled = size < sizeof(dnsrcode_status) ? size : sizeof(dnsrcode_status);
		if (size < DNSRCODE_STATUS_SIZE_1_0) {
			CU_ASSERT_EQUAL(rc, DNSRCODE_EINVAL);
			filled = 0;
		} else {
			dnsrcode_status got;

			CU_ASSERT_EQUAL(rc, DNSRCODE_OK);
			memcpy(&got, mem, sizeof(got));
			CU_ASSERT_EQUAL(got.size, filled);
			/* What was filled is what a full-size call gives. */
			CU_ASSERT_EQUAL(memcmp(mem + sizeof(got.size), (char *)&full + sizeof(full.size),
			                       filled - sizeof(got.size)),
			                0);
		}
		for (i = filled; i < sizeof(u.mem); i++)
			if (mem[i] != 0xa5) {
				CU_FAIL("a byte past the filled size was written");
				fprintf(stderr, "size %zu: byte %zu written\n", size, i);
				break;
			}
	}
}

/* The size is an argument: whatever the caller's struct holds (never
 * initialised, or a 0.x-style size field set to 4096) cannot steer a
 * write beyond sizeof(dnsrcode_status). */
static void
test_status_ignores_garbage_in_the_struct(void)
{
	union {
		dnsrcode_status aligned;
		unsigned char mem[sizeof(dnsrcode_status) + GUARD];
	} u;
	unsigned char *mem = u.mem;
	const unsigned char fills[] = { 0x00, 0xff, 0xa5 };
	struct msg m;
	size_t f, i;

	status_sample(&m);
	for (f = 0; f < sizeof(fills); f++) {
		dnsrcode_status got;

		memset(mem, fills[f], sizeof(u.mem));
		memset(mem, 0x10, sizeof(uint32_t)); /* 0x10101010: a huge "size" */
		CU_ASSERT_EQUAL_FATAL(dnsrcode_msg_status(m.b, m.len, &u.aligned, sizeof(dnsrcode_status),
		                                          NULL, 0),
		                      DNSRCODE_OK);
		memcpy(&got, mem, sizeof(got));
		CU_ASSERT_EQUAL(got.size, sizeof(dnsrcode_status));
		CU_ASSERT_EQUAL(got.rcode, 18);
		for (i = sizeof(dnsrcode_status); i < sizeof(u.mem); i++)
			CU_ASSERT_EQUAL(mem[i], fills[f]);
	}
}

/* The 1.0 layout the header publishes: fixed offsets, no padding, so
 * every compiler and language lays it out alike. */
static void
test_status_layout_is_the_published_one(void)
{
	CU_ASSERT_EQUAL(sizeof(dnsrcode_status), DNSRCODE_STATUS_SIZE_1_0);
	CU_ASSERT_EQUAL(offsetof(dnsrcode_status, size), 0);
	CU_ASSERT_EQUAL(offsetof(dnsrcode_status, id), 4);
	CU_ASSERT_EQUAL(offsetof(dnsrcode_status, arcount), 14);
	CU_ASSERT_EQUAL(offsetof(dnsrcode_status, rcode), 16);
	CU_ASSERT_EQUAL(offsetof(dnsrcode_status, rcode_ctx), 18);
	CU_ASSERT_EQUAL(offsetof(dnsrcode_status, opcode), 20);
	CU_ASSERT_EQUAL(offsetof(dnsrcode_status, has_tsig), 25);
	CU_ASSERT_EQUAL(offsetof(dnsrcode_status, udp_size), 26);
	CU_ASSERT_EQUAL(offsetof(dnsrcode_status, tsig_error), 30);
	CU_ASSERT_EQUAL(offsetof(dnsrcode_status, ede_count), 32);
	/* The EDE element is frozen as 0.x had it. */
	CU_ASSERT_EQUAL(offsetof(dnsrcode_ede_option, text), 0);
	CU_ASSERT_EQUAL(offsetof(dnsrcode_ede_option, text_len), sizeof(const char *));
	CU_ASSERT_EQUAL(offsetof(dnsrcode_ede_option, code), sizeof(const char *) + 2);
}

static void
test_status_rejects_null_arguments(void)
{
	struct msg m;
	dnsrcode_status st;
	dnsrcode_ede_option ede[1];

	header(&m, 1, QR, 0, 0, 0, 0);
	CU_ASSERT_EQUAL(dnsrcode_msg_status(NULL, m.len, &st, sizeof(st), ede, 1), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(dnsrcode_msg_status(m.b, m.len, NULL, sizeof(st), ede, 1), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(dnsrcode_msg_status(m.b, m.len, &st, sizeof(st), NULL, 1), DNSRCODE_EINVAL);
	CU_ASSERT_EQUAL(dnsrcode_msg_status(m.b, m.len, &st, sizeof(st), ede, 1), DNSRCODE_OK);
}

static void
test_status_leaves_outputs_untouched_on_error(void)
{
	struct msg m;
	dnsrcode_status st, before;
	dnsrcode_ede_option ede[2], ede_before[2];

	header(&m, 2, QR | 2, 0, 0, 0, 2);
	opt_start(&m, 512, 0, 0, 0, 6);
	ede_option(&m, 1, "", 0);
	opt_start(&m, 512, 0, 0, 0, 0); /* a second OPT */
	memset(&st, 0x5a, sizeof(st));
	memset(ede, 0x5a, sizeof(ede));
	before = st;
	memcpy(ede_before, ede, sizeof(ede));
	CU_ASSERT_EQUAL(dnsrcode_msg_status(m.b, m.len, &st, sizeof(st), ede, 2), DNSRCODE_EOPT);
	CU_ASSERT_EQUAL(memcmp(&st, &before, sizeof(st)), 0);
	CU_ASSERT_EQUAL(memcmp(ede, ede_before, sizeof(ede)), 0);
}

/* --------------------------------------------------- malformed classes */

static void
test_malformed_truncated_header(void)
{
	struct msg m;
	dnsrcode_status st;
	size_t n;

	header(&m, 1, QR, 0, 0, 0, 0);
	for (n = 0; n < 12; n++) {
		CU_ASSERT_EQUAL(dnsrcode_msg_status(m.b, n, &st, sizeof(st), NULL, 0),
		                DNSRCODE_ETRUNCATED);
	}
}

static void
test_malformed_counts_larger_than_data(void)
{
	struct msg m;

	header(&m, 1, QR, 1, 0, 0, 0);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ETRUNCATED);
	header(&m, 1, QR, 1, 2, 0, 0);
	question(&m, "example.");
	answer_a(&m);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ETRUNCATED);
	header(&m, 1, QR, 0, 0, 0, 65535);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ETRUNCATED);
}

/* Every proper prefix of a good message is truncated, never malformed. */
static void
test_malformed_every_prefix_is_truncated(void)
{
	struct msg m;
	dnsrcode_status st;
	size_t full, n;

	header(&m, 1, QR | NOTAUTH, 1, 1, 0, 2);
	question(&m, "www.example.");
	answer_a(&m);
	opt_start(&m, 1232, 0, 0, 0, 6 + 4);
	ede_option(&m, 6, "bogus", 4);
	tsig(&m, CLASS_ANY, 17);
	full = m.len;
	CU_ASSERT_EQUAL_FATAL(status_of(&m, &st, NULL, 0), DNSRCODE_OK);
	CU_ASSERT_EQUAL(st.rcode, 17);
	for (n = 0; n < full; n++) {
		if (dnsrcode_msg_status(m.b, n, &st, sizeof(st), NULL, 0) != DNSRCODE_ETRUNCATED) {
			CU_FAIL("a prefix was not reported as truncated");
			break;
		}
	}
}

static void
test_malformed_trailing_octets(void)
{
	struct msg m;

	header(&m, 1, QR, 1, 0, 0, 0);
	question(&m, "example.");
	put8(&m, 0);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EMALFORMED);
}

static void
test_malformed_compression_loop(void)
{
	struct msg m;

	/* A pointer to itself. */
	header(&m, 1, QR, 1, 0, 0, 0);
	put16(&m, 0xc00c);
	put16(&m, TYPE_A);
	put16(&m, CLASS_IN);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EPOINTER);
	/* Two names pointing at each other: the second name jumps back to
	 * the first, whose pointer leads forward again. */
	header(&m, 1, QR, 2, 0, 0, 0);
	put8(&m, 1);
	put8(&m, 'a');
	put16(&m, 0xc000 | 20);
	put16(&m, TYPE_A);
	put16(&m, CLASS_IN);
	put16(&m, 0xc00c); /* offset 20 */
	put16(&m, TYPE_A);
	put16(&m, CLASS_IN);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EPOINTER);
	/* A label followed by a pointer back to that label. */
	header(&m, 1, QR, 1, 0, 0, 0);
	put8(&m, 1);
	put8(&m, 'a');
	put16(&m, 0xc00c);
	put16(&m, TYPE_A);
	put16(&m, CLASS_IN);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EPOINTER);
}

static void
test_malformed_pointer_beyond_the_end(void)
{
	struct msg m;

	header(&m, 1, QR, 1, 0, 0, 0);
	put16(&m, 0xffff);
	put16(&m, TYPE_A);
	put16(&m, CLASS_IN);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EPOINTER);
	/* Forward, but inside the message. */
	header(&m, 1, QR, 2, 0, 0, 0);
	put16(&m, 0xc000 | 18);
	put16(&m, TYPE_A);
	put16(&m, CLASS_IN);
	question(&m, "example.");
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EPOINTER);
}

/* A pointer may reach a name that runs on past the pointer itself (into
 * its own record): odd, but dnspython, BIND and Knot read it, and so do
 * we.  Cut short, such a message is truncated like any other (a fuzzer
 * find). */
static void
test_status_reads_name_running_past_its_pointer(void)
{
	static const uint8_t wire[] = {
		0xb9, 0x26, 0x81, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
		0x03, 0x76, 0x6c, 0x65, 0x00, 0x00, 0x10, 0x79, 0xfa, /* question */
		0xc0, 0x01, /* owner: pointer to offset 1, a 38-octet label */
		0x00, 0x00, 0x65, 0xff, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08,
		0x00, 0x00, 0x00, 0x00, 0x00, 0x18, 0x00, 0x00, /* ends the label, then the root */
	};
	dnsrcode_status st;

	CU_ASSERT_EQUAL(dnsrcode_msg_status(wire, sizeof(wire), &st, sizeof(st), NULL, 0),
	                DNSRCODE_OK);
	CU_ASSERT_EQUAL(dnsrcode_msg_status(wire, sizeof(wire) - 1, &st, sizeof(st), NULL, 0),
	                DNSRCODE_ETRUNCATED);
}

static void
test_malformed_pointer_chain_limit(void)
{
	struct msg m;
	unsigned i, chain;

	for (chain = 120; chain <= 130; chain += 10) {
		size_t prev = 12;

		/* Question 1 is the root at offset 12; questions 2.. are each a
		 * pointer to the one before; the last question holds the chain. */
		header(&m, 1, QR, chain + 1, 0, 0, 0);
		put8(&m, 0);
		put16(&m, TYPE_A);
		put16(&m, CLASS_IN);
		for (i = 0; i < chain; i++) {
			size_t here = m.len;

			put16(&m, (unsigned)(0xc000 | prev));
			put16(&m, TYPE_A);
			put16(&m, CLASS_IN);
			prev = here;
		}
		CU_ASSERT_EQUAL(rc_of(&m), chain <= 127 ? DNSRCODE_OK : DNSRCODE_EPOINTER);
	}
}

static void
test_malformed_label_types_and_long_names(void)
{
	struct msg m;
	unsigned i;

	header(&m, 1, QR, 1, 0, 0, 0);
	put8(&m, 0x40); /* extended label type, RFC 6891 §5 */
	put8(&m, 0);
	put16(&m, TYPE_A);
	put16(&m, CLASS_IN);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ENAME);
	m.b[12] = 0x80;
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ENAME);
	/* 4 labels of 63: 256 octets with the root, one too many. */
	header(&m, 1, QR, 1, 0, 0, 0);
	for (i = 0; i < 4; i++) {
		put8(&m, 63);
		memset(m.b + m.len, 'x', 63);
		m.len += 63;
	}
	put8(&m, 0);
	put16(&m, TYPE_A);
	put16(&m, CLASS_IN);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ENAME);
	/* 255 exactly is fine: 3 x 63 + one of 61, root. */
	m.b[12 + 3 * 64] = 61;
	memmove(m.b + 12 + 3 * 64 + 62, m.b + 12 + 4 * 64, 5);
	m.len -= 2;
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_OK);
	/* Too long only once a pointer is followed. */
	header(&m, 1, QR, 2, 0, 0, 0);
	for (i = 0; i < 3; i++) {
		put8(&m, 63);
		memset(m.b + m.len, 'x', 63);
		m.len += 63;
	}
	put8(&m, 0);
	put16(&m, TYPE_A);
	put16(&m, CLASS_IN);
	put8(&m, 63);
	memset(m.b + m.len, 'y', 63);
	m.len += 63;
	put16(&m, 0xc00c);
	put16(&m, TYPE_A);
	put16(&m, CLASS_IN);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ENAME);
}

static void
test_malformed_opt_bad_rdlength(void)
{
	struct msg m;

	/* Options overrun the RDATA. */
	header(&m, 1, QR, 0, 0, 0, 1);
	opt_start(&m, 512, 0, 0, 0, 6);
	put16(&m, OPTION_COOKIE);
	put16(&m, 8);
	put16(&m, 0);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EOPT);
	/* Leftover octets too few for an option header. */
	header(&m, 1, QR, 0, 0, 0, 1);
	opt_start(&m, 512, 0, 0, 0, 3);
	put8(&m, 0);
	put8(&m, 0);
	put8(&m, 0);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EOPT);
	/* RDLENGTH past the end of the message: truncated. */
	header(&m, 1, QR, 0, 0, 0, 1);
	opt_start(&m, 512, 0, 0, 0, 10);
	put16(&m, OPTION_COOKIE);
	put16(&m, 0);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ETRUNCATED);
}

static void
test_malformed_ede_option_shorter_than_two(void)
{
	struct msg m;

	header(&m, 1, QR, 0, 0, 0, 1);
	opt_start(&m, 512, 0, 0, 0, 4);
	put16(&m, OPTION_EDE);
	put16(&m, 0);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EOPT);
	header(&m, 1, QR, 0, 0, 0, 1);
	opt_start(&m, 512, 0, 0, 0, 5);
	put16(&m, OPTION_EDE);
	put16(&m, 1);
	put8(&m, 9);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EOPT);
}

static void
test_malformed_two_opt_records(void)
{
	struct msg m;

	header(&m, 1, QR, 0, 0, 0, 2);
	opt_start(&m, 512, 0, 0, 0, 0);
	opt_start(&m, 512, 0, 0, 0, 0);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EOPT);
}

static void
test_malformed_misplaced_opt(void)
{
	struct msg m;

	/* In the answer section. */
	header(&m, 1, QR, 0, 1, 0, 0);
	opt_start(&m, 512, 0, 0, 0, 0);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EOPT);
	/* Not owned by the root. */
	header(&m, 1, QR, 0, 0, 0, 1);
	put_name(&m, "example.");
	put16(&m, TYPE_OPT);
	put16(&m, 512);
	put32(&m, 0);
	put16(&m, 0);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EOPT);
	/* Owned by the root through pointers, to the root question's name
	 * and to that pointer: the root all the same. */
	header(&m, 1, QR, 2, 0, 0, 1);
	question(&m, ".");
	question_pointer(&m, 12);
	put16(&m, 0xc000 | 17);
	put16(&m, TYPE_OPT);
	put16(&m, 512);
	put32(&m, 0);
	put16(&m, 0);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_OK);
	/* Through a pointer to a name that is not the root. */
	header(&m, 1, QR, 1, 0, 0, 1);
	question(&m, "example.");
	put16(&m, 0xc00c);
	put16(&m, TYPE_OPT);
	put16(&m, 512);
	put32(&m, 0);
	put16(&m, 0);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_EOPT);
}

static void
test_malformed_tsig_not_last(void)
{
	struct msg m;

	header(&m, 1, QR | NOTAUTH, 0, 0, 0, 2);
	tsig(&m, CLASS_ANY, 16);
	opt_start(&m, 512, 0, 0, 0, 0);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ETSIG);
	/* Two TSIGs: the first is not last. */
	header(&m, 1, QR | NOTAUTH, 0, 0, 0, 2);
	tsig(&m, CLASS_ANY, 16);
	tsig(&m, CLASS_ANY, 16);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ETSIG);
	/* Last record of the message, but in the authority section. */
	header(&m, 1, QR | NOTAUTH, 0, 0, 1, 0);
	tsig(&m, CLASS_ANY, 16);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ETSIG);
}

static void
test_malformed_tsig_rdata(void)
{
	struct msg m;
	size_t rdlen_at;

	header(&m, 1, QR | NOTAUTH, 0, 0, 0, 1);
	tsig(&m, CLASS_IN, 16);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ETSIG);
	/* MAC Size larger than the RDATA. */
	header(&m, 1, QR | NOTAUTH, 0, 0, 0, 1);
	tsig(&m, CLASS_ANY, 16);
	m.b[12 + 13 + 10 + 13 + 8] = 0x40;
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ETSIG);
	/* Other Len disagreeing with RDLENGTH. */
	header(&m, 1, QR | NOTAUTH, 0, 0, 0, 1);
	tsig(&m, CLASS_ANY, 16);
	m.b[m.len - 1] = 1;
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ETSIG);
	/* RDATA too short for the fixed fields. */
	header(&m, 1, QR | NOTAUTH, 0, 0, 0, 1);
	put_name(&m, "key.");
	put16(&m, TYPE_TSIG);
	put16(&m, CLASS_ANY);
	put32(&m, 0);
	rdlen_at = m.len;
	put16(&m, 0);
	put_name(&m, "alg.");
	put16(&m, 0);
	m.b[rdlen_at + 1] = (uint8_t)(m.len - rdlen_at - 2);
	CU_ASSERT_EQUAL(rc_of(&m), DNSRCODE_ETSIG);
}

/* ------------------------------------------ what the reader remembers
 * The reader remembers the suffixes of names it has walked, so that a
 * pointer to one is not followed again.  Remembering changes how long a
 * message takes, never its answer: these messages put it where a
 * remembered suffix must not be trusted, and the answer must be the one
 * of the plain walk (fuzz/msg_reference.c does that walk on every input
 * the fuzzers try). */

/*
 * Questions that make a remembered suffix of @hops pointers: the root at
 * offset 12, @hops - 1 questions each a pointer to the one before, and a
 * question "a" followed by a pointer to the last of them.  Answers the
 * offset of that "a", whose suffix has @hops pointers; the header's
 * QDCOUNT must be @hops + 1 plus what the caller adds.
 */
static size_t
remembered_chain(struct msg *m, unsigned hops)
{
	size_t prev = 12, a;
	unsigned i;

	put8(m, 0);
	put16(m, TYPE_A);
	put16(m, CLASS_IN);
	for (i = 1; i < hops; i++) {
		size_t here = m->len;

		question_pointer(m, prev);
		prev = here;
	}
	a = m->len;
	put8(m, 1);
	put8(m, 'a');
	question_pointer(m, prev);
	return a;
}

static void
test_memory_pointer_count_past_a_remembered_suffix(void)
{
	struct msg m;
	unsigned more;

	/* "a" has 100 pointers behind it; a name of @more pointers in a row
	 * ending at "a" has more + 100: fine up to 127, not past it. */
	for (more = 26; more <= 28; more++) {
		size_t prev, a;
		unsigned i;

		header(&m, 1, QR, 100 + 1 + more, 0, 0, 0);
		a = remembered_chain(&m, 100);
		prev = a;
		for (i = 0; i < more; i++) {
			size_t here = m.len;

			question_pointer(&m, prev);
			prev = here;
		}
		CU_ASSERT_EQUAL(rc_of(&m), more + 100 <= 127 ? DNSRCODE_OK : DNSRCODE_EPOINTER);
	}
}

static void
test_memory_pointer_count_through_glue(void)
{
	struct msg m;
	dnsrcode_status st;
	unsigned hops;

	/* An answer's RDATA holds "b" and a pointer to "a"; the next owner
	 * points at "b": 1 + 1 + the pointers behind "a". */
	for (hops = 124; hops <= 126; hops++) {
		size_t a, b;

		header(&m, 1, QR, hops + 1, 2, 0, 0);
		a = remembered_chain(&m, hops);
		put16(&m, 0xc00c);
		put16(&m, TYPE_CNAME);
		put16(&m, CLASS_IN);
		put32(&m, 60);
		put16(&m, 4);
		b = m.len;
		put8(&m, 1);
		put8(&m, 'b');
		put16(&m, (unsigned)(0xc000 | a));
		put16(&m, (unsigned)(0xc000 | b));
		put16(&m, TYPE_A);
		put16(&m, CLASS_IN);
		put32(&m, 60);
		put16(&m, 4);
		put32(&m, 0xc0000201);
		CU_ASSERT_EQUAL(status_of(&m, &st, NULL, 0),
		                hops + 2 <= 127 ? DNSRCODE_OK : DNSRCODE_EPOINTER);
	}
}

static void
test_memory_labels_beyond_pointer_reach(void)
{
	struct msg m;
	dnsrcode_status st;
	size_t rdlen = 16400;

	/* Pointers reach the first 16384 octets: names past them are walked
	 * but not remembered, and the message reads the same. */
	header(&m, 1, QR, 1, 3, 0, 0);
	question(&m, "www.example.");
	put16(&m, 0xc00c);
	put16(&m, TYPE_A);
	put16(&m, CLASS_IN);
	put32(&m, 60);
	put16(&m, (unsigned)rdlen);
	memset(m.b + m.len, 0, rdlen);
	m.len += rdlen;
	CU_ASSERT_FATAL(m.len > 0x4000);
	put_name(&m, "x.y.");
	put16(&m, TYPE_A);
	put16(&m, CLASS_IN);
	put32(&m, 60);
	put16(&m, 0);
	answer_a(&m);
	CU_ASSERT_EQUAL_FATAL(status_of(&m, &st, NULL, 0), DNSRCODE_OK);
	CU_ASSERT_EQUAL(st.ancount, 3);
}

int
main(void)
{
	static const struct test_case tests[] = {
		{ "reads header fields", test_status_reads_header_fields },
		{ "reads OPT fields", test_status_reads_opt_fields },
		{ "combines header and OPT into BADCOOKIE", test_status_combines_badcookie },
		{ "reads the TSIG error behind NOTAUTH",
		  test_status_reads_tsig_error_behind_notauth },
		{ "reports a TSIG error without NOTAUTH",
		  test_status_reports_tsig_error_without_notauth },
		{ "reads EDE options", test_status_reads_ede_options },
		{ "counts EDE beyond the array", test_status_counts_ede_beyond_the_array },
		{ "follows compression in every section",
		  test_status_follows_compression_in_every_section },
		{ "writes no byte past the caller's size, reports what it filled",
		  test_status_writes_no_byte_past_the_callers_size },
		{ "ignores garbage in the caller's struct", test_status_ignores_garbage_in_the_struct },
		{ "layout is the published 1.0 one", test_status_layout_is_the_published_one },
		{ "rejects NULL arguments", test_status_rejects_null_arguments },
		{ "leaves outputs untouched on error",
		  test_status_leaves_outputs_untouched_on_error },
		{ "a header under 12 octets is ETRUNCATED", test_malformed_truncated_header },
		{ "counts past the data are ETRUNCATED",
		  test_malformed_counts_larger_than_data },
		{ "every prefix of a message is ETRUNCATED",
		  test_malformed_every_prefix_is_truncated },
		{ "octets after the last record are EMALFORMED", test_malformed_trailing_octets },
		{ "a compression loop is EPOINTER", test_malformed_compression_loop },
		{ "a pointer forward or past the end is EPOINTER", test_malformed_pointer_beyond_the_end },
		{ "reads a name running past its pointer",
		  test_status_reads_name_running_past_its_pointer },
		{ "127 pointers in a chain are read, more are EPOINTER", test_malformed_pointer_chain_limit },
		{ "label types 0x40 and 0x80 and names over 255 octets are ENAME",
		  test_malformed_label_types_and_long_names },
		{ "OPT options not filling RDLENGTH are EOPT, RDLENGTH past the data ETRUNCATED", test_malformed_opt_bad_rdlength },
		{ "an EDE option under 2 octets is EOPT",
		  test_malformed_ede_option_shorter_than_two },
		{ "two OPT records are EOPT", test_malformed_two_opt_records },
		{ "an OPT outside the additional section or not at the root is EOPT", test_malformed_misplaced_opt },
		{ "a TSIG not last in the additional section is ETSIG", test_malformed_tsig_not_last },
		{ "a TSIG not of class ANY or with fields not filling RDLENGTH is ETSIG", test_malformed_tsig_rdata },
		{ "a pointer past a remembered suffix counts its pointers: 127 are read, more EPOINTER",
		  test_memory_pointer_count_past_a_remembered_suffix },
		{ "a pointer to glue that ends in a remembered suffix counts them too",
		  test_memory_pointer_count_through_glue },
		{ "names past a pointer's reach read the same, unremembered",
		  test_memory_labels_beyond_pointer_reach },
		TEST_END
	};

	return run_suite("msg_status", tests);
}
