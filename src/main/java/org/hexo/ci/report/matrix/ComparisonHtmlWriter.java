package org.hexo.ci.report.matrix;

import static org.hexo.ci.report.Markup.escape;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hexo.ci.matrix.Comparison;
import org.hexo.ci.report.Markup;

/** Renders a {@link Comparison} as an HTML page: regressions first, then everything else. */
public final class ComparisonHtmlWriter {
  private ComparisonHtmlWriter() {}

  public static void write(Comparison c, Path file) throws IOException {
    Markup.write(file, render(c));
  }

  public static String render(Comparison c) {
    StringBuilder b = new StringBuilder();
    b.append("<p><b>")
        .append(c.regressed() ? "REGRESSED" : "no regression")
        .append("</b> &mdash; baseline ")
        .append(escape(c.baseline()))
        .append(", current ")
        .append(escape(c.current()))
        .append(
            String.format(
                ". A phase is slower when its median grows by more than max(%.0f%%, %.1f &times;"
                    + " 1.4826 &times; MAD, %d ms).</p>%n",
                c.threshold().percent(), c.threshold().k(), c.threshold().floorMs()));
    changes(b, "Regressions (PASS &rarr; FAIL/ERROR)", "#f5b5b5", c.regressions());
    b.append("<h2>Slowdowns</h2>\n<table><tr><th>cell</th><th>phase</th><th>baseline median</th>")
        .append("<th>current median</th><th>allowed</th><th>samples</th></tr>\n");
    for (Comparison.Slowdown s : c.slowdowns()) {
      b.append(
          String.format(
              "<tr style=\"background:#f7d9a0\"><td>%s</td><td>%s</td><td>%.0f ms</td>"
                  + "<td>%.0f ms</td><td>+%.0f ms</td><td>%d / %d</td></tr>%n",
              escape(s.cell()),
              escape(s.phase()),
              s.baselineMedianMs(),
              s.currentMedianMs(),
              s.allowedMs(),
              s.baselineSamples(),
              s.currentSamples()));
    }
    b.append("</table>\n");
    changes(b, "Pre-existing failures (failing in the baseline too)", "#eeeeee", c.preExisting());
    changes(b, "Fixed", "#c8f0c8", c.fixed());
    list(b, "New cells", c.newCells());
    list(b, "Vanished cells", c.vanishedCells());
    list(b, "Skipped cells (no board in the current run)", c.skippedCells());
    b.append("<p>").append(c.unchanged()).append(" cells unchanged.</p>\n");
    return Html.page("hexo-ci matrix comparison", b.toString());
  }

  private static void changes(
      StringBuilder b, String title, String colour, List<Comparison.Change> rows) {
    b.append("<h2>")
        .append(title)
        .append("</h2>\n<table><tr><th>cell</th><th>baseline</th>")
        .append("<th>current</th><th>message</th></tr>\n");
    for (Comparison.Change ch : rows) {
      b.append("<tr style=\"background:")
          .append(colour)
          .append("\"><td>")
          .append(escape(ch.cell()))
          .append("</td><td>")
          .append(ch.before())
          .append("</td><td>")
          .append(ch.after())
          .append("</td><td>")
          .append(escape(ch.message()))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  private static void list(StringBuilder b, String title, List<String> cells) {
    b.append("<h2>").append(title).append("</h2>\n<ul>\n");
    cells.forEach(id -> b.append("<li>").append(escape(id)).append("</li>\n"));
    b.append("</ul>\n");
  }
}
