package org.hexo.ci.report.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexo.ci.matrix.MatrixFixtures.cell;
import static org.hexo.ci.matrix.MatrixFixtures.matrix;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hexo.ci.matrix.Cell;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.matrix.SkippedCell;
import org.hexo.ci.report.Markup;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class MatrixRenderersTest {
  @TempDir Path dir;

  private final MatrixResult result =
      withSkipped(
          matrix(
              cell("is", Verdict.PASS, 100, 101, 99),
              cell("ep", Verdict.FAIL, 200),
              cell("c<g>", Verdict.ERROR, 300)));

  private static MatrixResult withSkipped(MatrixResult r) {
    Cell vm = new Cell("is", "S", "cr", "x86-to-arm", "timer:1", "label:qemu-system");
    return new MatrixResult(
        r.name(),
        r.repeat(),
        r.startedAt(),
        r.finishedAt(),
        r.cells(),
        r.boards(),
        List.of(new SkippedCell(vm, "no board matches label:qemu-system")));
  }

  @Test
  void junitHasOneCasePerCellWithFailuresAndErrors() throws Exception {
    Document d =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(
                new ByteArrayInputStream(
                    MatrixJunitWriter.render(result).getBytes(StandardCharsets.UTF_8)));
    assertThat(d.getDocumentElement().getAttribute("tests")).isEqualTo("4");
    assertThat(d.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    assertThat(d.getDocumentElement().getAttribute("errors")).isEqualTo("1");
    assertThat(d.getDocumentElement().getAttribute("skipped")).isEqualTo("1");
    assertThat(d.getElementsByTagName("testcase").getLength()).isEqualTo(4);
    assertThat(
            d.getElementsByTagName("skipped")
                .item(0)
                .getAttributes()
                .getNamedItem("message")
                .getNodeValue())
        .isEqualTo("no board matches label:qemu-system");
    assertThat(
            d.getElementsByTagName("failure")
                .item(0)
                .getAttributes()
                .getNamedItem("message")
                .getNodeValue())
        .isEqualTo("output differs");
  }

  @Test
  void matrixPagesEscapeLikeEveryOtherReport() throws Exception {
    CellResult bad = cell("is", Verdict.FAIL, 100);
    String message = "it's <bad> \u0001 & gone";
    MatrixResult r =
        matrix(
            new CellResult(
                bad.cell(),
                bad.verdict(),
                bad.board(),
                bad.samples(),
                bad.attempts(),
                bad.logDir(),
                message));
    String escaped = Markup.escape(message);
    assertThat(escaped).isEqualTo("it&#39;s &lt;bad&gt; \\u0001 &amp; gone");
    String junit = MatrixJunitWriter.render(r);
    assertThat(junit).contains("message=\"" + escaped + "\"");
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(junit.getBytes(StandardCharsets.UTF_8)));
    assertThat(MatrixHtmlWriter.render(r))
        .as("jte escapes the message in text and in the cell's title attribute")
        .contains("<td>it's &lt;bad&gt; \u0001 &amp; gone</td>")
        .contains("; it&#39;s &lt;bad> \u0001 &amp; gone\"")
        .doesNotContain("<bad>");
  }

  @Test
  void htmlColoursCellsByVerdictAndLinksTheirLogs() {
    String html = MatrixHtmlWriter.render(result);
    assertThat(html)
        .contains("<td class=\"cell PASS\"")
        .contains("<td class=\"cell FAIL\"")
        .contains("<td class=\"cell ERROR\"")
        .contains("href=\"cells/is_S_cr_x86-to-arm_timer_1_label_qemu-user/b1-run3/index.html\"")
        .contains("transfer 100 ms")
        .contains("c&lt;g&gt;")
        .contains(
            "<td class=\"cell SKIPPED\" title=\"is/S/cr/x86-to-arm/timer:1/label:qemu-system:"
                + " no board matches label:qemu-system\">SKIPPED</td>")
        .contains("1 SKIPPED")
        .doesNotContain("c<g>");
  }

  @Test
  void jsonRoundTrips() throws Exception {
    Path f = dir.resolve("matrix.json");
    MatrixJson.write(result, f);
    assertThat(MatrixJson.read(f)).isEqualTo(result);
  }
}
