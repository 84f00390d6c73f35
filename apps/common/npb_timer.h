/*
 * NPB-style timers: NPB_TIMERS numbered wall-clock stopwatches.  Their state
 * is in globals (.bss), so a migration carries it: a time measured across a
 * migration includes the migration.
 */
#ifndef NPB_TIMER_H
#define NPB_TIMER_H

#define NPB_TIMERS 8

/* Seconds since the epoch, microsecond resolution (gettimeofday). */
double wtime(void);

/* Timer n (0 <= n < NPB_TIMERS; others are ignored, and read as 0): */
void timer_clear(int n);
void timer_start(int n);
void timer_stop(int n);
double timer_read(int n);

#endif
