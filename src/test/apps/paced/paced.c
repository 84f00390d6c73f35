/* hexo-ci's fault-table app (BoardFaultsIT): paced by sleep, so every leg
 * runs for seconds whatever the board's speed, and a board killed once a leg
 * starts is killed while it runs. 40 rounds of 100 ms, a migration point in
 * each; its success line checks the sum. No classes. */
#include <stdio.h>
#include <time.h>
#include <hermit/migration.h>

#define ROUNDS 40

int main(void)
{
	struct timespec ts = { 0, 100 * 1000000L };
	long sum = 0;
	int i;

	for (i = 0; i < ROUNDS; i++) {
		popcorn_check_migrate();
		nanosleep(&ts, NULL);
		sum += i;
		printf("round %d\n", i);
		fflush(stdout);
	}
	printf("paced: %s\n", sum == ROUNDS * (ROUNDS - 1) / 2 ? "SUCCESS" : "FAILURE");
	return 0;
}
