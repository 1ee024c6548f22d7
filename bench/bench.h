/*
 * bench.h - what the benchmark's parts share: the workloads' inputs and
 * the shape of one measured case.
 */
#ifndef DNSRCODE_BENCH_H
#define DNSRCODE_BENCH_H

#include <stddef.h>
#include <stdint.h>

/* A name as a caller holds it: the text and its length (the peers that
 * want a C string get the same bytes, which are NUL-terminated too). */
struct bench_text {
	const char *s;
	size_t len;
};

enum bench_workload {
	W1_TO_TEXT,      /* code -> mnemonic over every assigned code */
	W2_UPPER,        /* mnemonic -> code, upper case */
	W2_MIXED,        /* mnemonic -> code, mixed case ("NxDomain") */
	W3_CODES,        /* to-text of unassigned codes */
	W3_NAME,         /* from-text of a word that names no RCODE */
	W4_MNEMONIC,     /* dnsrcode_format(), DNSRCODE_FMT_MNEMONIC */
	W4_FULL,         /* dnsrcode_format(), DNSRCODE_FMT_FULL */
	W5_MESSAGE,      /* a response's status off the wire */
	W_COUNT
};

enum bench_role {
	ROLE_FLOOR, /* the cheapest correct code for the job, compiled in */
	ROLE_FLOOR_SO, /* the same code, called in a shared library of its own */
	ROLE_OURS,  /* libdnsrcode through its public API */
	ROLE_PEER,  /* another DNS library through its public API */
	ROLE_BOUND  /* less than the job, as a bound (W5: pointers not followed) */
};

/* One message of bench/messages.txt, in its own 64-byte aligned place. */
struct bench_msg {
	const uint8_t *wire;
	size_t len;
	const char *label;
};

/*
 * One implementation doing one workload.  run() makes @reps passes over
 * the workload's inputs and returns how many operations "hit": gave a
 * name (to-text) or a code (from-text).  That count is both the hit
 * figure of the report and the value that keeps the calls from being
 * optimised away.  code_op / text_op / msg_op do one operation, untimed,
 * so that the report can say which inputs an implementation misses.
 */
struct bench_case {
	enum bench_workload workload;
	enum bench_role role;
	const char *impl; /* "libdnsrcode", "ldns", ... */
	const char *call; /* the function a user would call */
	uint64_t (*run)(size_t reps);
	int (*code_op)(unsigned code);
	int (*text_op)(const struct bench_text *text);
	int (*msg_op)(const struct bench_msg *msg);
};

/*
 * The timed loops.  The operation is a static function of the same file,
 * so the compiler inlines it and every implementation pays the same loop
 * around its own call, nothing more.
 */
#define BENCH_CODE_LOOP(runner, op, list, count) \
	static uint64_t runner(size_t reps) \
	{ \
		const size_t n = (count); \
		uint64_t hits = 0; \
		size_t r, i; \
		for (r = 0; r < reps; r++) \
			for (i = 0; i < n; i++) \
				hits += (uint64_t)op((list)[i]); \
		return hits; \
	}

#define BENCH_TEXT_LOOP(runner, op, list, count) \
	static uint64_t runner(size_t reps) \
	{ \
		const size_t n = (count); \
		uint64_t hits = 0; \
		size_t r, i; \
		for (r = 0; r < reps; r++) \
			for (i = 0; i < n; i++) \
				hits += (uint64_t)op(&(list)[i]); \
		return hits; \
	}

#define BENCH_CASES_END { W_COUNT, ROLE_PEER, NULL, NULL, NULL, NULL, NULL, NULL }

/* W5: @op reads one message and answers 1 when it accepts it. */
#define BENCH_MSG_LOOP(runner, op) \
	static uint64_t runner(size_t reps) \
	{ \
		const size_t n = bench_msg_count; \
		uint64_t hits = 0; \
		size_t r, i; \
		for (r = 0; r < reps; r++) \
			for (i = 0; i < n; i++) \
				hits += (uint64_t)op(&bench_msgs[i]); \
		return hits; \
	}

/* A list of one W5 case, whose runner is named after @prefix. */
#define BENCH_MSG_CASE(list, prefix, role, impl, call, op) \
	BENCH_MSG_LOOP(prefix##_w5, op) \
	const struct bench_case list[] = { \
		{ W5_MESSAGE, role, impl, call, prefix##_w5, NULL, NULL, op }, \
		BENCH_CASES_END \
	};

/*
 * The five workloads every implementation but ours runs, and the list of
 * their cases: to-text of assigned and unassigned codes through @code_op
 * (which calls @code_call), from-text of upper, mixed and non-names
 * through @text_op (which calls @text_call).  The runners are named after
 * @prefix.
 */
#define BENCH_FIVE_CASES(list, prefix, role, impl, code_call, code_op, text_call, text_op) \
	BENCH_CODE_LOOP(prefix##_w1, code_op, bench_assigned, bench_assigned_count) \
	BENCH_TEXT_LOOP(prefix##_w2u, text_op, bench_upper, bench_name_count) \
	BENCH_TEXT_LOOP(prefix##_w2m, text_op, bench_mixed, bench_name_count) \
	BENCH_CODE_LOOP(prefix##_w3c, code_op, bench_unassigned, bench_unassigned_count) \
	BENCH_TEXT_LOOP(prefix##_w3n, text_op, bench_non_name, bench_non_name_count) \
	const struct bench_case list[] = { \
		{ W1_TO_TEXT, role, impl, code_call, prefix##_w1, code_op, NULL, NULL }, \
		{ W2_UPPER, role, impl, text_call, prefix##_w2u, NULL, text_op, NULL }, \
		{ W2_MIXED, role, impl, text_call, prefix##_w2m, NULL, text_op, NULL }, \
		{ W3_CODES, role, impl, code_call, prefix##_w3c, code_op, NULL, NULL }, \
		{ W3_NAME, role, impl, text_call, prefix##_w3n, NULL, text_op, NULL }, \
		BENCH_CASES_END \
	};

/* Inputs, in bench/inputs.c. */
extern const unsigned bench_assigned[];
extern const size_t bench_assigned_count;
extern struct bench_text bench_upper[];
extern struct bench_text bench_mixed[];
extern const size_t bench_name_count;
extern const unsigned bench_unassigned[];
extern const size_t bench_unassigned_count;
extern struct bench_text bench_non_name[];
extern const size_t bench_non_name_count;
extern struct bench_msg bench_msgs[];
extern size_t bench_msg_count;
/* Where each W5 operation adds the effective RCODE it read, so that every
 * implementation reads it and none has it optimised away. */
extern volatile uint64_t bench_status_sink;

/* Points the texts at their fixed places; first thing main() does. */
void bench_inputs_init(void);
size_t bench_input_count(enum bench_workload w);
/* Reads the messages of @path (bench/messages.txt): 0, or -1 with a
 * message.  bench_msgs_unchanged() says whether every message still holds
 * the bytes read, which no reader may change. */
int bench_msgs_load(const char *path);
int bench_msgs_unchanged(void);

/* The case lists; each ends with a case whose run is NULL. */
extern const struct bench_case bench_floor_cases[];
extern const struct bench_case bench_floor_so_cases[];
extern const struct bench_case bench_ours_cases[];
extern const struct bench_case bench_ldns_cases[];
extern const struct bench_case bench_knot_cases[];
extern const struct bench_case bench_bind_cases[];
/* W5, one case each: the floor, floor.so, the bound, the peers. */
extern const struct bench_case bench_floor_msg_cases[];
extern const struct bench_case bench_floor_so_msg_cases[];
extern const struct bench_case bench_bound_msg_cases[];
extern const struct bench_case bench_ldns_msg_cases[];
extern const struct bench_case bench_knot_msg_cases[];
extern const struct bench_case bench_bind_msg_cases[];

/* What each peer says its version is, for the report. */
const char *bench_ldns_version(void);
const char *bench_knot_version(void);
const char *bench_bind_version(void);

#endif /* DNSRCODE_BENCH_H */
