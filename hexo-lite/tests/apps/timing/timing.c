/* A HEXO-style benchmark whose output holds the volatile lines real
 * benchmarks print: NPB's "Initialization time = ... seconds", Livermore-style
 * "Time: 2.739232" and "time:" lines, a KFLOPS/MFLOPS rate table, a run date,
 * "Mop/s", "CPU Time". Only its numbers differ between runs; the words, the
 * number of fields and the checksum lines must stay equal. No classes. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <sys/time.h>
#include <time.h>
#include <hermit/migration.h>

#define STEPS 8
#define WORK 200000

static uint64_t state = 88172645463325252ULL;
static double step_seconds[STEPS + 1];
static char date_text[64];

static double now(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (double)tv.tv_sec + (double)tv.tv_usec * 1e-6;
}

static uint64_t work(int step)
{
	int i;

	popcorn_check_migrate();
	for (i = 0; i < WORK; i++) {
		state ^= state << 13;
		state ^= state >> 7;
		state ^= state << 17;
		state += (uint64_t)step;
	}
	return state;
}

/* libc-typed locals live here, off the migration chain */
static void print_date(void)
{
	time_t clock_now = time(NULL);
	struct tm tm;

	gmtime_r(&clock_now, &tm);
	strftime(date_text, sizeof(date_text), "%Y-%m-%d %H:%M:%S", &tm);
	printf(" Run date: %s\n", date_text);
}

int main(void)
{
	double t0 = now(), t;
	int s;

	print_date();
	printf(" Initialization time = %12.6f seconds\n", now() - t0);
	for (s = 1; s <= STEPS; s++) {
		t = now();
		printf("step %d\n", s);
		printf("  checksum %016llx\n", (unsigned long long)work(s));
		step_seconds[s] = now() - t;
		printf("  Time: %f\n", step_seconds[s]);
	}
	t = now() - t0;
	printf("\n  Step    KFLOPS      MFLOPS        time\n");
	for (s = 1; s <= STEPS; s++)
		printf("  %4d %9.2f %11.4f %11.6f\n", s, WORK * 4 / 1e3 / (step_seconds[s] + 1e-9),
		       WORK * 4 / 1e6 / (step_seconds[s] + 1e-9), step_seconds[s]);
	printf("\n total time: %.6f\n", t);
	printf(" Mop/s total     = %12.2f\n", STEPS * WORK * 4 / 1e6 / (t + 1e-9));
	printf(" CPU Time        = %12.6f\n", t);
	printf(" Result: %s\n", state == 0x69e77edce4459d24ULL ? "VERIFIED" : "WRONG");
	return 0;
}
