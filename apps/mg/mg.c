/*
 * MG - multigrid kernel, NPB-style, written for hexo-ci from the NAS Parallel
 * Benchmarks specification (class parameters, operators, generator and the
 * published verification norms).  Not derived from the NPB sources.
 *
 * V-cycle multigrid for the discrete Poisson problem A u = v on an n^3
 * periodic grid, n = 2^LT.  v is 0 except at 20 points: +1 at the 10 largest
 * and -1 at the 10 smallest of n^3 values of the NPB generator (seed
 * 314159265) taken over the grid in x, y, z order.  Each of the NIT
 * iterations is one V-cycle (restriction P down to a 2^3 grid, smoother S and
 * interpolation Q on the way up) followed by r = v - A u.  The result is the
 * L2 norm of r.
 *
 * Migration (hexo-lite / HEXO): one migration point at the top of every
 * iteration `it`, in main, before that iteration prints its line.  The grids
 * of all levels are malloc'ed and reached from globals; `it` and the norms are
 * locals of main.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <hermit/migration.h>

#include "mg_grid.h"
#include "npb_random.h"
#include "npb_results.h"
#include "npb_timer.h"
#include "npbparams.h"

#define N        (1 << LT)     /* interior points per dimension, finest grid */
#define LB       1             /* coarsest level: 2^1 points per dimension */
#define EPSILON  1.0e-8
#define SEED     314159265.0
#define EXTREMES 10            /* points set to +1 and to -1 */

#if CLASS == 'S'
#define L2_REF 0.5307707005734e-04
#elif CLASS == 'W'
#define L2_REF 0.6467329375339e-05
#elif CLASS == 'A'
#define L2_REF 0.2433365309069e-05
#elif CLASS == 'B'
#define L2_REF 0.1800564401355e-05
#else
#error "MG: unsupported CLASS (S, W, A, B)"
#endif

#if LT < 2 || LT > 10
#error "MG: LT must be in 2..10"
#endif

/* residual operator A and smoother S, by distance class (see mg_grid.h) */
static const double op_a[4] = {-8.0 / 3.0, 0.0, 1.0 / 6.0, 1.0 / 12.0};
#if CLASS == 'S' || CLASS == 'W' || CLASS == 'A'
static const double op_s[4] = {-3.0 / 8.0, 1.0 / 32.0, -1.0 / 64.0, 0.0};
#else
static const double op_s[4] = {-3.0 / 17.0, 1.0 / 33.0, -1.0 / 61.0, 0.0};
#endif

/* ---- migrated state --------------------------------------------------- */
double *u_grid[LT + 1];   /* approximate solution per level (heap) */
double *r_grid[LT + 1];   /* residual per level (heap) */
double *v_grid;           /* right-hand side, finest level (heap) */

/* construction only: the EXTREMES largest and smallest values and where */
double top_value[EXTREMES], bottom_value[EXTREMES];
long top_at[EXTREMES], bottom_at[EXTREMES];

static int points(int level)
{
	return (1 << level) + 2;
}

static double *grid_alloc(int level, const char *what)
{
	long m = points(level);
	double *g = malloc(sizeof(double) * (size_t)(m * m * m));

	if (g == NULL) {
		fprintf(stderr, "MG: cannot allocate %ld bytes for %s of level %d\n",
		        (long)sizeof(double) * m * m * m, what, level);
		exit(1);
	}
	return g;
}

/*
 * Keeps value among the EXTREMES largest (sign 1) or smallest (sign -1) seen:
 * the lists are sorted, their first entry the one to be displaced next.
 */
static void keep_extreme(double *value, long *at, int sign, double x, long where)
{
	int i = 0;

	if (sign * x <= sign * value[0])
		return;
	while (i + 1 < EXTREMES && sign * x > sign * value[i + 1]) {
		value[i] = value[i + 1];
		at[i] = at[i + 1];
		i++;
	}
	value[i] = x;
	at[i] = where;
}

/* v: the generator's values over the interior, then the 20 extremes as +-1 */
static void zran3(double *v)
{
	const int m = points(LT);
	double x = SEED;
	int i, i1, i2, i3;

	zero3(v, m);
	for (i3 = 1; i3 < m - 1; i3++)
		for (i2 = 1; i2 < m - 1; i2++)
			vranlc(N, &x, NPB_RANDOM_A, &v[1 + (long)m * (i2 + (long)m * i3)]);

	for (i = 0; i < EXTREMES; i++) {
		top_value[i] = 0.0;
		bottom_value[i] = 1.0;
		top_at[i] = bottom_at[i] = 0;
	}
	for (i3 = 1; i3 < m - 1; i3++)
		for (i2 = 1; i2 < m - 1; i2++)
			for (i1 = 1; i1 < m - 1; i1++) {
				long at = i1 + (long)m * (i2 + (long)m * i3);

				keep_extreme(top_value, top_at, 1, v[at], at);
				keep_extreme(bottom_value, bottom_at, -1, v[at], at);
			}

	zero3(v, m);
	for (i = 0; i < EXTREMES; i++) {
		v[bottom_at[i]] = -1.0;
		v[top_at[i]] = 1.0;
	}
	comm3(v, m);
}

/* one V-cycle: u = u + M r on the finest level, r = v - A u on return */
static void mg3p(void)
{
	int k;

	for (k = LT; k > LB; k--)
		rprj3(r_grid[k], points(k), r_grid[k - 1], points(k - 1));

	zero3(u_grid[LB], points(LB));
	psinv(r_grid[LB], u_grid[LB], points(LB), op_s);

	for (k = LB + 1; k < LT; k++) {
		zero3(u_grid[k], points(k));
		interp(u_grid[k - 1], points(k - 1), u_grid[k], points(k));
		resid(u_grid[k], r_grid[k], r_grid[k], points(k), op_a);
		psinv(r_grid[k], u_grid[k], points(k), op_s);
	}

	interp(u_grid[LT - 1], points(LT - 1), u_grid[LT], points(LT));
	resid(u_grid[LT], v_grid, r_grid[LT], points(LT), op_a);
	psinv(r_grid[LT], u_grid[LT], points(LT), op_s);
}

static void report(double seconds, double mops, int verified)
{
	char size[32];

	snprintf(size, sizeof(size), "%4dx%4dx%4d", N, N, N);
	print_results("MG", CLASS, size, NIT, seconds, mops, "floating point", verified,
	              NPB_BUILD_INFO);
}

int main(void)
{
	int it, k, verified;
	double rnm2, rnmu, err, seconds, mops;

	printf("\n\n NAS Parallel Benchmarks (NPB3.3-SER) - MG Benchmark\n\n");
	printf(" Size: %4dx%4dx%4d  (class %c)\n", N, N, N, CLASS);
	printf(" Iterations: %4d\n\n", NIT);
	fflush(stdout);

	for (k = LB; k <= LT; k++) {
		u_grid[k] = grid_alloc(k, "u");
		r_grid[k] = grid_alloc(k, "r");
	}
	v_grid = grid_alloc(LT, "v");
	if (grid_buffers(points(LT)) != 0) {
		fprintf(stderr, "MG: cannot allocate 2 line buffers of %d points\n", points(LT));
		return 1;
	}

	zero3(u_grid[LT], points(LT));
	zran3(v_grid);
	resid(u_grid[LT], v_grid, r_grid[LT], points(LT), op_a);

	timer_clear(0);
	timer_start(0);
	for (it = 1; it <= NIT; it++) {
		popcorn_check_migrate();
		printf("  iter %3d\n", it);
		fflush(stdout);
		mg3p();
		resid(u_grid[LT], v_grid, r_grid[LT], points(LT), op_a);
	}
	timer_stop(0);
	seconds = timer_read(0);

	norm2u3(r_grid[LT], points(LT), &rnm2, &rnmu);
	err = fabs(rnm2 - L2_REF) / L2_REF;
	verified = err <= EPSILON;
	printf("\n Benchmark completed\n");
	if (verified) {
		printf(" VERIFICATION SUCCESSFUL\n");
		printf(" L2 Norm is %20.13E\n", rnm2);
		printf(" Error is   %20.13E\n", err);
	} else {
		printf(" VERIFICATION FAILED\n");
		printf(" L2 Norm is             %20.13E\n", rnm2);
		printf(" The correct L2 Norm is %20.13E\n", L2_REF);
	}

	/* 58 floating point operations per grid point and iteration (NPB's count) */
	mops = seconds > 0.0 ? 58.0 * NIT * (double)N * N * N / seconds / 1.0e6 : 0.0;
	report(seconds, mops, verified);

	for (k = LB; k <= LT; k++) {
		free(u_grid[k]);
		free(r_grid[k]);
	}
	free(v_grid);
	return 0;
}
