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
   * Whether programs on this board share this host's network namespace (local processes,
   * host-network containers): a server they open on 127.0.0.1 is this host's 127.0.0.1.
   */
  default boolean onHostNetwork() {
    return true;
  }

  /**
   * How programs on this board reach a server on this host, or empty when nobody said. Boards on
   * the host's network dial and bind 127.0.0.1.
   */
  default Optional<HostRoute> hostRoute() {
    return Optional.of(HostRoute.LOOPBACK);
  }

  /**
   * Makes a TCP port that a program on this board will listen on reachable from this host (the
   * post-copy page server of a leg that migrates off this board). Boards on the host's network need
   * nothing: the program binds 127.0.0.1 and is reached there.
   */
  default Exposure exposeServer(int port) {
    return new Exposure("127.0.0.1", "127.0.0.1", port, () -> {});
  }

  /**
   * How a board reaches this host.
   *
   * @param connect the address programs on the board dial
   * @param hostBind the address a server on this host binds so that they can
   */
  record HostRoute(String connect, String hostBind) {
    public static final HostRoute LOOPBACK = new HostRoute("127.0.0.1", "127.0.0.1");
  }

  /**
   * A board port made reachable from this host.
   *
   * @param bind the address the program on the board binds
   * @param hostAddress where this host dials it
   * @param hostPort the port this host dials (a forward may map it)
   * @param withdraw undoes whatever exposing set up
   */
  record Exposure(String bind, String hostAddress, int hostPort, Runnable withdraw)
      implements AutoCloseable {
    @Override
    public void close() {
      withdraw.run();
    }
  }

  @Override
  void close();
}
