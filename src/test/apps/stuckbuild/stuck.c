/* SharedReportsIT's app whose build never ends (see hexo-app.mk): a SIGTERM always lands in it. */
#include <stdio.h>

int main(void) {
  puts("stuck: SUCCESS");
  return 0;
}
