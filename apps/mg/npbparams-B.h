/* MG class B parameters (NAS Parallel Benchmarks specification): a 256^3 grid.
 * Select with: ln -sf npbparams-B.h npbparams.h */
#define CLASS 'B'
#define LT 8
#define NIT 20
#define COMPILETIME "29 Nov 2026"
#define NPBVERSION "3.3.1"
#define CS1 "$(CC) of util/hermit/Makefile"
#define CS2 "$(LD) of util/hermit/Makefile"
#define CS3 "(none)"
#define CS4 "-I$(POPHERMIT)/<arch>-hermit/include"
#define CS5 "(see util/hermit/Makefile)"
#define CS6 "(see util/hermit/Makefile)"
#define CS7 "randdp"
