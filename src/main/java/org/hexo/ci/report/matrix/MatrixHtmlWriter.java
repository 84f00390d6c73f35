package org.hexo.ci.report.matrix;

import static org.hexo.ci.report.Markup.escape;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hexo.ci.matrix.BoardStatus;
import org.hexo.ci.matrix.Cell;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.matrix.Sample;
import org.hexo.ci.matrix.SkippedCell;
import org.hexo.ci.matrix.Stats;
import org.hexo.ci.report.Markup;

/**
 * Renders a matrix run as one HTML page: rows are app, class and trigger, columns are mode,
 * direction and target; each cell is coloured by verdict and shows the board, the median of each
 * phase, the retries and links to each run's migration report and logs; a skipped cell is grey with
 * the reason. Boards and their health follow.
 */
public final class MatrixHtmlWriter {
  private MatrixHtmlWriter() {}

  public static void write(MatrixResult r, Path file) throws IOException {
    Markup.write(file, render(r));
  }

  public static String render(MatrixResult r) {
    Map<String, Map<String, String>> grid = new LinkedHashMap<>();
    Map<String, Boolean> columns = new LinkedHashMap<>();
    for (CellResult c : r.cells()) {
      place(grid, columns, c.cell(), cell(c));
    }
    for (SkippedCell s : r.skipped()) {
      place(
          grid,
          columns,
          s.cell(),
          "<td style=\"background:#ddd\"><b>SKIPPED</b><div class=\"small\">"
              + escape(s.reason())
              + "</div></td>");
    }
    StringBuilder b = new StringBuilder();
    b.append("<p>")
        .append(r.cells().size() + r.skipped().size())
        .append(" cells, repeat ")
        .append(r.repeat())
        .append(": ")
        .append(r.count(org.hexo.ci.verify.Verdict.PASS))
        .append(" PASS, ")
        .append(r.count(org.hexo.ci.verify.Verdict.FAIL))
        .append(" FAIL, ")
        .append(r.count(org.hexo.ci.verify.Verdict.ERROR))
        .append(" ERROR")
        .append(r.skipped().isEmpty() ? "" : ", " + r.skipped().size() + " SKIPPED (no board)")
        .append(". Started ")
        .append(Instant.ofEpochMilli(r.startedAt()))
        .append(", ")
        .append((r.finishedAt() - r.startedAt()) / 1000.0)
        .append(" s.</p>\n<table><tr><th>app class @ trigger</th>");
    columns
        .keySet()
        .forEach(
            c -> b.append("<th>").append(escape(c).replace("&lt;br&gt;", "<br>")).append("</th>"));
    b.append("</tr>\n");
    grid.forEach(
        (row, cols) -> {
          b.append("<tr><th>").append(escape(row)).append("</th>");
          for (String col : columns.keySet()) {
            String c = cols.get(col);
            b.append(c == null ? "<td>excluded</td>" : c);
          }
          b.append("</tr>\n");
        });
    b.append("</table>\n<h2>Boards</h2>\n<table><tr><th>board</th><th>health</th>")
        .append("<th>quarantined</th><th>reason</th></tr>\n");
    for (BoardStatus s : r.boards()) {
      b.append(Markup.row(s.name(), s.health(), s.quarantined() ? "yes" : "no", s.reason()));
    }
    b.append("</table>\n");
    return Html.page("hexo-ci matrix " + r.name(), b.toString());
  }

  private static void place(
      Map<String, Map<String, String>> grid, Map<String, Boolean> columns, Cell k, String html) {
    String row = k.app() + " " + k.appClass() + " @ " + k.trigger();
    String col = k.mode() + "<br>" + k.direction() + "<br>" + k.target();
    columns.put(col, true);
    grid.computeIfAbsent(row, x -> new LinkedHashMap<>()).put(col, html);
  }

  private static String cell(CellResult c) {
    StringBuilder b = new StringBuilder();
    b.append("<td style=\"background:")
        .append(Html.colour(c.verdict()))
        .append("\" title=\"")
        .append(escape(c.message()))
        .append("\"><b>")
        .append(c.verdict())
        .append("</b> ")
        .append(escape(c.board()));
    if (c.retried()) {
      b.append(" <i>(retried: ").append(c.attempts().size() - 1).append(" broken board)</i>");
    }
    b.append("<div class=\"small\">");
    Stats.phaseSamples(c)
        .forEach(
            (phase, values) ->
                b.append(escape(phase))
                    .append(' ')
                    .append(Math.round(Stats.median(values)))
                    .append(" ms<br>"));
    List<Sample> samples = c.samples();
    for (int i = 1; !c.logDir().isEmpty() && i <= samples.size(); i++) {
      b.append("<a href=\"")
          .append(escape(c.logDir() + "/" + c.board() + "-run" + i + "/index.html"))
          .append("\">logs ")
          .append(i)
          .append("</a> ");
    }
    if (!c.message().isEmpty()) {
      b.append("<br>").append(escape(c.message()));
    }
    return b.append("</div></td>").toString();
  }
}
