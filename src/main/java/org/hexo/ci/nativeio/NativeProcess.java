package org.hexo.ci.nativeio;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hexo.ci.InfrastructureException;

/**
 * A child process started by the native helper, so that its exit also yields its peak RSS and CPU
 * time (wait4). It is a {@link Process}: code written for {@link ProcessBuilder#start()} works
 * unchanged, and {@link #start(ProcessBuilder)} falls back to exactly that when the helper is
 * unavailable. The child runs in its own process group (destroy signals the group), with stdin on
 * /dev/null, default signal dispositions and no inherited descriptors beyond 0-2. A reaper thread
 * waits for it; its pid is never signalled once reaped.
 */
public final class NativeProcess extends Process {
  private static final int SIGTERM = 15;
  private static final int SIGKILL = 9;

  private final int pid;
  private final ProcessHandle handle;
  private final InputStream stdout;
  private final InputStream stderr;
  private final CompletableFuture<Exit> exit = new CompletableFuture<>();
  private final Object reapLock = new Object();
  private boolean reaped; // guarded by reapLock: afterwards the pid may belong to another process

  /** How the child ended and what it used. */
  private record Exit(int exitValue, int signal, ChildUsage usage) {}

  private NativeProcess(int pid, InputStream stdout, InputStream stderr) {
    this.pid = pid;
    this.handle = ProcessHandle.of(pid).orElse(null);
    this.stdout = stdout;
    this.stderr = stderr;
    Thread reaper = new Thread(this::reap, "hexo-vmm-reaper-" + pid);
    reaper.setDaemon(true);
    reaper.start();
  }

  /**
   * Starts {@code pb}'s command with the native helper when it is available, else with {@code
   * pb.start()}. Uses the builder's command, directory, environment and {@code
   * redirectErrorStream}; stdout and stderr must be pipes (the default) and stdin the default pipe
   * or /dev/null (it is /dev/null either way).
   *
   * @throws IOException when the program cannot be started, like {@link ProcessBuilder#start()}
   */
  public static Process start(ProcessBuilder pb) throws IOException {
    return VmmLibrary.isAvailable() ? launch(pb) : pb.start();
  }

  /** Like {@link #start} but fails when the native helper is unavailable. */
  public static NativeProcess launch(ProcessBuilder pb) throws IOException {
    String[] argv = checkedArgv(pb);
    String[] env = checkedEnvironment(pb.environment());
    File dir = pb.directory();
    if (dir != null && !dir.isDirectory()) {
      throw new IOException(
          "Cannot run program \"" + argv[0] + "\": directory " + dir + " does not exist");
    }
    VmmLibrary.require("starting a process with resource usage");
    boolean merge = pb.redirectErrorStream();
    int[] r = new int[3];
    String cwd = dir == null ? null : dir.getAbsolutePath();
    int errno = onSpawner(() -> VmmNative.spawn(argv, env, cwd, merge, r));
    if (errno != 0) {
      throw new IOException(
          "Cannot run program \""
              + argv[0]
              + "\""
              + (dir == null ? "" : " (in directory \"" + dir + "\")")
              + ": "
              + Errno.describe(errno));
    }
    return adopt(r[0], r[1], r[2]);
  }

  /**
   * The one thread every leg is spawned from. A leg's parent-death signal fires when the thread
   * that spawned it ends, not the process: this thread lives as long as the JVM, so legs die with
   * the JVM and never with a pool thread that happened to start them.
   */
  private static final ExecutorService SPAWNER =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "hexo-vmm-spawner");
            t.setDaemon(true);
            return t;
          });

  private static int onSpawner(Callable<Integer> spawn) throws IOException {
    try {
      return SPAWNER.submit(spawn).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting a process", e);
    } catch (ExecutionException e) {
      throw new IOException("starting a process failed: " + e.getCause(), e.getCause());
    }
  }

  /** Wraps the spawned child, reading its pipes through /proc/self/fd and closing the fds. */
  private static NativeProcess adopt(int pid, int outFd, int errFd) throws IOException {
    InputStream out = null;
    try {
      out = reopen(outFd);
      InputStream err = errFd < 0 ? InputStream.nullInputStream() : reopen(errFd);
      return new NativeProcess(pid, out, err);
    } catch (IOException e) {
      if (out != null) {
        out.close();
      }
      // Still reaped by its own reaper thread, so no zombie is left behind.
      new NativeProcess(pid, InputStream.nullInputStream(), InputStream.nullInputStream())
          .destroyForcibly();
      throw e;
    } finally {
      VmmNative.closeFd(outFd);
      if (errFd >= 0) {
        VmmNative.closeFd(errFd);
      }
    }
  }

  /** The usage of {@code p} if it is a finished {@link NativeProcess}, else unknown. */
  public static ChildUsage usageOf(Process p) {
    return p instanceof NativeProcess np ? np.usage() : ChildUsage.UNKNOWN;
  }

  /** Peak RSS and CPU time once the process has exited; {@link ChildUsage#UNKNOWN} before. */
  public ChildUsage usage() {
    return exit.isDone() && !exit.isCompletedExceptionally()
        ? exit.join().usage()
        : ChildUsage.UNKNOWN;
  }

  /** The signal that ended the process, when one did. */
  public OptionalInt terminatingSignal() {
    if (!exit.isDone() || exit.isCompletedExceptionally() || exit.join().signal() == 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(exit.join().signal());
  }

  /**
   * Waits up to {@code timeout}; when it expires kills the process group and waits for the exit.
   *
   * @return true when the process exited by itself, false when it was killed
   */
  public boolean waitForOrKill(Duration timeout) throws InterruptedException {
    if (waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
      return true;
    }
    destroyForcibly();
    waitFor();
    return false;
  }

  @Override
  public long pid() {
    return pid;
  }

  @Override
  public ProcessHandle toHandle() {
    if (handle == null) {
      throw new UnsupportedOperationException("no process handle for pid " + pid);
    }
    return handle;
  }

  @Override
  public OutputStream getOutputStream() {
    return OutputStream.nullOutputStream();
  }

  @Override
  public InputStream getInputStream() {
    return stdout;
  }

  @Override
  public InputStream getErrorStream() {
    return stderr;
  }

  @Override
  public int waitFor() throws InterruptedException {
    return await().exitValue();
  }

  @Override
  public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
    try {
      exit.get(timeout, unit);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw reapFailure(e);
    }
  }

  @Override
  public int exitValue() {
    if (!exit.isDone()) {
      throw new IllegalThreadStateException("process " + pid + " has not exited");
    }
    return exit.join().exitValue();
  }

  @Override
  public boolean isAlive() {
    return !exit.isDone();
  }

  @Override
  public CompletableFuture<Process> onExit() {
    return exit.thenApply(e -> this);
  }

  @Override
  public void destroy() {
    signalGroup(SIGTERM);
  }

  @Override
  public Process destroyForcibly() {
    signalGroup(SIGKILL);
    return this;
  }

  @Override
  public boolean supportsNormalTermination() {
    return true;
  }

  @Override
  public String toString() {
    return "NativeProcess[pid=" + pid + (exit.isDone() ? ", exited" : "") + "]";
  }

  private Exit await() throws InterruptedException {
    try {
      return exit.get();
    } catch (ExecutionException e) {
      throw reapFailure(e);
    }
  }

  private static InfrastructureException reapFailure(ExecutionException e) {
    return new InfrastructureException(
        "lost track of a child process: " + e.getCause().getMessage(),
        "make sure nothing else in this JVM reaps children it did not start",
        e.getCause());
  }

  private void signalGroup(int signal) {
    synchronized (reapLock) {
      // An unreaped leader keeps its pid and process group id reserved, so these reach the leg.
      if (!reaped && VmmNative.kill(-pid, signal) != 0) {
        VmmNative.kill(pid, signal);
      }
    }
  }

  private void reap() {
    int errno = VmmNative.awaitExit(pid);
    long[] r = new long[5];
    synchronized (reapLock) {
      if (errno == 0) {
        errno = VmmNative.reap(pid, r);
      }
      reaped = true;
    }
    if (errno != 0) {
      exit.completeExceptionally(
          new IllegalStateException("waiting for pid " + pid + ": " + Errno.describe(errno)));
      return;
    }
    int code = (int) r[0];
    int signal = (int) r[1];
    // Like java.lang.Process on Unix: a signalled process exits with 128 + the signal number.
    exit.complete(
        new Exit(signal != 0 ? 128 + signal : code, signal, new ChildUsage(r[2], r[3], r[4])));
  }

  private static InputStream reopen(int fd) throws IOException {
    try {
      // Buffered, like Process's own streams; also keeps JDK 17's FileInputStream.readAllBytes,
      // which seeks, away from the pipe.
      return new BufferedInputStream(new FileInputStream("/proc/self/fd/" + fd));
    } catch (IOException e) {
      throw new IOException("cannot read the child's pipe via /proc/self/fd/" + fd, e);
    }
  }

  static String[] checkedArgv(ProcessBuilder pb) {
    List<String> command = pb.command();
    if (command.isEmpty()) {
      throw new IllegalArgumentException("empty command");
    }
    for (String arg : command) {
      if (arg == null || arg.indexOf('\0') >= 0) {
        throw new IllegalArgumentException("null or NUL in argument of " + command);
      }
    }
    if (pb.redirectOutput() != ProcessBuilder.Redirect.PIPE
        || pb.redirectError() != ProcessBuilder.Redirect.PIPE) {
      throw new IllegalArgumentException(
          "NativeProcess needs stdout and stderr as pipes (use redirectErrorStream to merge)");
    }
    ProcessBuilder.Redirect in = pb.redirectInput();
    boolean devNull =
        in.type() == ProcessBuilder.Redirect.Type.READ
            && in.file().getAbsolutePath().equals("/dev/null");
    if (in != ProcessBuilder.Redirect.PIPE && !devNull) {
      throw new IllegalArgumentException(
          "NativeProcess gives the child /dev/null as stdin, not " + in);
    }
    return command.toArray(String[]::new);
  }

  static String[] checkedEnvironment(Map<String, String> env) {
    return env.entrySet().stream()
        .map(
            e -> {
              String k = e.getKey();
              String v = e.getValue();
              if (k.isEmpty()
                  || k.indexOf('=') >= 0
                  || k.indexOf('\0') >= 0
                  || v.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("invalid environment variable " + k);
              }
              return k + "=" + v;
            })
        .toArray(String[]::new);
  }
}
