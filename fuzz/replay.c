/*
 * replay.c - run a fuzz target over files, without libFuzzer, so that
 * `make check` replays the committed corpus with any compiler.
 *
 * Linked into every fuzz/fuzz_NAME program of the ordinary build.  With
 * arguments, each is a file or a directory of files to run.  Without, the
 * program runs every file of $FUZZ_CORPUS_ROOT/NAME, NAME being its own
 * file name without "fuzz_": a new target needs no change here.
 */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static const char *program = "replay";

/* The input gets a buffer of exactly its size, as libFuzzer gives it, so
 * that ASan and valgrind see a read one byte past the end. */
static int
replay_file(const char *path)
{
	struct stat st;
	unsigned char *data;
	size_t size;
	FILE *f;
	int ok;

	f = fopen(path, "rb");
	if (f == NULL || fstat(fileno(f), &st) != 0) {
		fprintf(stderr, "%s: %s: %s\n", program, path, strerror(errno));
		if (f != NULL)
			fclose(f);
		return -1;
	}
	size = (size_t)st.st_size;
	data = malloc(size > 0 ? size : 1);
	if (data == NULL) {
		fprintf(stderr, "%s: %s: out of memory\n", program, path);
		fclose(f);
		return -1;
	}
	ok = fread(data, 1, size, f) == size && getc(f) == EOF && !ferror(f);
	fclose(f);
	if (!ok) {
		fprintf(stderr, "%s: %s: short read\n", program, path);
		free(data);
		return -1;
	}
	printf("%s: %s (%zu bytes)\n", program, path, size);
	fflush(stdout);
	LLVMFuzzerTestOneInput(data, size);
	free(data);
	return 0;
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted, so that a failure shows up at the same place every run. */
static int
replay_dir(const char *dir, unsigned long *count)
{
	char **names = NULL, **grown, *path;
	size_t n = 0, cap = 0, i;
	struct dirent *e;
	int rc = 0;
	DIR *d;

	d = opendir(dir);
	if (d == NULL) {
		fprintf(stderr, "%s: %s: %s\n", program, dir, strerror(errno));
		return -1;
	}
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			grown = realloc(names, cap * sizeof(*names));
			if (grown == NULL) {
				rc = -1;
				break;
			}
			names = grown;
		}
		names[n] = malloc(strlen(dir) + strlen(e->d_name) + 2);
		if (names[n] == NULL) {
			rc = -1;
			break;
		}
		sprintf(names[n], "%s/%s", dir, e->d_name);
		n++;
	}
	closedir(d);
	if (rc == 0)
		qsort(names, n, sizeof(*names), compare_names);
	for (i = 0; i < n; i++) {
		path = names[i];
		if (rc == 0 && replay_file(path) != 0)
			rc = -1;
		else if (rc == 0)
			(*count)++;
		free(path);
	}
	free(names);
	if (rc != 0)
		fprintf(stderr, "%s: %s: cannot replay\n", program, dir);
	return rc;
}

static int
replay_path(const char *path, unsigned long *count)
{
	struct stat st;

	if (stat(path, &st) != 0) {
		fprintf(stderr, "%s: %s: %s\n", program, path, strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode))
		return replay_dir(path, count);
	if (replay_file(path) != 0)
		return -1;
	(*count)++;
	return 0;
}

/* "fuzz/.libs/lt-fuzz_parse" -> "parse": libtool's wrapper runs the real
 * program under an "lt-" name. */
static const char *
target_name(const char *argv0)
{
	const char *base = strrchr(argv0, '/');

	base = base != NULL ? base + 1 : argv0;
	if (strncmp(base, "lt-", 3) == 0)
		base += 3;
	if (strncmp(base, "fuzz_", 5) == 0)
		base += 5;
	return base;
}

int
main(int argc, char **argv)
{
	unsigned long count = 0;
	const char *root;
	char *dir;
	int i, rc = 0;

	if (argc > 0 && argv[0] != NULL && argv[0][0] != '\0')
		program = argv[0];
	if (argc > 1) {
		for (i = 1; i < argc; i++)
			if (replay_path(argv[i], &count) != 0)
				rc = 1;
		printf("%s: %lu inputs\n", program, count);
		return rc;
	}
	root = getenv("FUZZ_CORPUS_ROOT");
#ifdef FUZZ_CORPUS_ROOT
	if (root == NULL || root[0] == '\0')
		root = FUZZ_CORPUS_ROOT;
#endif
	if (root == NULL || root[0] == '\0') {
		fprintf(stderr, "%s: set FUZZ_CORPUS_ROOT or name the inputs\n", program);
		return 1;
	}
	dir = malloc(strlen(root) + strlen(target_name(program)) + 2);
	if (dir == NULL)
		return 1;
	sprintf(dir, "%s/%s", root, target_name(program));
	if (replay_dir(dir, &count) != 0)
		rc = 1;
	/* An empty or misnamed corpus must not pass for a clean replay. */
	if (rc == 0 && count == 0) {
		fprintf(stderr, "%s: no inputs in %s\n", program, dir);
		rc = 1;
	}
	printf("%s: %lu inputs from %s\n", program, count, dir);
	free(dir);
	return rc;
}
