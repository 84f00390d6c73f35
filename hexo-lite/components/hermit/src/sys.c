/* Raw system calls for the runtime (see hexo_sys.h). */
#include <poll.h>
#include <time.h>

#include "hexo_rt.h"

#if defined(__x86_64__)
__asm__(".text\n"
	".globl hexo_sys6\n"
	".type hexo_sys6,@function\n"
	"hexo_sys6:\n"
	"	mov %rdi, %rax\n"
	"	mov %rsi, %rdi\n"
	"	mov %rdx, %rsi\n"
	"	mov %rcx, %rdx\n"
	"	mov %r8, %r10\n"
	"	mov %r9, %r8\n"
	"	mov 8(%rsp), %r9\n"
	"	syscall\n"
	"	ret\n"
	".size hexo_sys6, .-hexo_sys6\n");
#elif defined(__aarch64__)
__asm__(".text\n"
	".globl hexo_sys6\n"
	".type hexo_sys6,%function\n"
	"hexo_sys6:\n"
	"	mov x8, x0\n"
	"	mov x0, x1\n"
	"	mov x1, x2\n"
	"	mov x2, x3\n"
	"	mov x3, x4\n"
	"	mov x4, x5\n"
	"	mov x5, x6\n"
	"	svc #0\n"
	"	ret\n"
	".size hexo_sys6, .-hexo_sys6\n");
#endif

long hexo_sysret(long r)
{
	if (r < 0 && r > -4096) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

long hexo_time(void *out)
{
	struct timespec ts;
	long t = HEXO_SC(SYS_clock_gettime, CLOCK_REALTIME, &ts, 0, 0, 0, 0) < 0 ? -1 : (long)ts.tv_sec;

	if (out)
		*(time_t *)out = (time_t)t;
	return t;
}

int hexo_nanosleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) < 0)
		if (errno != EINTR)
			return -1;
	return 0;
}

int hexo_dup2(int a, int b)
{
	if (a == b)
		return (int)HEXO_SC(SYS_fcntl, a, F_GETFD, 0, 0, 0, 0) < 0 ? -1 : b;
	return (int)HEXO_SC(SYS_dup3, a, b, 0, 0, 0, 0);
}

int hexo_poll1(void *pfd, int ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	return (int)HEXO_SC(SYS_ppoll, pfd, 1, ms < 0 ? (void *)0 : &ts, 0, 8, 0);
}

void hexo_exit(int code)
{
	for (;;)
		hexo_sys6(SYS_exit_group, code, 0, 0, 0, 0, 0);
}
