package org.hexo.ci.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.hexo.ci.Infra;
import org.hexo.ci.ShippedCli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Toolchain images shared through a real OCI registry (Debian's docker-registry on 127.0.0.1): a
 * stage image pushed and pulled back by its cache key, and, through the shipped jar, {@code
 * toolchain build --push} then, with the image gone from this host, {@code toolchain build --pull}
 * that pulls the image of the key instead of building it. Lean: the images are one-file images made
 * with {@code docker import} carrying the key label, never a real toolchain (1.2 GB).
 */
class ToolchainRegistryIT {
  @TempDir Path tmp;
  private final List<String> tags = new ArrayList<>();

  @AfterEach
  void removeImages() throws Exception {
    for (String t : tags) {
      docker("rmi", "-f", t);
    }
  }

  @Test
  void aStageImagePushedByOneAgentIsPulledByAnother() throws Exception {
    requireInfra();
    try (LocalRegistry registry = LocalRegistry.start(tmp)) {
      String stage = "hexo-toolchain-stage:it-" + UUID.randomUUID().toString().substring(0, 12);
      String id = tinyImage(stage, Map.of());
      List<String> said = new ArrayList<>();
      ToolchainRegistry r = ToolchainRegistry.of(registry.address(), said::add);
      tags.add(r.remote(stage));

      assertThat(r.pull(stage)).as("not in the registry yet").isFalse();
      r.push(stage);
      docker("rmi", "-f", stage, r.remote(stage));
      assertThat(imageId(stage)).as("gone from this host").isEmpty();

      assertThat(r.pull(stage)).as("the registry has it now").isTrue();
      assertThat(imageId(stage)).as("the same image, under its local name").isEqualTo(id);
      assertThat(said).contains("[toolchain] pushed " + r.remote(stage));
    }
  }

  @Test
  void theShippedCliPushesTheImageOfAKeyAndAnotherHostPullsItInsteadOfBuilding() throws Exception {
    requireInfra();
    Path project = projectWithOwnRecipe();
    // the launcher passes HEXO_PROJECT_ROOT on, and the environment wins over a config file
    Map<String, String> env =
        Map.of(
            "HEXO_PROJECT_ROOT", project.toString(),
            "HEXO_CACHE_DIR", tmp.resolve("cache").toString());
    try (LocalRegistry registry = LocalRegistry.start(tmp)) {
      ShippedCli.Run resolve =
          ShippedCli.run(
              tmp.resolve("resolve"),
              env,
              Duration.ofMinutes(3),
              "toolchain",
              "resolve",
              "--spec",
              "hexo-lite");
      assertThat(resolve.exit()).as(resolve.describe()).isZero();
      String key =
          resolve
              .stdout()
              .lines()
              .filter(l -> l.startsWith("key: "))
              .findFirst()
              .orElseThrow()
              .substring(5);
      String tag = "hexo-toolchain:" + key;
      assertThat(imageId(tag))
          .as(
              "the recipe of its own gives a key no real toolchain image has: %s",
              resolve.describe())
          .isEmpty();
      String remote = registry.address() + "/" + tag;
      tags.add(tag);
      tags.add(remote);
      String id = tinyImage(tag, Map.of(ToolchainBuilder.KEY_LABEL, key));

      ShippedCli.Run push =
          ShippedCli.run(
              tmp.resolve("push"),
              env,
              Duration.ofMinutes(3),
              "toolchain",
              "build",
              "--spec",
              "hexo-lite",
              "--push",
              registry.address());
      assertThat(push.exit()).as(push.describe()).isZero();
      assertThat(push.stdout()).contains("cache: hit");
      assertThat(push.stderr()).contains("pushed " + remote);

      docker("rmi", "-f", tag, remote);
      assertThat(imageId(tag)).as("this host no longer has it").isEmpty();
      ShippedCli.Run pull =
          ShippedCli.run(
              tmp.resolve("pull"),
              env,
              Duration.ofMinutes(3),
              "toolchain",
              "build",
              "--spec",
              "hexo-lite",
              "--pull",
              registry.address());

      assertThat(pull.exit()).as(pull.describe()).isZero();
      assertThat(pull.stderr()).contains("pulled " + remote).doesNotContain(": building");
      assertThat(pull.stdout()).contains("cache: hit").contains("image: " + tag + " " + id);
    }
  }

  private static void requireInfra() throws Exception {
    Infra.require(
        new ProcessBuilder("docker", "version").start().waitFor() == 0, "a running Docker daemon");
    Infra.require(Files.isExecutable(LocalRegistry.BINARY), "docker-registry (Debian package)");
  }

  /**
   * The project with a recipe of its own (a comment added to the Dockerfile), so that its cache key
   * is one no other test builds.
   */
  private Path projectWithOwnRecipe() throws IOException {
    Path real = ShippedCli.projectRoot();
    Path copy = Files.createDirectories(tmp.resolve("project"));
    try (Stream<Path> top = Files.list(real)) {
      for (Path p : top.toList()) {
        if (!p.getFileName().toString().equals("docker")) {
          Files.createSymbolicLink(copy.resolve(p.getFileName()), p);
        }
      }
    }
    Path docker = Files.createDirectories(copy.resolve("docker"));
    try (Stream<Path> dirs = Files.list(real.resolve("docker"))) {
      for (Path p : dirs.toList()) {
        if (!p.getFileName().toString().equals("toolchain")) {
          Files.createSymbolicLink(docker.resolve(p.getFileName()), p);
        }
      }
    }
    Path tc = Files.createDirectories(docker.resolve("toolchain"));
    try (Stream<Path> files = Files.list(real.resolve("docker/toolchain"))) {
      for (Path p : files.toList()) {
        Files.copy(p, tc.resolve(p.getFileName()));
      }
    }
    Files.writeString(
        tc.resolve("Dockerfile"),
        "# ToolchainRegistryIT " + UUID.randomUUID() + "\n",
        java.nio.file.StandardOpenOption.APPEND);
    return copy;
  }

  /** A one-file image made by {@code docker import}, with {@code labels}; its id. */
  private String tinyImage(String tag, Map<String, String> labels) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("tiny-" + tags.size()));
    Files.writeString(dir.resolve("hello"), tag + "\n");
    Path tar = tmp.resolve("tiny-" + tags.size() + ".tar");
    assertThat(
            new ProcessBuilder("tar", "-C", dir.toString(), "-cf", tar.toString(), "hello")
                .start()
                .waitFor())
        .isZero();
    List<String> cmd = new ArrayList<>(List.of("docker", "import"));
    labels.forEach((k, v) -> cmd.addAll(List.of("--change", "LABEL " + k + "=" + v)));
    cmd.addAll(List.of(tar.toString(), tag));
    run(cmd);
    tags.add(tag);
    return imageId(tag);
  }

  private static String imageId(String tag) throws Exception {
    return run(List.of("docker", "images", "--no-trunc", "-q", tag)).strip();
  }

  private static void docker(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("docker"));
    cmd.addAll(List.of(args));
    run(cmd);
  }

  private static String run(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.getInputStream().transferTo(out);
    p.waitFor();
    return out.toString(StandardCharsets.UTF_8);
  }
}
