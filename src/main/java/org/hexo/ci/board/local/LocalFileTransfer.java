package org.hexo.ci.board.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.FileTransfer;

/** File transfer for a board that shares this host's file system: plain copies. */
final class LocalFileTransfer implements FileTransfer {

  @Override
  public void put(Path local, String remote) {
    copy(local, Path.of(remote));
  }

  @Override
  public void get(String remote, Path local) {
    copy(Path.of(remote), local);
  }

  @Override
  public void mkdirs(String remote) {
    try {
      Files.createDirectories(Path.of(remote));
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot create directory " + remote + ": " + e, "check permissions and free space", e);
    }
  }

  private static void copy(Path from, Path to) {
    try {
      Path parent = to.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot copy " + from + " to " + to + ": " + e,
          "check that the source exists and the target is writable",
          e);
    }
  }
}
