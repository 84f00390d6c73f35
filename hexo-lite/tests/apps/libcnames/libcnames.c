/* hexo-lite test app: globals named like libc functions (time, read, signal,
 * index, bind, write_count is not one), as benchmark programs declare them
 * (`double time;`); the runtime must not bind its own calls to them. Also uses
 * uint64_t/uint32_t after including only <stdio.h> and <stdlib.h>, as HEXO's
 * newlib headers allow, and calls popcorn_check_migrate() without including
 * its header (STREAM does). */
#include <stdio.h>
#include <stdlib.h>

void popcorn_check_migrate(void);
int usleep(unsigned int usec);

double time;
int read = 3;
int signal;
char index[16] = "idx";
long bind[4];

static uint64_t mix(uint64_t h, uint32_t v)
{
	h ^= v;
	h *= 0x100000001b3ULL;
	return h;
}

int main(void)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	int i;

	for (i = 0; i < 12; i++) {
		popcorn_check_migrate();
		usleep(80000);
		time += 0.5;
		read += i;
		signal = i * 2;
		index[i % 8] = (char)('a' + i);
		bind[i % 4] += i;
		h = mix(h, (uint32_t)(read + signal));
		printf("round %d: time %.1f read %d signal %d hash %016llx\n", i, time, read, signal,
		       (unsigned long long)h);
	}
	printf("libcnames: %s\n", time == 6.0 && read == 69 && bind[3] == 21 ? "SUCCESS" : "FAILURE");
	return 0;
}
