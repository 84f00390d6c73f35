package org.hexo.ci.nativeio;

/**
 * The JNI bindings of {@code libhexo-vmm} and nothing else: no checks, no loading, no logic. Every
 * method returns 0 or a positive errno (-1 when a Java exception is pending); callers go through
 * {@link VmmLibrary}, {@link Signals}, {@link KvmProbe} and {@link NativeProcess}, which check the
 * arguments and load the library first. Kept free of project imports so the Makefile can run {@code
 * javac -h} on this file alone.
 */
final class VmmNative {
  private VmmNative() {}

  /** The version the library was built for, compared with the one the loader expected. */
  static native String version();

  /** kill(2). */
  static native int kill(int pid, int signal);

  /**
   * Runs the KVM probe. {@code capabilityValues[i]} receives KVM_CHECK_EXTENSION of {@code
   * capabilities[i]}; {@code result} (length 9) receives step reached, API version, first exit
   * reason, its I/O direction, size, port and value, second exit reason, and a detail code.
   */
  static native int kvmProbe(
      String device,
      int[] capabilities,
      int[] capabilityValues,
      int port,
      int value,
      long[] result);

  /**
   * vfork + execvpe with stdout and stderr on pipes (stderr on the stdout pipe when {@code
   * mergeStderr}), its own process group and SIGKILL as its parent-death signal (it dies with the
   * calling thread); {@code result} receives pid, stdout read fd, stderr read fd (or -1).
   */
  static native int spawn(
      String[] argv, String[] environment, String workDir, boolean mergeStderr, int[] result);

  /** close(2). */
  static native int closeFd(int fd);

  /** Blocks until {@code pid} has exited, leaving it unreaped (waitid with WNOWAIT). */
  static native int awaitExit(int pid);

  /**
   * wait4(2) on an exited child; {@code result} (length 5) receives exit code (-1 when signalled),
   * terminating signal (0 when exited), peak RSS in KiB, user and system CPU in ms.
   */
  static native int reap(int pid, long[] result);
}
