/* hexo-ci's silent app (MigrationRunnerIT): 20 rounds of 100 ms, a migration
 * point in each, and no output until the end, so a destination that starts
 * from scratch prints exactly what the unmigrated run prints. Paced by sleep:
 * every leg runs for a second or more whatever the board's speed. No classes. */
#include <stdio.h>
#include <time.h>
#include <hermit/migration.h>

#define ROUNDS 20

int main(void)
{
	struct timespec ts = { 0, 100 * 1000000L };
	long sum = 0;
	int i;

	for (i = 0; i < ROUNDS; i++) {
		popcorn_check_migrate();
		nanosleep(&ts, NULL);
		sum += i;
	}
	printf("silent: sum %ld\n", sum);
	printf("silent: %s\n", sum == ROUNDS * (ROUNDS - 1) / 2 ? "SUCCESS" : "FAILURE");
	return 0;
}
