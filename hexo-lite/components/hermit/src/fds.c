/* fds.bin: files the application opened with open()/openat()/creat()
 * (tracked through the linker's --wrap; O_CLOEXEC opens, which include all of
 * the runtime's own files, are not tracked), by path, flags and offset.
 * Layout: u32 count, then count x { i32 fd, i32 flags, u64 offset, char path[256] },
 * then the FILE stream table (streams.c). */

#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hexo_rt.h"

#define MAX_FDS 64

struct fd_ent {
	int32_t fd;
	int32_t flags;
	uint64_t offset;
	char path[256];
};

static struct fd_ent tracked[MAX_FDS];

static void track(int fd, const char *path, int flags)
{
	int i;

	if (fd < 0 || (flags & O_CLOEXEC))
		return; /* the runtime's own files are O_CLOEXEC and never migrated */
	for (i = 0; i < MAX_FDS; i++)
		if (!tracked[i].path[0]) {
			tracked[i].fd = fd;
			tracked[i].flags = flags & ~(O_CREAT | O_TRUNC | O_EXCL);
			/* as the application named it: a relative path is reopened in the
			 * destination's working directory, where its input files are */
			snprintf(tracked[i].path, sizeof(tracked[i].path), "%s", path);
			return;
		}
	hexo_err("more than %d open files: fd %d (%s) will not be migrated", MAX_FDS, fd, path);
}

int __real_open(const char *path, int flags, ...);
int __real_close(int fd);

int __wrap_open(const char *path, int flags, ...)
{
	mode_t mode = 0;
	va_list ap;
	int fd;

	va_start(ap, flags);
	if (flags & (O_CREAT | O_TMPFILE))
		mode = va_arg(ap, mode_t);
	va_end(ap);
	fd = __real_open(path, flags, mode);
	track(fd, path, flags);
	return fd;
}

int __wrap_open64(const char *path, int flags, ...)
{
	mode_t mode = 0;
	va_list ap;

	va_start(ap, flags);
	if (flags & (O_CREAT | O_TMPFILE))
		mode = va_arg(ap, mode_t);
	va_end(ap);
	return __wrap_open(path, flags, mode);
}

int __wrap_creat(const char *path, mode_t mode)
{
	return __wrap_open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}

int __wrap_close(int fd)
{
	int i;

	for (i = 0; i < MAX_FDS; i++)
		if (tracked[i].path[0] && tracked[i].fd == fd)
			tracked[i].path[0] = 0;
	return __real_close(fd);
}

int hexo_fds_save(const char *path)
{
	int out = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	uint32_t n = 0;
	int i;

	if (out < 0)
		return -1;
	for (i = 0; i < MAX_FDS; i++)
		if (tracked[i].path[0])
			n++;
	if (hexo_io_full(out, &n, 4, 1) < 0)
		return -1;
	for (i = 0; i < MAX_FDS; i++) {
		if (!tracked[i].path[0])
			continue;
		tracked[i].offset = (uint64_t)lseek(tracked[i].fd, 0, SEEK_CUR);
		if (hexo_io_full(out, &tracked[i], sizeof(tracked[i]), 1) < 0)
			return -1;
	}
	if (hexo_streams_save(out) < 0)
		return -1;
	return close(out);
}

void hexo_fds_restore(const char *path)
{
	int in = open(path, O_RDONLY | O_CLOEXEC);
	uint32_t n, i;

	if (in < 0 || hexo_io_full(in, &n, 4, 0) < 0)
		hexo_die(HEXO_EXIT_CHKPT, "%s: missing or truncated", path);
	if (n > MAX_FDS)
		hexo_die(HEXO_EXIT_CHKPT, "%s: bad entry count %u", path, n);
	for (i = 0; i < n; i++) {
		struct fd_ent e;
		int fd;

		if (hexo_io_full(in, &e, sizeof(e), 0) < 0)
			hexo_die(HEXO_EXIT_CHKPT, "%s: truncated at entry %u", path, i);
		e.path[sizeof(e.path) - 1] = 0;
		fd = __real_open(e.path, e.flags);
		if (fd < 0)
			hexo_die(HEXO_EXIT_CHKPT, "%s: cannot reopen %s (fd %d)", path, e.path, e.fd);
		if (fd != e.fd) {
			if (dup2(fd, e.fd) < 0)
				hexo_die(HEXO_EXIT_CHKPT, "%s: cannot place %s at fd %d", path, e.path, e.fd);
			__real_close(fd);
		}
		if (lseek(e.fd, (off_t)e.offset, SEEK_SET) < 0)
			hexo_die(HEXO_EXIT_CHKPT, "%s: cannot seek %s to %lu", path, e.path, (unsigned long)e.offset);
		track(e.fd, e.path, e.flags);
	}
	hexo_streams_restore(in, path);
	close(in);
}
