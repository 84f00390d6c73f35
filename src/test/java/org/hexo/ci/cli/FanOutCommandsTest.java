package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The fan-out commands' edges without boards: a plan without builds, usage errors before anything
 * runs (exit 2, nothing written), and a merge of cells that never ran.
 */
class FanOutCommandsTest {
  @TempDir Path dir;

  private static final String MATRIX =
      """
      name: fan
      axes: {apps: [is], classes: [S], modes: [cr], directions: [x86-to-arm],
             triggers: ["timer:1"], targets: ["label:qemu-user", "label:qemu-system"]}
      """;

  private record Result(int code, String out, String err) {}

  private Result run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setErr(new PrintWriter(err, true));
    PrintStream stdout = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      return new Result(cl.execute(args), out.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(stdout);
    }
  }

  private Path boards() throws Exception {
    return Files.writeString(
        dir.resolve("boards.yaml"),
        "boards:\n  - {name: local, kind: local}\n  - {name: qemu-user, kind: qemu-user}\n");
  }

  @Test
  void planWithoutArtifactsPrintsOnlyThePlanAndMergeCountsItsCellsAsNotRun() throws Exception {
    Path matrix = Files.writeString(dir.resolve("fan.yaml"), MATRIX);
    Result plan =
        run("matrix", "plan", matrix.toString(), "--json", "--boards", boards().toString());
    assertThat(plan.code()).as(plan.err()).isZero();
    JsonNode p = new ObjectMapper().readTree(plan.out());
    assertThat(p.path("cells")).hasSize(1);
    assertThat(p.path("cells").get(0).path("label").asText()).isEqualTo("qemu-user");
    assertThat(p.path("skipped").get(0).path("reason").asText())
        .isEqualTo("no board matches label:qemu-system");
    assertThat(p.path("artifacts").isNull()).isTrue();

    Path planFile = Files.writeString(dir.resolve("plan.json"), plan.out());
    Path report = dir.resolve("report");
    Result merge =
        run(
            "matrix",
            "merge",
            dir.resolve("cells/never/1").toString(),
            "--plan",
            planFile.toString(),
            "--report",
            report.toString());
    assertThat(merge.code()).as("a cell that never ran is an ERROR: exit 3").isEqualTo(3);
    JsonNode m = new ObjectMapper().readTree(report.resolve("matrix.json").toFile());
    assertThat(m.path("cells").get(0).path("verdict").asText()).isEqualTo("ERROR");
    assertThat(m.path("cells").get(0).path("message").asText()).isEqualTo("not run");
    assertThat(m.path("skipped")).hasSize(1);
    assertThat(report.resolve("junit-matrix.xml")).isRegularFile();
    assertThat(report.resolve("matrix.html")).isRegularFile();
  }

  @Test
  void anUnknownCellOrABoardTheTargetDoesNotSelectExitsTwoWritingNothing() throws Exception {
    Path matrix = Files.writeString(dir.resolve("fan.yaml"), MATRIX);
    Path report = dir.resolve("cell");
    Result unknown =
        run(
            "matrix",
            "cell",
            matrix.toString(),
            "--cell",
            "is/S/cr/x86-to-arm/timer:2/label:x",
            "--board",
            "qemu-user",
            "--boards",
            boards().toString(),
            "--report",
            report.toString());
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("no cell 'is/S/cr/x86-to-arm/timer:2/label:x'");

    Result wrongBoard =
        run(
            "matrix",
            "cell",
            matrix.toString(),
            "--cell",
            "is/S/cr/x86-to-arm/timer:1/label:qemu-user",
            "--board",
            "local",
            "--boards",
            boards().toString(),
            "--report",
            report.toString());
    assertThat(wrongBoard.code()).isEqualTo(2);
    assertThat(wrongBoard.err()).contains("board local does not serve the cell's target");

    Result noBoard = run("board", "check", "potato9", "--boards", boards().toString());
    assertThat(noBoard.code()).isEqualTo(2);
    assertThat(noBoard.err()).contains("no board named 'potato9'");
    assertThat(report).as("nothing ran").doesNotExist();

    // without its x86-64 board no check can pass: exit 2, and no board is blamed for it
    Path noX86 =
        Files.writeString(
            dir.resolve("no-x86.yaml"), "boards:\n  - {name: qemu-user, kind: qemu-user}\n");
    Path locks = dir.resolve("locks");
    Path config = Files.writeString(dir.resolve("hexo-ci.yaml"), "lock-dir: " + locks + "\n");
    for (String[] args :
        List.of(
            new String[] {"board", "check", "qemu-user"},
            new String[] {"matrix", "run", matrix.toString()},
            new String[] {
              "matrix",
              "cell",
              matrix.toString(),
              "--cell",
              "is/S/cr/x86-to-arm/timer:1/label:qemu-user",
              "--board",
              "qemu-user"
            })) {
      List<String> argv = new ArrayList<>(List.of(args));
      argv.addAll(
          List.of(
              "--boards",
              noX86.toString(),
              "--report",
              report.toString(),
              "--config",
              config.toString()));
      Result r = run(argv.toArray(String[]::new));
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
      assertThat(r.err()).contains("no board named 'local'");
    }
    assertThat(locks.resolve("health")).as("no board's health recorded").doesNotExist();
    assertThat(report).as("nothing ran").doesNotExist();

    Path badPlan = Files.writeString(dir.resolve("plan.json"), "{\"schema\":\"other\"}");
    Result merge = run("matrix", "merge", "--plan", badPlan.toString());
    assertThat(merge.code()).isEqualTo(2);
  }
}
