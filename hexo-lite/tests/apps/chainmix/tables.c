/* A second file of chainmix: every array bound here is 4, so gcc 12 describes
 * them with DW_FORM_implicit_const (one shared abbreviation), the form that
 * hexo-stackinfo once mistook for a variable-length array. */
#include <hermit/migration.h>

double table_trace(int step)
{
	double t[5][5];
	long w[5];
	double tr = 0;
	int i;

	for (i = 0; i < 5; i++) {
		w[i] = step + i;
		t[i][i] = (double)w[i] / 2;
	}
	popcorn_check_migrate(); /* point D: in another file */
	for (i = 0; i < 5; i++)
		tr += t[i][i] + (double)w[i];
	return tr;
}
