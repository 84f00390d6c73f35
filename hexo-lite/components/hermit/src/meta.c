/* Loads the frame metadata table (.hexo_meta, a non-allocated ELF section
 * added at build time by hexo-stackinfo) from this program's own file. */
#include <elf.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hexo_rt.h"

struct line_ent {
	uintptr_t addr;
	int line;
};

static struct hexo_func *funcs;
static int nfuncs;
static struct line_ent *lines;
static int nlines;
static int loaded;

static char *read_section(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	Elf64_Ehdr eh;
	Elf64_Shdr *sh = NULL, strsh;
	char *names = NULL, *data = NULL;
	int i;

	if (fd < 0)
		hexo_die(HEXO_EXIT_INTERNAL, "%s: cannot open own executable to read .hexo_meta", path);
	if (pread(fd, &eh, sizeof(eh), 0) != (ssize_t)sizeof(eh) || memcmp(eh.e_ident, ELFMAG, SELFMAG))
		hexo_die(HEXO_EXIT_INTERNAL, "%s: not an ELF file", path);
	sh = calloc(eh.e_shnum, sizeof(*sh));
	if (!sh || pread(fd, sh, eh.e_shnum * sizeof(*sh), (off_t)eh.e_shoff) != (ssize_t)(eh.e_shnum * sizeof(*sh)))
		hexo_die(HEXO_EXIT_INTERNAL, "%s: cannot read section headers", path);
	strsh = sh[eh.e_shstrndx];
	names = malloc(strsh.sh_size);
	if (!names || pread(fd, names, strsh.sh_size, (off_t)strsh.sh_offset) != (ssize_t)strsh.sh_size)
		hexo_die(HEXO_EXIT_INTERNAL, "%s: cannot read section names", path);
	for (i = 0; i < eh.e_shnum; i++) {
		if (strcmp(names + sh[i].sh_name, ".hexo_meta"))
			continue;
		data = malloc(sh[i].sh_size + 1);
		if (!data || pread(fd, data, sh[i].sh_size, (off_t)sh[i].sh_offset) != (ssize_t)sh[i].sh_size)
			hexo_die(HEXO_EXIT_INTERNAL, "%s: cannot read .hexo_meta", path);
		data[sh[i].sh_size] = 0;
		*len = sh[i].sh_size;
		break;
	}
	free(names);
	free(sh);
	close(fd);
	if (!data)
		hexo_die(HEXO_EXIT_INTERNAL, "%s: no .hexo_meta section (was it built with the hexo-lite Makefile?)", path);
	return data;
}

static char *next_tok(char **s)
{
	char *p = *s, *t;

	while (*p == ' ')
		p++;
	t = p;
	while (*p && *p != ' ' && *p != '\n')
		p++;
	if (*p == ' ')
		*p++ = 0;
	*s = p;
	return t;
}

void hexo_meta_load(void)
{
	size_t len = 0;
	char *text, *line, *save = NULL;
	int cap_f = 0, cap_l = 0;
	struct hexo_func *cur = NULL;
	int cap_v = 0, cap_c = 0, k;

	if (loaded)
		return;
	text = read_section("/proc/self/exe", &len);
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		char *p = line + 2;

		if (line[0] == 'F') {
			if (nfuncs == cap_f) {
				cap_f = cap_f ? 2 * cap_f : 64;
				funcs = realloc(funcs, (size_t)cap_f * sizeof(*funcs));
			}
			cur = &funcs[nfuncs++];
			memset(cur, 0, sizeof(*cur));
			strncpy(cur->name, next_tok(&p), sizeof(cur->name) - 1);
			cur->lo = strtoul(next_tok(&p), NULL, 16);
			cur->hi = strtoul(next_tok(&p), NULL, 16);
			cur->cfa_off = strtol(next_tok(&p), NULL, 10);
			cap_v = 0;
			cap_c = 0;
			for (k = 0; k < HEXO_NCSR; k++)
				cur->csr_slot[k] = HEXO_CSR_NONE;
		} else if (line[0] == 'S' && cur) {
			int r = atoi(next_tok(&p));
			long off = strtol(next_tok(&p), NULL, 10);

			if (r >= 0 && r < HEXO_NCSR)
				cur->csr_slot[r] = off;
		} else if (line[0] == 'V' && cur) {
			struct hexo_var *v;
			int k;

			if (cur->nvars == cap_v) {
				cap_v = cap_v ? 2 * cap_v : 16;
				cur->vars = realloc(cur->vars, (size_t)cap_v * sizeof(*cur->vars));
			}
			v = &cur->vars[cur->nvars++];
			memset(v, 0, sizeof(*v));
			strncpy(v->name, next_tok(&p), sizeof(v->name) - 1);
			v->fboff = strtol(next_tok(&p), NULL, 10);
			v->size = (unsigned)strtoul(next_tok(&p), NULL, 10);
			v->isptr = atoi(next_tok(&p));
			v->param = atoi(next_tok(&p));
			v->kind = atoi(next_tok(&p));
			v->nranges = atoi(next_tok(&p));
			if (v->nranges > 8)
				v->nranges = 0; /* too many ranges: treat as function-wide */
			for (k = 0; k < 2 * v->nranges; k++)
				v->ranges[k] = strtoul(next_tok(&p), NULL, 16);
		} else if (line[0] == 'M' && cur && cur->nvars) {
			struct hexo_var *v = &cur->vars[cur->nvars - 1];
			struct hexo_leaf *lf;

			v->leaves = realloc(v->leaves, (size_t)(v->nleaves + 1) * sizeof(*v->leaves));
			if (!v->leaves)
				hexo_die(HEXO_EXIT_INTERNAL, ".hexo_meta: out of memory");
			lf = &v->leaves[v->nleaves++];
			memset(lf, 0, sizeof(*lf));
			strncpy(lf->path, next_tok(&p), sizeof(lf->path) - 1);
			lf->off = (uint32_t)strtoul(next_tok(&p), NULL, 10);
			lf->size = (uint32_t)strtoul(next_tok(&p), NULL, 10);
			lf->kind = *next_tok(&p);
		} else if (line[0] == 'C' && cur) {
			struct hexo_call *c;
			char *tok;

			if (cur->ncalls == cap_c) {
				cap_c = cap_c ? 2 * cap_c : 8;
				cur->calls = realloc(cur->calls, (size_t)cap_c * sizeof(*cur->calls));
				if (!cur->calls)
					hexo_die(HEXO_EXIT_INTERNAL, ".hexo_meta: out of memory");
			}
			c = &cur->calls[cur->ncalls++];
			memset(c, 0, sizeof(*c));
			c->ret = strtoul(next_tok(&p), NULL, 16);
			c->line = atoi(next_tok(&p));
			strncpy(c->callee, next_tok(&p), sizeof(c->callee) - 1);
			c->ord = atoi(next_tok(&p));
			tok = next_tok(&p);
			c->sp_off = *tok == '?' ? HEXO_SP_UNKNOWN : strtol(tok, NULL, 10);
		} else if (line[0] == 'L') {
			if (nlines == cap_l) {
				cap_l = cap_l ? 2 * cap_l : 256;
				lines = realloc(lines, (size_t)cap_l * sizeof(*lines));
			}
			lines[nlines].addr = strtoul(next_tok(&p), NULL, 16);
			lines[nlines].line = atoi(next_tok(&p));
			nlines++;
		}
	}
	if (!funcs || !lines)
		hexo_die(HEXO_EXIT_INTERNAL, "/proc/self/exe: .hexo_meta has no functions or line table");
	loaded = 1;
}

const struct hexo_func *hexo_meta_func(uintptr_t pc)
{
	int i;

	for (i = 0; i < nfuncs; i++)
		if (pc >= funcs[i].lo && pc < funcs[i].hi)
			return &funcs[i];
	return NULL;
}

const struct hexo_func *hexo_meta_func_named(const char *name)
{
	int i;

	hexo_meta_load();
	for (i = 0; i < nfuncs; i++)
		if (!strcmp(funcs[i].name, name))
			return &funcs[i];
	return NULL;
}

const struct hexo_call *hexo_meta_call_at(const struct hexo_func *fn, uintptr_t ret)
{
	int i;

	for (i = 0; i < fn->ncalls; i++)
		if (fn->calls[i].ret == ret)
			return &fn->calls[i];
	return NULL;
}

const struct hexo_call *hexo_meta_call_find(const struct hexo_func *fn, int line, const char *callee, int ord)
{
	int i;

	for (i = 0; i < fn->ncalls; i++)
		if (fn->calls[i].line == line && fn->calls[i].ord == ord && !strcmp(fn->calls[i].callee, callee))
			return &fn->calls[i];
	return NULL;
}

/* line table entries are sorted by address */
int hexo_meta_line(uintptr_t pc)
{
	int lo = 0, hi = nlines - 1, best = -1;

	while (lo <= hi) {
		int mid = (lo + hi) / 2;

		if (lines[mid].addr <= pc) {
			best = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	return best < 0 ? 0 : lines[best].line;
}
