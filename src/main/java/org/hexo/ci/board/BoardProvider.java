package org.hexo.ci.board;

import java.util.List;
import org.hexo.ci.config.HexoConfig;

/**
 * Opens boards of one kind from their {@link BoardSpec}, and removes what boards of that kind left
 * behind. Every driver, the built-in ones included, is registered through {@link
 * java.util.ServiceLoader}: a line in {@code META-INF/services/org.hexo.ci.board.BoardProvider}.
 * Nothing else names a driver class.
 */
public interface BoardProvider {

  /** The kind this provider opens, as inventories spell it ({@code qemu-user}). */
  String kind();

  /**
   * Opens (starts, connects) the board; the caller closes it.
   *
   * @throws org.hexo.ci.UsageException when the spec lacks something this kind needs
   * @throws org.hexo.ci.InfrastructureException when the board cannot be started or reached
   */
  Board open(BoardSpec spec, HexoConfig config);

  /** A short state for {@code hexo-ci board list}, checked cheaply without opening the board. */
  default String state(BoardSpec spec, HexoConfig config) {
    return "unknown";
  }

  /**
   * Removes (or with {@code dryRun} only names) what boards of this kind started by hexo-ci
   * processes that are gone left running: containers, virtual machines. For {@code hexo-ci gc}.
   *
   * @return one line per leftover, naming it
   */
  default List<String> reap(boolean dryRun) {
    return List.of();
  }
}
