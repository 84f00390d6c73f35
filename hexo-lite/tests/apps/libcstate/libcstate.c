/* hexo-lite test app: libc state that HEXO migrates because newlib lives in
 * the migrated image: the rand() sequence (seeded before the first migration
 * point and drawn after it), a FILE * opened before a migration point and read
 * after it (input.txt, partly buffered), with LIBCSTATE_OUT=<file> one written
 * before and after it (closed at the end and read back: source and destination
 * must share the directory), a local struct stat, which x86-64
 * and aarch64 glibc lay out differently (translated member by member), and a
 * strdup()ed string kept across the points. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <hermit/migration.h>

static void pace(void)
{
	struct timespec ts = { 0, 80 * 1000000L };

	nanosleep(&ts, NULL);
}

static long read_some(FILE *in, int lines)
{
	char word[64];
	long sum = 0;
	int v;

	popcorn_check_migrate(); /* the stream is open across this point */
	while (lines-- > 0 && fscanf(in, "%d %63s", &v, word) == 2)
		sum += v + (long)strlen(word);
	return sum;
}

int main(int argc, char **argv)
{
	FILE *in = fopen(argc > 1 ? argv[1] : "input.txt", "r");
	const char *out_name = getenv("LIBCSTATE_OUT");
	FILE *out = out_name ? fopen(out_name, "w") : NULL;
	long sum = 0, draws = 0, check = 0;
	char line[128];
	struct stat st;
	char *label = strdup("libcstate-label");
	int i;

	if (!in || (out_name && !out)) {
		printf("libcstate: cannot open the input or %s\n", out_name);
		return 1;
	}
	if (stat(argc > 1 ? argv[1] : "input.txt", &st) < 0) {
		printf("libcstate: cannot stat the input\n");
		return 1;
	}
	srand(2024);
	for (i = 0; i < 10; i++) {
		int r;

		popcorn_check_migrate();
		pace();
		r = rand() % 1000;
		draws += r;
		sum += read_some(in, 4);
		if (out)
			fprintf(out, "%d %d %ld\n", i, r, sum);
		printf("round %d: rand %d input %ld of %ld bytes (regular %d) %s\n", i, r, sum, (long)st.st_size,
		       S_ISREG(st.st_mode), label);
	}
	fclose(in);
	if (out) {
		fclose(out);
		out = fopen(out_name, "r");
		for (i = 0; out && fgets(line, sizeof(line), out); i++)
			check += strtol(strchr(line, ' ') + 1, NULL, 10);
		if (out)
			fclose(out);
		if (i != 10 || check != draws)
			draws = -1;
	}
	printf("libcstate: %s\n", draws == 5179 && sum == 18231 ? "SUCCESS" : "FAILURE");
	return 0;
}
