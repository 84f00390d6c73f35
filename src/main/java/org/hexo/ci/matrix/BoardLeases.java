package org.hexo.ci.matrix;

/**
 * How a matrix run takes a board for one cell (its health check and samples) and gives it back:
 * across processes, with the host's board locks; {@link #NONE} when the scheduler's own one worker
 * per board is exclusion enough (tests).
 */
@FunctionalInterface
public interface BoardLeases {
  BoardLeases NONE = board -> () -> {};

  /** A held board; closing gives it back. */
  interface Lease extends AutoCloseable {
    @Override
    void close();
  }

  /** Waits until {@code board} is free, then holds it. */
  Lease take(MatrixBoard board) throws InterruptedException;
}
