/* Sends a signal to a process: what Java cannot do for SIGUSR1 and friends. */
#include <errno.h>
#include <signal.h>

#include "org_hexo_ci_nativeio_VmmNative.h"

JNIEXPORT jint JNICALL Java_org_hexo_ci_nativeio_VmmNative_kill(JNIEnv *env, jclass cls, jint pid,
                                                                jint signal) {
  (void)env;
  (void)cls;
  return kill((pid_t)pid, signal) == 0 ? 0 : errno;
}
