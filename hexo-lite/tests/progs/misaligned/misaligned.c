/* Deliberately misaligned: a migrated global whose size differs by ISA.
 * `make check` must fail and name it. */
#include <stdio.h>
#include <hermit/migration.h>

#ifdef __aarch64__
int isa_table[5];
#else
int isa_table[4];
#endif

int main(void)
{
	popcorn_check_migrate();
	printf("%d\n", isa_table[0]);
	return 0;
}
