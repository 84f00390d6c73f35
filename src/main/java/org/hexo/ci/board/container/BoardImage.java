package org.hexo.ci.board.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.hexo.ci.InfrastructureException;
import org.testcontainers.DockerClientFactory;

/**
 * The arm64 board userland image: Debian bookworm minbase with sshd, made by {@code
 * docker/board/build-image.sh} (debootstrap {@code --arch=arm64} under qemu-user, then {@code
 * docker import}). Tagged by the hash of the recipe, so a changed recipe builds a new image and an
 * unchanged one is reused across runs and tests.
 */
public final class BoardImage {
  public static final String REPOSITORY = "hexo-board-arm64";
  static final String RECIPE = "docker/board/build-image.sh";

  private BoardImage() {}

  /** The tag this checkout's recipe builds, e.g. {@code hexo-board-arm64:b83ccc96f5a1}. */
  public static String tag(Path projectRoot) {
    Path recipe = projectRoot.resolve(RECIPE);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(recipe));
      return REPOSITORY + ":" + HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (IOException e) {
      throw new InfrastructureException(
          "board image recipe " + recipe + " is missing: " + e.getMessage(),
          "run hexo-ci from a checkout of hexo-ci (set project-root in the config)",
          e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Builds the image unless it exists; returns its tag. Takes a few minutes the first time. */
  public static synchronized String ensure(Path projectRoot) {
    String tag = tag(projectRoot);
    if (exists(tag)) {
      return tag;
    }
    Path log = projectRoot.resolve("target").resolve("board-image-build.log");
    try {
      Files.createDirectories(log.getParent());
      Process p =
          new ProcessBuilder(List.of("bash", projectRoot.resolve(RECIPE).toString(), tag))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      int rc = p.waitFor();
      if (rc != 0 || !exists(tag)) {
        String tail = String.join("\n", tailOf(log, 15));
        throw new InfrastructureException(
            "building board image " + tag + " failed (exit " + rc + "):\n" + tail,
            "run scripts/setup-host.sh (debootstrap, binfmt for aarch64, dockerd) and see " + log);
      }
      return tag;
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot run " + RECIPE + ": " + e.getMessage(), "install bash and debootstrap", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("interrupted while building " + tag, "", e);
    }
  }

  static boolean exists(String tag) {
    try {
      DockerClientFactory.instance().client().inspectImageCmd(tag).exec();
      return true;
    } catch (com.github.dockerjava.api.exception.NotFoundException e) {
      return false;
    } catch (IllegalStateException e) {
      throw Docker.unavailable(e);
    }
  }

  private static List<String> tailOf(Path log, int n) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return lines.subList(Math.max(0, lines.size() - n), lines.size());
  }
}
