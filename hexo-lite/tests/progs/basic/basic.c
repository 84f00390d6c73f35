/* hexo-lite test program: globals (incl. pointers into the heap and into a
 * global array), static locals, heap arrays, loop counters in main, a nested
 * helper frame with locals at the migration point, one output line per
 * iteration and a self-check. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <hermit/migration.h>

#define N 12
#define LEN 4096

long table[64];
long *cursor = &table[3];       /* pointer into a global array */
double *weights;                /* pointer into the heap */
const char *label = "basic";    /* pointer to rodata */
static unsigned long checksum;

static unsigned long step(int it, long *acc)
{
	static int calls;              /* static local */
	unsigned long local = (unsigned long)it * 2654435761u;
	int k;
	long *p = acc;                 /* pointer to a caller's local */

	popcorn_check_migrate();       /* nested migration point */
	calls++;
	for (k = 0; k < LEN; k++)
		weights[k] = weights[k] * 0.5 + (double)((local + (unsigned long)k) % 97);
	*p += calls;
	return local ^ (unsigned long)calls;
}

int main(int argc, char **argv)
{
	int iter;
	long acc = 0;
	double sum = 0.0;
	int *hist = calloc(N, sizeof(int));
	char name[16];

	(void)argc;
	(void)argv;
	weights = malloc(LEN * sizeof(double));
	for (iter = 0; iter < LEN; iter++)
		weights[iter] = (double)iter;
	strcpy(name, "iter");
	for (iter = 1; iter <= N; iter++) {
		int k;

		popcorn_check_migrate();   /* top of the outer loop */
		checksum += step(iter, &acc);
		for (k = 0; k < LEN; k++)
			sum += weights[k];
		hist[iter % N] += iter;
		*cursor += iter;
		cursor = &table[(iter * 7) % 64];
		printf("%s %d: acc=%ld sum=%.6e chk=%lu %s\n", name, iter, acc, sum, checksum % 100000, label);
	}
	{
		long t = 0;
		int i;

		for (i = 0; i < 64; i++)
			t += table[i];
		for (i = 0; i < N; i++)
			t += hist[i];
		printf("table+hist=%ld\n", t);
		printf("Verification = %s\n", (t == 156 && acc == 78) ? "SUCCESSFUL" : "UNSUCCESSFUL");
	}
	free(hist);
	return 0;
}
