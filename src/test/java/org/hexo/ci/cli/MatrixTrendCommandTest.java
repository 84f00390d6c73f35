package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hexo.ci.report.PagesTest;
import org.hexo.ci.report.matrix.MatrixJson;
import org.hexo.ci.report.page.TrendPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixTrendCommandTest {
  @TempDir Path dir;

  @Test
  void drawsTheArchiveIntoTrendHtmlWithItsStylesheet() throws Exception {
    List<String> args = new ArrayList<>(List.of("matrix", "trend"));
    int i = 0;
    for (TrendPage.Input night : PagesTest.nights()) {
      Path f = dir.resolve("history/" + ++i + "/matrix.json");
      MatrixJson.write(night.result(), f);
      args.add(f.toString());
    }
    args.addAll(List.of("--out", dir.resolve("trend").toString()));

    assertThat(Main.run(args.toArray(String[]::new))).isZero();

    String html = Files.readString(dir.resolve("trend/trend.html"));
    assertThat(html)
        .contains("3 nights, 2 cells; 1 nights flagged")
        .contains("<circle class=\"flagged\"")
        .contains(dir.resolve("history/3/matrix.json").toString());
    assertThat(dir.resolve("trend/hexo-ci.css")).exists();
  }

  @Test
  void aFileThatIsNotAMatrixIsAUsageErrorBeforeAnythingIsWritten() throws Exception {
    Path bad = Files.writeString(dir.resolve("matrix.json"), "not json");
    assertThat(Main.run("matrix", "trend", bad.toString(), "--out", dir.resolve("t").toString()))
        .isEqualTo(2);
    assertThat(dir.resolve("t")).doesNotExist();
  }
}
