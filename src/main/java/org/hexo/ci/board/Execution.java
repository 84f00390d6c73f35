package org.hexo.ci.board;

/**
 * A program started by an {@link Executor}. Single use: signal it while it runs, then {@link
 * #await()} its result. Closing it kills the program if it still runs.
 */
public interface Execution extends AutoCloseable {

  /** Delivers a signal (name without SIG, e.g. "USR1") to the program. */
  void signal(String signalName);

  /** True while the program runs. */
  boolean isAlive();

  /**
   * Waits for the program to exit, or kills it at the request's timeout, and returns the result.
   */
  ExecResult await();

  @Override
  void close();
}
