/* The .status file: one "sec.usec:STATUS_..." line per state change. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "hexo_rt.h"

void hexo_status_line(const char *line)
{
	int fd = open(".status", O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
	char buf[128];
	int n;

	if (fd < 0)
		return;
	n = snprintf(buf, sizeof(buf), "%s\n", line);
	if (write(fd, buf, (size_t)n) < 0)
		hexo_err(".status: write failed");
	close(fd);
}

void hexo_status(const char *status)
{
	struct timeval tv;
	char buf[96];

	gettimeofday(&tv, NULL);
	snprintf(buf, sizeof(buf), "%ld.%06ld:%s", (long)tv.tv_sec, (long)tv.tv_usec, status);
	hexo_status_line(buf);
}
