package org.hexo.ci.migration;

import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardPool;

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

  /**
   * The ISA of the board called {@code name}, answered without starting anything where the source
   * can (an inventory lookup), so a wrong name or ISA is found in milliseconds; null when only the
   * opened board knows. The default opens the board.
   *
   * @throws org.hexo.ci.UsageException when no board has that name
   */
  default String arch(String name) {
    return board(name).arch();
  }

  /** The boards of {@code pool}: names and ISAs from its inventory, boards opened on first use. */
  static BoardSource of(BoardPool pool) {
    return new BoardSource() {
      @Override
      public Board board(String name) {
        return pool.board(name);
      }

      @Override
      public String arch(String name) {
        return pool.inventory().get(name).arch();
      }
    };
  }
}
