/* A HEXO-style test program silent after its migration point, as many of
 * HEXO's small migration tests are: it prints its plan, then only computes;
 * its exit code is its verdict (0: the result after the last round is the
 * expected one). Migrated by the runtime's timer (HEXO's MIGTEST), since no
 * output announces a migration point. No classes. */
#include <stdio.h>
#include <stdint.h>
#include <hermit/migration.h>

#define ROUNDS 100
#define WORK 10000000
#define EXPECTED 0x51257ccfa66ebf60ULL

static uint64_t acc = 0x9e3779b97f4a7c15ULL;

static void round_of_work(int round)
{
	int i;

	popcorn_check_migrate();
	for (i = 0; i < WORK; i++) {
		acc ^= acc >> 12;
		acc ^= acc << 25;
		acc ^= acc >> 27;
		acc += (uint64_t)round * 2685821657736338717ULL;
	}
}

int main(void)
{
	int r;

	printf("silent: %d rounds, then the exit code says\n", ROUNDS);
	fflush(stdout);
	for (r = 1; r <= ROUNDS; r++)
		round_of_work(r);
	return acc == EXPECTED ? 0 : 1;
}
