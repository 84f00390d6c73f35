/*
 * IS - integer sort kernel, NPB-style, written for hexo-ci from the NAS
 * Parallel Benchmarks specification (class parameters, key generator and
 * published verification values).  Not derived from the NPB sources.
 *
 * Keys are drawn as k * (r1 + r2 + r3 + r4), k = MAX_KEY / 4, r from the
 * NPB linear congruential generator (a = 5^13, modulus 2^46, seed
 * 314159265).  Each of the MAX_ITERATIONS passes perturbs two keys, ranks
 * all keys with a bucketed counting sort and checks five ranks against the
 * published values; a full sort check follows the last pass.
 *
 * Migration (hexo-lite / HEXO): one migration point at the top of every
 * outer iteration, in main.  State that must survive a migration lives in
 * globals, in malloc'ed arrays reachable from globals, or in main's locals.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hermit/migration.h>

#include "npb_random.h"
#include "npb_results.h"
#include "npb_timer.h"
#include "npbparams.h"

#define MAX_ITERATIONS   10
#define TEST_ARRAY_SIZE  5
#define TOTAL_KEYS       (1 << TOTAL_KEYS_LOG_2)
#define NUM_KEYS         TOTAL_KEYS
#define MAX_KEY          (1 << MAX_KEY_LOG_2)
#define NUM_BUCKETS      (1 << NUM_BUCKETS_LOG_2)
#define BUCKET_SHIFT     (MAX_KEY_LOG_2 - NUM_BUCKETS_LOG_2)

#if MAX_KEY_LOG_2 < NUM_BUCKETS_LOG_2
#error "IS needs at least one key value per bucket"
#endif

/* Published partial-verification data: positions of the five probed keys
 * and their ranks (before the per-iteration correction, see expected_rank) */
#if CLASS == 'S'
static const int probe_index[TEST_ARRAY_SIZE] = {48427, 17148, 23627, 62548, 4431};
static const int probe_rank[TEST_ARRAY_SIZE]  = {0, 18, 346, 64917, 65463};
#elif CLASS == 'W'
static const int probe_index[TEST_ARRAY_SIZE] = {357773, 934767, 875723, 898999, 404505};
static const int probe_rank[TEST_ARRAY_SIZE]  = {1249, 11698, 1039987, 1043896, 1048018};
#elif CLASS == 'A'
static const int probe_index[TEST_ARRAY_SIZE] = {2112377, 662041, 5336171, 3642833, 4250760};
static const int probe_rank[TEST_ARRAY_SIZE]  = {104, 17523, 123928, 8288932, 8388264};
#elif CLASS == 'B'
static const int probe_index[TEST_ARRAY_SIZE] = {41869, 812306, 5102857, 18232239, 26860214};
static const int probe_rank[TEST_ARRAY_SIZE]  = {33422937, 10244, 59149, 33135281, 99};
#else
#error "IS: unsupported CLASS (S, W, A, B)"
#endif

/* ---- migrated state --------------------------------------------------- */
int *key_array;                     /* NUM_KEYS, the keys (heap) */
int *key_buff1;                     /* MAX_KEY, running key counts (heap) */
int *key_buff2;                     /* NUM_KEYS, keys grouped by bucket (heap) */
int bucket_size[NUM_BUCKETS];
int bucket_end[NUM_BUCKETS];
int probe_value[TEST_ARRAY_SIZE];
int passed_verification;

/* Rank expected for probe i at pass `iteration` (class-specific rule). */
static int expected_rank(int i, int iteration)
{
#if CLASS == 'S'
	return i <= 2 ? probe_rank[i] + iteration : probe_rank[i] - iteration;
#elif CLASS == 'W'
	return i < 2 ? probe_rank[i] + (iteration - 2) : probe_rank[i] - iteration;
#elif CLASS == 'A'
	return i <= 2 ? probe_rank[i] + (iteration - 1) : probe_rank[i] - (iteration - 1);
#else /* B */
	return (i == 1 || i == 2 || i == 4) ? probe_rank[i] + iteration
	                                    : probe_rank[i] - iteration;
#endif
}

static void *xmalloc(size_t bytes, const char *what)
{
	void *p = malloc(bytes);

	if (p == NULL) {
		fprintf(stderr, "IS: cannot allocate %zu bytes for %s\n", bytes, what);
		exit(1);
	}
	return p;
}

static void generate_keys(void)
{
	double seed = 314159265.0;
	const double mult = NPB_RANDOM_A;
	const double scale = (double)(MAX_KEY / 4);
	int i;

	for (i = 0; i < NUM_KEYS; i++) {
		double sum = randlc(&seed, mult);
		sum += randlc(&seed, mult);
		sum += randlc(&seed, mult);
		sum += randlc(&seed, mult);
		key_array[i] = (int)(scale * sum);
	}
}

/*
 * One ranking pass.  On return key_buff1[v] holds the number of keys whose
 * value is <= v, so the rank of the first key equal to v is key_buff1[v-1].
 */
static void rank(int iteration)
{
	const int values_per_bucket = 1 << BUCKET_SHIFT;
	int i, b, v, pos;

	key_array[iteration] = iteration;
	key_array[iteration + MAX_ITERATIONS] = MAX_KEY - iteration;
	for (i = 0; i < TEST_ARRAY_SIZE; i++)
		probe_value[i] = key_array[probe_index[i]];

	/* histogram of buckets, then the start of each bucket in key_buff2 */
	memset(bucket_size, 0, sizeof(bucket_size));
	for (i = 0; i < NUM_KEYS; i++)
		bucket_size[key_array[i] >> BUCKET_SHIFT]++;
	pos = 0;
	for (b = 0; b < NUM_BUCKETS; b++) {
		bucket_end[b] = pos;
		pos += bucket_size[b];
	}
	/* scatter; afterwards bucket_end[b] is one past the last key of b */
	for (i = 0; i < NUM_KEYS; i++) {
		int key = key_array[i];
		key_buff2[bucket_end[key >> BUCKET_SHIFT]++] = key;
	}

	/* inside each bucket: count values, then accumulate from the number
	 * of keys held by all lower buckets */
	for (b = 0; b < NUM_BUCKETS; b++) {
		int first_value = b * values_per_bucket;
		int begin = b > 0 ? bucket_end[b - 1] : 0;
		int running = begin;

		memset(&key_buff1[first_value], 0, sizeof(int) * (size_t)values_per_bucket);
		for (i = begin; i < bucket_end[b]; i++)
			key_buff1[key_buff2[i]]++;
		for (v = first_value; v < first_value + values_per_bucket; v++) {
			running += key_buff1[v];
			key_buff1[v] = running;
		}
	}

	/* partial verification */
	for (i = 0; i < TEST_ARRAY_SIZE; i++) {
		int key = probe_value[i];

		if (key > 0 && key <= NUM_KEYS - 1) {
			if (key_buff1[key - 1] == expected_rank(i, iteration))
				passed_verification++;
			else
				printf("Failed partial verification: iteration %d, test key %d\n",
				       iteration, i);
		}
	}
}

/* Sort with the counts of the last pass and check the order. */
static void full_verify(void)
{
	int i, out_of_order = 0;

	for (i = 0; i < NUM_KEYS; i++) {
		int key = key_buff2[i];
		key_array[--key_buff1[key]] = key;
	}
	for (i = 1; i < NUM_KEYS; i++)
		if (key_array[i - 1] > key_array[i])
			out_of_order++;
	if (out_of_order != 0)
		printf("Full_verify: number of keys out of sort: %d\n", out_of_order);
	else
		passed_verification++;
}

static void report(double seconds, double mops, int verified)
{
	char size[32];

	snprintf(size, sizeof(size), "%12d", TOTAL_KEYS);
	print_results("IS", CLASS, size, MAX_ITERATIONS, seconds, mops, "keys ranked",
	              verified, NPB_BUILD_INFO);
}

int main(void)
{
	int iteration;
	double seconds, mops;
	int verified;

	printf("\n\n NAS Parallel Benchmarks (NPB3.3-SER) - IS Benchmark\n\n");
	printf(" Size:  %d  (class %c)\n", TOTAL_KEYS, CLASS);
	printf(" Iterations:   %d\n", MAX_ITERATIONS);
	printf("\n");

	key_array = xmalloc(sizeof(int) * (size_t)NUM_KEYS, "key_array");
	key_buff1 = xmalloc(sizeof(int) * (size_t)MAX_KEY, "key_buff1");
	key_buff2 = xmalloc(sizeof(int) * (size_t)NUM_KEYS, "key_buff2");

	generate_keys();

	/* untimed warm-up pass (touches every page); its checks do not count */
	rank(1);
	passed_verification = 0;

	printf("   iteration\n");
	fflush(stdout);

	timer_clear(0);
	timer_start(0);
	for (iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
		popcorn_check_migrate();
		printf("        %d\n", iteration);
		fflush(stdout);
		rank(iteration);
	}
	timer_stop(0);
	seconds = timer_read(0);

	full_verify();
	printf("passed verfications: %d\n", passed_verification);
	verified = passed_verification == TEST_ARRAY_SIZE * MAX_ITERATIONS + 1;

	mops = seconds > 0.0
	       ? (double)MAX_ITERATIONS * (double)TOTAL_KEYS / seconds / 1.0e6
	       : 0.0;
	report(seconds, mops, verified);

	free(key_array);
	free(key_buff1);
	free(key_buff2);
	return 0;
}
