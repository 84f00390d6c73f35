/*
 * Waits for a leg in two steps so Java can stop signalling it before its pid is freed: awaitExit
 * blocks until the child has exited but leaves it a zombie; reap then collects its status and
 * resource usage with wait4.
 */
#include <errno.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "org_hexo_ci_nativeio_VmmNative.h"

enum { R_EXIT_CODE, R_SIGNAL, R_MAX_RSS_KIB, R_USER_MS, R_SYSTEM_MS, R_LEN };

static jlong millis(struct timeval tv) { return (jlong)tv.tv_sec * 1000 + tv.tv_usec / 1000; }

JNIEXPORT jint JNICALL Java_org_hexo_ci_nativeio_VmmNative_awaitExit(JNIEnv *env, jclass cls,
                                                                     jint pid) {
  (void)env;
  (void)cls;
  siginfo_t info;
  while (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOWAIT) != 0) {
    if (errno != EINTR) {
      return errno;
    }
  }
  return 0;
}

JNIEXPORT jint JNICALL Java_org_hexo_ci_nativeio_VmmNative_reap(JNIEnv *env, jclass cls, jint pid,
                                                                jlongArray result) {
  (void)cls;
  int status = 0;
  struct rusage ru;
  pid_t got;
  while ((got = wait4((pid_t)pid, &status, 0, &ru)) < 0) {
    if (errno != EINTR) {
      return errno;
    }
  }
  jlong out[R_LEN] = {
      WIFEXITED(status) ? WEXITSTATUS(status) : -1,
      WIFSIGNALED(status) ? WTERMSIG(status) : 0,
      ru.ru_maxrss, /* KiB on Linux */
      millis(ru.ru_utime),
      millis(ru.ru_stime),
  };
  (*env)->SetLongArrayRegion(env, result, 0, R_LEN, out);
  return 0;
}
