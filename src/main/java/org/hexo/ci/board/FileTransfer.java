package org.hexo.ci.board;

import java.nio.file.Path;

/** Protocol: move files between this host and a target. Paths on the target are strings. */
public interface FileTransfer {

  /** Copies a local file to the target, creating parent directories. */
  void put(Path local, String remote);

  /** Copies a file from the target to a local path, creating parent directories. */
  void get(String remote, Path local);

  /** Creates a directory (and parents) on the target. */
  void mkdirs(String remote);
}
