package org.hexo.ci.board.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardContractTest;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.TestBoards;
import org.junit.jupiter.api.Test;

/** The contract for the local driver in a container, plus /dev/kvm pass-through. */
class LocalContainerBoardIT extends BoardContractTest {
  @Override
  protected Board openBoard() {
    return ContainerBoard.local("local-container-it", TestBoards.amd64Image());
  }

  @Test
  void kvmIsPassedThroughWhenTheHostHasIt() {
    boolean hostHasKvm = Files.exists(Path.of("/dev/kvm"));
    int rc =
        board
            .require(Executor.class)
            .run(ExecRequest.of(List.of("test", "-c", "/dev/kvm"), null, Duration.ofSeconds(30)))
            .exitCode();
    assertThat(rc == 0).as("/dev/kvm in the container iff on the host").isEqualTo(hostHasKvm);
  }
}
