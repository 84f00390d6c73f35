package org.hexo.ci.board.container;

import java.nio.file.Files;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardContractTest;
import org.hexo.ci.board.TestBoards;

class QemuUserBoardIT extends BoardContractTest {
  @Override
  protected boolean offersHostPaths() {
    return true;
  }

  @Override
  protected Board openBoard() throws Exception {
    return ContainerBoard.qemuUser(
        "qemu-user-it", TestBoards.armImage(), Files.createTempDirectory("hexo-qemu-user-it"));
  }
}
