/*
 * FT's 3-D FFT: unnormalised radix-2 transforms of an nx * ny * nz complex
 * array stored x fastest, u[i + nx * (j + ny * k)], each dimension a power of 2.
 */
#ifndef FT_FFT_H
#define FT_FFT_H

typedef struct {
	double re, im;
} dcomplex;

#define FFT_FORWARD (-1) /* exp(-2 pi i jk/n) */
#define FFT_INVERSE 1    /* exp(+2 pi i jk/n), not scaled by 1/n */

/* Tables of the roots of unity and a line buffer for the three dimensions;
 * 0 on success, -1 when malloc fails.  Calls cos/sin: call it before the
 * first migration point, so that all ISAs transform with the same roots. */
int fft_init(int nx, int ny, int nz);

/* u = the 3-D transform of u in direction FFT_FORWARD or FFT_INVERSE */
void fft3d(int direction, dcomplex *u);

#endif
