/* proxy: validates the program (exists, ELF of this ISA), takes flock on
 * .lock in the working directory (the descriptor is inherited) and execs the
 * program, so the proxy's pid is the program's pid. */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#if defined(__x86_64__)
#define MY_MACHINE EM_X86_64
#define MY_ISA "x86-64"
#else
#define MY_MACHINE EM_AARCH64
#define MY_ISA "aarch64"
#endif

int main(int argc, char **argv)
{
	Elf64_Ehdr eh;
	char fdbuf[16];
	int fd, lock;

	if (argc < 2) {
		fprintf(stderr, "usage: proxy <prog_%s_aligned> [ARGS...]\n", MY_ISA);
		return 2;
	}
	fd = open(argv[1], O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		fprintf(stderr, "proxy: %s: %s\n", argv[1], strerror(errno));
		return 2;
	}
	if (read(fd, &eh, sizeof(eh)) != (ssize_t)sizeof(eh) || memcmp(eh.e_ident, ELFMAG, SELFMAG) ||
	    eh.e_ident[EI_CLASS] != ELFCLASS64) {
		fprintf(stderr, "proxy: %s: not a 64-bit ELF file\n", argv[1]);
		return 2;
	}
	close(fd);
	if (eh.e_machine != MY_MACHINE) {
		fprintf(stderr, "proxy: %s: ELF machine %u is not %s (use the other ISA's proxy)\n", argv[1],
			eh.e_machine, MY_ISA);
		return 2;
	}
	lock = open(".lock", O_RDWR | O_CREAT, 0644);
	if (lock < 0) {
		fprintf(stderr, "proxy: .lock: %s\n", strerror(errno));
		return 2;
	}
	if (flock(lock, LOCK_EX | LOCK_NB) < 0) {
		fprintf(stderr, "proxy: .lock is held by another run in this directory; waiting\n");
		if (flock(lock, LOCK_EX) < 0) {
			fprintf(stderr, "proxy: .lock: %s\n", strerror(errno));
			return 2;
		}
	}
	snprintf(fdbuf, sizeof(fdbuf), "%d", lock);
	setenv("HEXO_LITE_LOCK_FD", fdbuf, 1);
	if (!strchr(argv[1], '/')) {
		char *p = malloc(strlen(argv[1]) + 3);

		sprintf(p, "./%s", argv[1]);
		argv[1] = p;
	}
	execv(argv[1], argv + 1);
	fprintf(stderr, "proxy: exec %s: %s\n", argv[1], strerror(errno));
	return 2;
}
