/*
 * EP - embarrassingly parallel kernel, NPB-style, written for hexo-ci from
 * the NAS Parallel Benchmarks specification (class parameters, generator
 * and published verification sums).  Not derived from the NPB sources.
 *
 * 2^(M+1) uniform deviates from the NPB generator (a = 5^13, modulus 2^46,
 * seed 271828183) are taken in 2^(M-MK) batches of 2^(MK+1) numbers.  Each
 * pair (x, y) mapped to [-1,1)^2 and inside the unit disc gives a pair of
 * Gaussian deviates by the Marsaglia polar method; their sums and the counts
 * per square annulus l = floor(max(|X|,|Y|)) are the result.
 *
 * Migration (hexo-lite / HEXO): one migration point at the top of every
 * batch k, in main.  The sums and counts live in globals, the batch buffer
 * is malloc'ed, and k is a local of main.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>

#include <hermit/migration.h>

#include "npbparams.h"

#define MK        16
#define MM        (M - MK)
#define NN        (1 << MM)            /* number of batches */
#define NK        (1 << MK)            /* pairs per batch */
#define NQ        10
#define EPSILON   1.0e-8
#define MULT      1220703125.0         /* 5^13 */
#define SEED      271828183.0

#if CLASS == 'S'
#define SX_REF (-3.247834652034740e+3)
#define SY_REF (-6.958407078382297e+3)
#elif CLASS == 'W'
#define SX_REF (-2.863319731645753e+3)
#define SY_REF (-6.320053679109499e+3)
#elif CLASS == 'A'
#define SX_REF (-4.295875165629892e+3)
#define SY_REF (-1.580732573678431e+4)
#elif CLASS == 'B'
#define SX_REF (4.033815542441498e+4)
#define SY_REF (-2.660669192809235e+4)
#else
#error "EP: unsupported CLASS (S, W, A, B)"
#endif

/* ---- migrated state --------------------------------------------------- */
double *xbuf;          /* 2*NK deviates of the current batch (heap) */
double q[NQ];          /* pairs per annulus */
double sx, sy;         /* sums of the Gaussian deviates */
double batch_mult;     /* MULT^(2*NK) mod 2^46: jump from one batch to the next */
double timer_begin;

/* ---- NPB pseudo-random generator -------------------------------------- */
/* x <- a * x mod 2^46 on integers held exactly in doubles; returns x / 2^46.
 * The product is formed from 23-bit halves so it never overflows 64 bits. */
static double randlc(double *x, double a)
{
	const uint64_t low23 = (UINT64_C(1) << 23) - 1;
	const uint64_t low46 = (UINT64_C(1) << 46) - 1;
	uint64_t ua = (uint64_t)a, ux = (uint64_t)*x;
	uint64_t ahi = ua >> 23, alo = ua & low23;
	uint64_t xhi = ux >> 23, xlo = ux & low23;
	uint64_t mid = (ahi * xlo + alo * xhi) & low23;
	uint64_t r = ((mid << 23) + alo * xlo) & low46;

	*x = (double)r;
	return (double)r * (1.0 / 70368744177664.0);
}

/* n successive values of the generator into y[0..n-1] */
static void vranlc(int n, double *x, double a, double *y)
{
	int i;

	for (i = 0; i < n; i++)
		y[i] = randlc(x, a);
}

static double wall_seconds(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (double)tv.tv_sec + 1.0e-6 * (double)tv.tv_usec;
}

/* Generate and tally batch number `batch` (0-based). */
static void do_batch(int batch)
{
	double seed = SEED, jump = batch_mult;
	int e = batch, i;

	/* seed of this batch = SEED * batch_mult^batch mod 2^46 */
	for (;;) {
		if (e & 1)
			randlc(&seed, jump);
		e >>= 1;
		if (e == 0)
			break;
		randlc(&jump, jump);
	}

	vranlc(2 * NK, &seed, MULT, xbuf);

	for (i = 0; i < NK; i++) {
		double u = 2.0 * xbuf[2 * i] - 1.0;
		double v = 2.0 * xbuf[2 * i + 1] - 1.0;
		double r2 = u * u + v * v;

		if (r2 <= 1.0) {
			double f = sqrt(-2.0 * log(r2) / r2);
			double gx = u * f, gy = v * f;
			double ax = fabs(gx), ay = fabs(gy);
			int l = (int)(ax > ay ? ax : ay);

			if (l < NQ)	/* l >= NQ needs r2 < 1e-20: never met by the NPB streams */
				q[l] += 1.0;
			sx += gx;
			sy += gy;
		}
	}
}

static void report_line(const char *label, const char *value)
{
	printf(" %-16s= %24s\n", label, value);
}

static void print_results(double seconds, double mops, int verified)
{
	char buf[64];

	printf("\n\n EP Benchmark Completed.\n");
	snprintf(buf, sizeof(buf), "%c", CLASS);
	report_line("Class", buf);
	snprintf(buf, sizeof(buf), "%15.0f", pow(2.0, M + 1));
	report_line("Size", buf);
	snprintf(buf, sizeof(buf), "%12d", 0);
	report_line("Iterations", buf);
	snprintf(buf, sizeof(buf), "%12.2f", seconds);
	report_line("Time in seconds", buf);
	snprintf(buf, sizeof(buf), "%12.2f", mops);
	report_line("Mop/s total", buf);
	report_line("Operation type", "Random numbers generated");
	report_line("Verification", verified ? "SUCCESSFUL" : "UNSUCCESSFUL");
	report_line("Version", NPBVERSION);
	report_line("Compile date", COMPILETIME);
	printf("\n Compile options:\n");
	printf("    CC           = %s\n", CS1);
	printf("    CLINK        = %s\n", CS2);
	printf("    C_LIB        = %s\n", CS3);
	printf("    C_INC        = %s\n", CS4);
	printf("    CFLAGS       = %s\n", CS5);
	printf("    CLINKFLAGS   = %s\n", CS6);
	printf("    RAND         = %s\n", CS7);
	printf("\n--------------------------------------\n");
	printf(" hexo-ci NPB-style kernel, written from\n");
	printf(" the NAS Parallel Benchmarks specification\n");
	printf("--------------------------------------\n\n");
}

int main(void)
{
	int k, i;
	double t, seconds, mops, pairs, err_x, err_y;
	int verified;

	printf("\n\n NAS Parallel Benchmarks (NPB3.3-SER) - EP Benchmark\n\n");
	printf(" Number of random numbers generated: %15.0f\n\n", pow(2.0, M + 1));
	fflush(stdout);

	xbuf = malloc(sizeof(double) * 2 * NK);
	if (xbuf == NULL) {
		fprintf(stderr, "EP: cannot allocate the batch buffer\n");
		return 1;
	}

	/* MULT^(2*NK): square MULT MK+1 times */
	t = MULT;
	for (i = 0; i <= MK; i++)
		randlc(&t, t);
	batch_mult = t;

	sx = 0.0;
	sy = 0.0;
	for (i = 0; i < NQ; i++)
		q[i] = 0.0;

	timer_begin = wall_seconds();
	for (k = 1; k <= NN; k++) {
		popcorn_check_migrate();
		do_batch(k - 1);
	}
	seconds = wall_seconds() - timer_begin;

	pairs = 0.0;
	for (i = 0; i < NQ; i++)
		pairs += q[i];

	err_x = fabs((sx - SX_REF) / SX_REF);
	err_y = fabs((sy - SY_REF) / SY_REF);
	verified = err_x <= EPSILON && err_y <= EPSILON;
	mops = seconds > 0.0 ? pow(2.0, M + 1) / seconds / 1.0e6 : 0.0;

	printf("EP Benchmark Results:\n\n");
	printf("CPU Time =%10.4f\n", seconds);
	printf("N = 2^%5d\n", M);
	printf("No. Gaussian Pairs = %15.0f\n", pairs);
	printf("Sums = %25.15E %25.15E\n", sx, sy);
	printf("Counts: \n");
	for (i = 0; i < NQ; i++)
		printf("%3d%15.0f\n", i, q[i]);
	if (!verified) {
		printf("Verification failed\n");
		printf("sx: %25.15E  reference %25.15E  error %E\n", sx, SX_REF, err_x);
		printf("sy: %25.15E  reference %25.15E  error %E\n", sy, SY_REF, err_y);
	}

	print_results(seconds, mops, verified);

	free(xbuf);
	return 0;
}
