/*
 * The NPB generator on exact integers: the 46-bit product is formed from
 * 23-bit halves in uint64_t, so it never overflows and gives the same bits
 * on every ISA.
 */
#include <stdint.h>

#include "npb_random.h"

double randlc(double *x, double a)
{
	const uint64_t low23 = (UINT64_C(1) << 23) - 1;
	const uint64_t low46 = (UINT64_C(1) << 46) - 1;
	uint64_t ua = (uint64_t)a, ux = (uint64_t)*x;
	uint64_t ahi = ua >> 23, alo = ua & low23;
	uint64_t xhi = ux >> 23, xlo = ux & low23;
	uint64_t mid = (ahi * xlo + alo * xhi) & low23;
	uint64_t r = ((mid << 23) + alo * xlo) & low46;

	*x = (double)r;
	return (double)r * (1.0 / 70368744177664.0); /* 2^-46 */
}

void vranlc(int n, double *x, double a, double *y)
{
	int i;

	for (i = 0; i < n; i++)
		y[i] = randlc(x, a);
}

double npb_random_power(double a, long e)
{
	double result = 1.0, square = a;

	while (e > 0) {
		if (e & 1)
			randlc(&result, square);
		e >>= 1;
		if (e > 0)
			randlc(&square, square);
	}
	return result;
}
