/* Resume without replay (HEXO-style): before any application code runs, the
 * destination builds its own frames for the checkpoint's chain main -> ... ->
 * the caller of popcorn_check_migrate() on a fresh stack, from the .hexo_meta
 * of this binary: each frame at the stack pointer its caller makes the call
 * with, frame records chained (saved frame pointer, this binary's return
 * address of the matching call site), locals and parameters at this binary's
 * offsets (stack pointers translated). main's frame returns into a trampoline
 * that exits with main's value. Then data, bss and heap are mapped (C/R from
 * the files, post-copy pulled on demand), files reopened, and the process
 * switches stacks and "returns" from popcorn_check_migrate(). */
#include <errno.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/time.h>

#include "hexo_rt.h"

void hexo_resume_switch(uintptr_t sp, uintptr_t fp, uintptr_t pc, const uintptr_t *csr) __attribute__((noreturn));
extern char hexo_resume_trampoline[];

#define STACK_MIN (8UL << 20)
#define STACK_MAX (1UL << 30)
#define STACK_HEADROOM (64UL << 10) /* above main's CFA: 256 bytes unused, then the spill area */
#define SPILL_GAP 256UL

static uintptr_t spill, spill_end;

static uintptr_t fresh_stack(void)
{
	struct rlimit rl;
	size_t size = STACK_MIN;
	void *p;

	if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > size)
		size = rl.rlim_cur > STACK_MAX ? STACK_MAX : (size_t)rl.rlim_cur;
	size = (size + HEXO_PAGE - 1) & ~(HEXO_PAGE - 1);
	p = mmap(NULL, size + HEXO_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		hexo_die(HEXO_EXIT_INTERNAL, "resume: cannot map a %zu-byte stack: %s", size, strerror(errno));
	if (mprotect(p, HEXO_PAGE, PROT_NONE) < 0) /* guard page below the stack */
		hexo_die(HEXO_EXIT_INTERNAL, "resume: cannot protect the stack guard page: %s", strerror(errno));
	spill_end = (uintptr_t)p + HEXO_PAGE + size;
	spill = ((uintptr_t)p + HEXO_PAGE + size - STACK_HEADROOM) & ~15UL;
	return spill - SPILL_GAP;
}

/* A variable the destination keeps at a callee-saved register plus an offset
 * (aarch64 passes a struct over 16 bytes by reference, GCC -O0 keeps the
 * reference in x19) gets a copy in the spill area above main's frame, and the
 * register the value that points at it: in the save slot of the nearest inner
 * frame that saves the register, else in the register itself at the switch. */
static void place_csr_vars(struct hexo_frame *f, int n, uintptr_t *sw)
{
	int i, k, r, j;

	for (i = n - 1; i >= 0; i--) {
		for (j = 0; j < f[i].fn->nvars; j++) {
			const struct hexo_var *v = &f[i].fn->vars[j];
			uintptr_t at;

			if (v->kind < HEXO_VAR_CSR0 || v->kind >= HEXO_VAR_CSR0 + HEXO_NCSR || !hexo_var_in_scope(v, f[i].pc))
				continue;
			r = v->kind - HEXO_VAR_CSR0;
			at = (spill + 15) & ~15UL;
			if (at + v->size > spill_end)
				hexo_die(HEXO_EXIT_INTERNAL, "resume: no room above the stack for %s of %s (%u bytes)",
					 v->name, f[i].fn->name, v->size);
			spill = at + v->size;
			f[i].csr[r] = at - (uintptr_t)v->fboff;
			for (k = i - 1; k >= 0; k--)
				if (f[k].fn->csr_slot[r] != HEXO_CSR_NONE)
					break;
			if (k >= 0)
				*(uintptr_t *)(f[k].cfa + (uintptr_t)f[k].fn->csr_slot[r]) = f[i].csr[r];
			else
				sw[r] = f[i].csr[r];
		}
	}
}

/* The call site of frame i in this binary; dies naming it when absent. */
static const struct hexo_call *dest_call(const struct hexo_func *fn, const struct hexo_sframe *s)
{
	const struct hexo_call *c;

	if (s->ord < 0)
		hexo_die(HEXO_EXIT_CHKPT, "stack.bin: %s:%u: the source binary has no record of the call to %s "
					  "(rebuild both binaries with this hexo-lite)", s->name, s->line, s->callee);
	c = hexo_meta_call_find(fn, (int)s->call_line, s->callee, s->ord);
	if (!c)
		hexo_die(HEXO_EXIT_CHKPT, "stack.bin: call #%d of %s at %s:%u has no counterpart in this binary "
					  "(different program?)", s->ord, s->callee, s->name, s->call_line);
	if (c->sp_off == HEXO_SP_UNKNOWN)
		hexo_die(HEXO_EXIT_INTERNAL, "resume: %s:%u: hexo-stackinfo could not derive the stack pointer at the "
					     "call to %s from the disassembly (unusual prologue); use HERMIT_MIGRATE_REPLAY=1",
			 s->name, s->call_line, s->callee);
	return c;
}

static double now(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (double)tv.tv_sec + tv.tv_usec / 1e6;
}

void hexo_resume_rebuild(const struct hexo_mdata *md, char **argv, char **envp)
{
	struct hexo_frame f[HEXO_MAX_FRAMES];
	uintptr_t sw[HEXO_NCSR];
	const struct hexo_call *calls[HEXO_MAX_FRAMES];
	int n = hexo_stack_nframes(), i;
	uintptr_t cfa;
	double t0 = now();

	memset(f, 0, sizeof(f));
	hexo_meta_load();
	for (i = 0; i < n; i++) {
		const struct hexo_sframe *s = hexo_stack_frame(i);

		f[i].fn = hexo_meta_func_named(s->name);
		if (!f[i].fn)
			hexo_die(HEXO_EXIT_CHKPT, "stack.bin: function %s of frame %d is not in this binary "
						  "(different program?)", s->name, i);
		calls[i] = dest_call(f[i].fn, s);
	}
	if (strcmp(f[n - 1].fn->name, "main"))
		hexo_die(HEXO_EXIT_CHKPT, "stack.bin: the outermost frame is %s, not main", f[n - 1].fn->name);
	cfa = fresh_stack();
	for (i = n - 1; i >= 0; i--) {
		uintptr_t *rec;

		f[i].cfa = cfa;
		f[i].fp = cfa - (uintptr_t)f[i].fn->cfa_off;
		f[i].pc = calls[i]->ret - 1;
		f[i].line = (int)hexo_stack_frame(i)->line;
		rec = (uintptr_t *)f[i].fp;
		rec[0] = i == n - 1 ? 0 : f[i + 1].fp;
		rec[1] = i == n - 1 ? (uintptr_t)hexo_resume_trampoline : calls[i + 1]->ret;
		cfa = f[i].cfa + (uintptr_t)calls[i]->sp_off;
		if (calls[i]->sp_off > -16 || cfa & 15)
			hexo_die(HEXO_EXIT_INTERNAL, "resume: %s: bad stack pointer offset %ld at the call to %s",
				 f[i].fn->name, calls[i]->sp_off, calls[i]->callee);
	}
	memset(sw, 0, sizeof(sw));
	place_csr_vars(f, n, sw);
	hexo_stack_own_args(argv, envp);
	hexo_stack_restore(f, n, 1);
	hexo_resume_memory(md);
	hexo_fds_restore("fds.bin");
	/* as uhyve after UHYVE_PORT_CHKPT_RESTORED: the restore is done here */
	hexo_status(md->full ? "STATUS_READY_FOR_MIGRATION" : "STATUS_PULLING_PAGES");
	hexo_resume_callback(md);
	hexo_log("resumed at %s:%d without replay (%d frames rebuilt in %.3f ms; clock %.6f)", f[0].fn->name,
		 f[0].line, n, (now() - t0) * 1e3, now());
	hexo_resume_switch(cfa, f[0].fp, calls[0]->ret, sw);
}
