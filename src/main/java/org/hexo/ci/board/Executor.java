package org.hexo.ci.board;

/** Protocol: run argv on a target. Every driver returns the same {@link ExecResult}. */
public interface Executor {

  /** Starts the program and returns at once. */
  Execution start(ExecRequest request);

  /** Runs the program to completion (or its timeout). */
  default ExecResult run(ExecRequest request) {
    try (Execution e = start(request)) {
      return e.await();
    }
  }
}
