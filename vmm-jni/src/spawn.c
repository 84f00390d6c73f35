/*
 * Starts a leg with its stdout and stderr on pipes, stdin on /dev/null, in its own process group,
 * with default signal dispositions, no inherited descriptors beyond 0-2, and SIGKILL as its
 * parent-death signal: when the thread that spawned it dies (Java spawns from one thread that
 * lives as long as the JVM), so does the leg, even after a kill -9 of the JVM. posix_spawn cannot
 * set that, so this is vfork + exec, with the care glibc's posix_spawn takes: every signal blocked
 * around vfork so no JVM handler runs in the child on the shared memory, dispositions reset in the
 * child before the mask is lifted, and exec's errno reported through a close-on-exec pipe. Java
 * reads the leg's pipes by reopening /proc/self/fd/N and then closes N here.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
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

/* The child between vfork and exec: only async-signal-safe calls, no return, no stack growth
 * worth mentioning. Any failure writes errno to report_fd and exits 127. */
static void exec_child(char **argv, char **envp, const char *cwd, pid_t parent, int out_w,
                       int err_w, int report_fd) {
  int err = 0;
  if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) err = errno;
  /* the parent may have died before prctl took effect: then nobody would ever kill this leg */
  if (err == 0 && getppid() != parent) err = ESRCH;
  if (err == 0 && setpgid(0, 0) != 0) err = errno;
  int in = err == 0 ? open("/dev/null", O_RDONLY) : -1;
  if (err == 0 && in < 0) err = errno;
  if (err == 0 && dup2(in, 0) < 0) err = errno;
  if (err == 0 && dup2(out_w, 1) < 0) err = errno;
  if (err == 0 && dup2(err_w, 2) < 0) err = errno;
  if (err == 0 && cwd != NULL && chdir(cwd) != 0) err = errno;
  if (err == 0) {
    /* Other legs' pipe ends must not leak into this child, or their readers never see EOF; the
     * report pipe is close-on-exec and stays open until exec. */
    int keep = report_fd;
    if (keep > 3) syscall(SYS_close_range, 3, keep - 1, 0);
    syscall(SYS_close_range, keep + 1, ~0U, 0);
    struct sigaction dfl = {0};
    dfl.sa_handler = SIG_DFL;
    for (int sig = 1; sig < NSIG; sig++) {
      if (sig != SIGKILL && sig != SIGSTOP) sigaction(sig, &dfl, NULL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    execvpe(argv[0], argv, envp);
    err = errno;
  }
  ssize_t ignored = write(report_fd, &err, sizeof(err));
  (void)ignored;
  _exit(127);
}

static int spawn(char **argv, char **envp, const char *cwd, int merge, jint out[OUT_LEN]) {
  int out_pipe[2] = {-1, -1}, err_pipe[2] = {-1, -1}, report[2] = {-1, -1};
  if (pipe2(out_pipe, O_CLOEXEC) != 0 || (!merge && pipe2(err_pipe, O_CLOEXEC) != 0) ||
      pipe2(report, O_CLOEXEC) != 0) {
    int rc = errno;
    close_pair(out_pipe);
    close_pair(err_pipe);
    close_pair(report);
    return rc;
  }
  int err_w = merge ? out_pipe[1] : err_pipe[1];
  pid_t parent = getpid();
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &old);
  pid_t pid = vfork();
  if (pid == 0) {
    exec_child(argv, envp, cwd, parent, out_pipe[1], err_w, report[1]);
  }
  int rc = pid < 0 ? errno : 0;
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  close(report[1]);
  if (rc == 0) {
    int child_err = 0;
    ssize_t n;
    do {
      n = read(report[0], &child_err, sizeof(child_err));
    } while (n < 0 && errno == EINTR);
    if (n == (ssize_t)sizeof(child_err)) {
      rc = child_err != 0 ? child_err : EIO;
      int status;
      while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
      }
    }
  }
  close(report[0]);
  if (rc == 0) {
    out[OUT_PID] = (jint)pid;
    out[OUT_STDOUT_FD] = out_pipe[0];
    out[OUT_STDERR_FD] = merge ? -1 : err_pipe[0];
    close(out_pipe[1]);
    if (!merge) close(err_pipe[1]);
  } else {
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
