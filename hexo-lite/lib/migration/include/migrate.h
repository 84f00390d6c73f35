/* hexo-lite: popcorn's application interface (<migrate.h>) as HEXO's apps use
 * it. Node 0 is x86-64, node 1 aarch64. sys_msleep() (HEXO's kernel call) is
 * in libmigrate but not declared here: apps declare it themselves, with
 * differing prototypes. */
#ifndef _MIGRATE_H
#define _MIGRATE_H

#include <hermit/migration.h>

#ifdef __cplusplus
extern "C" {
#endif

enum arch {
	ARCH_UNKNOWN = -1,
	ARCH_AARCH64 = 0,
	ARCH_X86_64,
	NUM_ARCHES,
};

/* The architecture this process runs on. */
enum arch current_arch(void);

/* This node: 0 on x86-64, 1 on aarch64. */
int current_nid(void);

/* The node the program started on (where its first process ran). */
int get_origin_nid(void);

/* A migration point: migrates if the flag is raised; callback(data), when
 * given, runs on the destination before execution continues there. callback
 * must be an application function; data a pointer into migrated memory (a
 * global, the heap) or any value that is not a pointer. */
void check_migrate(void (*callback)(void *), void *callback_data);

/* HEXO's migrate(): migrates now, flag raised or not, when nid is the other
 * node (callback as for check_migrate()); returns at once when nid is this
 * node. */
void migrate(int nid, void (*callback)(void *), void *callback_data);

#ifdef __cplusplus
}
#endif

#endif
