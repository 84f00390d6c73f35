package org.hexo.ci.board;

import java.util.Optional;

/**
 * A target that runs one leg of a migration. The migration code asks a board for a protocol ({@link
 * Executor}, {@link FileTransfer}, {@link Power}) and never for a concrete driver class. Boards are
 * {@link AutoCloseable}: closing releases whatever the driver started.
 */
public interface Board extends AutoCloseable {

  String name();

  /** The driver kind, e.g. "local", "qemu-user", "ssh", "qemu-system". */
  String kind();

  /** The ISA programs run as on this board: "x86_64" or "aarch64". */
  String arch();

  /** The protocol of the given type, when the driver offers it. */
  <T> Optional<T> protocol(Class<T> type);

  /** Like {@link #protocol} but fails with a clear error when the driver lacks it. */
  default <T> T require(Class<T> type) {
    return protocol(type)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "board " + name() + " (" + kind() + ") has no " + type.getSimpleName()));
  }

  /**
   * Creates a fresh, empty working directory on the board for one leg and returns its path there.
   * Concurrent legs never share one.
   */
  String newWorkDir(String label);

  /**
   * The address under which a server listening on this host's 127.0.0.1 is reachable from programs
   * on the board (the post-copy page server). 127.0.0.1 for boards on host networking.
   */
  default String hostAddressSeenFromBoard() {
    return "127.0.0.1";
  }

  @Override
  void close();
}
