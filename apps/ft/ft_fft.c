/*
 * Iterative radix-2 FFT (bit-reversal permutation, then log2(n) butterfly
 * passes) along each dimension in turn; lines along y and z are gathered into
 * a contiguous buffer, transformed and scattered back.
 */
#include <math.h>
#include <stdlib.h>

#include "ft_fft.h"

/* sizes and tables (heap), reached from globals and migrated with them */
int fft_n[3];
dcomplex *fft_roots[3];    /* fft_roots[d][k] = exp(-2 pi i k / n_d), k < n_d / 2 */
dcomplex *fft_line;        /* one line of the longest dimension */

static int roots_init(int d, int n)
{
	const double two_pi = 8.0 * atan(1.0);
	int k;

	fft_n[d] = n;
	fft_roots[d] = malloc(sizeof(dcomplex) * (size_t)(n / 2 > 0 ? n / 2 : 1));
	if (fft_roots[d] == NULL)
		return -1;
	for (k = 0; k < n / 2; k++) {
		fft_roots[d][k].re = cos(two_pi * k / n);
		fft_roots[d][k].im = -sin(two_pi * k / n);
	}
	return 0;
}

int fft_init(int nx, int ny, int nz)
{
	int longest = nx > ny ? nx : ny;

	longest = longest > nz ? longest : nz;
	fft_line = malloc(sizeof(dcomplex) * (size_t)longest);
	if (fft_line == NULL || roots_init(0, nx) != 0 || roots_init(1, ny) != 0
	    || roots_init(2, nz) != 0)
		return -1;
	return 0;
}

/* in-place transform of the n contiguous values x with the roots of dimension d */
static void fft_1d(dcomplex *x, int d, int direction)
{
	const int n = fft_n[d];
	const dcomplex *roots = fft_roots[d];
	int i, j, bit, len;

	for (i = 1, j = 0; i < n; i++) {
		for (bit = n >> 1; j & bit; bit >>= 1)
			j ^= bit;
		j |= bit;
		if (i < j) {
			dcomplex t = x[i];
			x[i] = x[j];
			x[j] = t;
		}
	}

	for (len = 2; len <= n; len <<= 1) {
		const int half = len >> 1, step = n / len;

		for (i = 0; i < n; i += len) {
			for (j = 0; j < half; j++) {
				dcomplex w = roots[j * step];
				dcomplex *a = &x[i + j], *b = &x[i + j + half];
				double tr, ti;

				if (direction == FFT_INVERSE)
					w.im = -w.im;
				tr = w.re * b->re - w.im * b->im;
				ti = w.re * b->im + w.im * b->re;
				b->re = a->re - tr;
				b->im = a->im - ti;
				a->re += tr;
				a->im += ti;
			}
		}
	}
}

/* transforms the line of u along dimension d that starts at first */
static void fft_gathered(dcomplex *u, long first, long stride, int d, int direction)
{
	const int n = fft_n[d];
	int i;

	for (i = 0; i < n; i++)
		fft_line[i] = u[first + i * stride];
	fft_1d(fft_line, d, direction);
	for (i = 0; i < n; i++)
		u[first + i * stride] = fft_line[i];
}

void fft3d(int direction, dcomplex *u)
{
	const long nx = fft_n[0], ny = fft_n[1], nz = fft_n[2];
	long i, j, k;

	for (k = 0; k < nz; k++)
		for (j = 0; j < ny; j++)
			fft_1d(&u[nx * (j + ny * k)], 0, direction);
	for (k = 0; k < nz; k++)
		for (i = 0; i < nx; i++)
			fft_gathered(u, i + nx * ny * k, nx, 1, direction);
	for (j = 0; j < ny; j++)
		for (i = 0; i < nx; i++)
			fft_gathered(u, i + nx * j, nx * ny, 2, direction);
}
