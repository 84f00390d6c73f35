/* libmigrate: popcorn_check_migrate() hands its own frame address and the
 * callee-saved registers it was called with to the runtime, which walks the
 * frame chain from there. Built at -O0 with frame
 * pointers and without sibling calls so that this frame always exists. */
#include <hermit/migration.h>

void hexo_migration_point(void *frame, const unsigned long *csr);
void hexo_csr_capture(unsigned long *out);

void popcorn_check_migrate(void)
{
	unsigned long csr[10]; /* HEXO_NCSR: rbx r12-r15 / x19-x28 as the caller has them */

	hexo_csr_capture(csr);
	hexo_migration_point(__builtin_frame_address(0), csr);
}
