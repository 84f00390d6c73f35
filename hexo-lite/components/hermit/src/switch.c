/* The machine-level steps of migration: capturing the callee-saved registers
 * popcorn_check_migrate() is called with; switching to the rebuilt stack (with
 * the rebuilt callee-saved registers) as if popcorn_check_migrate() returned
 * there; and the trampoline main's rebuilt frame returns into (it exits with
 * main's return value, as __libc_start_main would). */
#include <stdlib.h>

#include "hexo_rt.h"

void hexo_resume_exit(int code) __attribute__((noreturn, used));

void hexo_resume_exit(int code)
{
	hexo_log("main returned %d on the rebuilt stack", code);
	exit(code);
}

#if defined(__x86_64__)
/* hexo_csr_capture(out = rdi): rbx, r12-r15 as the caller has them.
 * hexo_resume_switch(sp = rdi, fp = rsi, pc = rdx, csr = rcx); the trampoline
 * is entered by main's `ret` with eax = main's return value. */
__asm__(".text\n"
	".globl hexo_csr_capture\n"
	".type hexo_csr_capture,@function\n"
	"hexo_csr_capture:\n"
	"	mov %rbx, 0(%rdi)\n"
	"	mov %r12, 8(%rdi)\n"
	"	mov %r13, 16(%rdi)\n"
	"	mov %r14, 24(%rdi)\n"
	"	mov %r15, 32(%rdi)\n"
	"	ret\n"
	".size hexo_csr_capture, .-hexo_csr_capture\n"
	".globl hexo_resume_switch\n"
	".type hexo_resume_switch,@function\n"
	"hexo_resume_switch:\n"
	"	mov 0(%rcx), %rbx\n"
	"	mov 8(%rcx), %r12\n"
	"	mov 16(%rcx), %r13\n"
	"	mov 24(%rcx), %r14\n"
	"	mov 32(%rcx), %r15\n"
	"	mov %rdi, %rsp\n"
	"	mov %rsi, %rbp\n"
	"	xor %eax, %eax\n" /* hermit_migrate_if_needed() returns 0 after a migration */
	"	jmp *%rdx\n"
	".size hexo_resume_switch, .-hexo_resume_switch\n"
	".globl hexo_resume_trampoline\n"
	".type hexo_resume_trampoline,@function\n"
	"hexo_resume_trampoline:\n"
	"	mov %eax, %edi\n"
	"	xor %ebp, %ebp\n"
	"	and $-16, %rsp\n"
	"	call hexo_resume_exit\n"
	"	hlt\n"
	".size hexo_resume_trampoline, .-hexo_resume_trampoline\n");
#elif defined(__aarch64__)
/* hexo_csr_capture(out = x0): x19-x28. hexo_resume_switch(sp = x0, fp = x1,
 * pc = x2, csr = x3); `ret x30` rather than `br`: a return needs no BTI
 * landing pad. */
__asm__(".text\n"
	".globl hexo_csr_capture\n"
	".type hexo_csr_capture,%function\n"
	"hexo_csr_capture:\n"
	"	stp x19, x20, [x0]\n"
	"	stp x21, x22, [x0, #16]\n"
	"	stp x23, x24, [x0, #32]\n"
	"	stp x25, x26, [x0, #48]\n"
	"	stp x27, x28, [x0, #64]\n"
	"	ret\n"
	".size hexo_csr_capture, .-hexo_csr_capture\n"
	".globl hexo_resume_switch\n"
	".type hexo_resume_switch,%function\n"
	"hexo_resume_switch:\n"
	"	ldp x19, x20, [x3]\n"
	"	ldp x21, x22, [x3, #16]\n"
	"	ldp x23, x24, [x3, #32]\n"
	"	ldp x25, x26, [x3, #48]\n"
	"	ldp x27, x28, [x3, #64]\n"
	"	mov sp, x0\n"
	"	mov x29, x1\n"
	"	mov x30, x2\n"
	"	mov x0, xzr\n"
	"	ret\n"
	".size hexo_resume_switch, .-hexo_resume_switch\n"
	".globl hexo_resume_trampoline\n"
	".type hexo_resume_trampoline,%function\n"
	"hexo_resume_trampoline:\n"
	"	mov x29, xzr\n"
	"	bl hexo_resume_exit\n"
	"	brk #0\n"
	".size hexo_resume_trampoline, .-hexo_resume_trampoline\n");
#endif
