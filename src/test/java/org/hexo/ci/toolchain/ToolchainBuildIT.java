package org.hexo.ci.toolchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hexo.ci.Infra;
import org.hexo.ci.ShippedCli;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.docker.Docker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hexo-lite toolchain built for real in Docker: cold or cached, cache hit, partial rebuild. */
class ToolchainBuildIT {
  @TempDir Path tmp;

  @BeforeAll
  static void docker() {
    Infra.require(dockerUp(), "a running Docker daemon");
  }

  static boolean dockerUp() {
    try {
      Docker.client().pingCmd().exec();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Test
  void buildsThenHitsTheCacheWithoutADockerBuild() throws Exception {
    ToolchainImage first = ToolchainFixture.hexoLite();
    DockerClient docker = Docker.client();
    var labels = docker.inspectImageCmd(first.tag()).exec().getConfig().getLabels();
    assertThat(labels.get(ToolchainBuilder.MANIFEST_LABEL)).isEqualTo(first.manifest().toJson());
    assertThat(Files.readString(first.manifestFile()))
        .contains(first.manifest().installer().commit());

    HexoConfig config = ToolchainFixture.config();
    ToolchainSpec spec = ToolchainSpecs.load("hexo-lite", config);
    List<String> events = new ArrayList<>();
    ToolchainImage again =
        ToolchainBuilder.create(spec, new RefResolver().resolve(spec), config)
            .setListener(events::add)
            .call();
    assertThat(again.cacheHit()).as("nothing changed").isTrue();
    assertThat(again.imageId()).isEqualTo(first.imageId());
    assertThat(again.stages()).as("no stage was even looked at").isEmpty();
    assertThat(events).noneMatch(e -> e.contains("building") || e.startsWith("  | "));
  }

  @Test
  void aChangedComponentRebuildsFromItsStepAndReusesTheStagesBelow() throws Exception {
    ToolchainImage base = ToolchainFixture.hexoLite();
    HexoConfig config = ToolchainFixture.config();
    Path hermit = changedHermit("/* " + UUID.randomUUID() + " */\n", false);
    ToolchainSpec spec =
        ToolchainSpecs.load("hexo-lite", config)
            .withOverrides(
                List.of(
                    ComponentOverride.parse(
                        "hermit=" + hermit.toUri() + "@hermit-popcorn-master")));
    ToolchainImage changed =
        ToolchainBuilder.create(spec, new RefResolver().resolve(spec), config)
            .setListener(System.out::println)
            .call();
    try {
      assertThat(changed.cacheHit()).isFalse();
      assertThat(changed.key()).isNotEqualTo(base.key());
      assertThat(changed.stages())
          .extracting(StageOutcome::step)
          .containsExactly("deps", "hermit", "libraries", "tools", "utils");
      assertThat(changed.stages().get(0).built()).as("host packages reused").isFalse();
      assertThat(changed.stages().subList(1, 5)).allMatch(StageOutcome::built);
    } finally {
      DockerClient docker = Docker.client();
      docker.removeImageCmd(changed.tag()).withForce(true).exec();
      for (StageOutcome s : changed.stages().subList(1, 5)) {
        docker.removeImageCmd(s.tag()).withForce(true).exec();
      }
    }
  }

  @Test
  void twoConcurrentBuildsOfOneKeyBuildOnceAndShareTheImage() throws Exception {
    ToolchainFixture.hexoLite();
    HexoConfig config = ToolchainFixture.config();
    Path hermit = changedHermit("/* " + UUID.randomUUID() + " */\n", false);
    String override = "hermit=" + hermit.toUri() + "@hermit-popcorn-master";
    ToolchainSpec spec =
        ToolchainSpecs.load("hexo-lite", config)
            .withOverrides(List.of(ComponentOverride.parse(override)));
    List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
    // another hexo-ci process (the shipped CLI) and this one, at the same time
    java.util.concurrent.CompletableFuture<ShippedCli.Run> other =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return ShippedCli.run(
                    tmp.resolve("cli"),
                    java.util.Map.of(),
                    java.time.Duration.ofMinutes(15),
                    "toolchain",
                    "build",
                    "--spec",
                    "hexo-lite",
                    "--override",
                    override,
                    "--cache-dir",
                    config.cacheDir().toString());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    ToolchainImage here =
        ToolchainBuilder.create(spec, new RefResolver().resolve(spec), config)
            .setListener(events::add)
            .call();
    ShippedCli.Run there = other.join();
    try {
      assertThat(there.exit()).as(there.describe()).isZero();
      boolean builtHere = events.stream().anyMatch(e -> e.contains("hermit: building"));
      boolean builtThere = there.stderr().contains("hermit: building");
      assertThat(builtHere ^ builtThere)
          .as("exactly one of them built; here: %s%nthere: %s", events, there.stderr())
          .isTrue();
      String waiter = builtHere ? there.stderr() : String.join("\n", events);
      assertThat(waiter).as("the other waited, then reused").contains("cache hit: " + here.tag());
      assertThat(there.stdout() + there.stderr()).as("both name one image").contains(here.tag());
      assertThat(Files.readSymbolicLink(here.logFile()).toString())
          .as("build.log points at the one attempt's own log")
          .endsWith(".build.log");
    } finally {
      DockerClient docker = Docker.client();
      docker.removeImageCmd(here.tag()).withForce(true).exec();
    }
  }

  @Test
  void aComponentThatDoesNotCompileIsNamedWithItsStep() throws Exception {
    ToolchainFixture.hexoLite();
    HexoConfig config = ToolchainFixture.config();
    Path hermit = changedHermit("#error broken on purpose " + UUID.randomUUID() + "\n", true);
    ToolchainSpec spec =
        ToolchainSpecs.load("hexo-lite", config)
            .withOverrides(
                List.of(
                    ComponentOverride.parse(
                        "hermit=" + hermit.toUri() + "@hermit-popcorn-master")));
    assertThatThrownBy(
            () -> ToolchainBuilder.create(spec, new RefResolver().resolve(spec), config).call())
        .isInstanceOf(ComponentBuildException.class)
        .hasMessageContaining("hermit")
        .satisfies(e -> assertThat(((ComponentBuildException) e).components()).contains("hermit"))
        .satisfies(e -> assertThat(((ComponentBuildException) e).remedy()).contains("build.log"));
  }

  /** A bare hermit repository like hexo-lite's, with {@code text} prepended to one C source. */
  private Path changedHermit(String text, boolean firstSourceOnly) throws Exception {
    Path src = tmp.resolve("hermit-src");
    copyTree(ToolchainFixture.config().projectRoot().resolve("hexo-lite/components/hermit"), src);
    Path c;
    try (var s = Files.walk(src)) {
      c = s.filter(p -> p.toString().endsWith(".c")).sorted().findFirst().orElseThrow();
    }
    Files.writeString(c, text + Files.readString(c));
    Path bare = tmp.resolve("hermit.git");
    SourceSnapshot.of(src, Set.of()).commitTo(bare, "hermit-popcorn-master");
    return bare;
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }
}
