/* hexo-lite build-failure test: a variable-length array in a function that is
 * on a migration chain (main -> fill -> popcorn_check_migrate) cannot be
 * migrated; hexo-stackinfo must refuse it at build time, naming function and
 * array. */
#include <stdio.h>
#include <hermit/migration.h>

static long fill(int n)
{
	long cells[n];
	long s = 0;
	int i;

	for (i = 0; i < n; i++)
		cells[i] = i;
	popcorn_check_migrate();
	for (i = 0; i < n; i++)
		s += cells[i];
	return s;
}

int main(int argc, char **argv)
{
	(void)argv;
	printf("%ld\n", fill(argc + 8));
	return 0;
}
