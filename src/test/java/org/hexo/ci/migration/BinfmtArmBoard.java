package org.hexo.ci.migration;

import java.nio.file.Path;
import java.util.Optional;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.local.LocalBoard;

/**
 * A test board that runs aarch64 programs on this host through binfmt (qemu-user), without a
 * container: the local driver claiming the aarch64 ISA. Fast stand-in for the qemu-user board in
 * runner tests.
 */
final class BinfmtArmBoard implements Board {
  private final LocalBoard local;
  private final String dialsHostAs;

  BinfmtArmBoard(String name, Path root) {
    this(name, root, null);
  }

  private BinfmtArmBoard(String name, Path root, String dialsHostAs) {
    this.local = new LocalBoard(name, root);
    this.dialsHostAs = dialsHostAs;
  }

  /**
   * The same board, claiming that its programs reach this host at {@code address} (while servers
   * here bind 127.0.0.1): a board with a wrong network setting, whose page client dials a loopback
   * address where nothing listens.
   */
  static BinfmtArmBoard misrouted(String name, Path root, String address) {
    return new BinfmtArmBoard(name, root, address);
  }

  @Override
  public boolean onHostNetwork() {
    return dialsHostAs == null;
  }

  @Override
  public Optional<HostRoute> hostRoute() {
    return Optional.of(
        dialsHostAs == null ? HostRoute.LOOPBACK : new HostRoute(dialsHostAs, "127.0.0.1"));
  }

  static boolean available() {
    return java.nio.file.Files.exists(Path.of("/proc/sys/fs/binfmt_misc/qemu-aarch64"));
  }

  @Override
  public String name() {
    return local.name();
  }

  @Override
  public String kind() {
    return "local-binfmt";
  }

  @Override
  public String arch() {
    return "aarch64";
  }

  @Override
  public <T> Optional<T> protocol(Class<T> type) {
    return local.protocol(type);
  }

  @Override
  public String newWorkDir(String label) {
    return local.newWorkDir(label);
  }

  @Override
  public void close() {
    local.close();
  }
}
