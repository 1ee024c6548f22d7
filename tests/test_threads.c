/*
 * test_threads.c - the whole API from several threads at once.
 *
 * The library promises no mutable state, so every thread must see exactly
 * what a single thread sees.  main() first sweeps the API alone and folds
 * every result (return values, texts, entry addresses) into a digest; then
 * THREADS threads, released together, each sweep it ROUNDS times and must
 * reproduce the digest.  Each sweep also checks results that do not
 * depend on the others: formatted text parses back to its code, split
 * and combine invert each other.  Run it under ThreadSanitizer (make
 * check-tsan) to catch races that happen to give the right answer.
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

/* Every assigned and private code, the edges of each context, a stride
 * through the rest, and values past 16 bits: enough to make the threads
 * overlap in every table without a full 65536-value sweep under valgrind. */
static void
sweep(struct sweep *s)
{
	const dnsrcode_info *e = NULL;
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
	for (err = -12; err <= 1; err++)
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
