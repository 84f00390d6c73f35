/*
 * MG's grid operators on periodic cubes.  A grid of level k has n = 2^k
 * interior points per dimension and one ghost layer on each side, so m = n + 2
 * points per dimension, stored x fastest: x[i1 + m * (i2 + m * i3)].  Ghost
 * layers hold periodic copies of the opposite interior faces (comm3).
 *
 * The 27-point operators weight the neighbours of a point by their distance
 * class: coef[0] the point itself, coef[1] its 6 face neighbours, coef[2] its
 * 12 edge neighbours, coef[3] its 8 corner neighbours.
 */
#ifndef MG_GRID_H
#define MG_GRID_H

/* Allocates the two line buffers the operators use, for grids of up to m points
 * per dimension; 0 on success, -1 when malloc fails. */
int grid_buffers(int m);

/* x = 0, ghosts included */
void zero3(double *x, int m);

/* fills the ghost layers of x from the opposite interior faces */
void comm3(double *x, int m);

/* r = v - A u on the interior, then comm3(r); r may be v */
void resid(const double *u, const double *v, double *r, int m, const double a[4]);

/* u = u + S r on the interior, then comm3(u) */
void psinv(const double *r, double *u, int m, const double c[4]);

/* s = P r: restriction of the fine grid r (mf points per dimension) to the
 * coarse grid s (mc = mf / 2 + 1); the coarse point j sits on the fine point
 * 2j (ghost indices included); weights 1/2, 1/4, 1/8, 1/16; then comm3(s) */
void rprj3(const double *r, int mf, double *s, int mc);

/* u = u + Q z: trilinear interpolation of the coarse grid z (mc points per
 * dimension) onto the fine grid u (mf = 2 * mc - 2), ghosts included */
void interp(const double *z, int mc, double *u, int mf);

/* sqrt(sum of r^2 / points) and max |r| over the interior */
void norm2u3(const double *r, int m, double *rnm2, double *rnmu);

#endif
