/* FNV-1a 64 over little-endian 64-bit words (tail bytes one by one). */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "hexo_rt.h"

#define FNV_PRIME 0x100000001b3ULL

uint64_t hexo_fnv_init(void)
{
	return 0xcbf29ce484222325ULL;
}

/* Callers feed whole buffers whose length is a multiple of 8 except the last. */
uint64_t hexo_fnv_update(uint64_t h, const void *buf, size_t n)
{
	const unsigned char *p = buf;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		uint64_t w;

		memcpy(&w, p + i, 8);
		h = (h ^ w) * FNV_PRIME;
	}
	for (; i < n; i++)
		h = (h ^ p[i]) * FNV_PRIME;
	return h;
}

int hexo_file_fnv(const char *path, uint64_t *size, uint64_t *sum)
{
	static char buf[1 << 20];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	uint64_t h = hexo_fnv_init(), total = 0;
	ssize_t n;

	if (fd < 0)
		return -1;
	while ((n = read(fd, buf, sizeof(buf))) > 0) {
		/* reads of a regular file fill the buffer except at EOF */
		h = hexo_fnv_update(h, buf, (size_t)n);
		total += (uint64_t)n;
	}
	close(fd);
	if (n < 0)
		return -1;
	*size = total;
	*sum = h;
	return 0;
}
