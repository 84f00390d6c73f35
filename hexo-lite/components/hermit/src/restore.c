/* Destination side: validate the checkpoint before the application starts,
 * let it run with its output held back up to the first migration point whose
 * frame chain equals the checkpoint's, then overwrite data, bss, heap and the
 * frames' locals and let it continue from there. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hexo_rt.h"

static int resuming;
static struct hexo_mdata md;

int hexo_resuming(void)
{
	return resuming;
}

static void never_reached(void)
{
	if (resuming)
		hexo_die(HEXO_EXIT_CHKPT, "the checkpoint's migration point was never reached by this program "
					  "(different program or arguments?)");
}

void hexo_resume_prepare(void)
{
	char stack_name[48];

	hexo_status("STATUS_RESTORING_CHKPT");
	hexo_mdata_validate(&md);
	if (!md.full && hexo_cfg.full_restore)
		hexo_die(HEXO_EXIT_CHKPT, "mdata.bin: the checkpoint was taken in post-copy mode (no data.bin, bss.bin, "
					  "heap.bin); resume with HERMIT_FULL_CHKPT_RESTORE=0 and HERMIT_MIGRATE_SERVER");
	snprintf(stack_name, sizeof(stack_name), "stack.bin.%u", md.tid);
	hexo_stack_load(stack_name);
	hexo_log("resuming a checkpoint from %s (node %d here)", md.src_isa ? "aarch64" : "x86_64", hexo_cfg.node_id);
	resuming = 1;
	atexit(never_reached);
	hexo_stdout_suppress(1);
}

static void read_region(const char *file, uint64_t start, uint64_t size)
{
	int fd = open(file, O_RDONLY | O_CLOEXEC);

	if (fd < 0 || hexo_io_full(fd, (void *)(uintptr_t)start, size, 0) < 0)
		hexo_die(HEXO_EXIT_CHKPT, "%s: cannot read %lu bytes: %s", file, (unsigned long)size, strerror(errno));
	close(fd);
}

int hexo_resume_try(void *fp0)
{
	struct hexo_frame frames[HEXO_MAX_FRAMES];
	int n = hexo_walk(fp0, frames);

	if (!hexo_stack_chain_matches(frames, n))
		return 0;
	fflush(stdout);
	hexo_heap_ensure();
	if (md.full) {
		read_region("data.bin", md.data_start, md.data_size);
		read_region("bss.bin", md.bss_start, md.bss_size);
		read_region("heap.bin", md.heap_start, md.heap_size);
	} else {
		hexo_page_client_start(&md);
	}
	hexo_stack_restore(frames, n);
	hexo_fds_restore("fds.bin");
	resuming = 0;
	hexo_stdout_suppress(0);
	if (!md.full)
		hexo_status("STATUS_PULLING_PAGES");
	hexo_log("resumed at %s:%d", frames[0].fn->name, frames[0].line);
	return 1;
}
