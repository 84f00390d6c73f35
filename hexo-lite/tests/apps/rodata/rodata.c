/* hexo-lite test app: pointers to string literals and other anonymous
 * read-only data (benchmark labels, keyword tables, a compound literal),
 * held in globals, on the heap and in locals across migration points; they
 * must still point at the same text on the destination. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <hermit/migration.h>

const char *labels[] = { "alpha", "bb", "gamma-ray", "d", "epsilon", "zeta function" };
static const char *kw_table[][2] = { { "if", "KW_IF" }, { "while", "KW_WHILE" }, { "return", "KW_RETURN" } };
static const double *weights = (const double[]){ 0.5, 1.25, 2.0, 4.5 };
const char *last_seen;

struct entry {
	const char *name;
	const char *unit;
	int scale;
};

static struct entry table[] = {
	{ "Copy", "MB/s", 1 },
	{ "Scale", "MB/s", 2 },
	{ "Add", "MB/s", 3 },
	{ "Triad", "MB/s", 4 },
};

static void pace(void)
{
	struct timespec ts = { 0, 80 * 1000000L };

	nanosleep(&ts, NULL);
}

static size_t report(int round, const char *title)
{
	const char *fmt = "%-8s %6d %s\n";
	size_t n = 0;
	int i;

	popcorn_check_migrate();
	for (i = 0; i < 4; i++)
		n += (size_t)printf(fmt, table[i].name, table[i].scale * round, table[i].unit);
	return n + strlen(title);
}

int main(void)
{
	const char **heap_copy = malloc(6 * sizeof(char *));
	const char *local = "a local literal";
	size_t total = 0;
	double w = 0;
	int round, i;

	for (i = 0; i < 6; i++)
		heap_copy[i] = labels[5 - i];
	for (round = 1; round <= 10; round++) {
		popcorn_check_migrate();
		pace();
		last_seen = labels[round % 6];
		total += report(round, kw_table[round % 3][1]);
		w += weights[round % 4];
		printf("round %d: %s %s %s %s %.2f\n", round, last_seen, heap_copy[round % 6], local,
		       kw_table[round % 3][0], w);
	}
	printf("rodata: %s\n", total == 914 && w == 19.75 ? "SUCCESS" : "FAILURE");
	return 0;
}
