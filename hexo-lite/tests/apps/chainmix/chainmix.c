/* hexo-lite test app: migration points inside functions called from the loop
 * (four distinct points at different depths, in two files), recursion on the chain, a heap
 * that grows after the migration point, fixed-size local arrays (double
 * t[5][5], char x[64]: not VLAs), and a VLA and alloca() in functions that are
 * never on a migration chain (accepted at build time). */
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <hermit/migration.h>

#define STEPS 12

struct node {
	struct node *next;
	long value;
	char tag[24];
};

double table_trace(int step);

static struct node *list;
static long *grow;
static size_t ngrow;

static void pace(void)
{
	struct timespec ts = { 0, 80 * 1000000L };

	nanosleep(&ts, NULL);
}

/* never on a chain: a VLA and alloca are fine here */
static long vla_sum(int n)
{
	long v[n];
	long *a = alloca((size_t)n * sizeof(long));
	long s = 0;
	int i;

	for (i = 0; i < n; i++) {
		v[i] = i * 3;
		a[i] = v[i] + 1;
		s += a[i];
	}
	return s;
}

static double matrix_step(int step)
{
	double t[5][5];
	char x[64];
	double tr = 0;
	int i, j;

	for (i = 0; i < 5; i++)
		for (j = 0; j < 5; j++)
			t[i][j] = (i + 1) * (j + 2) + step;
	snprintf(x, sizeof(x), "matrix-%d", step);
	popcorn_check_migrate(); /* point A: depth 2, locals set before and used after */
	for (i = 0; i < 5; i++)
		tr += t[i][i];
	return tr + (double)strlen(x);
}

static long recurse(int depth, long acc)
{
	long here = acc * 2 + depth;
	long below;

	if (depth == 0) {
		popcorn_check_migrate(); /* point B: at the bottom of the recursion */
		return here;
	}
	below = recurse(depth - 1, here % 1000);
	return below + here;
}

static void grow_heap(int step)
{
	struct node *n = malloc(sizeof(*n));

	n->next = list;
	n->value = step * 7L;
	snprintf(n->tag, sizeof(n->tag), "node-%d", step);
	list = n;
	grow = realloc(grow, (ngrow + 4096) * sizeof(long));
	memset(grow + ngrow, step, 4096 * sizeof(long));
	ngrow += 4096;
}

static long check_heap(void)
{
	long s = 0;
	size_t i;
	struct node *n;

	for (n = list; n; n = n->next)
		s += n->value + (long)strlen(n->tag);
	for (i = 0; i < ngrow; i += 512)
		s += grow[i] & 0xff;
	return s;
}

int main(void)
{
	double mt = 0, m, tt;
	long rec = 0, heap = 0;
	int step;

	printf("chainmix: start (vla %ld)\n", vla_sum(9));
	for (step = 1; step <= STEPS; step++) {
		popcorn_check_migrate(); /* point C: the loop itself */
		pace();
		/* one call per statement: a value computed before a call that migrates
		 * must be in a named variable (README, RESTRICTION 9) */
		m = matrix_step(step);
		tt = table_trace(step);
		mt += m + tt;
		rec += recurse(step % 4 + 1, step);
		grow_heap(step); /* the heap grows after every point */
		heap = check_heap();
		printf("step %d: matrix %.1f recursion %ld heap %ld\n", step, mt, rec, heap);
	}
	printf("chainmix: %s\n", mt == 2094.0 && rec == 3000 && heap == 1245 ? "SUCCESS" : "FAILURE");
	return 0;
}
