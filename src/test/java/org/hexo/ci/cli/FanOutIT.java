package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.hexo.ci.Infra;
import org.hexo.ci.ShippedCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fan-out on real boards through the shipped jar, as Jenkins drives it, and host locks across
 * processes. One host plays a lab: {@code matrix plan --artifacts} in the controller's workspace;
 * two "agents" (workspaces of their own, the programs copied there as {@code unstash} would) each
 * run one cell with {@code matrix cell} on the qemu-user board; {@code matrix merge} and {@code
 * matrix compare} in the controller. Meanwhile two {@code matrix run}s of the same file run on the
 * same host. All four processes share one lock directory and the one aarch64 board, so they take
 * turns: no two migrations on it overlap (from the start and end of each run directory), and the
 * merged matrix.json has the verdicts of each {@code matrix run}.
 */
class FanOutIT {
  @TempDir Path tmp;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void twoAgentsAndTwoMatrixRunsShareOneBoardInTurnAndAgreeOnTheVerdicts() throws Exception {
    Infra.require(
        new ProcessBuilder("docker", "version").start().waitFor() == 0, "a running Docker daemon");
    Infra.require(
        Files.exists(Path.of("/proc/sys/fs/binfmt_misc/qemu-aarch64")), "binfmt for aarch64");
    Path matrix =
        Files.writeString(
            tmp.resolve("fan.yaml"),
            """
            name: fan
            toolchain: hexo-lite
            lease-timeout: 600
            axes:
              apps: [is]
              classes: [S]
              modes: [cr]
              directions: [x86-to-arm, arm-to-x86]
              triggers: ['output:^\\s+2(\\s|$)']
              targets: ['label:qemu-user', 'label:qemu-system']
            health-check: {app: is, class: S, mode: cr, direction: x86-to-arm, trigger: 'output:^\\s+1$'}
            """);
    Path boards =
        Files.writeString(
            tmp.resolve("boards.yaml"),
            "boards:\n  - {name: local, kind: local}\n  - {name: qemu-user, kind: qemu-user}\n");
    Map<String, String> env =
        Map.of("HEXO_LOCK_DIR", tmp.resolve("locks").toString(), "HEXO_BOARDS", boards.toString());
    Duration limit = Duration.ofMinutes(15);

    // the controller plans and builds every program once
    Path controller = tmp.resolve("controller");
    ShippedCli.Run plan =
        ShippedCli.run(
            controller,
            env,
            limit,
            "matrix",
            "plan",
            matrix.toString(),
            "--json",
            "--artifacts",
            "fanout/artifacts");
    assertThat(plan.exit()).as(plan.describe()).isZero();
    JsonNode p = JSON.readTree(plan.stdout());
    assertThat(p.path("schema").asText()).isEqualTo("hexo-ci/matrix-plan/v1");
    assertThat(p.path("cells")).hasSize(2);
    assertThat(p.path("skipped")).hasSize(2);
    assertThat(p.path("cells").get(0).path("label").asText()).isEqualTo("qemu-user");
    Files.writeString(controller.resolve("fanout/plan.json"), plan.stdout());
    Path artifacts = controller.resolve("fanout/artifacts");
    assertThat(artifacts.resolve("is-S/prog_aarch64_aligned")).isRegularFile();

    // two agents, one cell each, and two matrix runs, all at once
    List<CompletableFuture<ShippedCli.Run>> running = new ArrayList<>();
    List<String> cellDirs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      JsonNode cell = p.path("cells").get(i);
      Path ws = tmp.resolve("agent" + i);
      copyTree(artifacts, ws.resolve("fanout/artifacts"));
      String out = "fanout/cells/" + cell.path("slug").asText() + "/1";
      cellDirs.add(out);
      running.add(
          async(
              ws,
              env,
              limit,
              "matrix",
              "cell",
              matrix.toString(),
              "--cell",
              cell.path("id").asText(),
              "--board",
              "qemu-user",
              "--artifacts",
              "fanout/artifacts",
              "--report",
              out));
    }
    List<Path> runs = List.of(tmp.resolve("run0"), tmp.resolve("run1"));
    for (Path r : runs) {
      running.add(
          async(
              r,
              env,
              limit,
              "matrix",
              "run",
              matrix.toString(),
              "--report",
              r.resolve("report").toString()));
    }
    for (CompletableFuture<ShippedCli.Run> f : running) {
      ShippedCli.Run done = f.get();
      assertThat(done.exit()).as(done.describe()).isZero();
    }

    // the controller unstashes the agents' cell directories, merges and compares
    List<String> mergeArgs = new ArrayList<>(List.of("matrix", "merge"));
    for (int i = 0; i < 2; i++) {
      copyTree(
          tmp.resolve("agent" + i).resolve(cellDirs.get(i)), controller.resolve(cellDirs.get(i)));
      mergeArgs.add(cellDirs.get(i));
    }
    mergeArgs.addAll(List.of("--plan", "fanout/plan.json", "--report", "report"));
    ShippedCli.Run merge = ShippedCli.run(controller, env, limit, mergeArgs.toArray(String[]::new));
    assertThat(merge.exit()).as(merge.describe()).isZero();
    JsonNode merged = JSON.readTree(controller.resolve("report/matrix.json").toFile());
    assertThat(controller.resolve("report/junit-matrix.xml")).isRegularFile();
    assertThat(controller.resolve("report/matrix.html")).isRegularFile();
    for (JsonNode c : merged.path("cells")) {
      assertThat(
              controller
                  .resolve("report")
                  .resolve(c.path("logDir").asText())
                  .resolve("qemu-user-run1/index.html"))
          .as("the merged cell links its migration report")
          .isRegularFile();
    }

    for (Path r : runs) {
      Path single = r.resolve("report/matrix.json");
      assertThat(verdicts(merged))
          .as("fan-out and matrix run agree")
          .isEqualTo(verdicts(JSON.readTree(single.toFile())))
          .containsValues("PASS")
          .hasSize(2);
      ShippedCli.Run compare =
          ShippedCli.run(
              controller.resolve("compare-" + r.getFileName()),
              env,
              limit,
              "matrix",
              "compare",
              single.toString(),
              controller.resolve("report/matrix.json").toString(),
              "--report",
              controller.resolve("compare-" + r.getFileName()).toString(),
              "--threshold",
              "1000",
              "--floor-ms",
              "100000");
      assertThat(compare.exit()).as(compare.describe()).isZero();
      assertThat(compare.stdout())
          .contains("0 regression(s)")
          .contains("0 new")
          .contains("0 vanished");
      assertThat(JSON.readTree(single.toFile()).path("skipped")).hasSize(2);
    }
    assertThat(merged.path("skipped")).hasSize(2);

    // no two migrations overlapped on the board: every run directory of the four processes
    List<Interval> onBoard = new ArrayList<>();
    for (Path root :
        List.of(tmp.resolve("agent0"), tmp.resolve("agent1"), runs.get(0), runs.get(1))) {
      onBoard.addAll(migrations(root));
    }
    // 2 cells + 1 health check per matrix run, 1 cell each per agent (+ the first one's check)
    assertThat(onBoard.size()).as("%s", onBoard).isBetween(8, 9);
    onBoard.sort(Comparator.comparing(Interval::start));
    for (int i = 1; i < onBoard.size(); i++) {
      Interval before = onBoard.get(i - 1);
      Interval next = onBoard.get(i);
      assertThat(next.start())
          .as("%s starts after %s ended", next, before)
          .isAfterOrEqualTo(before.end());
    }
    assertThat(onBoard.stream().map(i -> i.dir().getName(tmp.getNameCount())).distinct())
        .as("all four processes used the board")
        .hasSize(4);
  }

  /** A migration's time on the boards: from its start to the writing of its result.json. */
  record Interval(Path dir, Instant start, Instant end) {}

  private static List<Interval> migrations(Path root) throws Exception {
    List<Interval> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(f -> f.getFileName().toString().equals("result.json")).toList()) {
        JsonNode r = JSON.readTree(f.toFile());
        if (!r.has("startedAt") || !r.path("boards").toString().contains("qemu-user")) {
          continue;
        }
        out.add(
            new Interval(
                f.getParent(),
                Instant.parse(r.path("startedAt").asText()),
                Files.getLastModifiedTime(f).toInstant()));
      }
    }
    return out;
  }

  private static Map<String, String> verdicts(JsonNode matrix) {
    Map<String, String> out = new LinkedHashMap<>();
    matrix
        .path("cells")
        .forEach(c -> out.put(c.path("cell").path("id").asText(), c.path("verdict").asText()));
    return out;
  }

  /** A thread per process: they must run at once, whatever the common pool's size. */
  private static final ExecutorService PROCESSES = Executors.newCachedThreadPool();

  private static CompletableFuture<ShippedCli.Run> async(
      Path logs, Map<String, String> env, Duration limit, String... args) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return ShippedCli.run(logs, env, limit, args);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        PROCESSES);
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path s : all.toList()) {
        Path d = to.resolve(from.relativize(s).toString());
        if (Files.isDirectory(s)) {
          Files.createDirectories(d);
        } else {
          Files.copy(s, d, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
