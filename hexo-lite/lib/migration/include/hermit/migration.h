/* hexo-lite: the HEXO application interface. An application includes this
 * header and calls popcorn_check_migrate() (or HERMIT_MIGPOINT()) at its
 * migration points (e.g. the top of the outer loop). See hexo-lite/README.md
 * for the restriction on where migrated state may live. */
#ifndef HERMIT_MIGRATION_H
#define HERMIT_MIGRATION_H

/* HEXO's newlib headers make the fixed-width types visible; so does this. */
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Migrates the program to the other ISA if the migration flag is raised
 * (SIGUSR1, HERMIT_MIGTEST, HERMIT_MIGRATE_AT_POINT, force_migration_flag);
 * otherwise returns at once. On the destination the program continues as if
 * this call had returned. */
void popcorn_check_migrate(void);

/* The same migration point with HEXO's return value: 1 when the flag was not
 * raised, 0 on the destination after a migration. */
int hermit_migrate_if_needed(void);

/* Raises (1) or lowers (0) the migration flag. */
void force_migration_flag(int val);

/* HEXO's macros; the register-set argument of later HEXO versions is accepted
 * and ignored. */
#define HERMIT_MIGPOINT(...) hermit_migrate_if_needed()
#define HERMIT_FORCE_MIGRATION(...) (force_migration_flag(1), hermit_migrate_if_needed())

#ifdef __cplusplus
}
#endif

#endif
