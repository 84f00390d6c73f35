package org.hexo.ci.board.container;

import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardContractTest;
import org.hexo.ci.board.TestBoards;

class QemuUserBoardIT extends BoardContractTest {
  @Override
  protected Board openBoard() {
    return ContainerBoard.qemuUser("qemu-user-it", TestBoards.armImage());
  }
}
