/* hexo-lite test program: structs over 16 bytes passed by value on the
 * migration chain. x86-64 passes them in the caller's frame; aarch64 passes
 * them by reference and GCC -O0 (for this shape: the parameter copied into a
 * local, or read through the reference) keeps the reference in the
 * callee-saved x19. In outer -> use both frames hold their reference in x19:
 * use's prologue saves outer's, so a resume on aarch64 must put outer's copy
 * behind use's save slot and use's in x19 itself (README, RESTRICTION 8).
 * The suite also resumes tests/progs/chain's checkpoint with this program
 * (refused naming the missing function). */
#include <stdio.h>
#include <hermit/migration.h>

struct big {
	long x, y;
	double w;
	char tag[8];
};

#define BIG_EXPECTED 1322L

long seen[4]; /* a .bss like tests/progs/chain's, so its checkpoint passes mdata checks here */

static long use(int i, struct big b)
{
	struct big l = b;

	popcorn_check_migrate();
	return l.x + i + l.tag[0];
}

static long outer(int i, struct big b)
{
	struct big l = b;
	long r;

	l.x += 10 * i;
	r = use(i, l);
	return r + b.y + (long)(b.w * 4) + b.tag[1];
}

int main(void)
{
	struct big b = { 2, 3, 0.5, "big" };
	long t = 0;
	int i;

	for (i = 0; i < 4; i++) {
		seen[i] = t += use(i, b);
		b.y += i;
		t += outer(i, b);
		printf("i=%d t=%ld\n", i, t);
	}
	printf("Verification = %s\n", t == BIG_EXPECTED ? "SUCCESSFUL" : "UNSUCCESSFUL");
	return 0;
}
