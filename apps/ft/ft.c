/*
 * FT - 3-D FFT PDE kernel, NPB-style, written for hexo-ci from the NAS Parallel
 * Benchmarks specification (class parameters, generator and the published
 * per-iteration checksums).  Not derived from the NPB sources.
 *
 * Solves the diffusion equation du/dt = alpha laplacian(u) on a periodic
 * NX x NY x NZ grid spectrally.  u(0) is complex, its real and imaginary parts
 * successive values of the NPB generator (seed 314159265) in x, y, z order.
 * After one forward FFT, every iteration t multiplies each Fourier mode
 * (kx, ky, kz) by exp(-4 alpha pi^2 (kx^2 + ky^2 + kz^2)), transforms back
 * (unnormalised inverse FFT) and sums 1024 points
 * (j mod NX, 3j mod NY, 5j mod NZ), j = 1..1024, divided by NX*NY*NZ: the
 * checksum of iteration t, checked against the published value.
 *
 * Migration (hexo-lite / HEXO): one migration point at the top of every
 * iteration `iter`, in main, before that iteration prints its line.  The
 * arrays are malloc'ed and reached from globals, the checksums are globals,
 * `iter` is a local of main.  libm (exp, cos, sin) is called only before the
 * first migration point, so every ISA continues with the same factors.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include <hermit/migration.h>

#include "ft_fft.h"
#include "npb_random.h"
#include "npb_results.h"
#include "npb_timer.h"
#include "npbparams.h"

#define NTOTAL   ((long)NX * NY * NZ)
#define ALPHA    1.0e-6
#define SEED     314159265.0
#define EPSILON  1.0e-12
#define PROBES   1024

#if CLASS == 'S'
#define NREF 6
static const double ref_re[NREF] = {
	5.546087004964e+02, 5.546385409189e+02, 5.546148406171e+02,
	5.545423607415e+02, 5.544255039624e+02, 5.542683411902e+02};
static const double ref_im[NREF] = {
	4.845363331978e+02, 4.865304269511e+02, 4.883910722336e+02,
	4.901273169046e+02, 4.917475857993e+02, 4.932597244941e+02};
#elif CLASS == 'W'
#define NREF 6
static const double ref_re[NREF] = {
	5.673612178944e+02, 5.631436885271e+02, 5.594024089970e+02,
	5.560698047020e+02, 5.530898991250e+02, 5.504159734538e+02};
static const double ref_im[NREF] = {
	5.293246849175e+02, 5.282149986629e+02, 5.270996558037e+02,
	5.260027904925e+02, 5.249400845633e+02, 5.239212247086e+02};
#elif CLASS == 'A'
#define NREF 6
static const double ref_re[NREF] = {
	5.046735008193e+02, 5.059412319734e+02, 5.069376896287e+02,
	5.077892868474e+02, 5.085233095391e+02, 5.091487099959e+02};
static const double ref_im[NREF] = {
	5.114047905510e+02, 5.098809666433e+02, 5.098144042213e+02,
	5.101336130759e+02, 5.104914655194e+02, 5.107917842803e+02};
#elif CLASS == 'B'
#define NREF 20
static const double ref_re[NREF] = {
	5.177643571579e+02, 5.154521291263e+02, 5.146409228649e+02, 5.142378756213e+02,
	5.139626667737e+02, 5.137423460082e+02, 5.135547056878e+02, 5.133910925466e+02,
	5.132470705390e+02, 5.131197729984e+02, 5.130070319283e+02, 5.129070537032e+02,
	5.128182883502e+02, 5.127393733383e+02, 5.126691062020e+02, 5.126064276004e+02,
	5.125504076570e+02, 5.125002331720e+02, 5.124551951846e+02, 5.124146770029e+02};
static const double ref_im[NREF] = {
	5.077803458597e+02, 5.088249431599e+02, 5.096208912659e+02, 5.101023387619e+02,
	5.103976610617e+02, 5.105948019802e+02, 5.107404165783e+02, 5.108576573661e+02,
	5.109577278523e+02, 5.110460304483e+02, 5.111252433800e+02, 5.111968077718e+02,
	5.112616233064e+02, 5.113203605551e+02, 5.113735928093e+02, 5.114218460548e+02,
	5.114656139760e+02, 5.115053595966e+02, 5.115415130407e+02, 5.115744692211e+02};
#else
#error "FT: unsupported CLASS (S, W, A, B)"
#endif

#if NREF != NITER
#error "FT: NITER differs from the number of published checksums"
#endif

/* ---- migrated state --------------------------------------------------- */
dcomplex *u_hat;        /* Fourier modes, advanced one time step per iteration (heap) */
dcomplex *u_work;       /* u_hat transformed back (heap) */
double *decay;          /* per-mode factor of one time step (heap) */
double sum_re[NITER], sum_im[NITER];   /* checksums */

static void *xmalloc(size_t bytes, const char *what)
{
	void *p = malloc(bytes);

	if (p == NULL) {
		fprintf(stderr, "FT: cannot allocate %zu bytes for %s\n", bytes, what);
		exit(1);
	}
	return p;
}

/* signed frequency of index i of a dimension of n points: 0..n/2-1, -n/2..-1 */
static long frequency(long i, long n)
{
	return i < n / 2 ? i : i - n;
}

static void init_decay(void)
{
	const double pi = 4.0 * atan(1.0);
	const double ap = -4.0 * ALPHA * pi * pi;
	long i, j, k;

	for (k = 0; k < NZ; k++)
		for (j = 0; j < NY; j++)
			for (i = 0; i < NX; i++) {
				long fi = frequency(i, NX), fj = frequency(j, NY), fk = frequency(k, NZ);

				decay[i + NX * (j + NY * k)] = exp(ap * (double)(fi * fi + fj * fj + fk * fk));
			}
}

static void init_field(void)
{
	double x = SEED;
	long n;

	for (n = 0; n < NTOTAL; n++) {
		u_hat[n].re = randlc(&x, NPB_RANDOM_A);
		u_hat[n].im = randlc(&x, NPB_RANDOM_A);
	}
}

/* one time step: u_hat *= decay; u_work = u_hat */
static void evolve(void)
{
	long n;

	for (n = 0; n < NTOTAL; n++) {
		u_hat[n].re *= decay[n];
		u_hat[n].im *= decay[n];
		u_work[n] = u_hat[n];
	}
}

/* the checksum of iteration iter (1-based) of u_work, stored and printed */
static void checksum(int iter)
{
	double re = 0.0, im = 0.0;
	long j;

	for (j = 1; j <= PROBES; j++) {
		long at = j % NX + NX * ((3 * j) % NY + NY * ((5 * j) % NZ));

		re += u_work[at].re;
		im += u_work[at].im;
	}
	sum_re[iter - 1] = re / (double)NTOTAL;
	sum_im[iter - 1] = im / (double)NTOTAL;
	printf(" T =%5d     Checksum =%22.12E%22.12E\n", iter, sum_re[iter - 1], sum_im[iter - 1]);
}

/* 1 when every checksum is within EPSILON (relative, per part) of the reference */
static int verify(void)
{
	int i, ok = 1;

	for (i = 0; i < NITER; i++) {
		double err_re = fabs((sum_re[i] - ref_re[i]) / ref_re[i]);
		double err_im = fabs((sum_im[i] - ref_im[i]) / ref_im[i]);

		if (!(err_re <= EPSILON && err_im <= EPSILON)) {
			printf(" Checksum %d failed: %22.12E%22.12E, reference %22.12E%22.12E\n",
			       i + 1, sum_re[i], sum_im[i], ref_re[i], ref_im[i]);
			ok = 0;
		}
	}
	return ok;
}

static void report(double seconds, int verified)
{
	char size[32];
	double n = (double)NTOTAL, mops = 0.0;

	/* NPB's operation count of the FFTs and the evolution */
	if (seconds > 0.0)
		mops = 1.0e-6 * n
		       * (14.8157 + 7.19641 * log(n) + (5.23518 + 7.21113 * log(n)) * NITER)
		       / seconds;
	snprintf(size, sizeof(size), "%4dx%4dx%4d", NX, NY, NZ);
	print_results("FT", CLASS, size, NITER, seconds, mops, "floating point", verified,
	              NPB_BUILD_INFO);
}

int main(void)
{
	int iter, verified;
	double seconds;

	printf("\n\n NAS Parallel Benchmarks (NPB3.3-SER) - FT Benchmark\n\n");
	printf(" Size                : %4dx%4dx%4d\n", NX, NY, NZ);
	printf(" Iterations          :     %7d\n\n", NITER);
	fflush(stdout);

	u_hat = xmalloc(sizeof(dcomplex) * (size_t)NTOTAL, "u_hat");
	u_work = xmalloc(sizeof(dcomplex) * (size_t)NTOTAL, "u_work");
	decay = xmalloc(sizeof(double) * (size_t)NTOTAL, "decay");
	if (fft_init(NX, NY, NZ) != 0) {
		fprintf(stderr, "FT: cannot allocate the FFT tables for %dx%dx%d\n", NX, NY, NZ);
		return 1;
	}

	timer_clear(0);
	timer_start(0);
	init_decay();
	init_field();
	fft3d(FFT_FORWARD, u_hat);

	for (iter = 1; iter <= NITER; iter++) {
		popcorn_check_migrate();
		evolve();
		fft3d(FFT_INVERSE, u_work);
		checksum(iter);
		fflush(stdout);
	}
	timer_stop(0);
	seconds = timer_read(0);

	verified = verify();
	printf(" Result verification %s\n", verified ? "successful" : "failed");
	printf(" class = %c\n", CLASS);
	report(seconds, verified);

	free(u_hat);
	free(u_work);
	free(decay);
	return 0;
}
