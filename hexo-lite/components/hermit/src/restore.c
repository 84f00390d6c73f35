/* Destination side: validate the checkpoint before the application starts,
 * then either rebuild the frames and continue at once (rebuild.c, the
 * default), or, with HERMIT_MIGRATE_REPLAY=1, let the program run with its
 * output held back up to the first migration point whose frame chain equals
 * the checkpoint's, overwrite data, bss, heap and the frames' locals there
 * and let it continue from there. */
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

void hexo_resume_prepare(char **argv, char **envp)
{
	char stack_name[48];

	hexo_status("STATUS_RESTORING_CHKPT");
	hexo_mdata_validate(&md);
	if (!md.full && hexo_cfg.full_restore)
		hexo_die(HEXO_EXIT_CHKPT, "mdata.bin: the checkpoint was taken in post-copy mode (no data.bin, bss.bin, "
					  "heap.bin); resume with HERMIT_FULL_CHKPT_RESTORE=0 and HERMIT_MIGRATE_SERVER");
	snprintf(stack_name, sizeof(stack_name), "stack.bin.%u", md.tid);
	hexo_stack_load(stack_name);
	hexo_log("resuming a checkpoint from %s taken at its migration point %lu (node %d here)%s",
		 md.src_isa ? "aarch64" : "x86_64", (unsigned long)md.point, hexo_cfg.node_id,
		 hexo_cfg.replay ? " by replay" : "");
	if (!hexo_cfg.replay)
		hexo_resume_rebuild(&md, argv, envp);
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

void hexo_resume_memory(const struct hexo_mdata *m)
{
	hexo_heap_ensure();
	if (m->full) {
		read_region("data.bin", m->data_start, m->data_size);
		read_region("bss.bin", m->bss_start, m->bss_size);
		read_region("heap.bin", m->heap_start, m->heap_size);
	} else {
		hexo_page_client_start(m);
	}
}

int hexo_resume_try(void *fp0, const uintptr_t *csr)
{
	struct hexo_frame frames[HEXO_MAX_FRAMES];
	int n = hexo_walk(fp0, csr, frames);

	if (!hexo_stack_chain_matches(frames, n))
		return 0;
	fflush(stdout);
	hexo_resume_memory(&md);
	hexo_stack_restore(frames, n, 0);
	hexo_fds_restore("fds.bin");
	resuming = 0;
	hexo_stdout_suppress(0);
	if (!md.full)
		hexo_status("STATUS_PULLING_PAGES");
	hexo_log("resumed at %s:%d", frames[0].fn->name, frames[0].line);
	return 1;
}
