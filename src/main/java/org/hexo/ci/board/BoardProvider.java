package org.hexo.ci.board;

import org.hexo.ci.config.HexoConfig;

/**
 * Opens boards of one kind from their {@link BoardSpec}. The built-in kinds are registered by
 * {@link BoardFactory}; other drivers (e.g. {@code qemu-system}) plug in through {@link
 * java.util.ServiceLoader} (a {@code META-INF/services/org.hexo.ci.board.BoardProvider} entry) or
 * {@link BoardFactory#register}.
 */
public interface BoardProvider {

  /** The kind this provider opens, one of {@link BoardSpec#KINDS}. */
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
}
