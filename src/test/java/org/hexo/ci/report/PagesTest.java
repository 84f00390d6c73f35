package org.hexo.ci.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexo.ci.matrix.Attempt;
import org.hexo.ci.matrix.BoardStatus;
import org.hexo.ci.matrix.Cell;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.matrix.Comparison;
import org.hexo.ci.matrix.MatrixComparator;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.matrix.Sample;
import org.hexo.ci.matrix.Threshold;
import org.hexo.ci.report.matrix.ComparisonHtmlWriter;
import org.hexo.ci.report.matrix.MatrixHtmlWriter;
import org.hexo.ci.report.matrix.TrendHtmlWriter;
import org.hexo.ci.report.page.Pages;
import org.hexo.ci.report.page.Timeline;
import org.hexo.ci.report.page.TrendPage;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report page: golden files, CSP-safe markup, and the pictures' geometry. */
public class PagesTest {
  @TempDir Path dir;

  /** Two cells over three nights; the third night's "is" total jumps far past the band. */
  public static List<TrendPage.Input> nights() {
    long day = 86_400_000L;
    long start = 1_767_225_600_000L; // 2026-01-01T00:00Z
    return List.of(
        night("nightly", start, List.of(cell("is", "cr", Verdict.PASS, 300, 1000, 310, 1010))),
        night(
            "nightly",
            start + day,
            List.of(
                cell("is", "cr", Verdict.PASS, 305, 1005, 300, 1000),
                cell("ep", "cr", Verdict.PASS, 100, 500, 100, 500))),
        night(
            "nightly",
            start + 2 * day,
            List.of(
                cell("is", "cr", Verdict.PASS, 310, 1900, 300, 1950),
                cell("ep", "cr", Verdict.FAIL, 100, 500))));
  }

  static TrendPage.Input night(String name, long at, List<CellResult> cells) {
    return new TrendPage.Input(
        "archive/" + at + "/matrix.json",
        new MatrixResult(
            name, 2, at, at + 60_000, cells, List.of(new BoardStatus("b1", "PASS", false, ""))));
  }

  /** A cell whose repeats took these (downtime, total) pairs. */
  static CellResult cell(String app, String mode, Verdict v, long... downtimeTotal) {
    Cell c = new Cell(app, "S", mode, "x86-to-arm", "timer:1", "label:qemu-user");
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i + 1 < downtimeTotal.length; i += 2) {
      Map<String, Long> phases = new LinkedHashMap<>();
      phases.put("downtime", downtimeTotal[i]);
      phases.put("total", downtimeTotal[i + 1]);
      samples.add(new Sample(v, phases, 0, 1, ""));
    }
    return new CellResult(
        c,
        v,
        "b1",
        samples,
        List.of(new Attempt("b1", v, "", 0, 1)),
        "cells/" + c.slug(),
        v == Verdict.PASS ? "" : "output differs");
  }

  private static MatrixResult last(List<TrendPage.Input> nights) {
    return nights.get(nights.size() - 1).result();
  }

  private Comparison lastAgainstBefore() {
    List<TrendPage.Input> n = nights();
    return new MatrixComparator(Threshold.DEFAULT).compare(n.get(1).result(), last(n));
  }

  private List<String> pages() {
    return List.of(
        HtmlSummary.render(
            "hexo-ci migration tests",
            List.of(Fixtures.pass(), Fixtures.fail(), Fixtures.error(), Fixtures.roundTrip())),
        MatrixHtmlWriter.render(last(nights()), lastAgainstBefore()),
        ComparisonHtmlWriter.render(lastAgainstBefore()),
        TrendHtmlWriter.render(nights(), Threshold.DEFAULT));
  }

  @Test
  void everyPageMatchesItsGoldenFile() throws Exception {
    List<String> p = pages();
    Golden.assertMatches("page-tests.html", Fixtures.portable(p.get(0)));
    Golden.assertMatches("page-matrix.html", p.get(1));
    Golden.assertMatches("page-comparison.html", p.get(2));
    Golden.assertMatches("page-trend.html", p.get(3));
  }

  @Test
  void noPageNeedsInlineStyleOrScript() {
    for (String html : pages()) {
      assertThat(html)
          .as("Jenkins' CSP (style-src 'self', no script) would drop these")
          .doesNotContainIgnoringCase("style=")
          .doesNotContainIgnoringCase("<style")
          .doesNotContainIgnoringCase("<script")
          .doesNotContainIgnoringCase("javascript:")
          .doesNotContainPattern(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE))
          .contains("<link rel=\"stylesheet\" href=\"" + Pages.STYLESHEET + "\">");
    }
  }

  @Test
  void writingAPagePutsTheStylesheetBesideIt() throws Exception {
    Path page = dir.resolve("deep/matrix.html");
    MatrixHtmlWriter.write(last(nights()), page);
    String css = Files.readString(dir.resolve("deep").resolve(Pages.STYLESHEET));
    assertThat(css)
        .as("the verdict colours live in the stylesheet")
        .contains(".PASS")
        .contains("#c8f0c8")
        .contains("#f5b5b5")
        .contains("#f7d9a0");
    assertThat(Files.readString(page)).contains("<td class=\"cell FAIL\"");
  }

  @Test
  void timelineLaysTheRoundTripsPhasesEndToEndToScale() {
    Timeline t = Timeline.of(Fixtures.roundTrip());
    assertThat(t.lanes())
        .extracting(Timeline.Lane::label)
        .containsExactly(
            "reference @ local (x86_64)",
            "source @ local (x86_64)",
            "relay @ qemu-user (aarch64)",
            "destination @ local (x86_64)",
            "downtime");
    List<Timeline.Bar> legs = t.bars().stream().filter(b -> !b.phase().equals("downtime")).toList();
    assertThat(legs)
        .extracting(Timeline.Bar::phase)
        .containsExactly(
            "reference",
            "source",
            "checkpoint",
            "transfer",
            "relay",
            "checkpoint",
            "transfer",
            "destination");
    for (int i = 1; i < legs.size(); i++) {
      double end = x(legs.get(i - 1)) + w(legs.get(i - 1));
      assertThat(x(legs.get(i)))
          .as("phase %d starts where %d ends", i, i - 1)
          .isCloseTo(end, within());
    }
    double perMs = w(legs.get(0)) / 100;
    assertThat(w(legs.get(1))).as("source 300 ms").isCloseTo(300 * perMs, within());
    assertThat(w(legs.get(7))).as("destination 500 ms").isCloseTo(500 * perMs, within());
    assertThat(t.marks())
        .extracting(Timeline.Mark::label)
        .containsExactly("migration at 400 ms, 524.6 KiB", "return at 730 ms, 524.6 KiB");
    List<Timeline.Bar> down = t.bars().stream().filter(b -> b.phase().equals("downtime")).toList();
    assertThat(down).hasSize(2);
    assertThat(x(down.get(1)))
        .as("the return downtime starts at the return point")
        .isCloseTo(x(legs.get(4)) + w(legs.get(4)), within());
  }

  @Test
  void failingOutputCheckIsShownAsADiffWithLinksToLogsAndKeptCheckpoint() {
    String html = HtmlSummary.render("t", List.of(Fixtures.fail(), Fixtures.pass()));
    assertThat(html)
        .contains("<span class=\"del\">-        5</span>")
        .contains("<span class=\"add\">+        &lt;5&gt; &amp; \"6\"</span>")
        .contains("<span class=\"hunk\">@@ -3 +3 @@</span>")
        .contains("href=\"is.S.cr.x86-to-arm.output-2/destination.stderr\"")
        .contains("href=\"is.S.cr.x86-to-arm.output-2/source.status\"")
        .as("a failed run keeps its checkpoint; a pass does not")
        .contains("href=\"is.S.cr.x86-to-arm.output-2/checkpoint-1/heap.bin\"")
        .doesNotContain("is.S.cr.x86-to-arm.output/checkpoint-1/");
  }

  @Test
  void matrixHeatMapMarksRegressionsAndFlakes() {
    MatrixResult r = last(nights());
    CellResult flaky = cell("mg", "postcopy", Verdict.FAIL, 1, 2);
    List<Sample> mixed = new ArrayList<>(flaky.samples());
    mixed.add(new Sample(Verdict.PASS, Map.of("total", 5L), 0, 1, ""));
    List<CellResult> cells = new ArrayList<>(r.cells());
    cells.add(
        new CellResult(
            flaky.cell(), Verdict.FAIL, "b1", mixed, flaky.attempts(), flaky.logDir(), "x"));
    String html =
        MatrixHtmlWriter.render(
            new MatrixResult(r.name(), 2, r.startedAt(), r.finishedAt(), cells, r.boards()),
            lastAgainstBefore());
    assertThat(count(html, "class=\"mark-regression\">R<"))
        .as("ep regressed, is got slower; + legend")
        .isEqualTo(3);
    assertThat(count(html, "class=\"mark-flake\">~<"))
        .as("mg's repeats disagree; + legend")
        .isEqualTo(2);
    assertThat(html)
        .contains("<th>is S</th>")
        .contains("<th>mg S</th>")
        .contains("<td class=\"cell EXCLUDED\"")
        .contains("1 flaky");
  }

  @Test
  void trendRingsTheNightThatGotSlowerAndShadesTheAllowedBand() {
    TrendPage p = TrendPage.of(nights(), Threshold.DEFAULT);
    TrendPage.Chart isTotal = p.cells().get(0).charts().get(1);
    assertThat(p.cells().get(0).id()).startsWith("is/");
    assertThat(isTotal.phase()).isEqualTo("total");
    assertThat(isTotal.points()).hasSize(3);
    assertThat(isTotal.points())
        .extracting(TrendPage.Chart.Point::flagged)
        .containsExactly(false, false, true);
    assertThat(isTotal.bands()).as("nights 2 and 3 have a night before").hasSize(2);
    assertThat(p.cells().get(0).charts().get(0).points())
        .as("downtime did not move")
        .noneMatch(TrendPage.Chart.Point::flagged);
    TrendPage.Chart epTotal = p.cells().get(1).charts().get(1);
    assertThat(epTotal.points()).as("ep has no passing repeat on night 3").hasSize(1);
    assertThat(p.nights().get(2).flags()).contains("1 regressed").contains("1 slower");
    assertThat(p.headline())
        .isEqualTo(
            "3 nights, 2 cells; 1 nights flagged (regressed or slower than the night before)");
  }

  private static int count(String s, String part) {
    Matcher m = Pattern.compile(Pattern.quote(part)).matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static double x(Timeline.Bar b) {
    return Double.parseDouble(b.x());
  }

  private static double w(Timeline.Bar b) {
    return Double.parseDouble(b.width());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.2);
  }
}
