package org.hexo.ci.board.internal;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Execution;
import org.hexo.ci.board.ResourceUsage;

/**
 * The part of an {@link Execution} every driver shares: the deadline counted from the start, the
 * kill of the whole process tree when it passes, collecting stdout and stderr, and building the one
 * {@link ExecResult}. A driver supplies how to wait for, kill and read the exit code of its
 * process.
 */
public abstract class AbstractExecution implements Execution {
  private static final Duration DRAIN_AFTER_EXIT = Duration.ofSeconds(30);
  private static final Duration DRAIN_AFTER_KILL = Duration.ofSeconds(5);

  protected final ExecRequest request;
  protected final LineSink stdout;
  protected final LineSink stderr;
  private final long startNanos = System.nanoTime();
  private ExecResult result;

  protected AbstractExecution(ExecRequest request, boolean stdoutStartsWithPid) {
    this.request = request;
    this.stdout =
        stdoutStartsWithPid
            ? LineSink.withPidLine(request.onStdoutLine())
            : LineSink.of(request.onStdoutLine());
    this.stderr = LineSink.of(null);
  }

  /** Waits up to {@code millis} for the program to exit; true when it has. */
  protected abstract boolean waitForExit(long millis) throws InterruptedException;

  /** The exit status after {@link #waitForExit} returned true. */
  protected abstract int exitCode();

  /** Kills the program and everything it started. */
  protected abstract void killTree();

  /** Releases transport resources (channels, threads); called once by {@link #close()}. */
  protected void release() {}

  protected ResourceUsage usage() {
    return ResourceUsage.UNKNOWN;
  }

  @Override
  public final synchronized ExecResult await() {
    if (result != null) {
      return result;
    }
    long deadline = startNanos + request.timeout().toNanos();
    boolean exited;
    try {
      exited =
          waitForExit(Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      killTree();
      throw new InfrastructureException("interrupted while waiting for " + request.argv(), "", e);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    if (!exited) {
      killTree();
    }
    drain(exited ? DRAIN_AFTER_EXIT : DRAIN_AFTER_KILL);
    result =
        new ExecResult(
            exited ? exitCode() : -1, stdout.text(), stderr.text(), elapsed, !exited, usage());
    return result;
  }

  private void drain(Duration max) {
    try {
      stdout.finished().get(max.toMillis(), TimeUnit.MILLISECONDS);
      stderr.finished().get(max.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // a grandchild still holds the pipe open; keep what arrived
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The pid the wrapper reported on the board, waiting briefly for it to arrive. */
  protected long remotePid() {
    try {
      return stdout.pid().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new InfrastructureException(
          "no pid from " + request.argv() + ": " + e.getMessage(),
          "check that the board has a POSIX sh and the program started");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("interrupted while waiting for a pid", "", e);
    }
  }

  @Override
  public final void close() {
    try {
      synchronized (this) {
        if (result == null && isAlive()) {
          killTree();
        }
      }
    } finally {
      release();
    }
  }
}
