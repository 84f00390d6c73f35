/* hexo-lite: the HEXO application interface. An application includes this
 * header and calls popcorn_check_migrate() at its migration points (e.g. the
 * top of the outer loop). See hexo-lite/README.md for the restriction on
 * where migrated state may live. */
#ifndef HERMIT_MIGRATION_H
#define HERMIT_MIGRATION_H

#ifdef __cplusplus
extern "C" {
#endif

/* Migrates the program to the other ISA if the migration flag is raised
 * (SIGUSR1, HERMIT_MIGTEST); otherwise returns at once. On the destination
 * the program continues as if this call had returned. */
void popcorn_check_migrate(void);

#ifdef __cplusplus
}
#endif

#endif
