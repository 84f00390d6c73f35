/* hexo-lite test app with no explicit migration point: built with
 * -finstrument-functions (hexo-app.mk), libmigrate's __cyg_profile_func_enter
 * makes every function entry a migration point, as in
 * HEXO's instrumented builds: points in prologues, at every
 * depth, recursion included. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static long *memo;

static void pace(void)
{
	struct timespec ts = { 0, 60 * 1000000L };

	nanosleep(&ts, NULL);
}

static long fib(int n)
{
	long a, b;

	if (n < 2)
		return n;
	a = fib(n - 1);
	b = fib(n - 2);
	memo[n] = a + b;
	return a + b;
}

static double scale(double x, int k)
{
	double r = x;
	int i;

	for (i = 0; i < k; i++)
		r = r * 1.5 + 1;
	return r;
}

int main(void)
{
	double acc = 0;
	long f = 0;
	int i;

	memo = calloc(16, sizeof(long));
	for (i = 0; i < 10; i++) {
		pace();
		f += fib(i % 6 + 1);
		acc += scale(i, 3);
		printf("Iterate! %d fib %ld acc %.3f\n", i, f, acc);
	}
	printf("instrument: %s\n", f == 27 && acc == 199.375 ? "SUCCESS" : "FAILURE");
	return 0;
}
