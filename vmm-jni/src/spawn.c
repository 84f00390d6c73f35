/*
 * Starts a leg with its stdout and stderr on pipes, stdin on /dev/null, in its own process group,
 * with default signal dispositions and no inherited descriptors beyond 0-2. Java reads the pipes
 * by reopening /proc/self/fd/N and then closes N here.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <unistd.h>

#include "jni_strings.h"
#include "org_hexo_ci_nativeio_VmmNative.h"

enum { OUT_PID, OUT_STDOUT_FD, OUT_STDERR_FD, OUT_LEN };

static void close_pair(int p[2]) {
  for (int i = 0; i < 2; i++) {
    if (p[i] >= 0) {
      close(p[i]);
      p[i] = -1;
    }
  }
}

static int build_actions(posix_spawn_file_actions_t *fa, int out_w, int err_w, const char *cwd) {
  int rc = posix_spawn_file_actions_addopen(fa, 0, "/dev/null", O_RDONLY, 0);
  if (rc == 0) rc = posix_spawn_file_actions_adddup2(fa, out_w, 1);
  if (rc == 0) rc = posix_spawn_file_actions_adddup2(fa, err_w, 2);
  if (rc == 0 && cwd != NULL) rc = posix_spawn_file_actions_addchdir_np(fa, cwd);
  /* Other legs' pipe ends must not leak into this child, or their readers never see EOF. */
  if (rc == 0) rc = posix_spawn_file_actions_addclosefrom_np(fa, 3);
  return rc;
}

static int build_attributes(posix_spawnattr_t *attr) {
  sigset_t none, all;
  sigemptyset(&none);
  sigfillset(&all);
  int rc = posix_spawnattr_setflags(
      attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  if (rc == 0) rc = posix_spawnattr_setpgroup(attr, 0);
  if (rc == 0) rc = posix_spawnattr_setsigmask(attr, &none);
  if (rc == 0) rc = posix_spawnattr_setsigdefault(attr, &all);
  return rc;
}

static int spawn(char **argv, char **envp, const char *cwd, int merge, jint out[OUT_LEN]) {
  int out_pipe[2] = {-1, -1}, err_pipe[2] = {-1, -1};
  if (pipe2(out_pipe, O_CLOEXEC) != 0 || (!merge && pipe2(err_pipe, O_CLOEXEC) != 0)) {
    int rc = errno;
    close_pair(out_pipe);
    return rc;
  }
  posix_spawn_file_actions_t fa;
  posix_spawnattr_t attr;
  int rc = posix_spawn_file_actions_init(&fa);
  if (rc != 0) {
    close_pair(out_pipe);
    close_pair(err_pipe);
    return rc;
  }
  rc = posix_spawnattr_init(&attr);
  if (rc == 0) {
    rc = build_actions(&fa, out_pipe[1], merge ? out_pipe[1] : err_pipe[1], cwd);
    if (rc == 0) rc = build_attributes(&attr);
    pid_t pid = -1;
    if (rc == 0) rc = posix_spawnp(&pid, argv[0], &fa, &attr, argv, envp);
    posix_spawnattr_destroy(&attr);
    if (rc == 0) {
      out[OUT_PID] = (jint)pid;
      out[OUT_STDOUT_FD] = out_pipe[0];
      out[OUT_STDERR_FD] = merge ? -1 : err_pipe[0];
      close(out_pipe[1]);
      if (!merge) close(err_pipe[1]);
    }
  }
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) {
    close_pair(out_pipe);
    close_pair(err_pipe);
  }
  return rc;
}

JNIEXPORT jint JNICALL Java_org_hexo_ci_nativeio_VmmNative_spawn(JNIEnv *env, jclass cls,
                                                                 jobjectArray argv,
                                                                 jobjectArray envp, jstring cwd,
                                                                 jboolean merge_stderr,
                                                                 jintArray result) {
  (void)cls;
  char **c_argv = hv_string_array(env, argv);
  char **c_envp = c_argv == NULL ? NULL : hv_string_array(env, envp);
  char *c_cwd = (c_envp == NULL || cwd == NULL) ? NULL : hv_string(env, cwd);
  if (c_envp == NULL || (cwd != NULL && c_cwd == NULL)) {
    hv_free_string_array(c_argv);
    hv_free_string_array(c_envp);
    return -1; /* an exception is pending */
  }
  jint out[OUT_LEN] = {-1, -1, -1};
  int rc = spawn(c_argv, c_envp, c_cwd, merge_stderr == JNI_TRUE, out);
  free(c_cwd);
  hv_free_string_array(c_argv);
  hv_free_string_array(c_envp);
  if (rc == 0) {
    (*env)->SetIntArrayRegion(env, result, 0, OUT_LEN, out);
  }
  return rc;
}

JNIEXPORT jint JNICALL Java_org_hexo_ci_nativeio_VmmNative_closeFd(JNIEnv *env, jclass cls,
                                                                   jint fd) {
  (void)env;
  (void)cls;
  return close(fd) == 0 ? 0 : errno;
}
