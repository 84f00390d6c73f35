/* Post-copy source: serve the application's data, bss and heap pages with
 * HEXO's request packet until everything was served or the client left. */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "hexo_rt.h"

_Static_assert(sizeof(struct hexo_page_req) == 24, "HEXO request packet is 24 bytes");

static int wait_fd(int fd, const char *what)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	int r;

	do
		r = poll(&p, 1, hexo_cfg.timeout * 1000);
	while (r < 0 && errno == EINTR);
	if (r == 0)
		hexo_die(HEXO_EXIT_NET, "post-copy page server %s:%d: timed out after %d s %s", hexo_cfg.bind,
			 hexo_cfg.port, hexo_cfg.timeout, what);
	return r;
}

void hexo_page_server(const struct hexo_mdata *m)
{
	struct hexo_region r[3];
	uint8_t *served[3];
	uint64_t total = 0, done = 0;
	struct sockaddr_in sa;
	int one = 1, ls, cs, i;
	char line[128];

	hexo_regions(r);
	r[2].size = m->heap_size;
	for (i = 0; i < 3; i++) {
		served[i] = calloc(r[i].size / HEXO_PAGE + 1, 1);
		total += r[i].size / HEXO_PAGE;
	}
	ls = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)hexo_cfg.port);
	if (inet_pton(AF_INET, hexo_cfg.bind, &sa.sin_addr) != 1)
		hexo_die(HEXO_EXIT_NET, "HERMIT_MIGRATE_BIND=%s is not an IPv4 address", hexo_cfg.bind);
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (ls < 0 || bind(ls, (struct sockaddr *)&sa, sizeof(sa)) < 0 || listen(ls, 3) < 0)
		hexo_die(HEXO_EXIT_NET, "post-copy page server: cannot listen on %s:%d: %s", hexo_cfg.bind, hexo_cfg.port,
			 strerror(errno));
	snprintf(line, sizeof(line), "Remote page server listenning on port %d...", hexo_cfg.port);
	hexo_say(line);
	wait_fd(ls, "waiting for the resuming side to connect");
	cs = accept(ls, NULL, NULL);
	if (cs < 0)
		hexo_die(HEXO_EXIT_NET, "post-copy page server %s:%d: accept: %s", hexo_cfg.bind, hexo_cfg.port,
			 strerror(errno));
	hexo_say("Client connected!");
	for (;;) {
		struct hexo_page_req q;
		ssize_t n;
		uint64_t first, k;

		if (done == total) {
			hexo_say("Full remote memory served");
			break;
		}
		wait_fd(cs, "waiting for a page request");
		n = recv(cs, &q, sizeof(q), MSG_WAITALL);
		if (n == 0 || (n < 0 && errno == ECONNRESET)) {
			hexo_say("Client exited");
			break;
		}
		if (n != (ssize_t)sizeof(q))
			hexo_die(HEXO_EXIT_NET, "post-copy page server: short request (%zd bytes)", n);
		for (i = 0; i < 3; i++)
			if (q.type == r[i].type)
				break;
		if (i == 3 || q.page_size != HEXO_PAGE || q.npages == 0 || q.address < r[i].start ||
		    q.address + (uint64_t)q.npages * HEXO_PAGE > r[i].start + r[i].size || (q.address % HEXO_PAGE))
			hexo_die(HEXO_EXIT_NET, "post-copy page server: bad request type %u address %#lx pages %u size %u",
				 q.type, (unsigned long)q.address, q.npages, q.page_size);
		if (hexo_send_full(cs, (const void *)(uintptr_t)q.address, (size_t)q.npages * HEXO_PAGE) < 0) {
			hexo_say("Client exited");
			break;
		}
		first = (q.address - r[i].start) / HEXO_PAGE;
		for (k = first; k < first + q.npages; k++)
			if (!served[i][k]) {
				served[i][k] = 1;
				done++;
			}
	}
	hexo_say("Closing Server");
	close(cs);
	close(ls);
}
