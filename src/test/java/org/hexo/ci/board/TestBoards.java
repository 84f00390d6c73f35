package org.hexo.ci.board.container;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where integration tests find the checkout (for the board image recipe). */
final class TestBoards {
  private TestBoards() {}

  static Path projectRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(BoardImage.RECIPE))) {
        return p;
      }
    }
    throw new IllegalStateException("no " + BoardImage.RECIPE + " above the working directory");
  }
}
