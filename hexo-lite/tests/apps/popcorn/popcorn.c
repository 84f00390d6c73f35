/* hexo-lite test app written against popcorn's API as HEXO's apps use it:
 * <migrate.h> with check_migrate()/migrate() and a callback that runs on the
 * destination, HERMIT_MIGPOINT() with its return value, sys_msleep() declared
 * by the app itself, current_nid(). POPCORN_HOP=i makes iteration i call
 * migrate() to the other node, which migrates unconditionally (HEXO's hello). */
#include <stdio.h>
#include <stdlib.h>
#include <migrate.h>

extern void sys_msleep(int msec);

struct progress {
	int callbacks;
	int callback_nid;
	long sum;
};

static struct progress *prog;
static int node_changes;
static int migpoint_zero;

static void on_arrival(void *data)
{
	struct progress *p = data;

	p->callbacks++;
	p->callback_nid = current_nid();
}

static long work(int i, int hop)
{
	long v = i * 31L;

	migrate(current_nid(), on_arrival, prog); /* this node: no migration */
	if (i == hop)
		migrate(!current_nid(), on_arrival, prog); /* HEXO's forced migration */
	return v + i;
}

int main(void)
{
	int nid = current_nid();
	const char *hop = getenv("POPCORN_HOP");
	int i;

	prog = calloc(1, sizeof(*prog));
	for (i = 0; i < 10; i++) {
		int here;

		if (HERMIT_MIGPOINT() == 0)
			migpoint_zero++;
		check_migrate(on_arrival, prog);
		sys_msleep(80);
		prog->sum += work(i, hop ? atoi(hop) : -1);
		here = current_nid();
		if (here != nid) {
			node_changes++;
			nid = here;
		}
		printf("iteration %d: sum %ld\n", i, prog->sum);
	}
	/* every migration is through exactly one of the three points: the callbacks
	 * and HERMIT_MIGPOINT's zero returns add up to the node changes */
	printf("popcorn: %s\n", prog->sum == 1440 && prog->callbacks + migpoint_zero == node_changes &&
					 (prog->callbacks == 0 || prog->callback_nid == current_nid()) ?
					 "SUCCESS" : "FAILURE");
	return 0;
}
