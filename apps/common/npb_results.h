/*
 * The NPB result block every app ends with:
 *
 *  <NAME> Benchmark Completed.
 *  Class           =                        S
 *  ...
 *  Verification    =               SUCCESSFUL
 *
 * one " label = value" line per field, the value right-aligned in 24 columns,
 * then the compile options (the CS1..CS7 strings of npbparams.h) and a footer.
 */
#ifndef NPB_RESULTS_H
#define NPB_RESULTS_H

/* The build description of npbparams.h, in print_results' argument order. */
#define NPB_BUILD_INFO NPBVERSION, COMPILETIME, CS1, CS2, CS3, CS4, CS5, CS6, CS7

/* One " %-16s= %24s" line. */
void npb_report_line(const char *label, const char *value);

/*
 * size: the problem size as the app writes it (e.g. "65536", "32x  32x  32");
 * mops: Mop/s (the app passes 0 when seconds is 0).
 */
void print_results(const char *name, char class_id, const char *size, int niter,
                   double seconds, double mops, const char *optype, int verified,
                   const char *npbversion, const char *compiletime,
                   const char *cs1, const char *cs2, const char *cs3, const char *cs4,
                   const char *cs5, const char *cs6, const char *cs7);

#endif
