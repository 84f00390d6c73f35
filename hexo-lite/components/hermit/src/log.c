/* Runtime messages: errors always reach the real stderr, even while the
 * application's output is held back during a resume. */
#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

#include "hexo_rt.h"

static int err_fd = 2;

void hexo_stderr_hold(int hold)
{
	static int saved = -1;

	if (hold && saved < 0) {
		saved = dup(2);
		if (saved >= 0)
			err_fd = saved;
	} else if (!hold && saved >= 0) {
		dup2(saved, 2);
		close(saved);
		saved = -1;
		err_fd = 2;
	}
}

static void vmsg(const char *prefix, const char *fmt, va_list ap)
{
	char buf[1024];
	int n = snprintf(buf, sizeof(buf), "%s", prefix);

	if (n < 0)
		return;
	n += vsnprintf(buf + n, sizeof(buf) - (size_t)n, fmt, ap);
	if (n >= (int)sizeof(buf) - 1)
		n = (int)sizeof(buf) - 2;
	buf[n++] = '\n';
	if (write(err_fd, buf, (size_t)n) < 0)
		return;
}

void hexo_err(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg("hexo-lite: error: ", fmt, ap);
	va_end(ap);
}

void hexo_die(int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg("hexo-lite: error: ", fmt, ap);
	va_end(ap);
	hexo_status("STATUS_NOT_RUNNING");
	hexo_status_line("---");
	_exit(code);
}

void hexo_log(const char *fmt, ...)
{
	va_list ap;

	if (!hexo_cfg.verbose)
		return;
	va_start(ap, fmt);
	vmsg("[MIGRATION] ", fmt, ap);
	va_end(ap);
}
