package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hexo.ci.Infra;
import org.hexo.ci.ShippedCli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results that are never lost, through the shipped jar on the default boards (local x86-64,
 * qemu-user): three {@code migrate} runs at once into one report directory, and a SIGTERM (a
 * Jenkins abort) while the destination runs.
 */
class SharedReportsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @BeforeEach
  void docker() throws Exception {
    Infra.require(
        new ProcessBuilder("docker", "version").start().waitFor() == 0, "a running Docker daemon");
  }

  private static List<String> migrate(Path report, String app, String cls, String trigger) {
    return List.of(
        "migrate",
        "--app",
        ShippedCli.projectRoot().resolve(app).toString(),
        "--class",
        cls,
        "--trigger",
        trigger,
        "--report",
        report.toString());
  }

  @Test
  void threeConcurrentRunsIntoOneReportDirectoryAreAllListed() throws Exception {
    Path report = tmp.resolve("report");
    List<String> triggers = List.of("output:^\\s*5$", "output:^\\s*3$", "output:^no such line$");
    List<Process> runs = new ArrayList<>();
    for (int i = 0; i < triggers.size(); i++) {
      runs.add(
          ShippedCli.start(
              tmp.resolve("cli" + i),
              Map.of(),
              migrate(report, "apps/is", "S", triggers.get(i)).toArray(String[]::new)));
    }
    List<Integer> exits = new ArrayList<>();
    for (Process p : runs) {
      assertThat(p.waitFor(15, TimeUnit.MINUTES)).as("run finished").isTrue();
      exits.add(p.exitValue());
    }

    assertThat(exits).as(stderr(tmp.resolve("cli2"))).containsExactly(0, 0, 3);
    List<Path> results = resultFiles(report);
    assertThat(results).hasSize(3);
    String index = Files.readString(report.resolve("index.html"));
    for (Path r : results) {
      String test = r.getParent().getFileName().toString();
      assertThat(report.resolve("TEST-" + test + ".xml")).as("its own JUnit file").exists();
      assertThat(index).as("index.html lists " + test).contains(test);
    }
    assertThat(index).contains(">ERROR<").contains(">PASS<");
  }

  @Test
  void sigtermDuringTheDestinationIsAnErrorInterruptedWithReportsAndNothingLeft() throws Exception {
    Path report = tmp.resolve("report");
    Path logs = tmp.resolve("cli");
    // EP class A runs for many seconds under qemu-user after migrating 1 s in
    Process cli =
        ShippedCli.start(
            logs, Map.of(), migrate(report, "apps/ep", "A", "timer:1").toArray(String[]::new));
    long pid = cli.pid();
    await(
        cli,
        logs,
        "the destination",
        lineIn(logs.resolve("cli.stderr"), "[migrate] destination ..."));

    cli.destroy(); // SIGTERM
    assertThat(cli.waitFor(3, TimeUnit.MINUTES)).as("hexo-ci ends after cleaning up").isTrue();

    assertThat(cli.exitValue()).as(stderr(logs)).isEqualTo(3);
    List<Path> results = resultFiles(report);
    assertThat(results).hasSize(1);
    JsonNode r = JSON.readTree(results.get(0).toFile());
    assertThat(r.path("verdict").asText()).isEqualTo("ERROR");
    assertThat(r.path("message").asText()).startsWith("interrupted: hexo-ci received SIGINT");
    String test = r.path("test").asText();
    assertThat(report.resolve("TEST-" + test + ".xml")).exists();
    assertThat(Files.readString(report.resolve("index.html"))).contains(test);
    assertThat(results.get(0).resolveSibling("destination.stdout"))
        .as("the stopped destination's logs are kept: %s", stderr(logs))
        .exists();
    assertThat(docker("ps", "-aq", "--filter", "label=org.hexo.ci.session.pid=" + pid))
        .as("its board container is removed")
        .isBlank();
    assertThat(processesIn(report)).as("no leg runs on in the report directory").isEmpty();
  }

  @Test
  void sigtermDuringAnAppBuildIsAnInterruptionAndLeavesNoBuildContainer() throws Exception {
    Path logs = tmp.resolve("cli");
    // the app's build never ends (src/test/apps/stuckbuild/hexo-app.mk): the signal lands in it
    Process cli =
        ShippedCli.start(
            logs,
            Map.of(),
            "migrate",
            "--app",
            ShippedCli.projectRoot().resolve("src/test/apps/stuckbuild").toString(),
            "--trigger",
            "output:^stuck",
            "--report",
            tmp.resolve("report").toString());
    long pid = cli.pid();
    await(
        cli,
        logs,
        "the build",
        lineIn(logs.resolve("cli.stderr"), "[app] stuckbuild: building in"));
    String session = "label=org.hexo.ci.session.pid=" + pid;
    // the line comes just before the container starts
    await(
        cli,
        logs,
        "a build container of this session",
        () ->
            !docker("ps", "-q", "--filter", session, "--filter", "label=org.hexo.ci=app-build")
                .isBlank());

    cli.destroy(); // SIGTERM
    assertThat(cli.waitFor(3, TimeUnit.MINUTES)).as("hexo-ci ends after cleaning up").isTrue();

    assertThat(cli.exitValue()).as(stderr(logs)).isEqualTo(3);
    assertThat(stderr(logs))
        .contains("interrupted: hexo-ci received SIGINT or SIGTERM")
        .doesNotContain("internal error");
    assertThat(docker("ps", "-aq", "--filter", session))
        .as("the build container is removed")
        .isBlank();
  }

  @Test
  void sigtermDuringAMatrixCellWritesItsCellJsonAsInterruptedAndLeavesNothing() throws Exception {
    Path matrix =
        Files.writeString(
            tmp.resolve("abort.yaml"),
            """
            name: abort
            axes:
              apps: [ep]
              classes: [A]
              modes: [cr]
              directions: [x86-to-arm]
              triggers: ['timer:1']
              targets: ['label:qemu-user']
            """);
    Path boards =
        Files.writeString(
            tmp.resolve("boards.yaml"),
            "boards:\n  - {name: local, kind: local}\n  - {name: qemu-user, kind: qemu-user}\n");
    Path report = tmp.resolve("report");
    Path logs = tmp.resolve("cli");
    // the fan-out step of a Jenkins matrix, aborted while its cell's destination runs
    Process cli =
        ShippedCli.start(
            logs,
            Map.of("HEXO_LOCK_DIR", tmp.resolve("locks").toString()),
            "matrix",
            "cell",
            matrix.toString(),
            "--cell",
            "ep/A/cr/x86-to-arm/timer:1/label:qemu-user",
            "--board",
            "qemu-user",
            "--boards",
            boards.toString(),
            "--report",
            report.toString());
    long pid = cli.pid();
    // the source's log is written as it ends; then the destination runs once a process works in
    // a destination's directory (the reference ran in one before, the health check too)
    await(cli, logs, "the source's log", fileUnder(report.resolve("cells"), "source.stdout"));
    await(
        cli,
        logs,
        "the cell's destination",
        processUnder(report, "ep.A.cr.x86-to-arm.timer-destination-"));

    cli.destroy(); // SIGTERM
    assertThat(cli.waitFor(3, TimeUnit.MINUTES)).as("hexo-ci ends after cleaning up").isTrue();

    assertThat(cli.exitValue()).as(stderr(logs)).isEqualTo(3);
    JsonNode cell = JSON.readTree(report.resolve("cell.json").toFile());
    assertThat(cell.path("verdict").asText()).isEqualTo("ERROR");
    assertThat(cell.path("message").asText()).startsWith("interrupted: hexo-ci received SIGINT");
    try (Stream<Path> kept = Files.walk(report.resolve("cells"))) {
      assertThat(kept.map(p -> p.getFileName().toString()))
          .as("the stopped legs' logs are kept")
          .contains("source.stdout", "destination.stdout");
    }
    assertThat(docker("ps", "-aq", "--filter", "label=org.hexo.ci.session.pid=" + pid))
        .as("its board container is removed")
        .isBlank();
    assertThat(processesIn(report)).as("no leg runs on in the report directory").isEmpty();
    assertThat(Files.readString(logs.resolve("cli.stdout")))
        .as("the board is not blamed for the abort")
        .doesNotContain("quarantined");
  }

  /** A state of the machine a test waits for. */
  private interface Condition {
    boolean holds() throws Exception;
  }

  /**
   * Waits until {@code condition} holds while hexo-ci (logs in {@code logs}) runs, looking again
   * every 200 ms or when it exits; fails when it ends first or after 15 minutes.
   */
  private static void await(Process cli, Path logs, String what, Condition condition)
      throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
    while (Instant.now().isBefore(deadline)) {
      assertThat(cli.isAlive()).as("hexo-ci ended before %s: %s", what, stderr(logs)).isTrue();
      if (condition.holds()) {
        return;
      }
      cli.onExit().completeOnTimeout(null, 200, TimeUnit.MILLISECONDS).get();
    }
    throw new AssertionError("no " + what + " before " + deadline);
  }

  private static Condition lineIn(Path stderr, String line) {
    return () -> Files.exists(stderr) && Files.readString(stderr).contains(line);
  }

  private static Condition fileUnder(Path dir, String name) {
    return () -> {
      if (!Files.isDirectory(dir)) {
        return false;
      }
      try (Stream<Path> s = Files.walk(dir)) {
        return s.anyMatch(p -> p.getFileName().toString().equals(name));
      }
    };
  }

  /** A process works in a directory under {@code dir} whose path holds {@code part}. */
  private static Condition processUnder(Path dir, String part) {
    return () ->
        workingDirectories().anyMatch(d -> d.startsWith(dir) && d.toString().contains(part));
  }

  /** The working directories of this host's processes, container legs included. */
  private static Stream<Path> workingDirectories() {
    return ProcessHandle.allProcesses()
        .map(
            p -> {
              try {
                return Files.readSymbolicLink(Path.of("/proc/" + p.pid() + "/cwd"));
              } catch (IOException | UnsupportedOperationException e) {
                return null;
              }
            })
        .filter(java.util.Objects::nonNull);
  }

  private static List<Path> resultFiles(Path report) throws IOException {
    try (Stream<Path> s = Files.list(report)) {
      return s.map(d -> d.resolve("result.json")).filter(Files::isRegularFile).sorted().toList();
    }
  }

  /**
   * Processes whose working directory is under {@code dir}: legs on this host and in containers.
   */
  private static List<String> processesIn(Path dir) {
    return ProcessHandle.allProcesses()
        .filter(
            p -> {
              try {
                return Files.readSymbolicLink(Path.of("/proc/" + p.pid() + "/cwd")).startsWith(dir);
              } catch (IOException | UnsupportedOperationException e) {
                return false;
              }
            })
        .map(p -> p.pid() + " " + p.info().commandLine().orElse("?"))
        .toList();
  }

  private static String docker(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("docker"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    p.waitFor();
    return out.strip();
  }

  private static String stderr(Path logs) throws IOException {
    return Files.readString(logs.resolve("cli.stderr"));
  }
}
