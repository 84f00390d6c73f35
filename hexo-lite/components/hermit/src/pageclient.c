/* Post-copy destination: the migrated regions are made inaccessible and each
 * page is pulled from the source on first touch (SIGSEGV handler) while a
 * background thread prefetches the rest. A fetched page is filled in a
 * scratch mapping and moved into place with mremap, so no thread ever sees a
 * half-filled page. */

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
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
	errno = 0;
	if (hexo_send_full(sock, &q, sizeof(q)) < 0 || hexo_io_full(sock, tmp, len, 0) < 0)
		hexo_die(HEXO_EXIT_NET, "post-copy: lost the page server %s:%d or timed out after %d s (%s)",
			 hexo_cfg.server, hexo_cfg.port, hexo_cfg.timeout, errno ? strerror(errno) : "connection closed");
	/* The only way in: the filled pages replace the inaccessible ones in one
	 * step. Making dst accessible first and copying would let the application
	 * read the unfilled pages or lose its writes to them. */
	if (mremap(tmp, len, len, MREMAP_MAYMOVE | MREMAP_FIXED, dst) == MAP_FAILED)
		hexo_die(HEXO_EXIT_INTERNAL, "post-copy: cannot move %u pulled page(s) into place at %p: %s", k, dst,
			 strerror(errno));
	for (i = 0; i < k; i++)
		r->got[idx + i] = 1;
	fetched += k;
	if (fetched == total) {
		close(sock);
		hexo_log("post-copy: all %lu pages pulled", (unsigned long)total);
	}
}

/* Async-signal-safe formatting for the fault handler's last words. */
static char *put_str(char *p, char *end, const char *s)
{
	while (*s && p < end)
		*p++ = *s++;
	return p;
}

static char *put_num(char *p, char *end, uint64_t v, unsigned base)
{
	char d[24];
	int n = 0;

	if (base == 16)
		p = put_str(p, end, "0x");
	do {
		d[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	while (n && p < end)
		*p++ = d[--n];
	return p;
}

/* A SIGSEGV the page client cannot resolve: say where and why on stderr, then
 * give the signal its previous action (the access is retried and kills the
 * process as before, with a core if enabled). */
static void segv_give_up(uintptr_t a, int code, const char *why)
{
	static const char *names[3] = { " data ", " bss ", " heap " };
	char m[400], *p = m, *end = m + sizeof(m) - 1;
	int i;

	p = put_str(p, end, "hexo-lite: error: post-copy: SIGSEGV at ");
	p = put_num(p, end, a, 16);
	p = put_str(p, end, " (si_code ");
	p = put_num(p, end, (uint64_t)(unsigned)code, 10);
	p = put_str(p, end, "): ");
	p = put_str(p, end, why);
	p = put_str(p, end, "; migrated regions:");
	for (i = 0; i < 3; i++) {
		p = put_str(p, end, names[i]);
		p = put_num(p, end, regs[i].start, 16);
		p = put_str(p, end, "+");
		p = put_num(p, end, regs[i].npages, 10);
		p = put_str(p, end, "p");
	}
	p = put_str(p, end, "; pulled ");
	p = put_num(p, end, fetched, 10);
	p = put_str(p, end, "/");
	p = put_num(p, end, total, 10);
	*p++ = '\n';
	if (write(2, m, (size_t)(p - m)) < 0)
		m[0] = 0;
	sigaction(SIGSEGV, &old_segv, NULL);
}

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	static uintptr_t last;
	static unsigned repeats;
	uintptr_t a = (uintptr_t)si->si_addr;
	int saved = errno, i;

	(void)ctx;
	(void)sig;
	for (i = 0; i < 3; i++) {
		struct preg *r = &regs[i];

		if (a >= r->start && a < r->start + r->npages * HEXO_PAGE) {
			uint64_t idx = (a - r->start) / HEXO_PAGE;
			int stuck = 0;

			pthread_mutex_lock(&mu);
			if (!r->got[idx]) {
				fetch(r, idx, 1);
				repeats = 0;
			} else if (a != last) {
				repeats = 0; /* pulled meanwhile by the prefetch thread: retry the access */
			} else if (++repeats >= 3) {
				stuck = 1;
			}
			last = a;
			pthread_mutex_unlock(&mu);
			if (stuck)
				segv_give_up(a, si->si_code, "the page was pulled but the access still faults");
			errno = saved;
			return;
		}
	}
	segv_give_up(a, si->si_code, "outside the pages pulled from the source (an application fault)");
	errno = saved;
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
	/* The source announces its page server before the destination starts, so a refusal that
	 * lasts is a wrong address or a missing forward: give up in seconds, not the read timeout. */
	time_t deadline = time(NULL) + hexo_cfg.connect_timeout;

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
				 hexo_cfg.server, hexo_cfg.port, hexo_cfg.connect_timeout, strerror(errno));
		usleep(100000);
	}
	/* Out of the way of the application's descriptors, which hexo_fds_restore()
	 * dup2()s back to their source numbers after this. */
	{
		int high = fcntl(sock, F_DUPFD_CLOEXEC, 900);

		if (high >= 0) {
			close(sock);
			sock = high;
		}
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
