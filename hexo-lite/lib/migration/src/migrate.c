/* libmigrate: popcorn_check_migrate() hands its own frame address to the
 * runtime, which walks the frame chain from there. Built at -O0 with frame
 * pointers and without sibling calls so that this frame always exists. */
#include <hermit/migration.h>

void hexo_migration_point(void *frame);

void popcorn_check_migrate(void)
{
	hexo_migration_point(__builtin_frame_address(0));
}
