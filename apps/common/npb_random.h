/*
 * The NPB pseudo-random generator (NAS Parallel Benchmarks specification):
 * x_{k+1} = a * x_k mod 2^46, value x_{k+1} / 2^46 in (0, 1).  The state is an
 * integer held exactly in a double, as in NPB.  Every app uses the multiplier
 * NPB_RANDOM_A = 5^13; the seeds are the app's own.
 */
#ifndef NPB_RANDOM_H
#define NPB_RANDOM_H

#define NPB_RANDOM_A 1220703125.0 /* 5^13 */

/* Advances *x to a * *x mod 2^46 and returns the new *x / 2^46. */
double randlc(double *x, double a);

/* n successive values of the generator from *x into y[0..n-1]; *x advances n steps. */
void vranlc(int n, double *x, double a, double *y);

/* a^e mod 2^46 for e >= 0: the multiplier that jumps the generator e steps. */
double npb_random_power(double a, long e);

#endif
