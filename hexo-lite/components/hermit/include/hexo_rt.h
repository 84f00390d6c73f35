/* hexo-lite runtime: internal interfaces shared by the runtime's files. */
#ifndef HEXO_RT_H
#define HEXO_RT_H

#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define HEXO_HEAP_BASE 0x2000000000UL
#define HEXO_PAGE 4096UL
#define HEXO_MAX_FRAMES 64
#define HEXO_NCSR 10 /* callee-saved registers kept: rbx r12-r15 / x19-x28 */
#define HEXO_CSR_NONE 1L /* csr_slot of a register the function does not save */
#define HEXO_VAR_FRAME 0
#define HEXO_VAR_ELSEWHERE 1
#define HEXO_VAR_CSR0 100 /* kind HEXO_VAR_CSR0 + r: at csr[r] + fboff */
#define HEXO_FORMAT_VERSION 2u
#define HEXO_ISA_X86_64 0u
#define HEXO_ISA_AARCH64 1u
#if defined(__x86_64__)
#define HEXO_ISA HEXO_ISA_X86_64
#define HEXO_ISA_NAME "x86_64"
#elif defined(__aarch64__)
#define HEXO_ISA HEXO_ISA_AARCH64
#define HEXO_ISA_NAME "aarch64"
#else
#error "hexo-lite supports x86_64 and aarch64 only"
#endif

/* exit codes (documented in README.md) */
#define HEXO_EXIT_CHKPT 3   /* invalid/missing checkpoint or resume impossible */
#define HEXO_EXIT_NET 4     /* post-copy network failure or timeout */
#define HEXO_EXIT_INTERNAL 5

struct hexo_cfg {
	int verbose;
	int migtest;
	int resume;
	int full_save;
	int full_restore;
	int port;
	int node_id;
	int settle_ms;
	int migrate_at;
	int replay; /* HERMIT_MIGRATE_REPLAY: resume by replaying start-up (fallback) */
	int timeout;
	int connect_timeout;
	unsigned long mem;
	char server[64];
	char bind[64];
	int lock_fd;
};
extern struct hexo_cfg hexo_cfg;
extern volatile sig_atomic_t hexo_flag;

/* init.c */
unsigned long hexo_points_passed(void);
void hexo_report_points(void);

/* env.c */
void hexo_env_load(void);

/* log.c */
void hexo_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void hexo_die(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3), noreturn));
void hexo_log(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void hexo_stderr_hold(int hold);

/* status.c */
void hexo_status(const char *status);
void hexo_status_line(const char *line);

/* stdout.c */
void hexo_stdout_init(void);
void hexo_stdout_suppress(int on);
unsigned long hexo_stdout_bytes(void);
void hexo_say(const char *line); /* runtime marker line on stdout */

/* heap.c */
void hexo_heap_ensure(void);
uintptr_t hexo_heap_used(void);

/* checksum.c */
uint64_t hexo_fnv_init(void);
uint64_t hexo_fnv_update(uint64_t h, const void *buf, size_t n);
int hexo_file_fnv(const char *path, uint64_t *size, uint64_t *sum);

/* meta.c: the .hexo_meta table of this binary */
struct hexo_var {
	char name[64];
	long fboff;
	unsigned size;
	int isptr;
	int param; /* index among the function's parameters, -1 for a local */
	int kind;  /* HEXO_VAR_FRAME: at CFA + fboff; HEXO_VAR_CSR0 + r: at callee-saved register r
		    * + fboff; HEXO_VAR_ELSEWHERE: not migratable */
	int nranges;
	uintptr_t ranges[16];
};
#define HEXO_SP_UNKNOWN (-(1L << 62))
/* A call instruction of an application function: the same call site in the
 * other binary has the same function, line, callee and ordinal. */
struct hexo_call {
	uintptr_t ret;   /* return address */
	int line;
	char callee[64]; /* "*" for an indirect call */
	int ord;         /* among the calls of callee on that line, in address order */
	long sp_off;     /* stack pointer at the call, minus the CFA; HEXO_SP_UNKNOWN if not derived */
};
struct hexo_func {
	char name[64];
	uintptr_t lo, hi;
	long cfa_off; /* CFA = frame pointer + cfa_off */
	int nvars;
	struct hexo_var *vars;
	int ncalls;
	struct hexo_call *calls;
	long csr_slot[HEXO_NCSR]; /* where the prologue saves register r, minus the CFA */
};
void hexo_meta_load(void);
const struct hexo_func *hexo_meta_func(uintptr_t pc);
int hexo_meta_line(uintptr_t pc);
const struct hexo_func *hexo_meta_func_named(const char *name);
const struct hexo_call *hexo_meta_call_at(const struct hexo_func *fn, uintptr_t ret);
const struct hexo_call *hexo_meta_call_find(const struct hexo_func *fn, int line, const char *callee, int ord);

/* frames.c */
struct hexo_frame {
	const struct hexo_func *fn;
	uintptr_t fp, cfa, pc;
	int line;
	uintptr_t csr[HEXO_NCSR]; /* callee-saved registers while the frame is suspended */
};
int hexo_walk(void *fp0, const uintptr_t *csr, struct hexo_frame *out);
uintptr_t hexo_var_addr(const struct hexo_frame *f, const struct hexo_var *v);
int hexo_var_in_scope(const struct hexo_var *v, uintptr_t pc);

/* regions.c: migrated memory regions */
struct hexo_region {
	const char *file;
	uint32_t type; /* HEXO page-server type: HEAP=1 BSS=2 DATA=3 */
	uintptr_t start;
	uint64_t size;
};
void hexo_regions(struct hexo_region r[3]);

/* stackfile.c */
struct hexo_sframe {
	char name[64];
	uint32_t line;
	char callee[64];
	int32_t ord;        /* -1: the source had no record of its call site */
	uint32_t call_line;
};
int hexo_stack_nframes(void);
const struct hexo_sframe *hexo_stack_frame(int i);
void hexo_stack_own_args(char **argv, char **envp);
int hexo_stack_save(const char *path, struct hexo_frame *f, int n);
int hexo_stack_chain_matches(const struct hexo_frame *f, int n);
void hexo_stack_restore(struct hexo_frame *f, int n, int complete);
int hexo_stack_load(const char *path);

/* fds.c */
int hexo_fds_save(const char *path);
void hexo_fds_restore(const char *path);

/* mdata.c */
struct hexo_mdata_file {
	char name[48];
	uint64_t size;
	uint64_t sum;
};
struct hexo_mdata {
	char magic[8];
	uint32_t version;
	uint32_t src_isa;
	uint32_t full;
	uint32_t tid;
	uint64_t data_start, data_size;
	uint64_t bss_start, bss_size;
	uint64_t heap_start, heap_size;
	uint32_t page_size;
	uint32_t nfiles;
	uint64_t point; /* the source's migration point count at the checkpoint (1 = its first) */
	struct hexo_mdata_file files[8];
	uint64_t self_sum;
};
int hexo_mdata_write(struct hexo_mdata *m);
void hexo_mdata_validate(struct hexo_mdata *m);

/* checkpoint.c / restore.c */
void hexo_checkpoint(void *fp0, const uintptr_t *csr) __attribute__((noreturn));
void hexo_resume_prepare(char **argv, char **envp);
void hexo_resume_memory(const struct hexo_mdata *m);
void hexo_resume_rebuild(const struct hexo_mdata *m, char **argv, char **envp) __attribute__((noreturn));
int hexo_resume_try(void *fp0, const uintptr_t *csr);
int hexo_resuming(void);

/* pagesrv.c / pageclient.c */
struct hexo_page_req {
	uint32_t type;
	uint64_t address;
	uint8_t npages;
	uint32_t page_size;
};
void hexo_page_server(const struct hexo_mdata *m) ;
void hexo_page_client_start(const struct hexo_mdata *m);

/* net.c */
int hexo_io_full(int fd, void *buf, size_t n, int writing);
int hexo_send_full(int fd, const void *buf, size_t n);

#endif
