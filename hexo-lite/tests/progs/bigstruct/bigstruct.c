/* hexo-lite test program: a struct over 16 bytes passed by value on the
 * migration chain. x86-64 passes it in the frame; aarch64 passes it by
 * reference and GCC -O0 (for this shape: the parameter only copied into a
 * local) keeps the reference in x19, which is not migrated, so a checkpoint
 * on aarch64 must fail naming the parameter, and a resume on aarch64 must
 * refuse it (README, RESTRICTION 8). The suite also resumes
 * tests/progs/chain's checkpoint with this program (refused by name). */
#include <stdio.h>
#include <hermit/migration.h>

struct big {
	long x, y;
	double w;
	char tag[8];
};

long seen[4]; /* a .bss like tests/progs/chain's, so its checkpoint passes mdata checks here */

static long use(int i, struct big b)
{
	struct big l = b;

	popcorn_check_migrate();
	return l.x + i;
}

int main(void)
{
	struct big b = { 2, 3, 0.5, "big" };
	long t = 0;
	int i;

	for (i = 0; i < 4; i++)
		seen[i] = t += use(i, b);
	printf("t=%ld\n", t);
	printf("Verification = %s\n", t == 14 ? "SUCCESSFUL" : "UNSUCCESSFUL");
	return 0;
}
