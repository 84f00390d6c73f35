/* stdout is replaced at start-up by a line-buffered stream whose buffer the
 * runtime owns (never in the migrated heap). Its writer counts the bytes the
 * application printed and can hold output back while a resume replays. */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "hexo_rt.h"

static char out_buf[1 << 16];
static unsigned long out_bytes;
static int out_suppressed;

static ssize_t out_write(void *cookie, const char *buf, size_t n)
{
	size_t done = 0;

	(void)cookie;
	out_bytes += n;
	if (out_suppressed)
		return (ssize_t)n;
	while (done < n) {
		ssize_t w = write(1, buf + done, n - done);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return done ? (ssize_t)done : -1;
		done += (size_t)w;
	}
	return (ssize_t)n;
}

void hexo_stdout_init(void)
{
	cookie_io_functions_t io = { .read = NULL, .write = out_write, .seek = NULL, .close = NULL };
	FILE *f = fopencookie(NULL, "w", io);

	if (!f) {
		hexo_err("stdout: fopencookie failed; keeping libc stdout");
		setvbuf(stdout, out_buf, _IOLBF, sizeof(out_buf));
		return;
	}
	setvbuf(f, out_buf, _IOLBF, sizeof(out_buf));
	stdout = f;
}

void hexo_stdout_suppress(int on)
{
	fflush(stdout);
	out_suppressed = on;
	hexo_stderr_hold(on);
	if (on) {
		int null = open("/dev/null", O_WRONLY | O_CLOEXEC);

		if (null >= 0) {
			dup2(null, 2);
			close(null);
		}
	}
}

unsigned long hexo_stdout_bytes(void)
{
	return out_bytes;
}

void hexo_say(const char *line)
{
	fflush(stdout);
	out_write(NULL, line, strlen(line));
	out_write(NULL, "\n", 1);
}
