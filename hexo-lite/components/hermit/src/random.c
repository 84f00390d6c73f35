/* rand()/srand()/random()/srandom() with their state in migrated memory (the
 * application's data region: the section below is placed there by the linker
 * script), so the sequence continues on the destination. The generator is
 * glibc's default (TYPE_3 additive feedback, x[i] = x[i-3] + x[i-31]), so a
 * program prints the same numbers as with glibc's own rand(). */
#include <stdlib.h>

#include "hexo_rt.h"

#define DEG 31
#define SEP 3

static struct {
	int32_t seeded;
	int32_t f, r; /* indexes of the front and rear taps */
	int32_t pad;
	int32_t state[DEG];
} rs __attribute__((section(".hexo.data.hexo_random"), aligned(16))) = { 0, 0, 0, 0, { 0 } };

static int32_t next(void)
{
	uint32_t v = (uint32_t)rs.state[rs.f] + (uint32_t)rs.state[rs.r];

	rs.state[rs.f] = (int32_t)v;
	rs.f = (rs.f + 1) % DEG;
	rs.r = (rs.r + 1) % DEG;
	return (int32_t)(v >> 1);
}

void srandom(unsigned int seed)
{
	int32_t word = seed ? (int32_t)seed : 1;
	int i;

	rs.state[0] = word;
	for (i = 1; i < DEG; i++) {
		/* 16807 * word % 2147483647 without overflow (Schrage) */
		long hi = word / 127773, lo = word % 127773;

		word = (int32_t)(16807 * lo - 2836 * hi);
		if (word < 0)
			word += 2147483647;
		rs.state[i] = word;
	}
	rs.f = SEP;
	rs.r = 0;
	rs.seeded = 1;
	for (i = 0; i < 10 * DEG; i++)
		next();
}

long random(void)
{
	if (!rs.seeded)
		srandom(1);
	return next();
}

void srand(unsigned int seed)
{
	srandom(seed);
}

int rand(void)
{
	return (int)random();
}
