/*
 * input-dump.c - what the input layer (tools/input.h) reads from files,
 * one line per message and per skip, for tests/test_input.py; or only
 * the counts (--count); or the processor time input_read() takes
 * (--time), the input layer's speed alone, with a sink that only counts.
 *
 * Usage: input-dump [--hex|--tcp|--raw] [--port N]... [--tcp-max N]
 *                   [--tcp-memory N] [--frag-max N] [--hint] [--count|--time] FILE...
 *
 *   message FILE#N packet=P time=S.NNNNNNNNN u 192.0.2.53.53>198.51.100.7.33000 len=L hex=HEX
 *   skip REASON packet=P 192.0.2.53.53>198.51.100.7.33000
 *   hint TEXT            (--hint: input_hint() of the message before)
 *   end FILE rc=0
 *   end FILE rc=-1 error=REASON
 */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>

#include "input.h"

#define PORTS_MAX 16

struct counts {
	int quiet, hints;
	uint64_t messages, octets, packets;
	uint64_t skips[INPUT_SKIP_COUNT];
};

static void
print_where(const struct input_meta *m)
{
	char src[INET6_ADDRSTRLEN], dst[INET6_ADDRSTRLEN];

	if (m->has_time)
		printf(" time=%lld.%09u", (long long)m->sec, m->nsec);
	printf(" %c", m->transport ? m->transport : '-');
	if (m->has_addr && inet_ntop(m->af, m->src, src, sizeof(src)) != NULL &&
	    inet_ntop(m->af, m->dst, dst, sizeof(dst)) != NULL)
		printf(" %s.%u>%s.%u", src, m->sport, dst, m->dport);
}

static void
on_message(void *ctx, const uint8_t *msg, size_t len, const struct input_meta *meta)
{
	struct counts *c = ctx;
	size_t i;

	c->messages++;
	c->octets += len;
	if (meta->packet > c->packets)
		c->packets = meta->packet;
	if (c->quiet)
		return;
	printf("message %s#%llu packet=%llu", meta->file, (unsigned long long)meta->message,
	       (unsigned long long)meta->packet);
	print_where(meta);
	printf(" len=%zu hex=", len);
	for (i = 0; i < len; i++)
		printf("%02x", msg[i]);
	putchar('\n');
	if (c->hints)
		printf("hint %s\n", input_hint(msg, len) ? input_hint(msg, len) : "none");
}

static void
on_skip(void *ctx, enum input_skip why, const struct input_meta *meta)
{
	struct counts *c = ctx;

	c->skips[why]++;
	if (meta->packet > c->packets)
		c->packets = meta->packet;
	if (c->quiet)
		return;
	printf("skip %s packet=%llu", input_skip_name(why), (unsigned long long)meta->packet);
	print_where(meta);
	putchar('\n');
}

/* Processor time: on a shared machine, wall-clock time measures the
 * neighbours too. */
static double
cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
usage(void)
{
	fprintf(stderr, "usage: input-dump [--hex|--tcp|--raw] [--port N]... [--tcp-max N] "
	                "[--tcp-memory N] [--frag-max N] [--hint] [--count|--time] FILE...\n");
	exit(2);
}

int
main(int argc, char **argv)
{
	static uint16_t ports[PORTS_MAX];
	struct input_options opt;
	struct input_sink sink;
	struct counts c;
	struct rusage ru;
	int i, timed = 0, rc = 0;
	double start;
	size_t k;

	memset(&opt, 0, sizeof(opt));
	memset(&c, 0, sizeof(c));
	for (i = 1; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
		if (strcmp(argv[i], "--hex") == 0)
			opt.format = INPUT_HEX;
		else if (strcmp(argv[i], "--tcp") == 0)
			opt.format = INPUT_TCP;
		else if (strcmp(argv[i], "--raw") == 0)
			opt.format = INPUT_RAW;
		else if (strcmp(argv[i], "--hint") == 0)
			c.hints = 1;
		else if (strcmp(argv[i], "--count") == 0)
			c.quiet = 1;
		else if (strcmp(argv[i], "--time") == 0)
			c.quiet = timed = 1;
		else if (strcmp(argv[i], "--port") == 0 && i + 1 < argc && opt.nports < PORTS_MAX)
			ports[opt.nports++] = (uint16_t)atoi(argv[++i]);
		else if (strcmp(argv[i], "--tcp-max") == 0 && i + 1 < argc)
			opt.tcp_streams_max = (size_t)atol(argv[++i]);
		else if (strcmp(argv[i], "--tcp-memory") == 0 && i + 1 < argc)
			opt.tcp_memory_max = (size_t)atol(argv[++i]);
		else if (strcmp(argv[i], "--frag-max") == 0 && i + 1 < argc)
			opt.fragment_sets_max = (size_t)atol(argv[++i]);
		else
			usage();
	}
	if (i == argc)
		usage();
	opt.ports = ports;
	sink.ctx = &c;
	sink.message = on_message;
	sink.skip = on_skip;
	start = cpu_seconds();
	for (; i < argc; i++) {
		char err[256] = "";

		if (input_read(argv[i], &opt, &sink, err, sizeof(err)) != 0) {
			printf("end %s rc=-1 error=%s\n", argv[i], err);
			rc = 1;
		} else if (!timed) {
			printf("end %s rc=0\n", argv[i]);
		}
	}
	if (timed) {
		double s = cpu_seconds() - start;

		getrusage(RUSAGE_SELF, &ru);
		printf("packets %llu messages %llu cpu-seconds %.3f packets/s %.0f "
		       "peak-rss-kib %ld\n",
		       (unsigned long long)c.packets, (unsigned long long)c.messages, s,
		       (double)c.packets / s, ru.ru_maxrss);
	}
	if (c.quiet) {
		printf("messages %llu\n", (unsigned long long)c.messages);
		for (k = 0; k < INPUT_SKIP_COUNT; k++)
			if (c.skips[k] > 0)
				printf("skip %s %llu\n", input_skip_name((enum input_skip)k),
				       (unsigned long long)c.skips[k]);
	}
	return rc;
}
