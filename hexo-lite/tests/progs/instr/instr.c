/* hexo-lite test program built with -finstrument-functions (see the suite):
 * every function entry is a migration point, as in HEXO's instrumented
 * builds, so migration points sit in function prologues (before the
 * function's locals are set) at every depth of the call tree. */
#include <stdio.h>
#include <stdlib.h>
#include <hermit/migration.h>

#define N 8
#define INSTR_EXPECTED 361L

void __cyg_profile_func_enter(void *fn, void *site) __attribute__((no_instrument_function));
void __cyg_profile_func_exit(void *fn, void *site) __attribute__((no_instrument_function));

void __cyg_profile_func_enter(void *fn, void *site)
{
	(void)fn;
	(void)site;
	popcorn_check_migrate();
}

void __cyg_profile_func_exit(void *fn, void *site)
{
	(void)fn;
	(void)site;
}

long *cells;

static long square(long x)
{
	long r = x * x;

	return r;
}

static long walk(int depth, long seed)
{
	long here[2] = { seed, depth };
	long r;

	if (depth == 0)
		return square(seed % 11);
	r = walk(depth - 1, seed + depth);
	cells[depth] += r;
	return r + here[0] % 7 + here[1];
}

int main(void)
{
	long total = 0;
	int i;

	cells = calloc(N, sizeof(long));
	for (i = 1; i <= N; i++) {
		long w = walk(i % 4, i * 13);

		total += w + cells[i % N];
		printf("step %d: walk=%ld total=%ld\n", i, w, total);
	}
	printf("Verification = %s\n", total == INSTR_EXPECTED ? "SUCCESSFUL" : "UNSUCCESSFUL");
	return 0;
}
