package org.hexo.ci.migration;

import org.hexo.ci.board.Board;

/**
 * Opens boards by inventory name for the runner. The caller owns the boards' lifecycle: the runner
 * never closes them, so one board (a started container) can serve many tests.
 */
@FunctionalInterface
public interface BoardSource {
  /**
   * The board called {@code name}.
   *
   * @throws org.hexo.ci.UsageException when no board has that name
   * @throws org.hexo.ci.InfrastructureException when it cannot be reached or started
   */
  Board board(String name);
}
