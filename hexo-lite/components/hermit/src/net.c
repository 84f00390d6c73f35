/* Full-length read/write on a descriptor (EINTR-safe). */
#include <errno.h>
#include <sys/socket.h>
#include <unistd.h>

#include "hexo_rt.h"

int hexo_io_full(int fd, void *buf, size_t n, int writing)
{
	char *p = buf;

	while (n) {
		ssize_t k = writing ? write(fd, p, n) : read(fd, p, n);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

/* Full-length send on a socket. MSG_NOSIGNAL: a peer that went away is an
 * error (EPIPE) the caller reports, never a silent SIGPIPE death. */
int hexo_send_full(int fd, const void *buf, size_t n)
{
	const char *p = buf;

	while (n) {
		ssize_t k = send(fd, p, n, MSG_NOSIGNAL);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		p += k;
		n -= (size_t)k;
	}
	return 0;
}
