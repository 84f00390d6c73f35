/* FT class W parameters (NAS Parallel Benchmarks specification): a 128x128x32 grid.
 * Select with: ln -sf npbparams-W.h npbparams.h */
#define CLASS 'W'
#define NX 128
#define NY 128
#define NZ 32
#define NITER 6
#define COMPILETIME "29 Nov 2026"
#define NPBVERSION "3.3.1"
#define CS1 "$(CC) of util/hermit/Makefile"
#define CS2 "$(LD) of util/hermit/Makefile"
#define CS3 "(none)"
#define CS4 "-I$(POPHERMIT)/<arch>-hermit/include"
#define CS5 "(see util/hermit/Makefile)"
#define CS6 "(see util/hermit/Makefile)"
#define CS7 "randdp"
