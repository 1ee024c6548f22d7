/*
 * main.c - `make bench`: time libdnsrcode, a floor and the peer libraries
 * on the same workloads, count instructions under callgrind, print the
 * table with its ratios.  It reports; it never fails on a figure.
 */
#define _POSIX_C_SOURCE 200809L
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "dnsrcode.h"

#include "bench.h"
#include "floor.h"

#define MAX_CASES 64
#define MAX_RUNS 31

static const char *const workload_title[W_COUNT] = {
	"W1 to-text, assigned codes",
	"W2 from-text, upper case",
	"W2 from-text, mixed case",
	"W3 to-text, unassigned codes",
	"W3 from-text, non-name",
	"W4 format MNEMONIC",
	"W4 format FULL",
	"W5 message status",
};

static const char *const workload_short[W_COUNT] = {
	"W1", "W2 upper", "W2 mixed", "W3 codes", "W3 name", "W4 MNEMONIC", "W4 FULL", "W5",
};

struct result {
	const struct bench_case *c;
	size_t reps;               /* per timed run, calibrated */
	size_t runs;
	double ns[MAX_RUNS];       /* ns/op of each run */
	double median, spread;     /* spread: (max - min) / median */
	double instr;              /* instructions/op, < 0 when not measured */
	uint64_t hits_per_pass;
};

static struct result results[MAX_CASES];
static size_t result_count;

/* ----------------------------------------------------------- options */

struct options {
	size_t runs;
	double seconds;
	const char *valgrind; /* NULL or "": no instruction counts */
	const char *messages; /* bench/messages.txt */
	const char *only;     /* NULL, or the workloads whose short name starts so */
	const char *self;
	int callgrind_child;  /* run every case for callgrind, print nothing */
};

static void
usage(FILE *f)
{
	fprintf(f, "usage: dnsrcode-bench [--runs N] [--seconds S] [--valgrind PATH] [--messages FILE]\n"
		   "  --runs N         timed runs per case, interleaved (default 5)\n"
		   "  --seconds S      length of one run (default 0.2)\n"
		   "  --valgrind PATH  count instructions with callgrind (default: none)\n"
		   "  --messages FILE  the W5 corpus (default %s)\n"
		   "  --only W         only the workloads whose name starts with W (\"W5\")\n",
		   BENCH_MESSAGES);
}

static int
parse_size(const char *s, size_t *v)
{
	char *end;
	unsigned long n;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	n = strtoul(s, &end, 10);
	if (errno != 0 || *end != '\0' || n == 0)
		return -1;
	*v = n;
	return 0;
}

static int
parse_options(int argc, char **argv, struct options *o)
{
	int i;

	o->runs = 5;
	o->seconds = 0.2;
	o->valgrind = NULL;
	o->messages = BENCH_MESSAGES;
	o->only = NULL;
	o->self = argv[0];
	o->callgrind_child = 0;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (strcmp(a, "--help") == 0) {
			usage(stdout);
			exit(EXIT_SUCCESS);
		}
		if (strcmp(a, "--callgrind-child") == 0) {
			o->callgrind_child = 1;
			continue;
		}
		if (v == NULL)
			return -1;
		i++;
		if (strcmp(a, "--runs") == 0) {
			if (parse_size(v, &o->runs) != 0 || o->runs > MAX_RUNS)
				return -1;
		} else if (strcmp(a, "--seconds") == 0) {
			o->seconds = strtod(v, NULL);
			if (!(o->seconds > 0.0 && o->seconds < 60.0))
				return -1;
		} else if (strcmp(a, "--valgrind") == 0) {
			o->valgrind = v;
		} else if (strcmp(a, "--messages") == 0) {
			o->messages = v;
		} else if (strcmp(a, "--only") == 0) {
			o->only = v;
		} else {
			return -1;
		}
	}
	return 0;
}

/* -------------------------------------------------------------- cases */

static const struct bench_case *cases[MAX_CASES];
static size_t case_count;

static const char *only_workloads;

static void
add_cases(const struct bench_case *list)
{
	for (; list->run != NULL && case_count < MAX_CASES; list++) {
		const char *name = workload_short[list->workload];

		if (only_workloads == NULL || strncmp(name, only_workloads, strlen(only_workloads)) == 0)
			cases[case_count++] = list;
	}
}

/* Every case, or those of the workloads @only names. */
static void
collect_cases(const char *only)
{
	only_workloads = only;
	add_cases(bench_floor_cases);
	add_cases(bench_floor_so_cases);
	add_cases(bench_ours_cases);
	add_cases(bench_floor_msg_cases);
	add_cases(bench_floor_so_msg_cases);
	add_cases(bench_bound_msg_cases);
#ifdef BENCH_WITH_LDNS
	add_cases(bench_ldns_cases);
	add_cases(bench_ldns_msg_cases);
#endif
#ifdef BENCH_WITH_KNOT
	add_cases(bench_knot_cases);
	add_cases(bench_knot_msg_cases);
#endif
#ifdef BENCH_WITH_BIND
	add_cases(bench_bind_cases);
	add_cases(bench_bind_msg_cases);
#endif
}

/* ------------------------------------------------------------- timing */

/* CPU time of this thread where there is such a clock: on a shared
 * machine, the time others run while we wait is not ours to count. */
#ifdef CLOCK_THREAD_CPUTIME_ID
#define BENCH_CLOCK CLOCK_THREAD_CPUTIME_ID
#define BENCH_CLOCK_NAME "thread CPU time (CLOCK_THREAD_CPUTIME_ID)"
#else
#define BENCH_CLOCK CLOCK_MONOTONIC
#define BENCH_CLOCK_NAME "wall time (CLOCK_MONOTONIC)"
#endif

static double
now(void)
{
	struct timespec ts;

	clock_gettime(BENCH_CLOCK, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Seconds for @reps passes; the hit count goes to a volatile sink so the
 * work is observable. */
static volatile uint64_t sink;

static double
time_run(const struct bench_case *c, size_t reps, uint64_t *hits)
{
	double t0 = now();
	uint64_t h = c->run(reps);
	double t1 = now();

	sink += h;
	if (hits != NULL)
		*hits = h;
	return t1 - t0;
}

/* Grow the pass count until a run lasts long enough to time, then scale
 * it to the run length asked for. */
static size_t
calibrate(const struct bench_case *c, double seconds)
{
	size_t reps = 1;
	double t;

	for (;;) {
		t = time_run(c, reps, NULL);
		if (t >= seconds / 10)
			break;
		reps *= t < seconds / 1000 ? 10 : 2;
	}
	reps = (size_t)((double)reps * seconds / t);
	return reps == 0 ? 1 : reps;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void
summarise(struct result *r)
{
	double v[MAX_RUNS];

	memcpy(v, r->ns, r->runs * sizeof(v[0]));
	qsort(v, r->runs, sizeof(v[0]), cmp_double);
	r->median = r->runs % 2 ? v[r->runs / 2] : (v[r->runs / 2 - 1] + v[r->runs / 2]) / 2;
	r->spread = (v[r->runs - 1] - v[0]) / r->median;
}

/* Every case once per round, starting one further along each round, so
 * that a burst of load from elsewhere on the machine spreads over all
 * cases instead of landing on one. */
static void
measure(const struct options *o)
{
	size_t i, round;

	for (i = 0; i < case_count; i++) {
		struct result *r = &results[i];
		uint64_t hits;

		r->c = cases[i];
		r->reps = calibrate(cases[i], o->seconds);
		r->instr = -1;
		time_run(cases[i], 1, &hits);
		r->hits_per_pass = hits;
	}
	result_count = case_count;
	for (round = 0; round < o->runs; round++) {
		for (i = 0; i < case_count; i++) {
			struct result *r = &results[(i + round) % case_count];
			double ops = (double)r->reps * (double)bench_input_count(r->c->workload);

			r->ns[round] = time_run(r->c, r->reps, NULL) * 1e9 / ops;
		}
		fprintf(stderr, "bench: run %zu of %zu done\n", round + 1, o->runs);
	}
	for (i = 0; i < case_count; i++) {
		results[i].runs = o->runs;
		summarise(&results[i]);
	}
}

/* ---------------------------------------------------------- callgrind */

/* Pass counts for the instruction counts: two, far apart, so that their
 * difference leaves only the cost of the operations themselves.  A
 * message costs a hundred times a lookup: fewer of them do. */
static void
callgrind_reps(const struct bench_case *c, size_t *reps1, size_t *reps2)
{
	size_t n = bench_input_count(c->workload);
	size_t ops = c->workload == W5_MESSAGE ? 5000 : 50000;

	*reps1 = ops / 25 / n + 1;
	*reps2 = *reps1 + ops / n + 1;
}

/* Callgrind dumps its counters each time this function is entered
 * (--dump-before), so dump k + 2 holds call k and the constant glue up to
 * the next call; the glue cancels in the difference of two pass counts. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static uint64_t
bench_measured(const struct bench_case *c, size_t reps)
{
	return c == NULL ? 0 : c->run(reps);
}

/* Under callgrind: every case with both pass counts, in case order, and a
 * last empty call that closes the last dump before exit() runs. */
static void
callgrind_child(void)
{
	size_t i, reps1, reps2;

	for (i = 0; i < case_count; i++) {
		callgrind_reps(cases[i], &reps1, &reps2);
		sink += bench_measured(cases[i], reps1);
		sink += bench_measured(cases[i], reps2);
	}
	sink += bench_measured(NULL, 0);
}

/* The "totals:" line of one callgrind dump, or -1. */
static double
dump_total(const char *dir, unsigned part)
{
	char path[4096], line[512];
	double total = -1;
	FILE *f;

	snprintf(path, sizeof(path), "%s/cg.out.%u", dir, part);
	f = fopen(path, "r");
	if (f == NULL)
		return -1;
	while (fgets(line, sizeof(line), f) != NULL)
		if (strncmp(line, "totals:", 7) == 0)
			total = strtod(line + 7, NULL);
	fclose(f);
	return total;
}

/* One callgrind run of this program over every case. */
static void
count_instructions(const struct options *o)
{
	const char *tmp = getenv("TMPDIR");
	char dir[4096], cmd[8192];
	unsigned part;
	size_t i, reps1, reps2;
	int status;

	snprintf(dir, sizeof(dir), "%s/dnsrcode-bench.XXXXXX", tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
	if (mkdtemp(dir) == NULL) {
		perror("bench: mkdtemp");
		return;
	}
	if (snprintf(cmd, sizeof(cmd),
		     "'%s' --tool=callgrind --callgrind-out-file='%s/cg.out' "
		     "--dump-before='bench_measured*' "
		     "'%s' --callgrind-child --messages '%s' --only '%s' >/dev/null 2>'%s/log'",
		     o->valgrind, dir, o->self, o->messages, o->only != NULL ? o->only : "",
		     dir) >= (int)sizeof(cmd))
		return;
	fprintf(stderr, "bench: counting instructions under callgrind\n");
	status = system(cmd);
	if (status != 0)
		fprintf(stderr, "bench: callgrind failed (status %d): no instruction counts\n", status);
	for (i = 0; i < result_count && status == 0; i++) {
		double t1 = dump_total(dir, (unsigned)(2 * i + 2));
		double t2 = dump_total(dir, (unsigned)(2 * i + 3));

		callgrind_reps(results[i].c, &reps1, &reps2);
		if (t1 >= 0 && t2 > t1)
			results[i].instr = (t2 - t1) /
				((double)(reps2 - reps1) * (double)bench_input_count(results[i].c->workload));
	}
	/* The dumps are ours alone: the directory was made for them. */
	for (part = 0; part <= 2 * case_count + 2; part++) {
		char path[4096];

		snprintf(path, sizeof(path), part == 0 ? "%s/cg.out" : "%s/cg.out.%u", dir, part);
		remove(path);
	}
	snprintf(cmd, sizeof(cmd), "%s/log", dir);
	remove(cmd);
	rmdir(dir);
}

/* ------------------------------------------------------------- report */

static void
print_machine(void)
{
	char line[512], model[256] = "unknown";
	char date[64] = "unknown";
	time_t t = time(NULL);
	struct tm tm;
	FILE *f = fopen("/proc/cpuinfo", "r");

	if (f != NULL) {
		while (fgets(line, sizeof(line), f) != NULL) {
			char *colon = strchr(line, ':');
			if (strncmp(line, "model name", 10) == 0 && colon != NULL) {
				snprintf(model, sizeof(model), "%s", colon + 2);
				model[strcspn(model, "\n")] = '\0';
				break;
			}
		}
		fclose(f);
	}
	if (gmtime_r(&t, &tm) != NULL)
		strftime(date, sizeof(date), "%Y-%m-%d %H:%M UTC", &tm);
	printf("# make bench: libdnsrcode, a floor and the peer libraries\n\n");
	printf("- date: %s\n", date);
	printf("- machine: %ld CPUs online (nproc), %s\n", sysconf(_SC_NPROCESSORS_ONLN), model);
#ifdef __VERSION__
	printf("- compiler: %s\n", __VERSION__);
#endif
	printf("- clock: %s\n", BENCH_CLOCK_NAME);
	printf("- libdnsrcode %s, registry %s\n", dnsrcode_version(), dnsrcode_registry_date());
#ifdef BENCH_WITH_LDNS
	printf("- ldns %s\n", bench_ldns_version());
#endif
#ifdef BENCH_WITH_KNOT
	printf("- Knot %s\n", bench_knot_version());
#endif
#ifdef BENCH_WITH_BIND
	printf("- BIND %s\n", bench_bind_version());
#endif
#if !defined(BENCH_WITH_LDNS) && !defined(BENCH_WITH_KNOT) && !defined(BENCH_WITH_BIND)
	printf("- no peers: configure --with-bench-peers with their -dev packages installed\n");
#endif
}

static const struct result *
find(enum bench_workload w, enum bench_role role, const char *impl)
{
	size_t i;

	for (i = 0; i < result_count; i++) {
		const struct bench_case *c = results[i].c;
		if (c->workload == w && c->role == role && (impl == NULL || strcmp(c->impl, impl) == 0))
			return &results[i];
	}
	return NULL;
}

/* The peer with the lowest median time on a workload, or with the fewest
 * instructions when @by_instr. */
static const struct result *
fastest_peer(enum bench_workload w, int by_instr)
{
	const struct result *best = NULL;
	size_t i;

	for (i = 0; i < result_count; i++) {
		const struct result *r = &results[i];
		if (r->c->workload != w || r->c->role != ROLE_PEER)
			continue;
		if (best == NULL || (by_instr ? r->instr < best->instr : r->median < best->median))
			best = r;
	}
	return best;
}

static void
print_instr(double instr)
{
	if (instr < 0)
		printf(" n/a |");
	else
		printf(" %.1f |", instr);
}

static void
print_table(void)
{
	size_t i;

	printf("\n## Times and instruction counts\n\n");
	printf("ns/op: median of the interleaved runs; spread: (slowest - fastest) / median.\n");
	printf("instr/op: callgrind, difference of two pass counts.  hits: inputs per pass\n");
	printf("that gave a name (to-text, format) or a code (from-text).\n\n");
	printf("| workload | implementation | call | ns/op | spread | instr/op | hits | x floor (ns) |\n");
	printf("|---|---|---|---:|---:|---:|---:|---:|\n");
	for (i = 0; i < result_count; i++) {
		const struct result *r = &results[i];
		const struct result *fl = find(r->c->workload, ROLE_FLOOR, NULL);

		printf("| %s | %s | `%s` | %.2f | %.0f%% |", workload_short[r->c->workload], r->c->impl,
		       r->c->call, r->median, r->spread * 100);
		print_instr(r->instr);
		printf(" %llu/%zu |", (unsigned long long)r->hits_per_pass,
		       bench_input_count(r->c->workload));
		if (fl != NULL)
			printf(" %.2f |\n", r->median / fl->median);
		else
			printf(" |\n");
	}
}

static void
print_ratio(const struct result *num, const struct result *den)
{
	if (num == NULL || den == NULL) {
		printf(" - |");
		return;
	}
	printf(" %.2f", num->median / den->median);
	if (num->instr > 0 && den->instr > 0)
		printf(" / %.2f", num->instr / den->instr);
	printf(" |");
}

static const char *const peer_names[] = { "ldns", "Knot", "BIND 9" };

static void
print_ratios(void)
{
	int w;
	size_t p;

	printf("\n## libdnsrcode against the floor and each peer\n\n");
	printf("Each cell: ratio of median times / ratio of instruction counts.\n");
	printf("\"ours / floor\" wants to be small; \"peer / ours\" is how many times faster we are.\n\n");
	printf("| workload | ours / floor | ours / floor.so |");
	for (p = 0; p < sizeof(peer_names) / sizeof(peer_names[0]); p++)
		printf(" %s / ours |", peer_names[p]);
	printf("\n|---|---:|---:|---:|---:|---:|\n");
	for (w = 0; w < W_COUNT; w++) {
		const struct result *ours = find(w, ROLE_OURS, NULL);

		/* format has neither floor nor peers: its target is against to-text */
		if (ours == NULL || find(w, ROLE_FLOOR, NULL) == NULL)
			continue;
		printf("| %s |", workload_title[w]);
		print_ratio(ours, find(w, ROLE_FLOOR, NULL));
		print_ratio(ours, find(w, ROLE_FLOOR_SO, NULL));
		for (p = 0; p < sizeof(peer_names) / sizeof(peer_names[0]); p++)
			print_ratio(find(w, ROLE_PEER, peer_names[p]), ours);
		printf("\n");
	}
}

/* A target compares ours with a reference on one workload. */
enum target_ref {
	REF_FLOOR,        /* ours / floor, at most the limit */
	REF_FASTEST_PEER, /* fastest peer / ours, at least the limit */
	REF_TO_TEXT,      /* ours / our W1 to-text, at most the limit */
	REF_PEER          /* a named peer / ours, at least the limit */
};

/* A ratio of two results by time and by instructions; < 0 where either
 * side is missing. */
struct ratio {
	double time, instr;
};

static struct ratio
ratio_of(const struct result *num_t, const struct result *den_t, const struct result *num_i,
	 const struct result *den_i)
{
	struct ratio r = { -1, -1 };

	if (num_t != NULL && den_t != NULL)
		r.time = num_t->median / den_t->median;
	if (num_i != NULL && den_i != NULL && num_i->instr > 0 && den_i->instr > 0)
		r.instr = num_i->instr / den_i->instr;
	return r;
}

/*
 * "holds" or "missed"; a miss is "out of reach" when floor.so misses
 * too: then the cheapest code there is, behind the same kind of call as
 * ours, cannot meet the target, and no shared library can.
 */
static const char *
verdict(double ratio, double bound, double limit, int at_most)
{
	if (ratio < 0)
		return "n/a";
	if (at_most ? ratio <= limit : ratio >= limit)
		return "holds";
	if (bound >= 0 && !(at_most ? bound <= limit : bound >= limit))
		return "out of reach";
	return "missed";
}

static void
print_figure(double v, const struct result *who)
{
	if (v < 0)
		printf(" n/a |");
	else if (who != NULL)
		printf(" %.2f (%s) |", v, who->c->impl);
	else
		printf(" %.2f |", v);
}

static void
print_pair(struct ratio r)
{
	if (r.time < 0)
		printf(" n/a");
	else if (r.instr < 0)
		printf(" %.2f", r.time);
	else
		printf(" %.2f / %.2f", r.time, r.instr);
}

static void
print_target(const char *what, enum bench_workload w, enum target_ref ref, const char *peer,
	     double limit)
{
	const struct result *ours = find(w, ROLE_OURS, NULL);
	const struct result *so = find(w, ROLE_FLOOR_SO, NULL);
	const struct result *tn, *ti; /* references by time and by instructions */
	struct ratio r, bound = { -1, -1 };
	int at_most = ref != REF_FASTEST_PEER && ref != REF_PEER;

	if (ref == REF_FLOOR)
		tn = ti = find(w, ROLE_FLOOR, NULL);
	else if (ref == REF_TO_TEXT)
		tn = ti = find(W1_TO_TEXT, ROLE_OURS, NULL);
	else if (ref == REF_PEER)
		tn = ti = find(w, ROLE_PEER, peer);
	else {
		tn = fastest_peer(w, 0);
		ti = fastest_peer(w, 1);
	}
	if (ours == NULL || tn == NULL) {
		printf("| %s | - | - | no reference measured | | |\n", what);
		return;
	}
	if (at_most) {
		r = ratio_of(ours, tn, ours, ti);
		if (ref == REF_FLOOR)
			bound = ratio_of(so, tn, so, ti);
	} else {
		r = ratio_of(tn, ours, ti, ours);
		bound = ratio_of(tn, so, ti, so);
	}
	printf("| %s |", what);
	print_figure(r.time, ref == REF_FASTEST_PEER ? tn : NULL);
	print_figure(r.instr, ref == REF_FASTEST_PEER ? ti : NULL);
	printf(" %s | %s |", verdict(r.time, bound.time, limit, at_most),
	       verdict(r.instr, bound.instr, limit, at_most));
	if (bound.time < 0)
		printf(" |\n");
	else if (bound.instr < 0)
		printf(" %.2f |\n", bound.time);
	else
		printf(" %.2f / %.2f |\n", bound.time, bound.instr);
}

/* No target: how far ours and the floor are from the walk that does not
 * follow pointers (time / instructions). */
static void
print_bound(void)
{
	const struct result *bound = find(W5_MESSAGE, ROLE_BOUND, NULL);
	struct ratio ours, fl;

	if (bound == NULL)
		return;
	ours = ratio_of(find(W5_MESSAGE, ROLE_OURS, NULL), bound, find(W5_MESSAGE, ROLE_OURS, NULL),
			bound);
	fl = ratio_of(find(W5_MESSAGE, ROLE_FLOOR, NULL), bound, find(W5_MESSAGE, ROLE_FLOOR, NULL),
		      bound);
	printf("\nThe message bound, a walk that skips compression pointers without following\n"
	       "them (not a correct reader, no target): ours / bound");
	print_pair(ours);
	printf(", floor / bound");
	print_pair(fl);
	printf(".\n");
}

static void
print_targets(void)
{
	printf("\n## Targets, as ratios measured in this run\n\n");
	printf("The fastest peer is taken per figure: the lowest median time for the time\n"
	       "ratio, the fewest instructions for the instruction ratio.  The last column\n"
	       "is the same ratio for floor.so, the floor's own code in a shared library of\n"
	       "its own (time / instructions): the best any shared library can do.  A miss\n"
	       "that floor.so shares is \"out of reach\".\n\n");
	printf("| target | time ratio | instr ratio | by time | by instr | floor.so |\n"
	       "|---|---:|---:|---|---|---:|\n");
	print_target("to-text: ours / floor <= 1.3", W1_TO_TEXT, REF_FLOOR, NULL, 1.3);
	print_target("to-text: fastest peer / ours >= 2.5", W1_TO_TEXT, REF_FASTEST_PEER, NULL, 2.5);
	print_target("from-text upper: ours / floor <= 2", W2_UPPER, REF_FLOOR, NULL, 2);
	print_target("from-text mixed: ours / floor <= 2", W2_MIXED, REF_FLOOR, NULL, 2);
	print_target("from-text upper: fastest peer / ours >= 5", W2_UPPER, REF_FASTEST_PEER, NULL, 5);
	print_target("from-text mixed: fastest peer / ours >= 5", W2_MIXED, REF_FASTEST_PEER, NULL, 5);
	print_target("unknown codes: fastest peer / ours >= 5", W3_CODES, REF_FASTEST_PEER, NULL, 5);
	print_target("unknown name: fastest peer / ours >= 5", W3_NAME, REF_FASTEST_PEER, NULL, 5);
	print_target("format MNEMONIC / to-text <= 3", W4_MNEMONIC, REF_TO_TEXT, NULL, 3);
	print_target("message: ours / floor <= 1.5", W5_MESSAGE, REF_FLOOR, NULL, 1.5);
	print_target("message: Knot / ours >= 15", W5_MESSAGE, REF_PEER, "Knot", 15);
	print_target("message: ldns / ours >= 40", W5_MESSAGE, REF_PEER, "ldns", 40);
	print_bound();
}

/* Which inputs each implementation answers, tried one at a time. */
static void
print_hits(void)
{
	size_t i, j;

	printf("\n## What each implementation knows\n\n");
	printf("Peers do not all know the same names: ldns knows only 0-10 (and prints 4 as\n"
	       "NOTIMPL), Knot lacks 11 and the TSIG/TKEY-only names, BIND prints 11 as\n"
	       "RESERVED11 and 17-22 as decimals.  A peer's miss costs it a scan of its whole\n"
	       "table, and that is part of its time above.  Misses per case:\n\n");
	for (i = 0; i < result_count; i++) {
		const struct bench_case *c = results[i].c;
		size_t n = bench_input_count(c->workload);
		int first = 1;

		if (c->role == ROLE_FLOOR || c->role == ROLE_FLOOR_SO || c->workload >= W4_MNEMONIC)
			continue;
		if (c->workload == W3_CODES || c->workload == W3_NAME) {
			printf("- %s, %s (`%s`): %llu/%zu answered with a name or code", workload_short[c->workload],
			       c->impl, c->call, (unsigned long long)results[i].hits_per_pass, n);
		} else {
			printf("- %s, %s (`%s`): %llu/%zu", workload_short[c->workload], c->impl, c->call,
			       (unsigned long long)results[i].hits_per_pass, n);
		}
		for (j = 0; j < n; j++) {
			int hit;
			if (c->code_op != NULL) {
				unsigned code = c->workload == W3_CODES ? bench_unassigned[j] : bench_assigned[j];
				hit = c->code_op(code);
				if (hit == (c->workload == W3_CODES))
					printf("%s%u", first ? (hit ? "; answers " : "; misses ") : " ", code);
				else
					continue;
			} else {
				const struct bench_text *t = c->workload == W2_UPPER ? &bench_upper[j] :
							     c->workload == W2_MIXED ? &bench_mixed[j] :
										     &bench_non_name[j];
				hit = c->text_op(t);
				if (hit == (c->workload == W3_NAME))
					printf("%s%s", first ? (hit ? "; answers " : "; misses ") : " ", t->s);
				else
					continue;
			}
			first = 0;
		}
		printf("\n");
	}
}

/* Which messages each implementation rejects, and whether any wrote to
 * the bytes it was given. */
static void
print_msg_hits(void)
{
	size_t i, j;

	printf("\n## Which messages each one accepts\n\n");
	for (i = 0; i < result_count; i++) {
		const struct bench_case *c = results[i].c;
		int first = 1;

		if (c->workload != W5_MESSAGE)
			continue;
		printf("- %s: %llu/%zu", c->impl, (unsigned long long)results[i].hits_per_pass,
		       bench_msg_count);
		for (j = 0; j < bench_msg_count; j++) {
			if (c->msg_op(&bench_msgs[j]))
				continue;
			printf("%s%s (#%zu)", first ? "; rejects " : ", ", bench_msgs[j].label, j + 1);
			first = 0;
		}
		printf("\n");
	}
	printf("\nThe messages' bytes after every run: %s.\n",
	       bench_msgs_unchanged() ? "unchanged" : "CHANGED (a reader wrote to its input)");
}

static size_t
msg_len_min(void)
{
	size_t i, n = SIZE_MAX;

	for (i = 0; i < bench_msg_count; i++)
		if (bench_msgs[i].len < n)
			n = bench_msgs[i].len;
	return n;
}

static size_t
msg_len_max(void)
{
	size_t i, n = 0;

	for (i = 0; i < bench_msg_count; i++)
		if (bench_msgs[i].len > n)
			n = bench_msgs[i].len;
	return n;
}

static void
print_notes(void)
{
	printf("\n## How each one is called\n\n"
	       "The floor is compiled into this program and called directly.  floor.so is\n"
	       "the same code built into a shared library of its own.  floor.so,\n"
	       "libdnsrcode, ldns and BIND 9 are shared libraries, so each call goes\n"
	       "through the PLT (an indirect jump through the GOT).  Knot's lookup\n"
	       "functions are inline in its header, so they are compiled into the loop\n"
	       "and pay no call at all.  Every loop is the same: one pass over the\n"
	       "inputs, counting hits.\n\n"
	       "W5 reads each message of bench/messages.txt (%zu responses, %zu to %zu\n"
	       "octets) as the caller's bytes: ours and the floor fill a struct and an\n"
	       "array of %d EDE options on the stack; Knot makes a packet over the same\n"
	       "bytes (KNOT_PF_KEEPWIRE, so that it does not strip the TSIG off them) and\n"
	       "frees it; ldns and BIND 9 copy what they read into objects of their own.\n"
	       "Each one reads the effective RCODE.\n",
	       bench_msg_count, msg_len_min(), msg_len_max(), FLOOR_EDE_MAX);
}

int
main(int argc, char **argv)
{
	struct options o;

	if (parse_options(argc, argv, &o) != 0) {
		usage(stderr);
		return 2;
	}
	bench_inputs_init();
	if (floor_init() != 0 || floor_so_init() != 0 || bench_msgs_load(o.messages) != 0)
		return EXIT_FAILURE;
	collect_cases(o.only);
	if (o.callgrind_child) {
		callgrind_child();
		return EXIT_SUCCESS;
	}
	fprintf(stderr, "bench: %zu cases, %zu runs of %.2f s each\n", case_count, o.runs, o.seconds);
	measure(&o);
	if (o.valgrind != NULL && *o.valgrind != '\0')
		count_instructions(&o);
	print_machine();
	print_table();
	print_ratios();
	print_targets();
	print_hits();
	print_msg_hits();
	print_notes();
	return EXIT_SUCCESS;
}
