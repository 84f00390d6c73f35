/* libmigrate: every migration point hands its own frame address and the
 * callee-saved registers it was called with to the runtime, which walks the
 * frame chain from there; so each entry point below is itself the frame
 * below the application's. Built at -O0 with frame pointers and without
 * sibling calls so that this frame always exists. */
#include <hermit/migration.h>
#include <migrate.h>

int hexo_migration_point(void *frame, const unsigned long *csr, void (*cb)(void *), void *data);
void hexo_csr_capture(unsigned long *out);
void hexo_force_flag(int val);
int hexo_origin_isa(void);
int hexo_nanosleep_ms(long ms);

#define HEXO_NCSR 10 /* rbx r12-r15 / x19-x28 as the caller has them */

void popcorn_check_migrate(void)
{
	unsigned long csr[HEXO_NCSR];

	hexo_csr_capture(csr);
	hexo_migration_point(__builtin_frame_address(0), csr, 0, 0);
}

int hermit_migrate_if_needed(void)
{
	unsigned long csr[HEXO_NCSR];

	hexo_csr_capture(csr);
	return hexo_migration_point(__builtin_frame_address(0), csr, 0, 0);
}

void check_migrate(void (*callback)(void *), void *callback_data)
{
	unsigned long csr[HEXO_NCSR];

	hexo_csr_capture(csr);
	hexo_migration_point(__builtin_frame_address(0), csr, callback, callback_data);
}

void migrate(int nid, void (*callback)(void *), void *callback_data)
{
	unsigned long csr[HEXO_NCSR];

	hexo_csr_capture(csr);
	if (nid == current_nid())
		return;
	hexo_force_flag(1); /* HEXO's migrate() always migrates (x86: hermit_force_migration) */
	hexo_migration_point(__builtin_frame_address(0), csr, callback, callback_data);
}

/* -finstrument-functions: every function entry is a migration point, as with
 * HEXO's libmigrate. Exits are not: GCC holds the return value in a
 * callee-saved register across the exit hook, which DWARF does not describe
 * (HEXO's LLVM stackmaps do). Weak: an application's own hooks take over. */
__attribute__((weak)) void __cyg_profile_func_enter(void *fn, void *site)
{
	unsigned long csr[HEXO_NCSR];

	(void)fn;
	(void)site;
	hexo_csr_capture(csr);
	hexo_migration_point(__builtin_frame_address(0), csr, 0, 0);
}

__attribute__((weak)) void __cyg_profile_func_exit(void *fn, void *site)
{
	(void)fn;
	(void)site;
}

void force_migration_flag(int val)
{
	hexo_force_flag(val);
}

enum arch current_arch(void)
{
#if defined(__x86_64__)
	return ARCH_X86_64;
#else
	return ARCH_AARCH64;
#endif
}

int current_nid(void)
{
#if defined(__x86_64__)
	return 0;
#else
	return 1;
#endif
}

int get_origin_nid(void)
{
	return hexo_origin_isa();
}

/* HEXO's kernel sleep; apps declare it themselves (int or void, int or unsigned). */
int sys_msleep(unsigned int ms)
{
	return hexo_nanosleep_ms((long)ms);
}
