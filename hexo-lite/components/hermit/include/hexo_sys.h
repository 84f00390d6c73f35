/* The runtime's system calls, made directly (sys.c), never through the libc
 * functions of the same names: in the static link an application global named
 * like one of them (`double time;`, `int read;`) would take the reference.
 * Included last (from hexo_rt.h); the macros only rename calls. Functions the
 * runtime still takes from libc have names an application cannot define
 * without breaking its own use of libc (memcpy, snprintf, pthread_*, ...) or
 * reserved ones (__sigaction). */
#ifndef HEXO_SYS_H
#define HEXO_SYS_H

#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/types.h>
#include <time.h>

long hexo_sys6(long nr, long a, long b, long c, long d, long e, long f);
long hexo_sysret(long r);
long hexo_time(void *out);
int hexo_nanosleep_ms(long ms);
int hexo_dup2(int a, int b);
int hexo_poll1(void *pfd, int ms);
void hexo_exit(int code) __attribute__((noreturn));

#define HEXO_SC(nr, a, b, c, d, e, f) \
	hexo_sysret(hexo_sys6((nr), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f)))

static inline ssize_t hexo_read(int fd, void *b, size_t n)
{
	return (ssize_t)HEXO_SC(SYS_read, fd, b, n, 0, 0, 0);
}
#define read(...) hexo_read(__VA_ARGS__)

static inline ssize_t hexo_write(int fd, const void *b, size_t n)
{
	return (ssize_t)HEXO_SC(SYS_write, fd, b, n, 0, 0, 0);
}
#define write(...) hexo_write(__VA_ARGS__)

static inline ssize_t hexo_pread(int fd, void *b, size_t n, off_t o)
{
	return (ssize_t)HEXO_SC(SYS_pread64, fd, b, n, o, 0, 0);
}
#define pread(...) hexo_pread(__VA_ARGS__)

static inline int hexo_close(int fd)
{
	return (int)HEXO_SC(SYS_close, fd, 0, 0, 0, 0, 0);
}
#define close(...) hexo_close(__VA_ARGS__)

static inline off_t hexo_lseek(int fd, off_t o, int w)
{
	return (off_t)HEXO_SC(SYS_lseek, fd, o, w, 0, 0, 0);
}
#define lseek(...) hexo_lseek(__VA_ARGS__)

static inline int hexo_dup(int fd)
{
	return (int)HEXO_SC(SYS_dup, fd, 0, 0, 0, 0, 0);
}
#define dup(...) hexo_dup(__VA_ARGS__)

static inline int hexo_fcntl(int fd, int c, long a)
{
	return (int)HEXO_SC(SYS_fcntl, fd, c, a, 0, 0, 0);
}
#define fcntl(...) hexo_fcntl(__VA_ARGS__)

static inline int hexo_flock(int fd, int op)
{
	return (int)HEXO_SC(SYS_flock, fd, op, 0, 0, 0, 0);
}
#define flock(...) hexo_flock(__VA_ARGS__)

static inline int hexo_fsync(int fd)
{
	return (int)HEXO_SC(SYS_fsync, fd, 0, 0, 0, 0, 0);
}
#define fsync(...) hexo_fsync(__VA_ARGS__)

static inline int hexo_rename(const char *a, const char *b)
{
	return (int)HEXO_SC(SYS_renameat, AT_FDCWD, a, AT_FDCWD, b, 0, 0);
}
#define rename(...) hexo_rename(__VA_ARGS__)

static inline int hexo_unlink(const char *p)
{
	return (int)HEXO_SC(SYS_unlinkat, AT_FDCWD, p, 0, 0, 0, 0);
}
#define unlink(...) hexo_unlink(__VA_ARGS__)

static inline void * hexo_mmap(void *a, size_t n, int pr, int fl, int fd, off_t o)
{
	return (void *)HEXO_SC(SYS_mmap, a, n, pr, fl, fd, o);
}
#define mmap(...) hexo_mmap(__VA_ARGS__)

static inline int hexo_mprotect(void *a, size_t n, int pr)
{
	return (int)HEXO_SC(SYS_mprotect, a, n, pr, 0, 0, 0);
}
#define mprotect(...) hexo_mprotect(__VA_ARGS__)

static inline void * hexo_mremap(void *a, size_t n, size_t m, int fl, void *na)
{
	return (void *)HEXO_SC(SYS_mremap, a, n, m, fl, na, 0);
}
#define mremap(...) hexo_mremap(__VA_ARGS__)

static inline int hexo_nanosleep(const struct timespec *a, struct timespec *b)
{
	return (int)HEXO_SC(SYS_nanosleep, a, b, 0, 0, 0, 0);
}
#define nanosleep(...) hexo_nanosleep(__VA_ARGS__)

static inline int hexo_gettimeofday(struct timeval *tv, void *tz)
{
	return (int)HEXO_SC(SYS_gettimeofday, tv, tz, 0, 0, 0, 0);
}
#define gettimeofday(...) hexo_gettimeofday(__VA_ARGS__)

static inline int hexo_getrlimit(int r, struct rlimit *l)
{
	return (int)HEXO_SC(SYS_prlimit64, 0, r, 0, l, 0, 0);
}
#define getrlimit(...) hexo_getrlimit(__VA_ARGS__)

static inline int hexo_socket(int d, int t, int p)
{
	return (int)HEXO_SC(SYS_socket, d, t, p, 0, 0, 0);
}
#define socket(...) hexo_socket(__VA_ARGS__)

static inline int hexo_bind(int s, const struct sockaddr *a, socklen_t n)
{
	return (int)HEXO_SC(SYS_bind, s, a, n, 0, 0, 0);
}
#define bind(...) hexo_bind(__VA_ARGS__)

static inline int hexo_listen(int s, int n)
{
	return (int)HEXO_SC(SYS_listen, s, n, 0, 0, 0, 0);
}
#define listen(...) hexo_listen(__VA_ARGS__)

static inline int hexo_accept(int s, struct sockaddr *a, socklen_t *n)
{
	return (int)HEXO_SC(SYS_accept, s, a, n, 0, 0, 0);
}
#define accept(...) hexo_accept(__VA_ARGS__)

static inline int hexo_connect(int s, const struct sockaddr *a, socklen_t n)
{
	return (int)HEXO_SC(SYS_connect, s, a, n, 0, 0, 0);
}
#define connect(...) hexo_connect(__VA_ARGS__)

static inline int hexo_setsockopt(int s, int l, int o, const void *v, socklen_t n)
{
	return (int)HEXO_SC(SYS_setsockopt, s, l, o, v, n, 0);
}
#define setsockopt(...) hexo_setsockopt(__VA_ARGS__)

static inline ssize_t hexo_send(int s, const void *b, size_t n, int fl)
{
	return (ssize_t)HEXO_SC(SYS_sendto, s, b, n, fl, 0, 0);
}
#define send(...) hexo_send(__VA_ARGS__)

static inline ssize_t hexo_recv(int s, void *b, size_t n, int fl)
{
	return (ssize_t)HEXO_SC(SYS_recvfrom, s, b, n, fl, 0, 0);
}
#define recv(...) hexo_recv(__VA_ARGS__)

static inline int hexo_open(const char *p, int fl, ...)
{
	__builtin_va_list ap;
	long mode;

	__builtin_va_start(ap, fl);
	mode = (fl & (O_CREAT | O_TMPFILE)) ? __builtin_va_arg(ap, int) : 0;
	__builtin_va_end(ap);
	return (int)HEXO_SC(SYS_openat, AT_FDCWD, p, fl, mode, 0, 0);
}
#define open(...) hexo_open(__VA_ARGS__)
static inline char *hexo_getcwd(char *b, size_t n)
{
	return HEXO_SC(SYS_getcwd, b, n, 0, 0, 0, 0) < 0 ? (char *)0 : b;
}
#define getcwd(...) hexo_getcwd(__VA_ARGS__)
static inline long hexo_syscall0(long nr)
{
	return HEXO_SC(nr, 0, 0, 0, 0, 0, 0);
}
#define syscall(nr) hexo_syscall0(nr)
#define dup2(...) hexo_dup2(__VA_ARGS__)
#define sleep(s) hexo_nanosleep_ms(1000L * (long)(s))
#define usleep(us) hexo_nanosleep_ms((long)(us) / 1000)
#define time(p) hexo_time(p)
#define poll(p, n, ms) hexo_poll1(p, ms)
#define _exit(c) hexo_exit(c)
#define sigaction(s, a, o) __sigaction(s, a, o)
int __sigaction(int, const struct sigaction *, struct sigaction *);

#endif
