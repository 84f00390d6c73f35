#include <stddef.h>
#include <sys/time.h>

#include "npb_timer.h"

/* migrated with the app's .bss */
double npb_timer_started[NPB_TIMERS];
double npb_timer_elapsed[NPB_TIMERS];

double wtime(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (double)tv.tv_sec + 1.0e-6 * (double)tv.tv_usec;
}

static int valid(int n)
{
	return n >= 0 && n < NPB_TIMERS;
}

void timer_clear(int n)
{
	if (valid(n))
		npb_timer_elapsed[n] = 0.0;
}

void timer_start(int n)
{
	if (valid(n))
		npb_timer_started[n] = wtime();
}

void timer_stop(int n)
{
	if (valid(n))
		npb_timer_elapsed[n] += wtime() - npb_timer_started[n];
}

double timer_read(int n)
{
	return valid(n) ? npb_timer_elapsed[n] : 0.0;
}
