#include <stdio.h>

#include "npb_results.h"

void npb_report_line(const char *label, const char *value)
{
	printf(" %-16s= %24s\n", label, value);
}

void print_results(const char *name, char class_id, const char *size, int niter,
                   double seconds, double mops, const char *optype, int verified,
                   const char *npbversion, const char *compiletime,
                   const char *cs1, const char *cs2, const char *cs3, const char *cs4,
                   const char *cs5, const char *cs6, const char *cs7)
{
	char buf[64];

	printf("\n\n %s Benchmark Completed.\n", name);
	snprintf(buf, sizeof(buf), "%c", class_id);
	npb_report_line("Class", buf);
	npb_report_line("Size", size);
	snprintf(buf, sizeof(buf), "%12d", niter);
	npb_report_line("Iterations", buf);
	snprintf(buf, sizeof(buf), "%12.2f", seconds);
	npb_report_line("Time in seconds", buf);
	snprintf(buf, sizeof(buf), "%12.2f", mops);
	npb_report_line("Mop/s total", buf);
	npb_report_line("Operation type", optype);
	npb_report_line("Verification", verified ? "SUCCESSFUL" : "UNSUCCESSFUL");
	npb_report_line("Version", npbversion);
	npb_report_line("Compile date", compiletime);
	printf("\n Compile options:\n");
	printf("    CC           = %s\n", cs1);
	printf("    CLINK        = %s\n", cs2);
	printf("    C_LIB        = %s\n", cs3);
	printf("    C_INC        = %s\n", cs4);
	printf("    CFLAGS       = %s\n", cs5);
	printf("    CLINKFLAGS   = %s\n", cs6);
	printf("    RAND         = %s\n", cs7);
	printf("\n--------------------------------------\n");
	printf(" hexo-ci NPB-style kernel, written from\n");
	printf(" the NAS Parallel Benchmarks specification\n");
	printf("--------------------------------------\n\n");
	fflush(stdout);
}
