package org.hexo.ci.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexo.ci.matrix.MatrixComparatorTest.cell;
import static org.hexo.ci.matrix.MatrixComparatorTest.matrix;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class MatrixRenderersTest {
  @TempDir Path dir;

  private final MatrixResult result =
      matrix(
          cell("is", Verdict.PASS, 100, 101, 99),
          cell("ep", Verdict.FAIL, 200),
          cell("c<g>", Verdict.ERROR, 300));

  @Test
  void junitHasOneCasePerCellWithFailuresAndErrors() throws Exception {
    Document d =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    MatrixJunitWriter.render(result).getBytes(StandardCharsets.UTF_8)));
    assertThat(d.getDocumentElement().getAttribute("tests")).isEqualTo("3");
    assertThat(d.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    assertThat(d.getDocumentElement().getAttribute("errors")).isEqualTo("1");
    assertThat(d.getElementsByTagName("testcase").getLength()).isEqualTo(3);
    assertThat(
            d.getElementsByTagName("failure")
                .item(0)
                .getAttributes()
                .getNamedItem("message")
                .getNodeValue())
        .isEqualTo("output differs");
  }

  @Test
  void htmlColoursCellsByVerdictAndLinksTheirLogs() {
    String html = MatrixHtmlWriter.render(result);
    assertThat(html)
        .contains("background:#c8f0c8")
        .contains("background:#f5b5b5")
        .contains("background:#f7d9a0")
        .contains("href=\"cells/is_S_cr_x86-to-arm_timer_1_label_qemu-user/b1-run3/index.html\"")
        .contains("transfer 100 ms")
        .contains("c&lt;g&gt;")
        .doesNotContain("c<g>");
  }

  @Test
  void jsonRoundTrips() throws Exception {
    Path f = dir.resolve("matrix.json");
    MatrixJson.write(result, f);
    assertThat(MatrixJson.read(f)).isEqualTo(result);
  }
}
