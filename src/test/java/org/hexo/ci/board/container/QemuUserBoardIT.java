package org.hexo.ci.board.container;

import org.hexo.ci.Infra;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardContractTest;
import org.testcontainers.DockerClientFactory;

class QemuUserBoardIT extends BoardContractTest {
  @Override
  protected Board openBoard() {
    Infra.require(DockerClientFactory.instance().isDockerAvailable(), "docker daemon");
    return QemuUserBoard.start("qemu-user-it", BoardImage.ensure(TestBoards.projectRoot()));
  }
}
