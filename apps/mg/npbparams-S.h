/* MG class S parameters (NAS Parallel Benchmarks specification): a 32^3 grid.
 * Select with: ln -sf npbparams-S.h npbparams.h */
#define CLASS 'S'
#define LT 5
#define NIT 4
#define COMPILETIME "29 Nov 2026"
#define NPBVERSION "3.3.1"
#define CS1 "$(CC) of util/hermit/Makefile"
#define CS2 "$(LD) of util/hermit/Makefile"
#define CS3 "(none)"
#define CS4 "-I$(POPHERMIT)/<arch>-hermit/include"
#define CS5 "(see util/hermit/Makefile)"
#define CS6 "(see util/hermit/Makefile)"
#define CS7 "randdp"
