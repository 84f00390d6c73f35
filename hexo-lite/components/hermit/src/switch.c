/* The two machine-level steps of a resume without replay: switching to the
 * rebuilt stack as if popcorn_check_migrate() returned there, and the
 * trampoline main's rebuilt frame returns into (it exits with main's return
 * value, as __libc_start_main would). */
#include <stdlib.h>

#include "hexo_rt.h"

void hexo_resume_exit(int code) __attribute__((noreturn, used));

void hexo_resume_exit(int code)
{
	hexo_log("main returned %d on the rebuilt stack", code);
	exit(code);
}

#if defined(__x86_64__)
/* hexo_resume_switch(sp = rdi, fp = rsi, pc = rdx); the trampoline is entered
 * by main's `ret` with eax = main's return value. */
__asm__(".text\n"
	".globl hexo_resume_switch\n"
	".type hexo_resume_switch,@function\n"
	"hexo_resume_switch:\n"
	"	mov %rdi, %rsp\n"
	"	mov %rsi, %rbp\n"
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
/* `ret x30` rather than `br`: a return needs no BTI landing pad. */
__asm__(".text\n"
	".globl hexo_resume_switch\n"
	".type hexo_resume_switch,%function\n"
	"hexo_resume_switch:\n"
	"	mov sp, x0\n"
	"	mov x29, x1\n"
	"	mov x30, x2\n"
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
