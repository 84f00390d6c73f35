package org.hexo.ci.board.local;

import java.nio.file.Files;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardContractTest;

class LocalBoardIT extends BoardContractTest {
  @Override
  protected boolean offersHostPaths() {
    return true;
  }

  @Override
  protected Board openBoard() throws Exception {
    return new LocalBoard("local", Files.createTempDirectory("hexo-local-board-it"));
  }
}
