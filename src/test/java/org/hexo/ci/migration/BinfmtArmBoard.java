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

  BinfmtArmBoard(String name, Path root) {
    this.local = new LocalBoard(name, root);
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
