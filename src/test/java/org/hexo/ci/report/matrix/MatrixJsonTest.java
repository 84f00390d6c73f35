package org.hexo.ci.report.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.matrix.MatrixComparator;
import org.hexo.ci.matrix.MatrixFixtures;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.matrix.Threshold;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** matrix.json rewritten as cells finish, cell.json of a fan-out cell, partial files compared. */
class MatrixJsonTest {
  @TempDir Path dir;

  @Test
  void aRewriteReplacesTheFileWholeAndLeavesNothingBehind() throws Exception {
    Path json = dir.resolve("matrix.json");
    MatrixJson.write(MatrixFixtures.matrix(MatrixFixtures.cell("is", Verdict.PASS, 100)), json);
    MatrixResult both =
        MatrixFixtures.matrix(
            MatrixFixtures.cell("is", Verdict.PASS, 100),
            MatrixFixtures.cell("ep", Verdict.FAIL, 100));
    MatrixJson.write(both, json);

    assertThat(MatrixJson.read(json)).isEqualTo(both);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no temporary file left").containsExactly(json);
    }
  }

  @Test
  void aCellJsonReadsBackAsTheCellResult() throws Exception {
    CellResult c = MatrixFixtures.cell("is", Verdict.ERROR, 100, 120);
    MatrixJson.writeCell(c, dir.resolve("cell.json"));
    assertThat(MatrixJson.readCell(dir.resolve("cell.json"))).isEqualTo(c);
  }

  @Test
  void aPartialMatrixOfAnAbortedRunComparesItsCellsAndListsTheRestAsVanished() throws Exception {
    Path base = dir.resolve("base.json");
    Path partial = dir.resolve("partial.json");
    MatrixJson.write(
        MatrixFixtures.matrix(
            MatrixFixtures.cell("is", Verdict.PASS, 100),
            MatrixFixtures.cell("ep", Verdict.PASS, 100)),
        base);
    MatrixJson.write(MatrixFixtures.matrix(MatrixFixtures.cell("is", Verdict.FAIL, 100)), partial);

    var c =
        new MatrixComparator(Threshold.DEFAULT)
            .compare(MatrixJson.read(base), MatrixJson.read(partial));
    assertThat(c.regressions()).hasSize(1);
    assertThat(c.vanishedCells())
        .containsExactly(MatrixFixtures.cell("ep", Verdict.PASS).cell().id());
  }
}
