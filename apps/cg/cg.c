/*
 * CG - conjugate gradient kernel, NPB-style, written for hexo-ci from the
 * NAS Parallel Benchmarks specification (class parameters, generator, the
 * makea / sprnvc / vecset / sparse matrix construction and the published
 * zeta values).  Not derived from the NPB sources.
 *
 * The inverse power method estimates the smallest eigenvalue of a random
 * sparse symmetric positive definite matrix A of order NA; each outer
 * iteration solves A z = x with 25 unpreconditioned CG steps and yields
 * zeta = SHIFT + 1 / (x . z).
 *
 * Migration (hexo-lite / HEXO): one migration point at the top of every
 * outer iteration `it`, in main, before that iteration prints its line.
 * The matrix and vectors are malloc'ed and reached from globals; zeta is a
 * global; `it` and the norms are locals of main.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <hermit/migration.h>

#include "npb_random.h"
#include "npb_results.h"
#include "npb_timer.h"
#include "npbparams.h"

#define NZ       ((long)NA * (NONZER + 1) * (NONZER + 1))  /* matrix storage bound */
#define ROWLEN   (NONZER + 1)                              /* entries per random vector */
#define CGITMAX  25
#define EPSILON  1.0e-10
#define MULT     NPB_RANDOM_A

#if CLASS == 'S'
#define ZETA_REF 8.5971775078648
#elif CLASS == 'W'
#define ZETA_REF 10.362595087124
#elif CLASS == 'A'
#define ZETA_REF 17.130235054029
#elif CLASS == 'B'
#define ZETA_REF 22.712745482631
#else
#error "CG: unsupported CLASS (S, W, A, B)"
#endif

/* ---- migrated state --------------------------------------------------- */
/* compressed sparse rows: row j holds a[rowstr[j] .. rowstr[j+1]-1] */
double *a;          /* NZ */
int *colidx;        /* NZ */
int *rowstr;        /* NA + 1 */
double *x, *z, *p, *q, *r;   /* NA + 2 each */
double zeta;

/* construction only (freed before the iterations start) */
int *gen_count;     /* NA: entries of each generated vector */
int *gen_col;       /* NA * ROWLEN: their 0-based positions */
double *gen_val;    /* NA * ROWLEN: their values */
int *merged;        /* NA: per row, slots freed by merged duplicates */
double rng_state;   /* generator state used by the construction */

static void *xmalloc(size_t bytes, const char *what)
{
	void *ptr = malloc(bytes);

	if (ptr == NULL) {
		fprintf(stderr, "CG: cannot allocate %zu bytes for %s\n", bytes, what);
		exit(1);
	}
	return ptr;
}

/* ---- matrix construction ---------------------------------------------- */

/*
 * sprnvc: a sparse random vector of n entries with nz distinct nonzeros.
 * Each candidate draws a value, then a position (1-based) scaled to the
 * power of two pow2 >= n; positions beyond n and repeats are discarded.
 */
static void sprnvc(int n, int nz, int pow2, double *val, int *pos)
{
	int count = 0;

	while (count < nz) {
		double value = randlc(&rng_state, MULT);
		double where = randlc(&rng_state, MULT);
		int i = (int)((double)pow2 * where) + 1;
		int j, seen = 0;

		if (i > n)
			continue;
		for (j = 0; j < count; j++) {
			if (pos[j] == i) {
				seen = 1;
				break;
			}
		}
		if (seen)
			continue;
		val[count] = value;
		pos[count] = i;
		count++;
	}
}

/* vecset: set entry at 1-based position i to value, appending it if absent. */
static void vecset(double *val, int *pos, int *count, int i, double value)
{
	int k, found = 0;

	for (k = 0; k < *count; k++) {
		if (pos[k] == i) {
			val[k] = value;
			found = 1;
		}
	}
	if (!found) {
		val[*count] = value;
		pos[*count] = i;
		(*count)++;
	}
}

/*
 * sparse: A = sum_i size_i * v_i v_i^T + (RCOND - SHIFT) I, where v_i is the
 * i-th generated vector and size_i = RCOND^(i/n); assembled row by row into
 * compressed storage with sorted column indices.
 */
static void sparse(int n)
{
	double size = 1.0, ratio = pow(RCOND, 1.0 / (double)n);
	int i, j, k, e, f;
	long total;

	/* upper bound of each row's length: every vector touching row j may
	 * contribute all of its entries */
	for (j = 0; j <= n; j++)
		rowstr[j] = 0;
	for (i = 0; i < n; i++)
		for (e = 0; e < gen_count[i]; e++)
			rowstr[gen_col[i * ROWLEN + e] + 1] += gen_count[i];
	for (j = 1; j <= n; j++)
		rowstr[j] += rowstr[j - 1];
	total = rowstr[n];
	if (total > NZ) {
		fprintf(stderr, "CG: matrix needs %ld entries, room for %ld\n", total, NZ);
		exit(1);
	}

	for (j = 0; j < n; j++) {
		for (k = rowstr[j]; k < rowstr[j + 1]; k++) {
			a[k] = 0.0;
			colidx[k] = -1;
		}
		merged[j] = 0;
	}

	for (i = 0; i < n; i++) {
		const int *cols = &gen_col[i * ROWLEN];
		const double *vals = &gen_val[i * ROWLEN];

		for (e = 0; e < gen_count[i]; e++) {
			double scale = size * vals[e];
			int row = cols[e];
			int lo = rowstr[row], hi = rowstr[row + 1];

			for (f = 0; f < gen_count[i]; f++) {
				int col = cols[f];
				double va = vals[f] * scale;

				if (col == row && row == i)
					va = va + RCOND - SHIFT;

				/* used slots of the row are a sorted prefix of [lo, hi) */
				k = lo;
				while (k < hi && colidx[k] != -1 && colidx[k] < col)
					k++;
				if (k == hi) {
					fprintf(stderr, "CG: internal error in sparse, i=%d\n", i);
					exit(1);
				}
				if (colidx[k] == col) {
					merged[row]++;
				} else if (colidx[k] == -1) {
					colidx[k] = col;
				} else {
					int last = k, s;

					while (last + 1 < hi && colidx[last + 1] != -1)
						last++;
					if (last + 1 >= hi) {
						fprintf(stderr, "CG: internal error in sparse, row %d full\n", row);
						exit(1);
					}
					for (s = last; s >= k; s--) {
						a[s + 1] = a[s];
						colidx[s + 1] = colidx[s];
					}
					colidx[k] = col;
					a[k] = 0.0;
				}
				a[k] += va;
			}
		}
		size *= ratio;
	}

	/* squeeze out the unused slots: row j keeps rowstr[j+1]-rowstr[j]-merged[j]
	 * entries and moves down by the slots dropped from all rows before it */
	{
		int dropped = 0;

		for (j = 0; j < n; j++) {
			int from = rowstr[j];
			int keep = rowstr[j + 1] - rowstr[j] - merged[j];
			int to = from - dropped;

			for (k = 0; k < keep; k++) {
				a[to + k] = a[from + k];
				colidx[to + k] = colidx[from + k];
			}
			rowstr[j] = to;
			dropped += merged[j];
		}
		rowstr[n] -= dropped;
	}
}

/* makea: generate the NA random vectors (plus unit diagonal) and assemble A */
static void makea(int n)
{
	int pow2 = 1, i, e;

	while (pow2 < n)
		pow2 *= 2;

	for (i = 0; i < n; i++) {
		double vals[ROWLEN + 1];
		int pos[ROWLEN + 1];
		int count = NONZER;

		sprnvc(n, NONZER, pow2, vals, pos);
		vecset(vals, pos, &count, i + 1, 0.5);
		gen_count[i] = count;
		for (e = 0; e < count; e++) {
			gen_col[i * ROWLEN + e] = pos[e] - 1;
			gen_val[i * ROWLEN + e] = vals[e];
		}
	}
	sparse(n);
}

/* ---- solver ----------------------------------------------------------- */

/* y = A v */
static void matvec(const double *v, double *y)
{
	int j, k;

	for (j = 0; j < NA; j++) {
		double sum = 0.0;

		for (k = rowstr[j]; k < rowstr[j + 1]; k++)
			sum += a[k] * v[colidx[k]];
		y[j] = sum;
	}
}

/* CGITMAX steps of CG on A z = x from z = 0; returns ||x - A z|| */
static double conj_grad(void)
{
	double rho = 0.0, rho0, alpha, beta, d, sum;
	int j, step;

	for (j = 0; j < NA + 1; j++) {
		q[j] = 0.0;
		z[j] = 0.0;
		r[j] = x[j];
		p[j] = r[j];
	}
	for (j = 0; j < NA; j++)
		rho += r[j] * r[j];

	for (step = 1; step <= CGITMAX; step++) {
		matvec(p, q);
		d = 0.0;
		for (j = 0; j < NA; j++)
			d += p[j] * q[j];
		alpha = rho / d;
		rho0 = rho;
		for (j = 0; j < NA; j++) {
			z[j] += alpha * p[j];
			r[j] -= alpha * q[j];
		}
		rho = 0.0;
		for (j = 0; j < NA; j++)
			rho += r[j] * r[j];
		beta = rho / rho0;
		for (j = 0; j < NA; j++)
			p[j] = r[j] + beta * p[j];
	}

	matvec(z, r);
	sum = 0.0;
	for (j = 0; j < NA; j++) {
		d = x[j] - r[j];
		sum += d * d;
	}
	return sqrt(sum);
}

static void report(double seconds, double mflops, int verified)
{
	char size[32];

	snprintf(size, sizeof(size), "%12d", NA);
	print_results("CG", CLASS, size, NITER, seconds, mflops, "floating point",
	              verified, NPB_BUILD_INFO);
}

int main(void)
{
	int it, j;
	double rnorm, xz, zz, scale, seconds, err, mflops;
	int verified;

	printf("\n\n NAS Parallel Benchmarks (NPB3.3-SER) - CG Benchmark\n\n");
	printf(" Size: %11d\n", NA);
	printf(" Iterations: %5d\n", NITER);
	fflush(stdout);

	a = xmalloc(sizeof(double) * (size_t)NZ, "a");
	colidx = xmalloc(sizeof(int) * (size_t)NZ, "colidx");
	rowstr = xmalloc(sizeof(int) * (size_t)(NA + 1), "rowstr");
	x = xmalloc(sizeof(double) * (size_t)(NA + 2), "x");
	z = xmalloc(sizeof(double) * (size_t)(NA + 2), "z");
	p = xmalloc(sizeof(double) * (size_t)(NA + 2), "p");
	q = xmalloc(sizeof(double) * (size_t)(NA + 2), "q");
	r = xmalloc(sizeof(double) * (size_t)(NA + 2), "r");
	gen_count = xmalloc(sizeof(int) * (size_t)NA, "gen_count");
	gen_col = xmalloc(sizeof(int) * (size_t)NA * ROWLEN, "gen_col");
	gen_val = xmalloc(sizeof(double) * (size_t)NA * ROWLEN, "gen_val");
	merged = xmalloc(sizeof(int) * (size_t)NA, "merged");

	/* the first value of the stream is drawn and discarded */
	rng_state = 314159265.0;
	zeta = randlc(&rng_state, MULT);
	makea(NA);

	free(gen_count);
	free(gen_col);
	free(gen_val);
	free(merged);
	gen_count = NULL;
	gen_col = NULL;
	gen_val = NULL;
	merged = NULL;

	for (j = 0; j < NA + 2; j++) {
		x[j] = 1.0;
		z[j] = q[j] = r[j] = p[j] = 0.0;
	}
	zeta = 0.0;

	timer_clear(0);
	timer_start(0);
	for (it = 1; it <= NITER; it++) {
		popcorn_check_migrate();

		rnorm = conj_grad();
		xz = 0.0;
		zz = 0.0;
		for (j = 0; j < NA; j++) {
			xz += x[j] * z[j];
			zz += z[j] * z[j];
		}
		scale = 1.0 / sqrt(zz);
		zeta = SHIFT + 1.0 / xz;
		if (it == 1)
			printf("\n   iteration           ||r||                 zeta\n");
		printf("    %5d       %20.14E%20.13f\n", it, rnorm, zeta);
		fflush(stdout);
		for (j = 0; j < NA; j++)
			x[j] = scale * z[j];
	}
	timer_stop(0);
	seconds = timer_read(0);

	printf(" Benchmark completed\n");
	err = fabs(zeta - ZETA_REF) / ZETA_REF;
	verified = err <= EPSILON;
	if (verified) {
		printf(" VERIFICATION SUCCESSFUL\n");
		printf(" Zeta is    %20.13E\n", zeta);
		printf(" Error is   %20.13E\n", err);
	} else {
		printf(" VERIFICATION FAILED\n");
		printf(" Zeta                %20.13E\n", zeta);
		printf(" The correct zeta is %20.13E\n", ZETA_REF);
	}

	mflops = 0.0;
	if (seconds > 0.0)
		mflops = 2.0 * NITER * NA
		         * (3.0 + (double)(NONZER * (NONZER + 1))
		            + 25.0 * (5.0 + (double)(NONZER * (NONZER + 1))) + 3.0)
		         / seconds / 1.0e6;
	report(seconds, mflops, verified);

	free(a);
	free(colidx);
	free(rowstr);
	free(x);
	free(z);
	free(p);
	free(q);
	free(r);
	return 0;
}
