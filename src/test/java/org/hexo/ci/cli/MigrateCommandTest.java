package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Exit codes and messages of {@code hexo-ci migrate} for bad specs and unreachable boards. */
class MigrateCommandTest {
  @TempDir Path dir;
  private Path artifacts;
  private final StringWriter err = new StringWriter();
  private final StringWriter out = new StringWriter();

  @BeforeEach
  void fakeArtifacts() throws Exception {
    artifacts = Files.createDirectories(dir.resolve("art"));
    for (String f :
        new String[] {
          "prog_x86-64_aligned", "prog_aarch64_aligned", "proxy-x86_64", "proxy-aarch64"
        }) {
      Files.writeString(artifacts.resolve(f), "#!/bin/sh\nexit 0\n");
    }
  }

  private int migrate(String... extra) {
    List<String> all = new ArrayList<>(List.of("--artifacts", artifacts.toString()));
    all.addAll(List.of(extra));
    return cliWithoutArtifacts(all.toArray(String[]::new));
  }

  @Test
  void unknownClassIsUsageErrorNamingIt() {
    assertThat(migrate("--class", "Z")).isEqualTo(2);
    assertThat(err.toString()).contains("'Z'").contains("S, W, A, B");
  }

  @Test
  void missingClassOfAnAppWithClassesIsUsageErrorNamingThem() {
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int code =
        cl.execute(
            "migrate",
            "--app",
            "apps/is",
            "--trigger",
            "timer:1",
            "--artifacts",
            artifacts.toString(),
            "--cache-dir",
            dir.resolve("cache").toString(),
            "--report",
            dir.resolve("reports").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("app is needs a class").contains("S, W, A, B");
  }

  @Test
  void anAppOfTheInstallerComesFromItsSnapshotWithTheProjectsApps() {
    assertThat(migrate("--app", "installer:apps/is", "--class", "Z")).isEqualTo(2);
    assertThat(err.toString())
        .as("found in hexo-lite's installer snapshot, so its classes are known")
        .contains("app is has no class 'Z'")
        .contains("S, W, A, B");
    assertThat(dir.resolve("cache/app-sources"))
        .isDirectoryContaining(p -> p.getFileName().toString().startsWith("installer-"));
    err.getBuffer().setLength(0);
    assertThat(migrate("--app", "installer:apps/nope")).isEqualTo(2);
    assertThat(err.toString()).contains("'apps/nope'");
  }

  @Test
  void classOfAnAppWithoutClassesIsUsageErrorNamingIt() throws Exception {
    Path app = classless("hello", "");
    assertThat(migrate("--app", app.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("app hello has no classes").contains("'S'");
  }

  @Test
  void unknownDescriptionKeyIsUsageErrorNamingFileAndKey() throws Exception {
    Path app = classless("keys", "args: [1]\nrepeat: 3\n");
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int code =
        cl.execute(
            "migrate",
            "--app",
            app.toString(),
            "--artifacts",
            artifacts.toString(),
            "--cache-dir",
            dir.resolve("cache").toString(),
            "--report",
            dir.resolve("reports").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .contains(app.resolve("hexo-app.yaml").toString())
        .contains("unknown key 'repeat'");
  }

  @Test
  void noTriggerAndNoneSuggestedIsUsageError() throws Exception {
    Path app = classless("quiet", "args: [1]\n");
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int code =
        cl.execute(
            "migrate",
            "--app",
            app.toString(),
            "--artifacts",
            artifacts.toString(),
            "--cache-dir",
            dir.resolve("cache").toString(),
            "--report",
            dir.resolve("reports").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("no --trigger given").contains("hexo-app.yaml");
  }

  private Path classless(String name, String yaml) throws Exception {
    Path app = Files.createDirectories(dir.resolve(name));
    Files.writeString(app.resolve(name + ".c"), "int main(void) { return 0; }\n");
    if (!yaml.isEmpty()) {
      Files.writeString(app.resolve("hexo-app.yaml"), yaml);
    }
    return app;
  }

  @Test
  void unknownModeIsUsageErrorNamingIt() {
    assertThat(migrate("--mode", "live")).isEqualTo(2);
    assertThat(err.toString()).contains("'live'").contains("cr, postcopy");
  }

  @Test
  void unknownAppIsUsageErrorNamingIt() {
    assertThat(migrate("--app", "apps/nope")).isEqualTo(2);
    assertThat(err.toString()).contains("apps/nope");
  }

  @Test
  void unknownBoardIsUsageErrorNamingIt() {
    assertThat(migrate("--board", "potato9")).isEqualTo(2);
    assertThat(err.toString()).contains("potato9");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void badValuesExitTwoWithinSecondsBeforeAnyLegOrBuild(String why, String[] args) {
    Instant start = Instant.now();
    int code = cliWithoutArtifacts(args);
    assertThat(code).as(why + ": " + err).isEqualTo(2);
    assertThat(Duration.between(start, Instant.now()))
        .as("nothing is built, started or run")
        .isLessThan(Duration.ofSeconds(10));
    assertThat(dir.resolve("reports").resolve("is.S.cr.x86-to-arm.output"))
        .as("no run directory: no leg ran")
        .doesNotExist();
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("unknown aarch64 board", new String[] {"--arm-board", "potato9"}),
        Arguments.of("unknown x86-64 board", new String[] {"--x86-board", "potato9"}),
        Arguments.of(
            "boards of the wrong ISA",
            new String[] {"--x86-board", "qemu-user", "--arm-board", "local"}),
        Arguments.of("one board for both", new String[] {"--arm-board", "local"}),
        Arguments.of("bad trigger", new String[] {"--trigger", "output:("}),
        Arguments.of("zero-second trigger", new String[] {"--trigger", "timer:0"}),
        Arguments.of("bad memory", new String[] {"--memory", "lots"}),
        Arguments.of("zero timeout", new String[] {"--timeout", "0"}));
  }

  /** No --artifacts: a usage error must come before the (slow) toolchain build. */
  private int cliWithoutArtifacts(String... extra) {
    CommandLine cl = Main.commandLine().setOverwrittenOptionsAllowed(true);
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(out, true));
    List<String> all =
        new ArrayList<>(
            List.of(
                "migrate",
                "--app",
                "apps/is",
                "--class",
                "S",
                "--trigger",
                "output:^\\s*5$",
                "--cache-dir",
                dir.resolve("cache").toString(),
                "--report",
                dir.resolve("reports").toString()));
    all.addAll(List.of(extra));
    return cl.execute(all.toArray(String[]::new));
  }

  @Test
  void unreachableBoardIsInfrastructureErrorWithRemedy() throws Exception {
    Path key = Files.writeString(dir.resolve("id_ed25519"), "not a key\n");
    Path known = Files.writeString(dir.resolve("known_hosts"), "");
    Path boards =
        Files.writeString(
            dir.resolve("boards.yaml"),
            "boards:\n"
                + "  - name: gone\n"
                + "    kind: ssh\n"
                + "    address: 127.0.0.1\n"
                + "    port: 1\n"
                + "    user: hexo\n"
                + "    key: "
                + key
                + "\n    known_hosts: "
                + known
                + "\n    arch: aarch64\n"
                + "  - name: local\n"
                + "    kind: local\n");
    int code = migrate("--boards", boards.toString(), "--board", "gone");
    assertThat(code).as(err.toString() + out).isEqualTo(3);
    assertThat(out.toString()).contains("ERROR").contains("remedy:");
  }
}
