/* Post-copy destination: the migrated regions are made inaccessible and each
 * page is pulled from the source on first touch (SIGSEGV handler) while a
 * background thread prefetches the rest. A fetched page is filled in a
 * scratch mapping and moved into place with mremap, so no thread ever sees a
 * half-filled page. */

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "hexo_rt.h"

#define PREFETCH_CHUNK 64

struct preg {
	uintptr_t start;
	uint64_t npages;
	uint32_t type;
	uint8_t *got;
};

static struct preg regs[3];
static int sock = -1;
static uint64_t total, fetched;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static struct sigaction old_segv;

static void fetch(struct preg *r, uint64_t idx, unsigned k)
{
	struct hexo_page_req q;
	size_t len = (size_t)k * HEXO_PAGE;
	void *tmp, *dst = (void *)(r->start + idx * HEXO_PAGE);
	unsigned i;

	memset(&q, 0, sizeof(q));
	q.type = r->type;
	q.address = (uint64_t)(uintptr_t)dst;
	q.npages = (uint8_t)k;
	q.page_size = (uint32_t)HEXO_PAGE;
	tmp = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (tmp == MAP_FAILED)
		hexo_die(HEXO_EXIT_INTERNAL, "post-copy: cannot map a scratch page: %s", strerror(errno));
	if (hexo_io_full(sock, &q, sizeof(q), 1) < 0 || hexo_io_full(sock, tmp, len, 0) < 0)
		hexo_die(HEXO_EXIT_NET, "post-copy: lost the page server %s:%d or timed out after %d s (%s)",
			 hexo_cfg.server, hexo_cfg.port, hexo_cfg.timeout, errno ? strerror(errno) : "connection closed");
	if (mremap(tmp, len, len, MREMAP_MAYMOVE | MREMAP_FIXED, dst) == MAP_FAILED) {
		if (mprotect(dst, len, PROT_READ | PROT_WRITE) < 0)
			hexo_die(HEXO_EXIT_INTERNAL, "post-copy: cannot map %p: %s", dst, strerror(errno));
		memcpy(dst, tmp, len);
		munmap(tmp, len);
	}
	for (i = 0; i < k; i++)
		r->got[idx + i] = 1;
	fetched += k;
	if (fetched == total) {
		close(sock);
		hexo_log("post-copy: all %lu pages pulled", (unsigned long)total);
	}
}

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	uintptr_t a = (uintptr_t)si->si_addr;
	int i;

	for (i = 0; i < 3; i++) {
		struct preg *r = &regs[i];

		if (a >= r->start && a < r->start + r->npages * HEXO_PAGE) {
			uint64_t idx = (a - r->start) / HEXO_PAGE;

			pthread_mutex_lock(&mu);
			if (!r->got[idx])
				fetch(r, idx, 1);
			pthread_mutex_unlock(&mu);
			return;
		}
	}
	(void)ctx;
	(void)sig;
	sigaction(SIGSEGV, &old_segv, NULL); /* a genuine fault: re-raise with the default action */
}

static void *prefetch(void *arg)
{
	int i;

	(void)arg;
	for (i = 0; i < 3; i++) {
		struct preg *r = &regs[i];
		uint64_t p = 0;

		while (p < r->npages) {
			unsigned k = 0;

			pthread_mutex_lock(&mu);
			while (p < r->npages && r->got[p])
				p++;
			while (p + k < r->npages && k < PREFETCH_CHUNK && !r->got[p + k])
				k++;
			if (k)
				fetch(r, p, k);
			pthread_mutex_unlock(&mu);
			p += k;
		}
	}
	return NULL;
}

static void connect_server(void)
{
	struct sockaddr_in sa;
	struct timeval tv = { hexo_cfg.timeout, 0 };
	time_t deadline = time(NULL) + hexo_cfg.timeout;

	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_port = htons((uint16_t)hexo_cfg.port);
	if (inet_pton(AF_INET, hexo_cfg.server, &sa.sin_addr) != 1 || sa.sin_addr.s_addr == 0)
		hexo_die(HEXO_EXIT_NET, "post-copy: HERMIT_MIGRATE_SERVER=%s is not the source's IPv4 address",
			 hexo_cfg.server);
	for (;;) {
		sock = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
		if (sock >= 0 && connect(sock, (struct sockaddr *)&sa, sizeof(sa)) == 0)
			break;
		if (sock >= 0)
			close(sock);
		if (time(NULL) >= deadline)
			hexo_die(HEXO_EXIT_NET, "post-copy: cannot connect to the page server %s:%d within %d s: %s",
				 hexo_cfg.server, hexo_cfg.port, hexo_cfg.timeout, strerror(errno));
		usleep(100000);
	}
	setsockopt(sock, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(sock, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
}

void hexo_page_client_start(const struct hexo_mdata *m)
{
	struct sigaction sa;
	pthread_t t;
	int i;
	const uint64_t start[3] = { m->data_start, m->bss_start, m->heap_start };
	const uint64_t size[3] = { m->data_size, m->bss_size, m->heap_size };
	const uint32_t type[3] = { 3, 2, 1 };

	connect_server();
	for (i = 0; i < 3; i++) {
		regs[i].start = (uintptr_t)start[i];
		regs[i].npages = size[i] / HEXO_PAGE;
		regs[i].type = type[i];
		regs[i].got = calloc(regs[i].npages + 1, 1);
		total += regs[i].npages;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGSEGV, &sa, &old_segv);
	for (i = 0; i < 3; i++)
		if (regs[i].npages && mprotect((void *)regs[i].start, regs[i].npages * HEXO_PAGE, PROT_NONE) < 0)
			hexo_die(HEXO_EXIT_INTERNAL, "post-copy: cannot protect %#lx: %s", (unsigned long)regs[i].start,
				 strerror(errno));
	if (total == 0)
		return;
	if (pthread_create(&t, NULL, prefetch, NULL) != 0)
		hexo_die(HEXO_EXIT_INTERNAL, "post-copy: cannot start the prefetch thread");
	pthread_detach(t);
}
