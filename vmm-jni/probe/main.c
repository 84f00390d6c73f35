/*
 * hexo-kvm-probe: the KVM probe as a static program, copied to a board and run there (Java's
 * KvmProbe.onBoard). Usage: hexo-kvm-probe DEVICE TARGET VALUE [CAPABILITY...], numbers in
 * decimal. Prints one line, "errno=E result=R0,...,R8 capabilities=V0,...": the same numbers the
 * JNI entry point returns, so Java reads both the same way. Exit 0 when it printed that line.
 */
#include <stdio.h>
#include <stdlib.h>

#include "../src/kvm_probe.h"

#define MAX_CAPS 64

int main(int argc, char **argv) {
  if (argc < 4 || argc - 4 > MAX_CAPS) {
    fprintf(stderr, "usage: %s DEVICE TARGET VALUE [CAPABILITY...] (at most %d)\n", argv[0],
            MAX_CAPS);
    return 2;
  }
  int32_t caps[MAX_CAPS], values[MAX_CAPS];
  int ncaps = argc - 4;
  for (int i = 0; i < ncaps; i++) {
    caps[i] = (int32_t)strtol(argv[4 + i], NULL, 10);
    values[i] = -1;
  }
  int64_t r[R_LEN];
  int rc = hexo_kvm_probe(argv[1], caps, values, ncaps, (uint32_t)strtoul(argv[2], NULL, 10),
                          (uint16_t)strtoul(argv[3], NULL, 10), r);
  printf("errno=%d result=", rc);
  for (int i = 0; i < R_LEN; i++) printf(i == 0 ? "%lld" : ",%lld", (long long)r[i]);
  printf(" capabilities=");
  for (int i = 0; i < ncaps; i++) printf(i == 0 ? "%d" : ",%d", values[i]);
  printf("\n");
  return 0;
}
