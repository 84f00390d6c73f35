/* mdata.bin: magic "HXMDATA", format version, source ISA, mode, region
 * addresses and sizes, and the size and FNV-1a 64 checksum of every other
 * checkpoint file; the record ends with a checksum of itself. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "hexo_rt.h"

static uint64_t self_sum(const struct hexo_mdata *m)
{
	return hexo_fnv_update(hexo_fnv_init(), m, offsetof(struct hexo_mdata, self_sum));
}

int hexo_mdata_write(struct hexo_mdata *m)
{
	int fd;

	memcpy(m->magic, "HXMDATA", 8);
	m->version = HEXO_FORMAT_VERSION;
	m->self_sum = self_sum(m);
	fd = open("mdata.bin.tmp", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0 || hexo_io_full(fd, m, sizeof(*m), 1) < 0 || fsync(fd) < 0) {
		hexo_err("mdata.bin: cannot write: %s", strerror(errno));
		return -1;
	}
	close(fd);
	if (rename("mdata.bin.tmp", "mdata.bin") < 0) {
		hexo_err("mdata.bin: cannot rename: %s", strerror(errno));
		return -1;
	}
	return 0;
}

void hexo_mdata_validate(struct hexo_mdata *m)
{
	int fd = open("mdata.bin", O_RDONLY | O_CLOEXEC);
	ssize_t n;
	uint32_t i;
	struct hexo_region r[3];

	if (fd < 0)
		hexo_die(HEXO_EXIT_CHKPT, "mdata.bin: missing (%s); nothing to resume from", strerror(errno));
	n = read(fd, m, sizeof(*m));
	if (n >= 0 && n < (ssize_t)sizeof(*m))
		hexo_die(HEXO_EXIT_CHKPT, "mdata.bin: truncated (%zd bytes, expected %zu)", n, sizeof(*m));
	if (n < 0 || read(fd, &i, 1) != 0)
		hexo_die(HEXO_EXIT_CHKPT, "mdata.bin: unreadable or longer than %zu bytes", sizeof(*m));
	close(fd);
	if (memcmp(m->magic, "HXMDATA", 8))
		hexo_die(HEXO_EXIT_CHKPT, "mdata.bin: bad magic (not a hexo-lite checkpoint)");
	if (m->version != HEXO_FORMAT_VERSION)
		hexo_die(HEXO_EXIT_CHKPT, "mdata.bin: format version %u, this runtime reads %u", m->version,
			 HEXO_FORMAT_VERSION);
	if (m->self_sum != self_sum(m))
		hexo_die(HEXO_EXIT_CHKPT, "mdata.bin: corrupted (checksum mismatch)");
	if (m->nfiles > 8 || m->src_isa > 1)
		hexo_die(HEXO_EXIT_CHKPT, "mdata.bin: corrupted (bad file count or ISA)");
	for (i = 0; i < m->nfiles; i++) {
		uint64_t size, sum;
		const char *f = m->files[i].name;

		if (hexo_file_fnv(f, &size, &sum) < 0)
			hexo_die(HEXO_EXIT_CHKPT, "%s: missing or unreadable (%s)", f, strerror(errno));
		if (size != m->files[i].size)
			hexo_die(HEXO_EXIT_CHKPT, "%s: %s (%lu bytes, mdata.bin says %lu)", f,
				 size < m->files[i].size ? "truncated" : "wrong size", (unsigned long)size,
				 (unsigned long)m->files[i].size);
		if (sum != m->files[i].sum)
			hexo_die(HEXO_EXIT_CHKPT, "%s: corrupted (checksum %016lx, mdata.bin says %016lx)", f,
				 (unsigned long)sum, (unsigned long)m->files[i].sum);
	}
	hexo_regions(r);
	if (m->data_start != r[0].start || m->data_size != r[0].size || m->bss_start != r[1].start ||
	    m->bss_size != r[1].size)
		hexo_die(HEXO_EXIT_CHKPT,
			 "mdata.bin: source data/bss %#lx+%lu/%#lx+%lu differ from this binary's %#lx+%lu/%#lx+%lu "
			 "(binaries not aligned: run make check)",
			 (unsigned long)m->data_start, (unsigned long)m->data_size, (unsigned long)m->bss_start,
			 (unsigned long)m->bss_size, (unsigned long)r[0].start, (unsigned long)r[0].size,
			 (unsigned long)r[1].start, (unsigned long)r[1].size);
	if (m->heap_size > hexo_cfg.mem)
		hexo_die(HEXO_EXIT_CHKPT, "mdata.bin: source heap uses %lu bytes, more than HERMIT_MEM=%lu here",
			 (unsigned long)m->heap_size, hexo_cfg.mem);
}
