/* malloc family replacement. Calls made from application code are served from
 * the migrated heap, a region at HEXO_HEAP_BASE of HERMIT_MEM bytes whose
 * allocator metadata lives inside it (so heap.bin carries it). Calls from libc
 * or the runtime use a private, non-migrated arena. */

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "hexo_rt.h"

extern char __hexo_app_text_start[] __attribute__((weak));
extern char __hexo_app_text_end[] __attribute__((weak));

#define ARENA_MAGIC 0x48455841524e4131ULL
#define ALIGN 16UL
#define HDR 16UL

struct block {
	uint64_t size;  /* payload size, multiple of 16 */
	uint64_t next;  /* free list link (address), or 1 when in use */
};

struct arena {
	uint64_t magic;
	uint64_t base, top, limit;
	uint64_t free_head;
	uint64_t pad;
};

static struct arena *app_arena, *priv_arena;
static volatile int heap_lock;

static void lock(void)
{
	while (__atomic_exchange_n(&heap_lock, 1, __ATOMIC_ACQUIRE))
		;
}

static void unlock(void)
{
	__atomic_store_n(&heap_lock, 0, __ATOMIC_RELEASE);
}

static struct arena *arena_map(uintptr_t at, uint64_t size)
{
	int flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE;
	void *p;
	struct arena *a;

	if (at)
		flags |= MAP_FIXED_NOREPLACE;
	p = mmap((void *)at, size, PROT_READ | PROT_WRITE, flags, -1, 0);
	if (p == MAP_FAILED || (at && (uintptr_t)p != at)) {
		static const char m[] = "hexo-lite: error: cannot map the heap region (HERMIT_MEM too large?)\n";

		if (write(2, m, sizeof(m) - 1) < 0)
			_exit(HEXO_EXIT_INTERNAL);
		_exit(HEXO_EXIT_INTERNAL);
	}
	a = p;
	a->magic = ARENA_MAGIC;
	a->base = (uint64_t)(uintptr_t)p;
	a->top = a->base + sizeof(struct arena);
	a->limit = a->base + size;
	a->free_head = 0;
	return a;
}

void hexo_heap_ensure(void)
{
	if (!app_arena) {
		unsigned long mem = hexo_cfg.mem ? hexo_cfg.mem : 512UL << 20;

		app_arena = arena_map(HEXO_HEAP_BASE, (mem + HEXO_PAGE - 1) & ~(HEXO_PAGE - 1));
	}
}

uintptr_t hexo_heap_used(void)
{
	hexo_heap_ensure();
	return (uintptr_t)(((app_arena->top - app_arena->base) + HEXO_PAGE - 1) & ~(HEXO_PAGE - 1));
}

static int from_app(void *ret)
{
	return (char *)ret >= __hexo_app_text_start && (char *)ret < __hexo_app_text_end;
}

static struct arena *pick(void *ret)
{
	if (from_app(ret)) {
		hexo_heap_ensure();
		return app_arena;
	}
	if (!priv_arena)
		priv_arena = arena_map(0, 1UL << 30);
	return priv_arena;
}

static struct arena *owner(void *p)
{
	uintptr_t a = (uintptr_t)p;

	if (app_arena && a >= app_arena->base && a < app_arena->limit)
		return app_arena;
	if (priv_arena && a >= priv_arena->base && a < priv_arena->limit)
		return priv_arena;
	return NULL;
}

static void *arena_alloc(struct arena *a, size_t n, size_t align)
{
	uint64_t size = (n + ALIGN - 1) & ~(ALIGN - 1);
	uint64_t *link = &a->free_head;
	struct block *b;
	uint64_t start;

	if (size == 0)
		size = ALIGN;
	if (align <= ALIGN) {
		while (*link) {
			b = (struct block *)(uintptr_t)*link;
			if (b->size >= size) {
				*link = b->next;
				b->next = 1;
				return (char *)b + HDR;
			}
			link = &b->next;
		}
	}
	start = a->top;
	if (align > ALIGN) {
		uint64_t payload = (start + HDR + align - 1) & ~((uint64_t)align - 1);

		start = payload - HDR;
	}
	if (start + HDR + size > a->limit || start + HDR + size < start) {
		if (a == app_arena) {
			char m[160];
			int k = snprintf(m, sizeof(m), "hexo-lite: error: malloc(%zu) fails: the heap (HERMIT_MEM=%lu bytes) is exhausted\n",
					 n, hexo_cfg.mem);

			if (write(2, m, (size_t)k) < 0)
				return NULL;
		}
		return NULL;
	}
	b = (struct block *)(uintptr_t)start;
	b->size = size;
	b->next = 1;
	a->top = start + HDR + size;
	return (char *)b + HDR;
}

static void *do_alloc(void *ret, size_t n, size_t align)
{
	void *p;

	if (hexo_stream_slot && n <= HEXO_STREAM_SLOT && align <= ALIGN) {
		/* fopen() called by the application: its FILE goes to the slot at a
		 * fixed address, where the destination reopens it (streams.c) */
		p = hexo_stream_slot;
		hexo_stream_slot = NULL;
		return p;
	}
	lock();
	p = arena_alloc(pick(ret), n, align);
	unlock();
	if (!p)
		errno = ENOMEM;
	return p;
}

static size_t usable(void *p)
{
	return p ? ((struct block *)((char *)p - HDR))->size : 0;
}

void *malloc(size_t n)
{
	return do_alloc(__builtin_return_address(0), n, ALIGN);
}

void *calloc(size_t k, size_t n)
{
	size_t t;
	void *p;

	if (__builtin_mul_overflow(k, n, &t)) {
		errno = ENOMEM;
		return NULL;
	}
	p = do_alloc(__builtin_return_address(0), t, ALIGN);
	if (p)
		memset(p, 0, t);
	return p;
}

void free(void *p)
{
	struct arena *a;
	struct block *b;

	if (!p)
		return;
	lock();
	a = owner(p);
	if (a) {
		b = (struct block *)((char *)p - HDR);
		if ((uint64_t)(uintptr_t)p + b->size == a->top) {
			a->top = (uint64_t)(uintptr_t)b;
		} else {
			b->next = a->free_head;
			a->free_head = (uint64_t)(uintptr_t)b;
		}
	}
	unlock();
}

void *realloc(void *p, size_t n)
{
	void *q;
	size_t old;

	if (!p)
		return do_alloc(__builtin_return_address(0), n, ALIGN);
	if (n == 0) {
		free(p);
		return NULL;
	}
	old = usable(p);
	if (n <= old)
		return p;
	lock();
	q = arena_alloc(owner(p) ? owner(p) : pick(__builtin_return_address(0)), n, ALIGN);
	unlock();
	if (!q) {
		errno = ENOMEM;
		return NULL;
	}
	memcpy(q, p, old);
	free(p);
	return q;
}

void *memalign(size_t align, size_t n)
{
	return do_alloc(__builtin_return_address(0), n, align);
}

void *aligned_alloc(size_t align, size_t n)
{
	return do_alloc(__builtin_return_address(0), n, align);
}

void *valloc(size_t n)
{
	return do_alloc(__builtin_return_address(0), n, HEXO_PAGE);
}

void *pvalloc(size_t n)
{
	return do_alloc(__builtin_return_address(0), (n + HEXO_PAGE - 1) & ~(HEXO_PAGE - 1), HEXO_PAGE);
}

int posix_memalign(void **out, size_t align, size_t n)
{
	void *p;

	if (align < sizeof(void *) || (align & (align - 1)))
		return EINVAL;
	p = do_alloc(__builtin_return_address(0), n, align);
	if (!p)
		return ENOMEM;
	*out = p;
	return 0;
}

size_t malloc_usable_size(void *p)
{
	return usable(p);
}

/* strdup() & co. allocate for their caller: from application code, in the
 * migrated heap (libc's own would allocate from inside libc, i.e. privately). */
char *strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = do_alloc(__builtin_return_address(0), n, ALIGN);

	if (p)
		memcpy(p, s, n);
	return p;
}

char *strndup(const char *s, size_t max)
{
	size_t n = strnlen(s, max);
	char *p = do_alloc(__builtin_return_address(0), n + 1, ALIGN);

	if (p) {
		memcpy(p, s, n);
		p[n] = 0;
	}
	return p;
}
