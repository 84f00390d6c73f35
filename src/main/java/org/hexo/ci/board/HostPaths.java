package org.hexo.ci.board;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Protocol: where a board's files are visible on this host. Offered by boards whose work
 * directories live on this host's file system (the local driver, and the container drivers through
 * a bind mount at the same path), so the host can read a leg's files, e.g. to checksum them,
 * without a transfer or a program run on the board. The file is the board's own: a host read sees
 * exactly what the board's programs see.
 */
public interface HostPaths {

  /**
   * The path on this host of {@code remote} on the board, when this host sees that file directly;
   * empty for paths the board keeps to itself.
   */
  Optional<Path> hostPath(String remote);
}
