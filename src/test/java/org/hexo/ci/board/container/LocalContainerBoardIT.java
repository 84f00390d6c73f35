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
import org.hexo.ci.board.FileTransfer;
import org.hexo.ci.board.HostPaths;
import org.hexo.ci.board.TestBoards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract for the local driver in a container, plus /dev/kvm pass-through and what the
 * container drivers add: work directories on this host, the archive API elsewhere.
 */
class LocalContainerBoardIT extends BoardContractTest {
  private static final Duration T = Duration.ofSeconds(30);
  private Path workDirs;

  @TempDir Path scratch;

  @Override
  protected boolean offersHostPaths() {
    return true;
  }

  @Override
  protected Board openBoard() throws Exception {
    workDirs = Files.createTempDirectory("hexo-local-container-it");
    return ContainerBoard.local("local-container-it", TestBoards.amd64Image(), workDirs);
  }

  @Test
  void kvmIsPassedThroughWhenTheHostHasIt() {
    boolean hostHasKvm = Files.exists(Path.of("/dev/kvm"));
    int rc =
        board
            .require(Executor.class)
            .run(ExecRequest.of(List.of("test", "-c", "/dev/kvm"), null, T))
            .exitCode();
    assertThat(rc == 0).as("/dev/kvm in the container iff on the host").isEqualTo(hostHasKvm);
  }

  @Test
  void workDirsAreOnThisHostAtTheSamePath() {
    assertThat(Path.of(board.newWorkDir("host")))
        .as("under the board's work root")
        .startsWith(workDirs);
    assertThat(board.require(HostPaths.class).hostPath("/etc/hostname"))
        .as("paths outside the work root are the container's own")
        .isEmpty();
  }

  @Test
  void filesOutsideTheWorkRootGoThroughTheArchiveApi() throws Exception {
    FileTransfer files = board.require(FileTransfer.class);
    Path src = Files.writeString(scratch.resolve("outside.txt"), "outside\n");
    files.put(src, "/tmp/hexo-it/outside.txt");
    assertThat(Files.exists(Path.of("/tmp/hexo-it/outside.txt")))
        .as("the container's /tmp is not this host's")
        .isFalse();
    Path back = scratch.resolve("back/outside.txt");
    files.get("/tmp/hexo-it/outside.txt", back);
    assertThat(Files.readString(back)).isEqualTo("outside\n");
  }

  @Test
  void closeRemovesTheWorkRoot() throws Exception {
    Path parent = Files.createTempDirectory("hexo-local-container-it-close");
    Board b = ContainerBoard.local("close-it", TestBoards.amd64Image(), parent);
    String dir = b.newWorkDir("x");
    b.require(Executor.class)
        .run(ExecRequest.of(List.of("sh", "-c", "mkdir -p d/e && echo x > d/e/f"), dir, T));
    b.close();
    try (var left = Files.list(parent)) {
      assertThat(left.toList()).as("nothing left of the board's work root").isEmpty();
    }
    Files.delete(parent);
  }
}
