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
#include <stdio.h>
#include <stdlib.h>

#include <hermit/migration.h>

#include "npb_random.h"
#include "npb_results.h"
#include "npb_timer.h"
#include "npbparams.h"

#define MK        16
#define MM        (M - MK)
#define NN        (1 << MM)            /* number of batches */
#define NK        (1 << MK)            /* pairs per batch */
#define NQ        10
#define EPSILON   1.0e-8
#define MULT      NPB_RANDOM_A
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

/* Generate and tally batch number `batch` (0-based). */
static void do_batch(int batch)
{
	double seed = SEED;
	int i;

	/* seed of this batch = SEED * batch_mult^batch mod 2^46 */
	randlc(&seed, npb_random_power(batch_mult, batch));
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

static void report(double seconds, double mops, int verified)
{
	char size[32];

	snprintf(size, sizeof(size), "%15.0f", pow(2.0, M + 1));
	print_results("EP", CLASS, size, 0, seconds, mops, "Random numbers generated",
	              verified, NPB_BUILD_INFO);
}

int main(void)
{
	int k, i;
	double seconds, mops, pairs, err_x, err_y;
	int verified;

	printf("\n\n NAS Parallel Benchmarks (NPB3.3-SER) - EP Benchmark\n\n");
	printf(" Number of random numbers generated: %15.0f\n\n", pow(2.0, M + 1));
	fflush(stdout);

	xbuf = malloc(sizeof(double) * 2 * NK);
	if (xbuf == NULL) {
		fprintf(stderr, "EP: cannot allocate the batch buffer\n");
		return 1;
	}

	batch_mult = npb_random_power(MULT, 2L * NK);

	sx = 0.0;
	sy = 0.0;
	for (i = 0; i < NQ; i++)
		q[i] = 0.0;

	timer_clear(0);
	timer_start(0);
	for (k = 1; k <= NN; k++) {
		popcorn_check_migrate();
		do_batch(k - 1);
	}
	timer_stop(0);
	seconds = timer_read(0);

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

	report(seconds, mops, verified);

	free(xbuf);
	return 0;
}
