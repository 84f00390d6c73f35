/* Full-length read/write on a descriptor (EINTR-safe). */
#include <errno.h>
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
