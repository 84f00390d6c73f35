/* A HEXO-style test program that needs its argv and an input file, as
 * phoenix's apps do (ARGS="..." make test-x86): `argsinput ROUNDS FILE`.
 * Without them it prints its usage and exits 1. It reads FILE once, before
 * the loop, then mixes its numbers for ROUNDS rounds, one migration point and
 * one line per round, and prints its own success line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <hermit/migration.h>

#define MAX_VALUES 64

static long values[MAX_VALUES];
static int nvalues;
static uint64_t digest = 1469598103934665603ULL;

static int read_values(const char *path)
{
	FILE *f = fopen(path, "r");
	long v;

	if (!f) {
		perror(path);
		return -1;
	}
	while (nvalues < MAX_VALUES && fscanf(f, "%ld", &v) == 1)
		values[nvalues++] = v;
	fclose(f);
	return nvalues > 0 ? 0 : -1;
}

static uint64_t mix_round(int round)
{
	int i;

	popcorn_check_migrate();
	for (i = 0; i < nvalues; i++) {
		digest ^= (uint64_t)(values[i] + round);
		digest *= 1099511628211ULL;
	}
	return digest;
}

int main(int argc, char **argv)
{
	int rounds, r;
	long sum = 0;

	if (argc != 3 || (rounds = atoi(argv[1])) <= 0) {
		fprintf(stderr, "usage: %s ROUNDS FILE\n", argv[0]);
		return 1;
	}
	if (read_values(argv[2]) != 0) {
		fprintf(stderr, "%s: no numbers in %s\n", argv[0], argv[2]);
		return 1;
	}
	for (r = 0; r < nvalues; r++)
		sum += values[r];
	printf("read %d values from %s, sum %ld\n", nvalues, argv[2], sum);
	for (r = 1; r <= rounds; r++)
		printf("round %d: %016llx\n", r, (unsigned long long)mix_round(r));
	/* the digest after 10 rounds of values.txt (the args in hexo-app.yaml): a lost or repeated
	 * round, or a value changed by the migration, gives another one */
	printf("%s\n", digest == 0xf473e44a130df2b7ULL ? "ARGSINPUT PASSED" : "ARGSINPUT FAILED");
	return 0;
}
