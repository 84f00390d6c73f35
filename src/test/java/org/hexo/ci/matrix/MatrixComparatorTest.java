package org.hexo.ci.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexo.ci.matrix.MatrixFixtures.cell;
import static org.hexo.ci.matrix.MatrixFixtures.matrix;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hexo.ci.cli.Main;
import org.hexo.ci.report.matrix.MatrixJson;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixComparatorTest {
  @TempDir Path dir;

  private final MatrixComparator comparator = new MatrixComparator(Threshold.DEFAULT);

  @Test
  void twoIdenticalResultsShowNothing() {
    MatrixResult r =
        matrix(cell("is", Verdict.PASS, 100, 104, 98), cell("cg", Verdict.FAIL, 80, 81, 79));
    Comparison c = comparator.compare(r, r);

    assertThat(c.regressed()).isFalse();
    assertThat(c.regressions()).isEmpty();
    assertThat(c.slowdowns()).isEmpty();
    assertThat(c.newCells()).isEmpty();
    assertThat(c.vanishedCells()).isEmpty();
    assertThat(c.preExisting()).extracting(Comparison.Change::cell).hasSize(1);
    assertThat(c.unchanged()).isEqualTo(1);
  }

  @Test
  void anInjectedRegressionAndSlowdownAreFoundNewAndVanishedCellsListed() {
    MatrixResult base =
        matrix(
            cell("is", Verdict.PASS, 100, 104, 98),
            cell("ep", Verdict.PASS, 200, 202, 199),
            cell("cg", Verdict.PASS, 300, 301, 299),
            cell("mg", Verdict.PASS, 10, 10, 10));
    MatrixResult cur =
        matrix(
            cell("is", Verdict.FAIL, 100, 104, 98),
            cell("ep", Verdict.PASS, 260, 262, 259),
            cell("cg", Verdict.PASS, 305, 310, 300),
            cell("bt", Verdict.PASS, 10, 10, 10));

    Comparison c = comparator.compare(base, cur);

    assertThat(c.regressed()).isTrue();
    assertThat(c.regressions())
        .extracting(Comparison.Change::cell)
        .containsExactly("is/S/cr/x86-to-arm/timer:1/label:qemu-user");
    assertThat(c.slowdowns()).hasSize(1);
    Comparison.Slowdown s = c.slowdowns().get(0);
    assertThat(s.cell()).startsWith("ep/");
    assertThat(s.phase()).isEqualTo("transfer");
    assertThat(s.baselineMedianMs()).isEqualTo(200);
    assertThat(s.currentMedianMs()).isEqualTo(260);
    assertThat(c.newCells()).containsExactly("bt/S/cr/x86-to-arm/timer:1/label:qemu-user");
    assertThat(c.vanishedCells()).containsExactly("mg/S/cr/x86-to-arm/timer:1/label:qemu-user");
    assertThat(c.summary()).contains("REGRESSION is/").contains("SLOWER     ep/");
  }

  @Test
  void aSlowdownWithinTheMeasuredNoiseIsNotARegression() {
    // medians 100 -> 125 (+25%), but the repeats spread by +-20 ms: 3 * 1.4826 * 20 = 89 ms allowed
    MatrixResult base = matrix(cell("is", Verdict.PASS, 80, 100, 120));
    MatrixResult cur = matrix(cell("is", Verdict.PASS, 105, 125, 145));
    assertThat(comparator.compare(base, cur).slowdowns()).isEmpty();
    // the same medians with tight repeats are a slowdown
    MatrixResult tightBase = matrix(cell("is", Verdict.PASS, 99, 100, 101));
    MatrixResult tightCur = matrix(cell("is", Verdict.PASS, 124, 125, 126));
    assertThat(comparator.compare(tightBase, tightCur).slowdowns()).hasSize(1);
  }

  @Test
  void theCompareCommandExitsOneOnARegressionAndWritesTheHtml() throws Exception {
    Path a = dir.resolve("base/matrix.json");
    Path b = dir.resolve("cur/matrix.json");
    MatrixJson.write(matrix(cell("is", Verdict.PASS, 100, 100, 100)), a);
    MatrixJson.write(matrix(cell("is", Verdict.ERROR, 100)), b);

    assertThat(
            Main.run(
                "matrix",
                "compare",
                a.toString(),
                a.toString(),
                "--report",
                dir.resolve("same").toString()))
        .isEqualTo(0);
    assertThat(Main.run("matrix", "compare", a.toString(), b.toString())).isEqualTo(1);
    String html = Files.readString(dir.resolve("cur/comparison.html"));
    assertThat(html).contains("REGRESSED").contains("is/S/cr/x86-to-arm").contains("ERROR");
    assertThat(Files.readString(dir.resolve("cur/comparison.json"))).contains("\"regressions\"");
    assertThat(Main.run("matrix", "compare", a.toString(), dir.resolve("nope.json").toString()))
        .as("a missing file is a usage error")
        .isEqualTo(2);
  }

  @Test
  void aCellSkippedForWantOfABoardIsListedNotVanishedNorRegressed() {
    CellResult vm = cell("is", Verdict.PASS, 100, 100, 100);
    MatrixResult base = matrix(vm);
    MatrixResult cur =
        new MatrixResult(
            "nightly",
            3,
            0,
            1,
            List.of(),
            List.of(),
            List.of(new SkippedCell(vm.cell(), "no board matches label:qemu-user")));

    Comparison c = comparator.compare(base, cur);

    assertThat(c.regressed()).isFalse();
    assertThat(c.vanishedCells()).isEmpty();
    assertThat(c.skippedCells()).containsExactly(vm.cell().id());
    assertThat(c.summary()).contains("SKIPPED    is/S/cr").contains("1 skipped");
  }

  @Test
  void aMatrixJsonWithoutSkippedCellsStillReads() throws Exception {
    Path f = dir.resolve("old.json");
    Files.writeString(
        f,
        "{\"name\":\"n\",\"repeat\":1,\"startedAt\":0,\"finishedAt\":1,\"cells\":[],\"boards\":[]}");
    assertThat(MatrixJson.read(f).skipped()).isEmpty();
  }
}
