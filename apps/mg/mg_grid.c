/*
 * MG's grid operators (see mg_grid.h).  The 27-point operators work line by
 * line: for a line (i2, i3), yz_face[i1] sums the 4 neighbours of (i1, i2, i3)
 * in its yz plane at distance 1 and yz_edge[i1] the 4 diagonal ones, so that
 * for any point of the line the face, edge and corner sums are a few loads.
 */
#include <math.h>
#include <stdlib.h>

#include "mg_grid.h"

/* line buffers (heap), reached from globals and migrated with them */
double *yz_face;
double *yz_edge;

#define AT(x, m, i1, i2, i3) ((x)[(i1) + (long)(m) * ((i2) + (long)(m) * (i3))])

int grid_buffers(int m)
{
	yz_face = malloc(sizeof(double) * (size_t)m);
	yz_edge = malloc(sizeof(double) * (size_t)m);
	return yz_face != NULL && yz_edge != NULL ? 0 : -1;
}

void zero3(double *x, int m)
{
	long i, points = (long)m * m * m;

	for (i = 0; i < points; i++)
		x[i] = 0.0;
}

void comm3(double *x, int m)
{
	int i1, i2, i3;

	for (i3 = 1; i3 < m - 1; i3++)
		for (i2 = 1; i2 < m - 1; i2++) {
			AT(x, m, 0, i2, i3) = AT(x, m, m - 2, i2, i3);
			AT(x, m, m - 1, i2, i3) = AT(x, m, 1, i2, i3);
		}
	for (i3 = 1; i3 < m - 1; i3++)
		for (i1 = 0; i1 < m; i1++) {
			AT(x, m, i1, 0, i3) = AT(x, m, i1, m - 2, i3);
			AT(x, m, i1, m - 1, i3) = AT(x, m, i1, 1, i3);
		}
	for (i2 = 0; i2 < m; i2++)
		for (i1 = 0; i1 < m; i1++) {
			AT(x, m, i1, i2, 0) = AT(x, m, i1, i2, m - 2);
			AT(x, m, i1, i2, m - 1) = AT(x, m, i1, i2, 1);
		}
}

/* yz_face / yz_edge of the line (i2, i3) of x, over the whole line 0..m-1 */
static void line_sums(const double *x, int m, int i2, int i3)
{
	int i1;

	for (i1 = 0; i1 < m; i1++) {
		yz_face[i1] = AT(x, m, i1, i2 - 1, i3) + AT(x, m, i1, i2 + 1, i3)
		            + AT(x, m, i1, i2, i3 - 1) + AT(x, m, i1, i2, i3 + 1);
		yz_edge[i1] = AT(x, m, i1, i2 - 1, i3 - 1) + AT(x, m, i1, i2 + 1, i3 - 1)
		            + AT(x, m, i1, i2 - 1, i3 + 1) + AT(x, m, i1, i2 + 1, i3 + 1);
	}
}

/* sum over the 27 points around (i1, i2, i3), line_sums of its line computed */
static double stencil(const double *line, int i1, const double coef[4])
{
	double face = line[i1 - 1] + line[i1 + 1] + yz_face[i1];
	double edge = yz_edge[i1] + yz_face[i1 - 1] + yz_face[i1 + 1];
	double corner = yz_edge[i1 - 1] + yz_edge[i1 + 1];

	return coef[0] * line[i1] + coef[1] * face + coef[2] * edge + coef[3] * corner;
}

void resid(const double *u, const double *v, double *r, int m, const double a[4])
{
	int i1, i2, i3;

	for (i3 = 1; i3 < m - 1; i3++)
		for (i2 = 1; i2 < m - 1; i2++) {
			const double *line = &AT(u, m, 0, i2, i3);

			line_sums(u, m, i2, i3);
			for (i1 = 1; i1 < m - 1; i1++)
				AT(r, m, i1, i2, i3) = AT(v, m, i1, i2, i3) - stencil(line, i1, a);
		}
	comm3(r, m);
}

void psinv(const double *r, double *u, int m, const double c[4])
{
	int i1, i2, i3;

	for (i3 = 1; i3 < m - 1; i3++)
		for (i2 = 1; i2 < m - 1; i2++) {
			const double *line = &AT(r, m, 0, i2, i3);

			line_sums(r, m, i2, i3);
			for (i1 = 1; i1 < m - 1; i1++)
				AT(u, m, i1, i2, i3) += stencil(line, i1, c);
		}
	comm3(u, m);
}

void rprj3(const double *r, int mf, double *s, int mc)
{
	static const double weight[4] = {0.5, 0.25, 0.125, 0.0625};
	int j1, j2, j3;

	for (j3 = 1; j3 < mc - 1; j3++)
		for (j2 = 1; j2 < mc - 1; j2++) {
			const double *line = &AT(r, mf, 0, 2 * j2, 2 * j3);

			line_sums(r, mf, 2 * j2, 2 * j3);
			for (j1 = 1; j1 < mc - 1; j1++)
				AT(s, mc, j1, j2, j3) = stencil(line, 2 * j1, weight);
		}
	comm3(s, mc);
}

void interp(const double *z, int mc, double *u, int mf)
{
	int j1, j2, j3;

	for (j3 = 0; j3 < mc - 1; j3++)
		for (j2 = 0; j2 < mc - 1; j2++)
			for (j1 = 0; j1 < mc - 1; j1++) {
				/* the 8 coarse points of the cell (j1..j1+1, j2..j2+1, j3..j3+1) */
				double c000 = AT(z, mc, j1, j2, j3), c100 = AT(z, mc, j1 + 1, j2, j3);
				double c010 = AT(z, mc, j1, j2 + 1, j3), c110 = AT(z, mc, j1 + 1, j2 + 1, j3);
				double c001 = AT(z, mc, j1, j2, j3 + 1), c101 = AT(z, mc, j1 + 1, j2, j3 + 1);
				double c011 = AT(z, mc, j1, j2 + 1, j3 + 1);
				double c111 = AT(z, mc, j1 + 1, j2 + 1, j3 + 1);
				int f1 = 2 * j1, f2 = 2 * j2, f3 = 2 * j3;

				AT(u, mf, f1, f2, f3) += c000;
				AT(u, mf, f1 + 1, f2, f3) += 0.5 * (c100 + c000);
				AT(u, mf, f1, f2 + 1, f3) += 0.5 * (c010 + c000);
				AT(u, mf, f1 + 1, f2 + 1, f3) += 0.25 * ((c010 + c000) + (c110 + c100));
				AT(u, mf, f1, f2, f3 + 1) += 0.5 * (c001 + c000);
				AT(u, mf, f1 + 1, f2, f3 + 1) += 0.25 * ((c001 + c000) + (c101 + c100));
				AT(u, mf, f1, f2 + 1, f3 + 1) += 0.25 * (c011 + c001 + (c010 + c000));
				AT(u, mf, f1 + 1, f2 + 1, f3 + 1) +=
					0.125 * ((c011 + c001 + (c010 + c000)) + (c111 + c101 + (c110 + c100)));
			}
}

void norm2u3(const double *r, int m, double *rnm2, double *rnmu)
{
	double sum = 0.0, max = 0.0;
	long n = m - 2;
	int i1, i2, i3;

	for (i3 = 1; i3 < m - 1; i3++)
		for (i2 = 1; i2 < m - 1; i2++)
			for (i1 = 1; i1 < m - 1; i1++) {
				double x = AT(r, m, i1, i2, i3);

				sum += x * x;
				if (fabs(x) > max)
					max = fabs(x);
			}
	*rnm2 = sqrt(sum / (double)(n * n * n));
	*rnmu = max;
}
