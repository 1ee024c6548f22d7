/*
 * testutil.h - the one main() every CUnit test file shares: register a
 * single suite from a table of tests, run it, fail by exit status.
 */
#ifndef DNSRCODE_TESTUTIL_H
#define DNSRCODE_TESTUTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/Basic.h>

struct test_case {
	const char *name;
	CU_TestFunc fn;
};

#define TEST_CASE(fn) { #fn, fn }
#define TEST_END { NULL, NULL }

/* Text and length of a string literal, for texts that hold a NUL. */
#define LIT(s) (s), (sizeof(s) - 1)

/*
 * CU_ASSERT_STRING_EQUAL and _NOT_EQUAL pass NULL to strcmp(); these fail
 * the assertion instead of crashing (a NULL text is neither equal nor
 * unequal to anything), and print both texts when the assertion fails.
 */
#define ASSERT_STR_EQ(got, want) \
	check_str((got), (want), 1, #got " == " #want, __LINE__, __FILE__, __func__)
#define ASSERT_STR_NE(got, other) \
	check_str((got), (other), 0, #got " != " #other, __LINE__, __FILE__, __func__)

/* inline: a test file that compares no strings must not warn. */
static inline void
check_str(const char *got, const char *want, int equal, const char *what, unsigned line,
          const char *file, const char *func)
{
	int ok = got != NULL && want != NULL && (strcmp(got, want) == 0) == (equal != 0);

	if (!ok)
		fprintf(stderr, "\n%s:%u: got \"%s\", want %s\"%s\"\n", file, line,
		        got == NULL ? "(null)" : got, equal ? "" : "anything but ",
		        want == NULL ? "(null)" : want);
	CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, line, what, file, func, CU_FALSE);
}

/*
 * The spellings a user may type: @lower, @upper, and @mixed alternating
 * case letter by letter, starting upper ("NxDoMaIn") when @upper_first,
 * else lower ("nXdOmAiN").  Texts of up to 31 bytes.  inline: a test file
 * that needs no variants must not warn.
 */
static inline void
case_variants(const char *text, char lower[32], char upper[32], char mixed[32], int upper_first)
{
	size_t i;

	for (i = 0; text[i] != '\0' && i < 31; i++) {
		unsigned char c = (unsigned char)text[i];
		unsigned char l = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		unsigned char u = (unsigned char)(c >= 'a' && c <= 'z' ? c - 32 : c);

		lower[i] = (char)l;
		upper[i] = (char)u;
		mixed[i] = (char)((i % 2 == 0) == (upper_first != 0) ? u : l);
	}
	lower[i] = upper[i] = mixed[i] = '\0';
}

/*
 * A suite's exit status: CU_get_error() reports only framework errors, so
 * failed assertions are counted from the run summary instead.
 */
static int
run_suite(const char *suite_name, const struct test_case *tests)
{
	CU_pSuite suite;
	unsigned failed;

	if (CU_initialize_registry() != CUE_SUCCESS) {
		fprintf(stderr, "%s: %s\n", suite_name, CU_get_error_msg());
		return EXIT_FAILURE;
	}
	suite = CU_add_suite(suite_name, NULL, NULL);
	if (suite == NULL)
		goto framework_error;
	for (; tests->name != NULL; tests++)
		if (CU_add_test(suite, tests->name, tests->fn) == NULL)
			goto framework_error;
	CU_basic_set_mode(CU_BRM_VERBOSE);
	if (CU_basic_run_tests() != CUE_SUCCESS)
		goto framework_error;
	failed = CU_get_number_of_tests_failed() + CU_get_number_of_suites_failed();
	CU_cleanup_registry();
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;

framework_error:
	fprintf(stderr, "%s: %s\n", suite_name, CU_get_error_msg());
	CU_cleanup_registry();
	return EXIT_FAILURE;
}

#endif /* DNSRCODE_TESTUTIL_H */
