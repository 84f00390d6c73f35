/* CG class B parameters (NAS Parallel Benchmarks specification).
 * Select with: ln -sf npbparams-B.h npbparams.h */
#define CLASS 'B'
#define NA 75000
#define NONZER 13
#define NITER 75
#define SHIFT 60.0
#define RCOND 1.0e-1
#define COMPILETIME "26 Nov 2026"
#define NPBVERSION "3.3.1"
#define CS1 "$(CC) of util/hermit/Makefile"
#define CS2 "$(LD) of util/hermit/Makefile"
#define CS3 "(none)"
#define CS4 "-I$(POPHERMIT)/<arch>-hermit/include"
#define CS5 "(see util/hermit/Makefile)"
#define CS6 "(see util/hermit/Makefile)"
#define CS7 "randdp"
