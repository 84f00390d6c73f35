/* stack.bin.<tid>: the frames from the migration point up to main, each with
 * its function name, call line and every in-scope local by name and bytes.
 * Layout (little-endian): "HXSTK001", u32 nframes, u64 sp_lo, u64 sp_hi, then
 * per frame: u16 len, name, u32 line, u32 nvars, and per variable: u16 len,
 * name, u64 source address, u32 size, u8 is_pointer, bytes. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hexo_rt.h"

struct buf {
	char *p;
	size_t len, cap, pos;
};

static void put(struct buf *b, const void *d, size_t n)
{
	if (b->len + n > b->cap) {
		b->cap = (b->len + n) * 2 + 4096;
		b->p = realloc(b->p, b->cap);
		if (!b->p)
			hexo_die(HEXO_EXIT_INTERNAL, "stack.bin: out of memory");
	}
	memcpy(b->p + b->len, d, n);
	b->len += n;
}

static void put_str(struct buf *b, const char *s)
{
	uint16_t n = (uint16_t)strlen(s);

	put(b, &n, 2);
	put(b, s, n);
}

int hexo_stack_save(const char *path, struct hexo_frame *f, int n)
{
	struct buf b = { 0 };
	uint32_t nf = (uint32_t)n;
	uint64_t lo = (uintptr_t)__builtin_frame_address(0), hi = f[n - 1].cfa + (1UL << 20);
	int i, j, fd;

	put(&b, "HXSTK001", 8);
	put(&b, &nf, 4);
	put(&b, &lo, 8);
	put(&b, &hi, 8);
	for (i = 0; i < n; i++) {
		uint32_t line = (uint32_t)f[i].line, nv = 0;
		size_t nv_at;

		put_str(&b, f[i].fn->name);
		put(&b, &line, 4);
		nv_at = b.len;
		put(&b, &nv, 4);
		for (j = 0; j < f[i].fn->nvars; j++) {
			const struct hexo_var *v = &f[i].fn->vars[j];
			uint64_t addr = f[i].cfa + (uintptr_t)v->fboff;
			uint32_t sz = v->size;
			uint8_t isptr = (uint8_t)v->isptr;

			if (!hexo_var_in_scope(v, f[i].pc))
				continue;
			put_str(&b, v->name);
			put(&b, &addr, 8);
			put(&b, &sz, 4);
			put(&b, &isptr, 1);
			put(&b, (void *)(uintptr_t)addr, sz);
			nv++;
		}
		memcpy(b.p + nv_at, &nv, 4);
	}
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0 || hexo_io_full(fd, b.p, b.len, 1) < 0) {
		hexo_err("%s: cannot write", path);
		return -1;
	}
	close(fd);
	free(b.p);
	return 0;
}

/* ---- resume side ---- */

struct svar {
	char name[64];
	uint64_t addr;
	uint32_t size;
	uint8_t isptr;
	const unsigned char *bytes;
};
struct sframe {
	char name[64];
	uint32_t line;
	uint32_t nvars;
	struct svar *vars;
};

static struct sframe *sframes;
static uint32_t nsframes;
static uint64_t src_lo, src_hi;
static const char *stack_path;

static void get(struct buf *b, void *d, size_t n)
{
	if (b->pos + n > b->len)
		hexo_die(HEXO_EXIT_CHKPT, "%s: truncated or malformed (record at offset %zu)", stack_path, b->pos);
	memcpy(d, b->p + b->pos, n);
	b->pos += n;
}

static void get_str(struct buf *b, char *d, size_t cap)
{
	uint16_t n;

	get(b, &n, 2);
	if (n >= cap)
		hexo_die(HEXO_EXIT_CHKPT, "%s: malformed name at offset %zu", stack_path, b->pos);
	get(b, d, n);
	d[n] = 0;
}

int hexo_stack_load(const char *path)
{
	static struct buf b;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	off_t sz;
	char magic[8];
	uint32_t i, j;

	stack_path = path;
	if (fd < 0)
		hexo_die(HEXO_EXIT_CHKPT, "%s: missing", path);
	sz = lseek(fd, 0, SEEK_END);
	b.p = malloc((size_t)sz + 1);
	b.len = (size_t)sz;
	if (!b.p || pread(fd, b.p, b.len, 0) != (ssize_t)b.len)
		hexo_die(HEXO_EXIT_CHKPT, "%s: cannot read", path);
	close(fd);
	get(&b, magic, 8);
	if (memcmp(magic, "HXSTK001", 8))
		hexo_die(HEXO_EXIT_CHKPT, "%s: bad magic (not a hexo-lite stack file)", path);
	get(&b, &nsframes, 4);
	get(&b, &src_lo, 8);
	get(&b, &src_hi, 8);
	if (nsframes == 0 || nsframes > HEXO_MAX_FRAMES)
		hexo_die(HEXO_EXIT_CHKPT, "%s: bad frame count %u", path, nsframes);
	sframes = calloc(nsframes, sizeof(*sframes));
	for (i = 0; i < nsframes; i++) {
		get_str(&b, sframes[i].name, sizeof(sframes[i].name));
		get(&b, &sframes[i].line, 4);
		get(&b, &sframes[i].nvars, 4);
		if (sframes[i].nvars > 100000)
			hexo_die(HEXO_EXIT_CHKPT, "%s: bad variable count", path);
		sframes[i].vars = calloc(sframes[i].nvars + 1, sizeof(struct svar));
		for (j = 0; j < sframes[i].nvars; j++) {
			struct svar *v = &sframes[i].vars[j];

			get_str(&b, v->name, sizeof(v->name));
			get(&b, &v->addr, 8);
			get(&b, &v->size, 4);
			get(&b, &v->isptr, 1);
			if (b.pos + v->size > b.len)
				hexo_die(HEXO_EXIT_CHKPT, "%s: truncated in variable %s", path, v->name);
			v->bytes = (const unsigned char *)b.p + b.pos;
			b.pos += v->size;
		}
	}
	if (b.pos != b.len)
		hexo_die(HEXO_EXIT_CHKPT, "%s: %zu trailing bytes", path, b.len - b.pos);
	return 0;
}

int hexo_stack_chain_matches(const struct hexo_frame *f, int n)
{
	int i;

	if ((uint32_t)n != nsframes)
		return 0;
	for (i = 0; i < n; i++)
		if (strcmp(f[i].fn->name, sframes[i].name) || (uint32_t)f[i].line != sframes[i].line)
			return 0;
	return 1;
}

/* A pointer-typed local holding the address of a source local is rewritten to
 * the same byte of the destination's local of that name. */
static int translate(uint64_t val, struct hexo_frame *f, uint64_t *out)
{
	uint32_t i, j;
	int k;

	for (i = 0; i < nsframes; i++)
		for (j = 0; j < sframes[i].nvars; j++) {
			struct svar *s = &sframes[i].vars[j];

			if (val < s->addr || val >= s->addr + s->size)
				continue;
			for (k = 0; k < f[i].fn->nvars; k++) {
				const struct hexo_var *d = &f[i].fn->vars[k];

				if (!strcmp(d->name, s->name)) {
					*out = f[i].cfa + (uintptr_t)d->fboff + (val - s->addr);
					return 1;
				}
			}
		}
	return 0;
}

void hexo_stack_restore(struct hexo_frame *f, int n)
{
	int i, k;
	uint32_t j;

	for (i = 0; i < n; i++) {
		for (j = 0; j < sframes[i].nvars; j++) {
			struct svar *s = &sframes[i].vars[j];
			const struct hexo_var *d = NULL;
			void *dst;

			for (k = 0; k < f[i].fn->nvars; k++)
				if (!strcmp(f[i].fn->vars[k].name, s->name)) {
					d = &f[i].fn->vars[k];
					break;
				}
			if (!d || d->size != s->size)
				hexo_die(HEXO_EXIT_CHKPT, "%s: local %s of %s: %s in this binary", stack_path, s->name,
					 s->name[0] ? sframes[i].name : "?", d ? "size differs" : "not found");
			dst = (void *)(f[i].cfa + (uintptr_t)d->fboff);
			if (s->isptr && s->size == 8) {
				uint64_t val, nv;

				memcpy(&val, s->bytes, 8);
				if (val >= src_lo && val < src_hi) {
					if (translate(val, f, &nv)) {
						hexo_log("%s: pointer %s translated %#lx -> %#lx", sframes[i].name, s->name,
							 (unsigned long)val, (unsigned long)nv);
						memcpy(dst, &nv, 8);
					} else {
						hexo_log("%s: pointer %s into the source stack outside any local: keeping this process's value",
							 sframes[i].name, s->name);
					}
					continue;
				}
			}
			memcpy(dst, s->bytes, s->size);
		}
	}
}
