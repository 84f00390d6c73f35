/* FILE streams the application opens with fopen() (linker --wrap) live at a
 * fixed address, one slot each, so the FILE * the application holds stays
 * valid on the destination: a checkpoint flushes each stream and records its
 * slot, path, mode and position (in fds.bin, after the descriptors: HEXO's
 * file set is kept); the destination reopens it in the same slot (its own
 * libc's FILE, its own descriptor) and seeks there. Layout: u32 count, then
 * count x { u32 slot, u32 pad, i64 position, char mode[8], char path[256] }. Streams from fdopen/freopen/tmpfile/popen are
 * not migrated (see the README's RESTRICTION). */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "hexo_rt.h"

struct stream_ent {
	uint32_t slot;
	uint32_t pad;
	int64_t pos;
	char mode[8];
	char path[256];
};

void *hexo_stream_slot;
static struct stream_ent streams[HEXO_MAX_STREAMS];
static int mapped;

static void *slot_addr(int k)
{
	return (void *)(HEXO_STREAM_BASE + (uintptr_t)k * HEXO_STREAM_SLOT);
}

static void map_slots(void)
{
	void *p;

	if (mapped)
		return;
	p = mmap(slot_addr(0), HEXO_MAX_STREAMS * HEXO_STREAM_SLOT, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (p != slot_addr(0))
		hexo_die(HEXO_EXIT_INTERNAL, "cannot map the FILE slots at %p", slot_addr(0));
	mapped = 1;
}

FILE *__real_fopen(const char *path, const char *mode);
FILE *__real_fopen64(const char *path, const char *mode);
int __real_fclose(FILE *f);

static FILE *open_in_slot(int k, const char *path, const char *mode, int wide)
{
	FILE *f;

	map_slots();
	hexo_stream_slot = slot_addr(k);
	f = wide ? __real_fopen64(path, mode) : __real_fopen(path, mode);
	if (hexo_stream_slot) { /* fopen failed before allocating */
		hexo_stream_slot = NULL;
		return f;
	}
	if (f && (void *)f != slot_addr(k))
		hexo_die(HEXO_EXIT_INTERNAL, "fopen(%s): FILE not in its slot", path);
	return f;
}

static FILE *track_fopen(const char *path, const char *mode, int wide)
{
	int k;
	FILE *f;

	for (k = 0; k < HEXO_MAX_STREAMS && streams[k].path[0]; k++)
		;
	if (k == HEXO_MAX_STREAMS) {
		hexo_err("more than %d streams open: %s will not be migrated", HEXO_MAX_STREAMS, path);
		return wide ? __real_fopen64(path, mode) : __real_fopen(path, mode);
	}
	f = open_in_slot(k, path, mode, wide);
	if (!f)
		return NULL;
	snprintf(streams[k].path, sizeof(streams[k].path), "%s", path); /* as named: see fds.c */
	snprintf(streams[k].mode, sizeof(streams[k].mode), "%s", mode);
	streams[k].slot = (uint32_t)k;
	return f;
}

FILE *__wrap_fopen(const char *path, const char *mode)
{
	return track_fopen(path, mode, 0);
}

FILE *__wrap_fopen64(const char *path, const char *mode)
{
	return track_fopen(path, mode, 1);
}

int __wrap_fclose(FILE *f)
{
	uintptr_t a = (uintptr_t)f;

	if (a >= HEXO_STREAM_BASE && a < HEXO_STREAM_BASE + HEXO_MAX_STREAMS * HEXO_STREAM_SLOT)
		streams[(a - HEXO_STREAM_BASE) / HEXO_STREAM_SLOT].path[0] = 0;
	return __real_fclose(f);
}

int hexo_streams_save(int out)
{
	uint32_t n = 0;
	int k;

	for (k = 0; k < HEXO_MAX_STREAMS; k++)
		if (streams[k].path[0])
			n++;
	if (hexo_io_full(out, &n, 4, 1) < 0)
		return -1;
	for (k = 0; k < HEXO_MAX_STREAMS; k++) {
		FILE *f = slot_addr(k);

		if (!streams[k].path[0])
			continue;
		fflush(f);
		streams[k].pos = (int64_t)ftell(f);
		if (hexo_io_full(out, &streams[k], sizeof(streams[k]), 1) < 0)
			return -1;
	}
	return 0;
}

/* The mode that reopens a stream where it was without truncating or creating. */
static void reopen_mode(const char *mode, char *out)
{
	int plus = strchr(mode, '+') != NULL;

	if (mode[0] == 'a')
		strcpy(out, plus ? "a+" : "a");
	else if (mode[0] == 'w' || plus)
		strcpy(out, "r+");
	else
		strcpy(out, "r");
	if (strchr(mode, 'e'))
		strcat(out, "e");
}

void hexo_streams_restore(int in, const char *path)
{
	uint32_t n, i;

	if (hexo_io_full(in, &n, 4, 0) < 0)
		hexo_die(HEXO_EXIT_CHKPT, "%s: truncated before the stream table", path);
	if (n > HEXO_MAX_STREAMS)
		hexo_die(HEXO_EXIT_CHKPT, "%s: bad stream count %u", path, n);
	for (i = 0; i < n; i++) {
		struct stream_ent e;
		char mode[8];
		FILE *f;

		if (hexo_io_full(in, &e, sizeof(e), 0) < 0)
			hexo_die(HEXO_EXIT_CHKPT, "%s: truncated at stream %u", path, i);
		e.path[sizeof(e.path) - 1] = 0;
		e.mode[sizeof(e.mode) - 1] = 0;
		if (e.slot >= HEXO_MAX_STREAMS)
			hexo_die(HEXO_EXIT_CHKPT, "%s: bad stream slot %u", path, e.slot);
		reopen_mode(e.mode, mode);
		f = open_in_slot((int)e.slot, e.path, mode, 0);
		if (!f)
			hexo_die(HEXO_EXIT_CHKPT, "%s: cannot reopen the stream of %s (mode %s)", path, e.path, mode);
		if (e.pos >= 0 && mode[0] != 'a' && fseek(f, (long)e.pos, SEEK_SET) < 0)
			hexo_die(HEXO_EXIT_CHKPT, "%s: cannot seek %s to %ld", path, e.path, (long)e.pos);
		streams[e.slot] = e;
	}
}
