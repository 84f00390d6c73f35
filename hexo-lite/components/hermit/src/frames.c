/* Walks the frame-pointer chain ([fp] = caller's fp, [fp+8] = return address,
 * on both x86-64 and aarch64) from popcorn_check_migrate up to main. */
#include <string.h>

#include "hexo_rt.h"

/* The value of callee-saved register r while frame i is suspended: saved by
 * the nearest inner frame that saves r, else still in the register. */
static void frame_csr(struct hexo_frame *f, int i, const uintptr_t *csr)
{
	int r, k;

	for (r = 0; r < HEXO_NCSR; r++) {
		f[i].csr[r] = csr ? csr[r] : 0;
		for (k = i - 1; k >= 0; k--)
			if (f[k].fn->csr_slot[r] != HEXO_CSR_NONE) {
				f[i].csr[r] = *(uintptr_t *)(f[k].cfa + (uintptr_t)f[k].fn->csr_slot[r]);
				break;
			}
	}
}

uintptr_t hexo_var_addr(const struct hexo_frame *f, const struct hexo_var *v)
{
	if (v->kind >= HEXO_VAR_CSR0 && v->kind < HEXO_VAR_CSR0 + HEXO_NCSR)
		return f->csr[v->kind - HEXO_VAR_CSR0] + (uintptr_t)v->fboff;
	return f->cfa + (uintptr_t)v->fboff;
}

int hexo_walk(void *fp0, const uintptr_t *csr, struct hexo_frame *out)
{
	uintptr_t fp = (uintptr_t)fp0;
	int n = 0;

	hexo_meta_load();
	while (fp && n < HEXO_MAX_FRAMES) {
		uintptr_t ret = ((uintptr_t *)fp)[1];
		uintptr_t next = ((uintptr_t *)fp)[0];
		const struct hexo_func *fn = hexo_meta_func(ret - 1);

		if (!fn)
			hexo_die(HEXO_EXIT_INTERNAL,
				 "migration point: frame %d returns to %#lx, which is not application code "
				 "(popcorn_check_migrate must be called from application functions up to main)",
				 n, (unsigned long)ret);
		out[n].fn = fn;
		out[n].fp = next;
		out[n].cfa = next + (uintptr_t)fn->cfa_off;
		out[n].pc = ret - 1;
		out[n].line = hexo_meta_line(ret - 1);
		frame_csr(out, n, csr);
		n++;
		if (!strcmp(fn->name, "main"))
			return n;
		fp = next;
	}
	hexo_die(HEXO_EXIT_INTERNAL, "migration point: main not found within %d frames", HEXO_MAX_FRAMES);
}

int hexo_var_in_scope(const struct hexo_var *v, uintptr_t pc)
{
	int k;

	if (v->nranges == 0)
		return 1;
	for (k = 0; k < v->nranges; k++)
		if (pc >= v->ranges[2 * k] && pc < v->ranges[2 * k + 1])
			return 1;
	return 0;
}
