package org.hexo.ci.board;

import org.hexo.ci.Infra;
import org.hexo.ci.board.container.BoardImage;
import org.hexo.ci.docker.BaseImage;
import org.testcontainers.DockerClientFactory;

/** Shared setup for board integration tests: images made once and shared by tag. */
public final class TestBoards {
  private TestBoards() {}

  /** The arm64 board image (skips without Docker locally, fails under CI). */
  public static String armImage() {
    requireDocker();
    return BoardImage.ensure();
  }

  /** A plain amd64 Debian image for the local-in-a-container driver. */
  public static String amd64Image() {
    requireDocker();
    return BaseImage.ensure("amd64", "bookworm");
  }

  private static void requireDocker() {
    Infra.require(DockerClientFactory.instance().isDockerAvailable(), "docker daemon");
  }
}
