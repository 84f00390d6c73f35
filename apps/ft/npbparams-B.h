/* FT class B parameters (NAS Parallel Benchmarks specification): a 512x256x256 grid.
 * Select with: ln -sf npbparams-B.h npbparams.h */
#define CLASS 'B'
#define NX 512
#define NY 256
#define NZ 256
#define NITER 20
#define COMPILETIME "29 Nov 2026"
#define NPBVERSION "3.3.1"
#define CS1 "$(CC) of util/hermit/Makefile"
#define CS2 "$(LD) of util/hermit/Makefile"
#define CS3 "(none)"
#define CS4 "-I$(POPHERMIT)/<arch>-hermit/include"
#define CS5 "(see util/hermit/Makefile)"
#define CS6 "(see util/hermit/Makefile)"
#define CS7 "randdp"
