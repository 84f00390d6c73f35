/* Start-up (constructor) and the migration point called by libmigrate. */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "hexo_rt.h"

volatile sig_atomic_t hexo_flag;
static unsigned long npoints;

unsigned long hexo_points_passed(void)
{
	return npoints;
}

/* One stderr line, always (hexo-ci reads it to pick migration points). */
void hexo_report_points(void)
{
	char m[80];
	int k = snprintf(m, sizeof(m), "[hexo-lite] migration points passed: %lu\n", npoints);

	if (write(2, m, (size_t)k) < 0)
		return;
}
static unsigned long out_seen;

static void on_usr1(int sig)
{
	(void)sig;
	hexo_flag = 1;
}

static void *migtest_timer(void *arg)
{
	(void)arg;
	sleep((unsigned)hexo_cfg.migtest);
	hexo_flag = 1;
	return NULL;
}

static void at_exit(void)
{
	hexo_report_points();
	hexo_status("STATUS_NOT_RUNNING");
	hexo_status_line("---");
}

typedef void (*hexo_ctor)(int, char **, char **);
extern hexo_ctor __init_array_start[] __attribute__((weak));
extern hexo_ctor __init_array_end[] __attribute__((weak));

/* A resume without replay never returns to __libc_start_main: run the
 * constructors that follow this one (libgcc's frame_dummy, whose destructor
 * aborts at exit otherwise; aarch64's LSE detection). None of them is
 * application code: hexo-align rejects application constructors. */
static void finish_startup(hexo_ctor self, int argc, char **argv, char **envp)
{
	hexo_ctor *p;
	int after = 0;

	if (!__init_array_start || !__init_array_end)
		return;
	for (p = __init_array_start; p < __init_array_end; p++) {
		if (after)
			(*p)(argc, argv, envp);
		else if (*p == self)
			after = 1;
	}
}

/* glibc calls constructors with main's arguments; a resume without replay
 * needs argv and envp for main's rebuilt frame and never returns from here. */
static void hexo_init(int argc, char **argv, char **envp);

__attribute__((constructor(101))) static void hexo_init(int argc, char **argv, char **envp)
{
	struct sigaction sa;

	hexo_env_load();
	hexo_stdout_init();
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR1, &sa, NULL);
	hexo_status("STATUS_READY_FOR_MIGRATION");
	atexit(at_exit);
	if (hexo_cfg.migtest > 0) {
		pthread_t t;

		if (pthread_create(&t, NULL, migtest_timer, NULL) == 0)
			pthread_detach(t);
		else
			hexo_err("HERMIT_MIGTEST: cannot start the timer thread");
	}
	if (hexo_cfg.resume && !hexo_cfg.replay)
		finish_startup(hexo_init, argc, argv, envp);
	if (hexo_cfg.resume)
		hexo_resume_prepare(argv, envp);
}

void hexo_migration_point(void *fp0, const uintptr_t *csr);

/* fp0: popcorn_check_migrate's frame; csr: the callee-saved registers it was
 * called with (HEXO_NCSR words). */
void hexo_migration_point(void *fp0, const uintptr_t *csr)
{
	if (hexo_resuming()) {
		hexo_resume_try(fp0, csr);
		out_seen = hexo_stdout_bytes();
		return;
	}
	npoints++;
	if (hexo_cfg.settle_ms > 0 && hexo_stdout_bytes() != out_seen) {
		struct timespec ts = { hexo_cfg.settle_ms / 1000, (hexo_cfg.settle_ms % 1000) * 1000000L };

		fflush(stdout);
		out_seen = hexo_stdout_bytes();
		while (nanosleep(&ts, &ts) < 0)
			;
	}
	if (hexo_cfg.migrate_at > 0 && npoints == (unsigned long)hexo_cfg.migrate_at)
		hexo_flag = 1;
	if (!hexo_flag)
		return;
	hexo_flag = 0;
	hexo_checkpoint(fp0, csr);
}
