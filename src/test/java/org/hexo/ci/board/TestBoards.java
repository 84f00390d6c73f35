package org.hexo.ci.board;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hexo.ci.Infra;
import org.hexo.ci.board.container.BoardImage;
import org.testcontainers.DockerClientFactory;

/** Shared setup for board integration tests: the checkout and the arm64 board image. */
public final class TestBoards {
  private TestBoards() {}

  /** The checkout holding {@code docker/board/build-image.sh}. */
  public static Path projectRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("docker/board/build-image.sh"))) {
        return p;
      }
    }
    throw new IllegalStateException("no docker/board/build-image.sh above the working directory");
  }

  /**
   * The arm64 board image, built once per recipe and shared by every test (skips without Docker).
   */
  public static String armImage() {
    Infra.require(DockerClientFactory.instance().isDockerAvailable(), "docker daemon");
    return BoardImage.ensure(projectRoot());
  }
}
