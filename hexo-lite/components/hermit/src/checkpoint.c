/* Source side of a migration: write the checkpoint, then exit (C/R) or serve
 * pages (post-copy). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

#include "hexo_rt.h"

static int add_file(struct hexo_mdata *m, const char *name)
{
	struct hexo_mdata_file *f = &m->files[m->nfiles];

	snprintf(f->name, sizeof(f->name), "%s", name);
	if (hexo_file_fnv(name, &f->size, &f->sum) < 0) {
		hexo_err("%s: cannot read back: %s", name, strerror(errno));
		return -1;
	}
	m->nfiles++;
	return 0;
}

static int write_region(const struct hexo_region *r)
{
	int fd = open(r->file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);

	if (fd < 0 || hexo_io_full(fd, (void *)r->start, r->size, 1) < 0) {
		hexo_err("%s: cannot write %lu bytes: %s", r->file, (unsigned long)r->size, strerror(errno));
		return -1;
	}
	return close(fd);
}

static double now(void)
{
	struct timeval tv;

	gettimeofday(&tv, NULL);
	return (double)tv.tv_sec + tv.tv_usec / 1e6;
}

void hexo_checkpoint(void *fp0, const uintptr_t *csr)
{
	static struct hexo_mdata m;
	struct hexo_frame frames[HEXO_MAX_FRAMES];
	struct hexo_region r[3];
	char stack_name[48];
	int n, i;
	double t0 = now();

	fflush(stdout);
	hexo_status("STATUS_CHECKPOINTING");
	n = hexo_walk(fp0, csr, frames);
	hexo_regions(r);
	memset(&m, 0, sizeof(m));
	m.src_isa = HEXO_ISA;
	m.full = (uint32_t)hexo_cfg.full_save;
	m.tid = (uint32_t)syscall(SYS_gettid);
	m.data_start = r[0].start;
	m.data_size = r[0].size;
	m.bss_start = r[1].start;
	m.bss_size = r[1].size;
	m.heap_start = r[2].start;
	m.heap_size = r[2].size;
	m.page_size = (uint32_t)HEXO_PAGE;
	m.point = hexo_points_passed();
	snprintf(stack_name, sizeof(stack_name), "stack.bin.%u", m.tid);
	{
		char msg[80];
		int k = snprintf(msg, sizeof(msg), "[hexo-lite] checkpoint at migration point %lu\n", (unsigned long)m.point);

		if (write(2, msg, (size_t)k) < 0)
			hexo_err("stderr: write failed");
	}
	hexo_log("checkpoint at %s:%d (%d frames), node %d", frames[0].fn->name, frames[0].line, n, hexo_cfg.node_id);
	unlink("mdata.bin");
	if (hexo_stack_save(stack_name, frames, n) < 0 || add_file(&m, stack_name) < 0)
		hexo_die(HEXO_EXIT_INTERNAL, "checkpoint failed writing %s", stack_name);
	if (hexo_fds_save("fds.bin") < 0 || add_file(&m, "fds.bin") < 0)
		hexo_die(HEXO_EXIT_INTERNAL, "checkpoint failed writing fds.bin");
	if (hexo_cfg.full_save) {
		for (i = 0; i < 3; i++)
			if (write_region(&r[i]) < 0 || add_file(&m, r[i].file) < 0)
				hexo_die(HEXO_EXIT_INTERNAL, "checkpoint failed writing %s", r[i].file);
	} else {
		for (i = 0; i < 3; i++)
			unlink(r[i].file);
	}
	if (hexo_mdata_write(&m) < 0)
		hexo_die(HEXO_EXIT_INTERNAL, "checkpoint failed writing mdata.bin");
	hexo_log("checkpoint written in %.3f s (data %lu, bss %lu, heap %lu bytes)", now() - t0,
		 (unsigned long)m.data_size, (unsigned long)m.bss_size, (unsigned long)m.heap_size);
	if (hexo_cfg.lock_fd >= 0) {
		flock(hexo_cfg.lock_fd, LOCK_UN);
		close(hexo_cfg.lock_fd);
	}
	if (!hexo_cfg.full_save) {
		hexo_status("STATUS_SERVING_REMOTE_PAGES");
		hexo_say("Uhyve: switching to server mode");
		hexo_page_server(&m);
	}
	hexo_say("Uhyve: exiting");
	hexo_report_points();
	hexo_status("STATUS_NOT_RUNNING");
	hexo_status_line("---");
	_exit(0);
}
