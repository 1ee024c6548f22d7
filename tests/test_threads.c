/*
 * test_threads.c - the whole API from several threads at once.
 *
 * The library promises no mutable state, so every thread must see exactly
 * what a single thread sees.  main() first sweeps the API alone and folds
 * every result (return values, texts, entry addresses) into a digest; then
 * THREADS threads, released together, each sweep it ROUNDS times and must
 * reproduce the digest.  A sweep covers the RCODE and EDE registries
 * (lookup, text, parse, format, classification, wire helpers, iteration)
 * and dnsrcode_msg_status() on two messages and all their prefixes.
 * Each sweep also checks results that do not depend on the others:
 * formatted text parses back to its code, split and combine invert each
 * other, the messages read as they were built.  Run it under
 * ThreadSanitizer (make check-tsan) to catch races that happen to give
 * the right answer.
 *
 * Plain C and pthreads: CUnit's assertions are not thread-safe.
 */
#include "config.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dnsrcode.h"

#define THREADS 4
#define ROUNDS 2
#define CTX_END 6 /* one past TKEY: an invalid context is part of the API too */

struct sweep {
	uint64_t digest;
	unsigned long failures;
};

static pthread_mutex_t gate_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t gate_cond = PTHREAD_COND_INITIALIZER;
static int gate_open;

static void
fold(struct sweep *s, const void *p, size_t n)
{
	const unsigned char *b = p;
	size_t i;

	/* FNV-1a, 64 bits. */
	for (i = 0; i < n; i++) {
		s->digest ^= b[i];
		s->digest *= 0x100000001b3ull;
	}
}

static void
fold_int(struct sweep *s, long v)
{
	fold(s, &v, sizeof(v));
}

static void
fold_str(struct sweep *s, const char *t)
{
	if (t == NULL)
		fold_int(s, -1);
	else
		fold(s, t, strlen(t) + 1);
}

static void
fold_ptr(struct sweep *s, const void *p)
{
	fold(s, &p, sizeof(p));
}

static void
expect(struct sweep *s, int ok, const char *what, unsigned code, int ctx)
{
	if (!ok) {
		s->failures++;
		fprintf(stderr, "test_threads: %s failed for code %u in context %d\n", what, code,
		        ctx);
	}
}

static void
sweep_info(struct sweep *s, const dnsrcode_info *info)
{
	fold_ptr(s, info);
	fold_int(s, dnsrcode_info_code(info));
	fold_str(s, dnsrcode_info_name(info));
	fold_str(s, dnsrcode_info_mnemonic(info));
	fold_str(s, dnsrcode_info_description(info));
	fold_str(s, dnsrcode_info_explanation(info));
	fold_str(s, dnsrcode_info_reference(info));
	fold_int(s, (long)dnsrcode_info_families(info));
	fold_int(s, (long)dnsrcode_info_contexts(info));
}

static void
sweep_text(struct sweep *s, unsigned code, dnsrcode_context ctx)
{
	char buf[128], small[6];
	uint16_t back;
	int style, n, rc;

	fold_str(s, dnsrcode_to_text(code, ctx));
	for (style = -1; style <= DNSRCODE_FMT_FULL + 1; style++) {
		n = dnsrcode_format(buf, sizeof(buf), code, ctx, style);
		fold_int(s, n);
		if (n < 0)
			continue;
		fold_str(s, buf);
		/* Truncation, too, is shared-nothing. */
		fold_int(s, dnsrcode_format(small, sizeof(small), code, ctx, style));
		fold_str(s, small);
		if (style != DNSRCODE_FMT_MNEMONIC && style != DNSRCODE_FMT_NAME)
			continue;
		back = 0;
		rc = dnsrcode_parse_strict(buf, (size_t)n, ctx, &back);
		expect(s, rc == DNSRCODE_OK && back == code, "format then parse", code, (int)ctx);
		fold_int(s, rc);
		back = 0;
		rc = dnsrcode_parse(buf, (size_t)n, ctx, &back);
		expect(s, rc == DNSRCODE_OK && back == code, "format then lenient parse", code,
		       (int)ctx);
		sweep_info(s, dnsrcode_lookup_name(buf, (size_t)n));
	}
}

static void
sweep_wire(struct sweep *s, unsigned code)
{
	uint8_t header = 0, ext = 0;
	uint16_t flags = 0x8180, got = 0;
	uint32_t ttl = 0x00008000u;
	dnsrcode_context where = DNSRCODE_CTX_ANY;
	int rc;

	rc = dnsrcode_split(code, &header, &ext);
	fold_int(s, rc);
	if (rc == DNSRCODE_OK)
		expect(s, dnsrcode_combine(header, ext) == code, "split then combine", code, -1);
	rc = dnsrcode_to_flags(code, &flags, &ttl);
	fold_int(s, rc);
	if (rc == DNSRCODE_OK)
		expect(s, dnsrcode_from_flags(flags, ttl) == code, "to_flags then from_flags", code,
		       -1);
	fold_int(s, dnsrcode_combine(code & 0x1f, code >> 4));
	rc = dnsrcode_effective(code & 0xf, (int)(code & 0x10), (code >> 4) & 0xff,
	                        (int)(code & 0x20), code, &got, &where);
	fold_int(s, rc);
	fold_int(s, got);
	fold_int(s, (long)where);
	fold_int(s, dnsrcode_range(code));
}

static void
sweep_code(struct sweep *s, unsigned code)
{
	int ctx;

	for (ctx = DNSRCODE_CTX_ANY; ctx < CTX_END; ctx++) {
		sweep_info(s, dnsrcode_lookup(code, (dnsrcode_context)ctx));
		fold_int(s, dnsrcode_fits(code, (dnsrcode_context)ctx));
		fold_int(s, dnsrcode_in_family(code, DNSRCODE_FAMILY_ALL, (dnsrcode_context)ctx));
		fold_int(s, dnsrcode_in_family(code, DNSRCODE_FAMILY_TSIG, (dnsrcode_context)ctx));
		sweep_text(s, code, (dnsrcode_context)ctx);
	}
	sweep_wire(s, code);
}

static void
sweep_ede(struct sweep *s, unsigned code)
{
	const dnsrcode_ede_info *info = dnsrcode_ede_lookup(code);
	char buf[160];
	uint16_t back;
	int style, n, rc;

	fold_ptr(s, info);
	fold_int(s, dnsrcode_ede_info_code(info));
	fold_str(s, dnsrcode_ede_info_purpose(info));
	fold_str(s, dnsrcode_ede_info_mnemonic(info));
	fold_str(s, dnsrcode_ede_info_reference(info));
	fold_str(s, dnsrcode_ede_info_explanation(info));
	fold_str(s, dnsrcode_ede_info_basis(info));
	fold_int(s, dnsrcode_ede_info_category(info));
	fold_int(s, dnsrcode_ede_info_retry(info));
	fold_int(s, dnsrcode_ede_info_rcode(info));
	fold_str(s, dnsrcode_ede_to_text(code));
	fold_int(s, dnsrcode_ede_range(code));
	for (style = DNSRCODE_FMT_MNEMONIC; style <= DNSRCODE_FMT_FULL; style++) {
		n = dnsrcode_ede_format(buf, sizeof(buf), code, style);
		fold_int(s, n);
		if (n < 0)
			continue;
		fold_str(s, buf);
		if (style != DNSRCODE_FMT_MNEMONIC)
			continue;
		back = 0;
		rc = dnsrcode_ede_parse(buf, (size_t)n, &back);
		expect(s, rc == DNSRCODE_OK && back == code, "EDE format then parse", code, -1);
		fold_ptr(s, dnsrcode_ede_lookup_text(buf, (size_t)n));
	}
}

/* A response as a resolver receives it: NXDOMAIN for example.com A, with
 * an OPT record (DO set) carrying EDE 18 "Prohibited" with EXTRA-TEXT
 * "blocked" (RFC 8914 §2). */
static const uint8_t nxdomain_ede[] = {
	0xab, 0xcd, 0x81, 0x83, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
	0x07, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 0x03, 'c', 'o', 'm', 0x00,
	0x00, 0x01, 0x00, 0x01,
	0x00, 0x00, 0x29, 0x04, 0xd0, 0x00, 0x00, 0x80, 0x00, 0x00, 0x0d,
	0x00, 0x0f, 0x00, 0x09, 0x00, 0x12, 'b', 'l', 'o', 'c', 'k', 'e', 'd',
};
#define NXDOMAIN_EDE_TEXT 46 /* offset of "blocked" */

/* BADCOOKIE (23): 7 in the header, 1 in the OPT EXTENDED-RCODE
 * (RFC 6891 §6.1.3). */
static const uint8_t badcookie[] = {
	0x12, 0x34, 0x81, 0x87, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
	0x00, 0x00, 0x29, 0x04, 0xd0, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00,
};

static void
fold_status(struct sweep *s, const uint8_t *msg, const dnsrcode_status *st,
            const dnsrcode_ede_option *ede, size_t ede_max)
{
	size_t i;

	fold_int(s, st->id);
	fold_int(s, st->flags);
	fold_int(s, st->qdcount);
	fold_int(s, st->arcount);
	fold_int(s, st->has_opt);
	fold_int(s, st->edns_version);
	fold_int(s, st->opt_ext_rcode);
	fold_int(s, st->udp_size);
	fold_int(s, st->edns_flags);
	fold_int(s, st->has_tsig);
	fold_int(s, st->tsig_error);
	fold_int(s, st->rcode);
	fold_int(s, (long)st->rcode_ctx);
	fold_int(s, (long)st->ede_count);
	for (i = 0; i < st->ede_count && i < ede_max; i++) {
		fold_int(s, ede[i].code);
		fold_int(s, ede[i].text_len);
		fold_int(s, ede[i].text == NULL ? -1 : (long)(ede[i].text - (const char *)msg));
	}
}

/* Every prefix of each message too: the truncated ones take the error
 * paths. */
static void
sweep_messages(struct sweep *s)
{
	static const struct {
		const uint8_t *msg;
		size_t len;
	} msgs[] = {
		{ nxdomain_ede, sizeof(nxdomain_ede) },
		{ badcookie, sizeof(badcookie) },
	};
	dnsrcode_ede_option ede[2];
	size_t m, len;
	int rc;

	for (m = 0; m < sizeof(msgs) / sizeof(msgs[0]); m++) {
		for (len = 0; len <= msgs[m].len; len++) {
			dnsrcode_status st;

			memset(ede, 0, sizeof(ede));
			rc = dnsrcode_msg_status(msgs[m].msg, len, &st, sizeof(st), ede, 2);
			fold_int(s, rc);
			if (rc == DNSRCODE_OK)
				fold_status(s, msgs[m].msg, &st, ede, 2);
		}
	}
}

/* Results that do not depend on the digest: the test's own messages read
 * as they were built. */
static void
check_messages(struct sweep *s)
{
	dnsrcode_status st;
	dnsrcode_ede_option ede[2];
	int rc;

	rc = dnsrcode_msg_status(nxdomain_ede, sizeof(nxdomain_ede), &st, sizeof(st), ede, 2);
	expect(s, rc == DNSRCODE_OK && st.rcode == 3 && st.rcode_ctx == DNSRCODE_CTX_EDNS &&
	                  st.ede_count == 1 && ede[0].code == 18 && ede[0].text_len == 7 &&
	                  ede[0].text == (const char *)nxdomain_ede + NXDOMAIN_EDE_TEXT,
	       "NXDOMAIN with EDE 18", 3, (int)DNSRCODE_CTX_EDNS);
	rc = dnsrcode_msg_status(badcookie, sizeof(badcookie), &st, sizeof(st), NULL, 0);
	expect(s, rc == DNSRCODE_OK && st.rcode == 23 && st.rcode_ctx == DNSRCODE_CTX_EDNS,
	       "BADCOOKIE from header and OPT", 23, (int)DNSRCODE_CTX_EDNS);
	rc = dnsrcode_msg_status(badcookie, sizeof(badcookie) - 1, &st, sizeof(st), NULL, 0);
	expect(s, rc == DNSRCODE_ETRUNCATED, "truncated OPT", 23, (int)DNSRCODE_CTX_EDNS);
}

/* Every assigned and private code, the edges of each context, a stride
 * through the rest, and values past 16 bits: enough to make the threads
 * overlap in every table without a full 65536-value sweep under valgrind. */
static void
sweep(struct sweep *s)
{
	const dnsrcode_info *e = NULL;
	const dnsrcode_ede_info *ede = NULL;
	unsigned code;
	int err;

	for (code = 0; code <= 4100; code++)
		sweep_code(s, code);
	for (code = 4101; code < 65530; code += 251)
		sweep_code(s, code);
	for (code = 65530; code <= 65540; code++)
		sweep_code(s, code);
	sweep_code(s, 0xffffffffu);
	while ((e = dnsrcode_next(e)) != NULL)
		sweep_info(s, e);
	for (code = 0; code < 100; code++)
		sweep_ede(s, code);
	for (code = 100; code < 65536; code += 509)
		sweep_ede(s, code);
	for (code = 65530; code <= 65537; code++)
		sweep_ede(s, code);
	while ((ede = dnsrcode_ede_next(ede)) != NULL)
		fold_ptr(s, ede);
	for (err = -1; err <= 9; err++)
		fold_str(s, dnsrcode_ede_category_name(err));
	sweep_messages(s);
	check_messages(s);
	for (err = -20; err <= 1; err++)
		fold_str(s, dnsrcode_strerror(err));
	fold_str(s, dnsrcode_version());
	fold_str(s, dnsrcode_registry_date());
}

static void *
worker(void *arg)
{
	struct sweep *s = arg;
	struct sweep round;
	uint64_t want = s->digest;
	int r;

	pthread_mutex_lock(&gate_lock);
	while (!gate_open)
		pthread_cond_wait(&gate_cond, &gate_lock);
	pthread_mutex_unlock(&gate_lock);

	s->failures = 0;
	for (r = 0; r < ROUNDS; r++) {
		round.digest = 0xcbf29ce484222325ull;
		round.failures = 0;
		sweep(&round);
		s->failures += round.failures;
		if (round.digest != want) {
			fprintf(stderr, "test_threads: a thread's digest %016llx differs from %016llx\n",
			        (unsigned long long)round.digest, (unsigned long long)want);
			s->failures++;
		}
	}
	return NULL;
}

int
main(void)
{
	struct sweep alone = { 0xcbf29ce484222325ull, 0 };
	struct sweep threads[THREADS];
	pthread_t tid[THREADS];
	unsigned long failures;
	int i, started = 0;

	sweep(&alone);
	failures = alone.failures;
	printf("single-thread digest %016llx, %lu failures\n", (unsigned long long)alone.digest,
	       alone.failures);

	for (i = 0; i < THREADS; i++) {
		threads[i].digest = alone.digest;
		threads[i].failures = 0;
		if (pthread_create(&tid[i], NULL, worker, &threads[i]) != 0) {
			fprintf(stderr, "test_threads: pthread_create failed\n");
			failures++;
			break;
		}
		started++;
	}
	pthread_mutex_lock(&gate_lock);
	gate_open = 1;
	pthread_cond_broadcast(&gate_cond);
	pthread_mutex_unlock(&gate_lock);
	for (i = 0; i < started; i++) {
		pthread_join(tid[i], NULL);
		failures += threads[i].failures;
	}
	printf("%d threads x %d rounds, %lu failures\n", started, ROUNDS, failures);
	return failures == 0 && started == THREADS ? EXIT_SUCCESS : EXIT_FAILURE;
}
