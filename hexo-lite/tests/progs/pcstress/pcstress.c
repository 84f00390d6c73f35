/* post-copy stress: a heap of many pages and several bss pages, touched in a
 * scattered order (read-modify-write) right after the migration point, so
 * first-touch faults race with the prefetch thread. */
#include <stdio.h>
#include <stdlib.h>
#include <hermit/migration.h>

#define NPAGES 3000
#define PAGE_LONGS 512
#define ROUNDS 6

long *heap_pages;
unsigned long bss_table[8 * PAGE_LONGS];

int main(void)
{
	int r;
	long i;
	unsigned long sum = 0;

	heap_pages = malloc(sizeof(long) * PAGE_LONGS * NPAGES);
	for (i = 0; i < (long)PAGE_LONGS * NPAGES; i++)
		heap_pages[i] = i * 7 + 3;
	for (i = 0; i < 8 * PAGE_LONGS; i++)
		bss_table[i] = (unsigned long)i * 13;
	for (r = 1; r <= ROUNDS; r++) {
		long p, k;

		popcorn_check_migrate();
		for (k = 0; k < NPAGES; k++) {
			p = (k * 1237 + r * 101) % NPAGES;
			heap_pages[p * PAGE_LONGS + (k % PAGE_LONGS)] += r;
			sum += (unsigned long)heap_pages[p * PAGE_LONGS + ((k * 31) % PAGE_LONGS)];
			bss_table[(k * 17) % (8 * PAGE_LONGS)] += (unsigned long)k;
		}
		printf("round %d: sum=%lu\n", r, sum % 1000000007UL);
		fflush(stdout);
	}
	for (i = 0; i < (long)PAGE_LONGS * NPAGES; i += 97)
		sum += (unsigned long)heap_pages[i];
	for (i = 0; i < 8 * PAGE_LONGS; i++)
		sum += bss_table[i];
	printf("final: %lu\n", sum % 1000000007UL);
	free(heap_pages);
	return 0;
}
