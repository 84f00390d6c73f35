/*
 * Unit tests of apps/common: the generator's values (exact integers, checked
 * against values computed with arbitrary-precision integers), vranlc and
 * npb_random_power against randlc, the timers, and the result block's format.
 * Prints one line per failed check and "N checks, N failed"; exit 1 on failure.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../npb_random.h"
#include "../npb_results.h"
#include "../npb_timer.h"

static int checks, failures;

static void expect(int ok, const char *what, double got, double want)
{
	checks++;
	if (!ok) {
		failures++;
		printf("FAIL %s: got %.17g, expected %.17g\n", what, got, want);
	}
}

static void test_randlc(void)
{
	/* x_k = 314159265 * 5^13k mod 2^46 */
	static const double want[3] = {55909509111989.0, 61155031930969.0, 45573031421645.0};
	double x = 314159265.0, r;
	int i;

	for (i = 0; i < 3; i++) {
		r = randlc(&x, NPB_RANDOM_A);
		expect(x == want[i], "randlc state", x, want[i]);
		expect(r == want[i] / 70368744177664.0, "randlc value = state / 2^46", r,
		       want[i] / 70368744177664.0);
	}
}

static void test_vranlc(void)
{
	static double y[1000];
	double x = 271828183.0, z = 271828183.0;
	int i, same = 1;

	vranlc(1000, &x, NPB_RANDOM_A, y);
	for (i = 0; i < 1000; i++)
		same = same && y[i] == randlc(&z, NPB_RANDOM_A);
	expect(same, "vranlc values equal 1000 randlc calls", 0, 0);
	expect(x == 8661753562871.0, "vranlc leaves the state 1000 steps on", x, 8661753562871.0);
}

static void test_power(void)
{
	double x = 1.0;
	long e;

	expect(npb_random_power(NPB_RANDOM_A, 0) == 1.0, "a^0", npb_random_power(NPB_RANDOM_A, 0), 1.0);
	expect(npb_random_power(NPB_RANDOM_A, 1) == NPB_RANDOM_A, "a^1",
	       npb_random_power(NPB_RANDOM_A, 1), NPB_RANDOM_A);
	expect(npb_random_power(NPB_RANDOM_A, 1L << 17) == 62362532446209.0, "a^(2^17) mod 2^46",
	       npb_random_power(NPB_RANDOM_A, 1L << 17), 62362532446209.0);
	for (e = 0; e < 12345; e++)
		randlc(&x, NPB_RANDOM_A);
	expect(npb_random_power(NPB_RANDOM_A, 12345) == x, "a^12345 = 12345 steps",
	       npb_random_power(NPB_RANDOM_A, 12345), x);
	expect(x == 21428452326069.0, "a^12345 mod 2^46", x, 21428452326069.0);
}

static void test_timers(void)
{
	double t0;

	timer_clear(1);
	expect(timer_read(1) == 0.0, "a cleared timer reads 0", timer_read(1), 0.0);
	timer_start(1);
	t0 = wtime();
	while (wtime() - t0 < 0.01)
		;
	timer_stop(1);
	expect(timer_read(1) >= 0.009 && timer_read(1) < 5.0, "a timer measures a 10 ms wait",
	       timer_read(1), 0.01);
	t0 = timer_read(1);
	timer_start(1);
	timer_stop(1);
	expect(timer_read(1) >= t0, "a timer accumulates", timer_read(1), t0);
	timer_start(NPB_TIMERS);
	timer_stop(-1);
	expect(timer_read(NPB_TIMERS) == 0.0 && timer_read(-1) == 0.0,
	       "timers out of range are ignored and read 0", timer_read(NPB_TIMERS), 0.0);
}

/* the result block of print_results, written to a temporary file, has `line` */
static int block_has(int verified, const char *line)
{
	char buf[256];
	FILE *f = tmpfile();
	int found = 0, saved;

	if (f == NULL)
		return 0;
	fflush(stdout);
	saved = dup(fileno(stdout));
	if (saved < 0) {
		fclose(f);
		return 0;
	}
	dup2(fileno(f), fileno(stdout));
	print_results("XX", 'S', "32x  32x  32", 4, 1.5, 2.25, "floating point", verified,
	              "3.3.1", "29 Nov 2026", "c1", "c2", "c3", "c4", "c5", "c6", "c7");
	fflush(stdout);
	dup2(saved, fileno(stdout));
	close(saved);
	rewind(f);
	while (!found && fgets(buf, sizeof(buf), f) != NULL)
		found = strcmp(buf, line) == 0;
	fclose(f);
	return found;
}

static void test_results(void)
{
	static const char *const lines[] = {
		" XX Benchmark Completed.\n",
		" Class           =                        S\n",
		" Size            =             32x  32x  32\n",
		" Iterations      =                        4\n",
		" Time in seconds =                     1.50\n",
		" Mop/s total     =                     2.25\n",
		" Operation type  =           floating point\n",
		" Verification    =               SUCCESSFUL\n",
		" Version         =                    3.3.1\n",
		" Compile date    =              29 Nov 2026\n",
		"    RAND         = c7\n",
	};
	size_t i;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		checks++;
		if (!block_has(1, lines[i])) {
			failures++;
			printf("FAIL result block lacks the line [%.*s]\n", (int)strlen(lines[i]) - 1, lines[i]);
		}
	}
	checks++;
	if (!block_has(0, " Verification    =             UNSUCCESSFUL\n")) {
		failures++;
		printf("FAIL result block of a failed run lacks UNSUCCESSFUL right-aligned\n");
	}
}

int main(void)
{
	test_randlc();
	test_vranlc();
	test_power();
	test_timers();
	test_results();
	printf("%d checks, %d failed\n", checks, failures);
	return failures == 0 ? 0 : 1;
}
