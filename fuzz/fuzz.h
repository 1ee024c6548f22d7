/*
 * fuzz.h - what the fuzz targets share: the libFuzzer entry point, which
 * fuzz/replay.c also calls, and the check that turns a broken invariant
 * into a crash libFuzzer keeps the input of.
 */
#ifndef DNSRCODE_FUZZ_H
#define DNSRCODE_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* abort(), not assert(): NDEBUG must not turn the checks off, and both
 * libFuzzer and the replay driver report an abort with its input. */
#define FUZZ_CHECK(cond)                                                                  \
	do {                                                                              \
		if (!(cond)) {                                                            \
			fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, \
			        #cond);                                                   \
			abort();                                                          \
		}                                                                         \
	} while (0)

#endif /* DNSRCODE_FUZZ_H */
