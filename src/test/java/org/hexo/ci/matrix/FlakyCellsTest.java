package org.hexo.ci.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexo.ci.matrix.MatrixFixtures.cell;
import static org.hexo.ci.matrix.MatrixFixtures.matrix;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.hexo.ci.cli.Main;
import org.hexo.ci.report.matrix.MatrixJson;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FLAKY cells: reruns, their place in a comparison, their flake rate over a history. */
class FlakyCellsTest {
  @TempDir Path dir;

  private final MatrixComparator comparator = new MatrixComparator(Threshold.DEFAULT);

  /** A cell of {@code app} whose samples have these verdicts, in order. */
  private static CellResult runs(String app, Verdict... verdicts) {
    CellResult base = cell(app, Verdict.PASS, 100);
    List<Sample> samples = new ArrayList<>();
    for (Verdict v : verdicts) {
      samples.add(new Sample(v, Map.of("transfer", 100L), 0, 1, v == Verdict.PASS ? "" : "diff"));
    }
    Verdict worst = List.of(verdicts).stream().reduce(Verdict.PASS, Verdict::worst);
    return new CellResult(
        base.cell(), worst, "b1", samples, base.attempts(), base.logDir(), "output differs");
  }

  @Test
  void aFailureThenAPassIsFlakyAPassThenAFailureOrOnlyFailuresAreNot() {
    assertThat(runs("is", Verdict.FAIL, Verdict.PASS).flaky()).isTrue();
    assertThat(runs("is", Verdict.PASS, Verdict.ERROR, Verdict.PASS).flaky()).isTrue();
    assertThat(runs("is", Verdict.PASS, Verdict.FAIL).flaky()).isFalse();
    assertThat(runs("is", Verdict.FAIL, Verdict.FAIL).flaky()).isFalse();
    assertThat(runs("is", Verdict.PASS, Verdict.PASS).flaky()).isFalse();
  }

  @Test
  void aFlakyCellIsReportedApartFromRegressions() {
    MatrixResult base = matrix(runs("is", Verdict.PASS), runs("ep", Verdict.PASS));
    MatrixResult cur = matrix(runs("is", Verdict.FAIL, Verdict.PASS), runs("ep", Verdict.FAIL));

    Comparison c = comparator.compare(base, cur);

    assertThat(c.flaky()).extracting(Comparison.Change::cell).containsExactly(cellId("is"));
    assertThat(c.regressions()).extracting(Comparison.Change::cell).containsExactly(cellId("ep"));
    assertThat(c.summary())
        .contains("FLAKY      " + cellId("is"))
        .contains("1 regression(s), 0 slowdown(s), 0 pre-existing failure(s), 1 flaky");
    assertThat(comparator.compare(base, matrix(runs("is", Verdict.FAIL, Verdict.PASS))).regressed())
        .as("a flaky cell alone is no regression")
        .isFalse();
  }

  @Test
  void theFlakeRateCountsFlakyRunsOverTheWholeHistory() {
    List<MatrixResult> history =
        List.of(
            matrix(runs("is", Verdict.FAIL, Verdict.PASS), runs("ep", Verdict.PASS)),
            matrix(runs("is", Verdict.PASS), runs("ep", Verdict.PASS)),
            matrix(runs("is", Verdict.FAIL, Verdict.PASS)),
            matrix(runs("is", Verdict.PASS), runs("ep", Verdict.ERROR, Verdict.PASS)));

    Comparison c = comparator.compare(history);

    assertThat(c.flakeRates())
        .containsExactlyInAnyOrder(
            new Comparison.FlakeRate(cellId("is"), 2, 4),
            new Comparison.FlakeRate(cellId("ep"), 1, 3));
    assertThat(c.summary())
        .contains("FLAKE RATE " + cellId("is") + ": 2/4 runs (50%)")
        .contains("FLAKE RATE " + cellId("ep") + ": 1/3 runs (33%)");
  }

  @Test
  void matrixJsonCarriesFlakyAndCompareReadsAHistoryOfFiles() throws Exception {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Path c = dir.resolve("c.json");
    MatrixJson.write(matrix(runs("is", Verdict.FAIL, Verdict.PASS)), a);
    MatrixJson.write(matrix(runs("is", Verdict.PASS)), b);
    MatrixJson.write(matrix(runs("is", Verdict.FAIL, Verdict.PASS)), c);
    assertThat(Files.readString(a)).contains("\"flaky\" : true");
    assertThat(MatrixJson.read(a).cells().get(0).flaky()).isTrue();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    int code;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      code = Main.run("matrix", "compare", a.toString(), b.toString(), c.toString());
    } finally {
      System.setOut(saved);
    }
    assertThat(code).as("flaky is not a regression").isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("FLAKY      " + cellId("is"))
        .contains("FLAKE RATE " + cellId("is") + ": 2/3 runs (67%)");
  }

  @Test
  void reRunsRunAFailedCellAgainAndAPassMakesItFlaky() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CellRunner failsOnce =
        (cell, board, log) ->
            switch (cell.app()) {
              case "hc" -> new CellOutcome(Verdict.PASS, Map.of(), "");
              case "is" ->
                  calls.incrementAndGet() == 1
                      ? new CellOutcome(Verdict.FAIL, Map.of("run", 1L), "output differs")
                      : new CellOutcome(Verdict.PASS, Map.of("run", 1L), "");
              default -> new CellOutcome(Verdict.FAIL, Map.of("run", 1L), "broken");
            };
    MatrixSpec spec =
        MatrixFile.parse(
            """
            name: t
            reruns: 2
            axes:
              apps: [is, broken]
              classes: [S]
              modes: [cr]
              directions: [x86-to-arm]
              triggers: ["output:^ +1$"]
              targets: [b1]
            health-check: {app: hc}
            """,
            "t.yaml");
    List<MatrixBoard> boards = List.of(new MatrixBoard("b1", "local", "x86_64", Set.of()));
    MatrixResult r = new MatrixScheduler(spec, boards, failsOnce, dir).call();

    CellResult is = r.cells().get(0);
    assertThat(is.samples())
        .extracting(Sample::verdict)
        .containsExactly(Verdict.FAIL, Verdict.PASS);
    assertThat(is.flaky()).isTrue();
    CellResult broken = r.cells().get(1);
    assertThat(broken.samples()).as("1 run + 2 reruns").hasSize(3);
    assertThat(broken.flaky()).isFalse();
    assertThat(broken.verdict()).isEqualTo(Verdict.FAIL);
  }

  private static String cellId(String app) {
    return app + "/S/cr/x86-to-arm/timer:1/label:qemu-user";
  }
}
