/* stack.bin.<tid>: the frames from the migration point up to main, each with
 * its function name, call line, the call site it is suspended at (callee,
 * ordinal, line of the call instruction) and every in-scope local by name and
 * bytes. Layout (little-endian): "HXSTK003", u32 nframes, u64 sp_lo, u64
 * sp_hi, then per frame: u16 len, name, u32 line, u16 len, callee, i32
 * ordinal (-1: call site unknown), u32 call line, u32 nvars, and per
 * variable: u16 len, name, u64 source address, u32 size, u8 is_pointer,
 * u16 nleaves and per leaf (the struct layout of a struct-typed local: u16
 * len, member path, u32 offset, u32 size, u8 kind), bytes; then the source's
 * argument and environment strings: u32 count, and per string u8 kind (0
 * argv, 1 envp), u32 index, u64 address, u32 length, u16 len, name (an
 * environment variable's name). */
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

static void put_leaves(struct buf *b, const struct hexo_var *v)
{
	uint16_t n = (uint16_t)v->nleaves;
	int k;

	put(b, &n, 2);
	for (k = 0; k < v->nleaves; k++) {
		put_str(b, v->leaves[k].path);
		put(b, &v->leaves[k].off, 4);
		put(b, &v->leaves[k].size, 4);
		put(b, &v->leaves[k].kind, 1);
	}
}

/* Where this process's argv and environment strings are, so that a local
 * pointing into one (outfile = argv[3], getenv()) can be translated. */
static void put_strings(struct buf *b)
{
	uint32_t n = 0, i;
	size_t at = b->len;
	int kind;

	put(b, &n, 4);
	for (kind = 0; kind < 2; kind++) {
		char **v = kind ? hexo_proc_envp : hexo_proc_argv;

		for (i = 0; v && v[i]; i++) {
			uint8_t k = (uint8_t)kind;
			uint64_t addr = (uintptr_t)v[i];
			uint32_t len = (uint32_t)strlen(v[i]);
			const char *eq = kind ? strchr(v[i], '=') : NULL;
			char name[64] = "";

			if (eq && (size_t)(eq - v[i]) < sizeof(name))
				memcpy(name, v[i], (size_t)(eq - v[i]));
			put(b, &k, 1);
			put(b, &i, 4);
			put(b, &addr, 8);
			put(b, &len, 4);
			put_str(b, name);
			n++;
		}
	}
	memcpy(b->p + at, &n, 4);
}

int hexo_stack_save(const char *path, struct hexo_frame *f, int n)
{
	struct buf b = { 0 };
	uint32_t nf = (uint32_t)n;
	uint64_t lo = (uintptr_t)__builtin_frame_address(0), hi = f[n - 1].cfa + (1UL << 20);
	int i, j, fd;

	put(&b, "HXSTK003", 8);
	put(&b, &nf, 4);
	put(&b, &lo, 8);
	put(&b, &hi, 8);
	for (i = 0; i < n; i++) {
		uint32_t line = (uint32_t)f[i].line, nv = 0;
		size_t nv_at;

		const struct hexo_call *c = hexo_meta_call_at(f[i].fn, f[i].pc + 1);
		int32_t ord = c ? c->ord : -1;
		uint32_t cline = c ? (uint32_t)c->line : 0;

		put_str(&b, f[i].fn->name);
		put(&b, &line, 4);
		put_str(&b, c ? c->callee : (i ? f[i - 1].fn->name : "popcorn_check_migrate"));
		put(&b, &ord, 4);
		put(&b, &cline, 4);
		nv_at = b.len;
		put(&b, &nv, 4);
		for (j = 0; j < f[i].fn->nvars; j++) {
			const struct hexo_var *v = &f[i].fn->vars[j];
			uint64_t addr = hexo_var_addr(&f[i], v);
			uint32_t sz = v->size;
			uint8_t isptr = (uint8_t)v->isptr;

			if (!hexo_var_in_scope(v, f[i].pc))
				continue;
			if (v->kind == HEXO_VAR_ELSEWHERE)
				hexo_die(HEXO_EXIT_INTERNAL, "migration point: %s %s of %s lives neither in its frame nor "
					 "at a callee-saved register; it cannot be migrated",
					 v->param >= 0 ? "parameter" : "local", v->name, f[i].fn->name);
			put_str(&b, v->name);
			put(&b, &addr, 8);
			put(&b, &sz, 4);
			put(&b, &isptr, 1);
			put_leaves(&b, v);
			put(&b, (void *)(uintptr_t)addr, sz);
			nv++;
		}
		memcpy(b.p + nv_at, &nv, 4);
	}
	put_strings(&b);
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
	uint16_t nleaves;
	struct hexo_leaf *leaves;
	const unsigned char *bytes;
};
struct sframe {
	struct hexo_sframe h;
	uint32_t nvars;
	struct svar *vars;
};

struct sstring {
	uint8_t kind;
	uint32_t index;
	uint64_t addr;
	uint32_t len;
	char name[64];
};

static struct sframe *sframes;
static struct sstring *sstrings;
static uint32_t nsstrings;
static char **own_argv, **own_envp;
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
	int k;

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
	if (memcmp(magic, "HXSTK003", 8))
		hexo_die(HEXO_EXIT_CHKPT, "%s: bad magic (not a hexo-lite stack file)", path);
	get(&b, &nsframes, 4);
	get(&b, &src_lo, 8);
	get(&b, &src_hi, 8);
	if (nsframes == 0 || nsframes > HEXO_MAX_FRAMES)
		hexo_die(HEXO_EXIT_CHKPT, "%s: bad frame count %u", path, nsframes);
	sframes = calloc(nsframes, sizeof(*sframes));
	for (i = 0; i < nsframes; i++) {
		get_str(&b, sframes[i].h.name, sizeof(sframes[i].h.name));
		get(&b, &sframes[i].h.line, 4);
		get_str(&b, sframes[i].h.callee, sizeof(sframes[i].h.callee));
		get(&b, &sframes[i].h.ord, 4);
		get(&b, &sframes[i].h.call_line, 4);
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
			get(&b, &v->nleaves, 2);
			v->leaves = calloc(v->nleaves + 1, sizeof(*v->leaves));
			for (k = 0; k < v->nleaves; k++) {
				get_str(&b, v->leaves[k].path, sizeof(v->leaves[k].path));
				get(&b, &v->leaves[k].off, 4);
				get(&b, &v->leaves[k].size, 4);
				get(&b, &v->leaves[k].kind, 1);
				if (v->leaves[k].off + v->leaves[k].size > v->size)
					hexo_die(HEXO_EXIT_CHKPT, "%s: malformed layout of %s", path, v->name);
			}
			if (b.pos + v->size > b.len)
				hexo_die(HEXO_EXIT_CHKPT, "%s: truncated in variable %s", path, v->name);
			v->bytes = (const unsigned char *)b.p + b.pos;
			b.pos += v->size;
		}
	}
	get(&b, &nsstrings, 4);
	if (nsstrings > 1000000)
		hexo_die(HEXO_EXIT_CHKPT, "%s: bad string count", path);
	sstrings = calloc(nsstrings + 1, sizeof(*sstrings));
	for (i = 0; i < nsstrings; i++) {
		get(&b, &sstrings[i].kind, 1);
		get(&b, &sstrings[i].index, 4);
		get(&b, &sstrings[i].addr, 8);
		get(&b, &sstrings[i].len, 4);
		get_str(&b, sstrings[i].name, sizeof(sstrings[i].name));
	}
	if (b.pos != b.len)
		hexo_die(HEXO_EXIT_CHKPT, "%s: %zu trailing bytes", path, b.len - b.pos);
	return 0;
}

int hexo_stack_nframes(void)
{
	return (int)nsframes;
}

const struct hexo_sframe *hexo_stack_frame(int i)
{
	return &sframes[i].h;
}

void hexo_stack_own_args(char **argv, char **envp)
{
	own_argv = argv;
	own_envp = envp;
}

int hexo_stack_chain_matches(const struct hexo_frame *f, int n)
{
	int i;

	if ((uint32_t)n != nsframes)
		return 0;
	for (i = 0; i < n; i++)
		if (strcmp(f[i].fn->name, sframes[i].h.name) || (uint32_t)f[i].line != sframes[i].h.line)
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
					*out = hexo_var_addr(&f[i], d) + (val - s->addr);
					return 1;
				}
			}
		}
	return 0;
}

/* A pointer into one of the source's argv or environment strings is moved to
 * the same byte of this process's argv[i] or of its variable of that name. */
static int translate_string(uint64_t val, uint64_t *out)
{
	uint32_t i, j;

	for (i = 0; i < nsstrings; i++) {
		const struct sstring *s = &sstrings[i];
		char **own = s->kind ? own_envp : own_argv;

		if (val < s->addr || val > s->addr + s->len || !own)
			continue;
		for (j = 0; own[j]; j++) {
			size_t nl = strlen(s->name);

			if (s->kind ? !strncmp(own[j], s->name, nl) && own[j][nl] == '=' : j == s->index) {
				if (val - s->addr > strlen(own[j]))
					return 0;
				*out = (uintptr_t)own[j] + (val - s->addr);
				return 1;
			}
		}
		return 0;
	}
	return 0;
}

/* Every local of this binary in scope at the frame's call site must be in
 * the checkpoint, or it would silently start at zero. */
static void check_complete(const struct hexo_frame *f, int i)
{
	int k;
	uint32_t j;

	for (k = 0; k < f[i].fn->nvars; k++) {
		const struct hexo_var *d = &f[i].fn->vars[k];

		if (!hexo_var_in_scope(d, f[i].pc))
			continue;
		for (j = 0; j < sframes[i].nvars; j++)
			if (!strcmp(sframes[i].vars[j].name, d->name))
				break;
		if (j == sframes[i].nvars)
			hexo_die(HEXO_EXIT_CHKPT, "%s: local %s of %s (frame %d) is not in the checkpoint", stack_path,
				 d->name, f[i].fn->name, i);
		if (d->kind == HEXO_VAR_ELSEWHERE)
			hexo_die(HEXO_EXIT_CHKPT, "%s: local %s of %s lives neither in its frame nor at a callee-saved "
				 "register in this binary: it cannot be migrated", stack_path, d->name, f[i].fn->name);
	}
}

static int same_layout(const struct svar *s, const struct hexo_var *d)
{
	int k;

	if (s->size != d->size || s->nleaves != d->nleaves)
		return 0;
	for (k = 0; k < d->nleaves; k++)
		if (strcmp(s->leaves[k].path, d->leaves[k].path) || s->leaves[k].off != d->leaves[k].off ||
		    s->leaves[k].size != d->leaves[k].size)
			return 0;
	return 1;
}

/* A struct laid out differently by the two ISAs' C libraries (struct stat):
 * each member of this binary's layout gets the source member of the same
 * name, integers widened or narrowed, floating values converted; members the
 * source lacks start at zero, members only the source has are dropped. */
static void translate_members(const struct svar *s, const struct hexo_var *d, void *dst, const char *fn)
{
	int k, j;

	if (!s->nleaves || !d->nleaves)
		hexo_die(HEXO_EXIT_CHKPT, "%s: local %s of %s: size %u here, %u in the checkpoint, and no member layout "
			 "to translate it", stack_path, s->name, fn, d->size, s->size);
	memset(dst, 0, d->size);
	for (k = 0; k < d->nleaves; k++) {
		const struct hexo_leaf *dl = &d->leaves[k];
		const struct hexo_leaf *sl = NULL;
		unsigned char *to = (unsigned char *)dst + dl->off;
		const unsigned char *from;

		for (j = 0; j < s->nleaves && !sl; j++)
			if (!strcmp(s->leaves[j].path, dl->path))
				sl = &s->leaves[j];
		if (!sl)
			continue;
		from = s->bytes + sl->off;
		if (sl->size == dl->size) {
			memcpy(to, from, dl->size);
		} else if ((sl->kind == 'i' || sl->kind == 'u') && (dl->kind == 'i' || dl->kind == 'u') &&
			   sl->size <= 8 && dl->size <= 8) {
			uint64_t v = 0;

			memcpy(&v, from, sl->size);
			if (sl->kind == 'i' && sl->size < 8 && (v >> (8 * sl->size - 1)) & 1)
				v |= ~0ULL << (8 * sl->size);
			memcpy(to, &v, dl->size);
		} else if (sl->kind == 'f' && dl->kind == 'f' && (sl->size == 4 || sl->size == 8) &&
			   (dl->size == 4 || dl->size == 8)) {
			double x;
			float y;

			if (sl->size == 4) {
				memcpy(&y, from, 4);
				x = y;
			} else {
				memcpy(&x, from, 8);
			}
			y = (float)x;
			memcpy(to, dl->size == 4 ? (void *)&y : (void *)&x, dl->size);
		} else {
			memcpy(to, from, sl->size < dl->size ? sl->size : dl->size);
		}
	}
	hexo_log("%s: local %s translated member by member (%u -> %u bytes)", fn, s->name, s->size, d->size);
}

void hexo_stack_restore(struct hexo_frame *f, int n, int complete)
{
	int i, k;
	uint32_t j;

	for (i = 0; i < n; i++) {
		if (complete)
			check_complete(f, i);
		for (j = 0; j < sframes[i].nvars; j++) {
			struct svar *s = &sframes[i].vars[j];
			const struct hexo_var *d = NULL;
			void *dst;

			for (k = 0; k < f[i].fn->nvars; k++)
				if (!strcmp(f[i].fn->vars[k].name, s->name)) {
					d = &f[i].fn->vars[k];
					break;
				}
			if (!d)
				hexo_die(HEXO_EXIT_CHKPT, "%s: local %s of %s: not found in this binary", stack_path, s->name,
					 sframes[i].h.name);
			dst = (void *)hexo_var_addr(&f[i], d);
			if (!same_layout(s, d)) {
				translate_members(s, d, dst, sframes[i].h.name);
				continue;
			}
			if (s->isptr && s->size == 8) {
				uint64_t val, nv;

				memcpy(&val, s->bytes, 8);
				if (own_argv && translate_string(val, &nv)) {
					hexo_log("%s: pointer %s into an argument or environment string translated", sframes[i].h.name,
						 s->name);
					memcpy(dst, &nv, 8);
					continue;
				}
				if (val >= src_lo && val < src_hi) {
					if (translate(val, f, &nv)) {
						hexo_log("%s: pointer %s translated %#lx -> %#lx", sframes[i].h.name, s->name,
							 (unsigned long)val, (unsigned long)nv);
						memcpy(dst, &nv, 8);
					} else if (own_argv && d->param >= 1 && d->param <= 2 && !strcmp(f[i].fn->name, "main")) {
						char **own = d->param == 1 ? own_argv : own_envp;

						hexo_log("main: parameter %s is this process's %s", s->name,
							 d->param == 1 ? "argv" : "envp");
						memcpy(dst, &own, 8);
					} else {
						hexo_log("%s: pointer %s into the source stack outside any local: keeping this process's value",
							 sframes[i].h.name, s->name);
					}
					continue;
				}
			}
			memcpy(dst, s->bytes, s->size);
		}
	}
}
