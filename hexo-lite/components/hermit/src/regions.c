/* The migrated memory regions: application .data and .bss (placed by the
 * aligned linker script) and the application heap. */
#include "hexo_rt.h"

extern char __hexo_data_start[] __attribute__((weak));
extern char __hexo_data_end[] __attribute__((weak));
extern char __hexo_bss_start[] __attribute__((weak));
extern char __hexo_bss_end[] __attribute__((weak));

void hexo_regions(struct hexo_region r[3])
{
	if (!__hexo_data_start || !__hexo_bss_start)
		hexo_die(HEXO_EXIT_INTERNAL, "this program was not linked with the hexo-lite linker script (no __hexo_data_start)");
	r[0] = (struct hexo_region){ "data.bin", 3, (uintptr_t)__hexo_data_start,
				     (uint64_t)(__hexo_data_end - __hexo_data_start) };
	r[1] = (struct hexo_region){ "bss.bin", 2, (uintptr_t)__hexo_bss_start,
				     (uint64_t)(__hexo_bss_end - __hexo_bss_start) };
	r[2] = (struct hexo_region){ "heap.bin", 1, HEXO_HEAP_BASE, hexo_heap_used() };
}
