/* hexo-lite test program for resume without replay: a start-up with side
 * effects (a stderr marker, a counter file, optionally seconds of work) that
 * must not run again on the destination; migration points reached through
 * different chains (depth 1 to 5) whose every frame holds parameters and
 * locals, arrays and structs among them, and pointers into other frames;
 * recursion on the chain; the same callee called twice on one line; a call
 * with stack-passed arguments on the chain. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <hermit/migration.h>

#define ITERS 6
#define CHAIN_EXPECTED 13653L

struct vec {
	long x, y;
	double w;
	char tag[8];
};

/* at most 16 bytes: passed by value in registers on both ISAs (a larger
 * struct passed by value lives outside the frame on aarch64, see README) */
struct pair {
	long x;
	int y;
	char tag[4];
};

long grid[16];
long *heapv;
static long startup_value;

static long elapsed_ms(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1000 + (t.tv_nsec - t0->tv_nsec) / 1000000;
}

/* CHAIN_COUNTER names a file counting start-ups; CHAIN_STARTUP_MS makes the
 * start-up compute for that long. */
static void startup(void)
{
	const char *path = getenv("CHAIN_COUNTER"), *ms = getenv("CHAIN_STARTUP_MS");
	struct timespec t0;
	char buf[32] = "0";
	long spins = 0;

	fprintf(stderr, "chain: start-up marker\n");
	if (path) {
		int fd = open(path, O_RDWR | O_CREAT, 0644);
		ssize_t n;

		if (fd < 0) {
			perror(path);
			exit(1);
		}
		n = read(fd, buf, sizeof(buf) - 1);
		buf[n > 0 ? n : 1] = 0;
		snprintf(buf, sizeof(buf), "%ld\n", atol(buf) + 1);
		if (pwrite(fd, buf, strlen(buf), 0) < 0)
			perror(path);
		close(fd);
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (ms && elapsed_ms(&t0) < atol(ms))
		spins++;
	startup_value = 17;
	heapv = calloc(64, sizeof(long));
}

static long leaf(int depth, struct pair v, const struct vec *big, long *out)
{
	long arr[5];
	struct vec local = *big;
	int i;

	for (i = 0; i < 5; i++)
		arr[i] = v.x * i + depth;
	local.y += depth + v.y;
	popcorn_check_migrate();
	*out += arr[4] + local.y;
	heapv[depth % 64] += arr[1];
	return arr[2] + local.x + (long)(local.w * 4) + local.tag[0] + v.tag[1];
}

static long mid(int it, const struct vec *pv, long scale)
{
	struct vec copy = *pv;
	long acc = scale;
	long *pacc = &acc;
	int buf[7];
	struct pair p = { 0, 0, "mi" };
	long r;
	int i;

	for (i = 0; i < 7; i++)
		buf[i] = it * i + (int)scale;
	p.x = pv->x * scale;
	p.y = it;
	copy.x *= scale;
	r = leaf(it, p, &copy, pacc);
	return r + acc + buf[3] + pv->y;
}

static long top(int it, long seed)
{
	struct vec v = { seed, it, 0.5 * it, "top" };
	char name[12];
	long a, b, c;

	snprintf(name, sizeof(name), "t%d", it);
	a = mid(it, &v, 2);
	b = mid(it, &v, 3);
	c = leaf(it + 1, (struct pair){ seed, it, "tp" }, &v, &b);
	return a + b + c + name[1];
}

static long rec(int n, long acc, long *trail)
{
	long here[3] = { n, acc, n * acc };
	long r;

	if (n == 0) {
		popcorn_check_migrate();
		return acc + here[2] + trail[0];
	}
	r = rec(n - 1, acc + n, trail);
	trail[n] = r;
	return r + here[0] + here[1];
}

static long many(long a, long b, long c, long d, long e, long f, long g, long h, struct pair v)
{
	long sum = a + b + c + d + e + f;

	popcorn_check_migrate();
	return sum * 3 + g * 5 + h * 7 + v.x + v.tag[1];
}

int main(void)
{
	long trail[8] = { 3 };
	long total = 0;
	struct pair mv = { 9, 8, "mn" };
	int it;

	startup();
	for (it = 1; it <= ITERS; it++) {
		long t, u, w, m;

		popcorn_check_migrate();
		t = top(it, it * 7);
		u = rec(it % 3 + 1, it, trail); w = rec(2, u % 100, trail);
		m = it % 2 ? many(it, 2, 3, 4, 5, 6, 7, 8, mv) : 0;
		grid[it] = t + u + w + m;
		total += grid[it] + heapv[it % 64] + startup_value;
		printf("it %d: top=%ld rec=%ld,%ld many=%ld total=%ld\n", it, t, u, w, m, total);
	}
	printf("trail=%ld %ld %ld\n", trail[1], trail[2], trail[3]);
	printf("Verification = %s\n", total == CHAIN_EXPECTED ? "SUCCESSFUL" : "UNSUCCESSFUL");
	return 0;
}
