package org.hexo.ci.report.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.matrix.Comparison;
import org.hexo.ci.matrix.MatrixComparator;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.matrix.Stats;
import org.hexo.ci.matrix.Threshold;

/**
 * The trends page of a nightly archive: per cell, the median downtime and total of each night (its
 * passing repeats), drawn with the band a night may grow into before {@code matrix compare} calls
 * it slower than the night before, and the nights that comparison flagged (the cell went PASS to
 * FAIL/ERROR, or that phase got slower) ringed.
 */
public record TrendPage(String title, String headline, List<Night> nights, List<CellTrend> cells) {
  static final String[] PHASES = {"downtime", "total"};
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneOffset.UTC);

  /** One night of the archive and what its comparison with the night before found. */
  public record Night(String label, String source, String verdict, String counts, String flags) {}

  public record CellTrend(String id, List<Chart> charts) {}

  /** One phase of one cell over the nights. */
  public record Chart(
      String phase,
      int width,
      int height,
      List<Chart.Point> points,
      List<String> lines,
      List<Chart.Band> bands,
      List<Chart.Label> labels,
      List<Chart.Rule> grid) {
    public record Point(String x, String y, String title, boolean flagged) {}

    public record Band(String x, String y, String width, String height, String title) {}

    public record Label(String x, String y, String text, String anchor) {}

    public record Rule(String x1, String y1, String x2, String y2) {}
  }

  /** A night as read: where it came from, and its matrix. */
  public record Input(String source, MatrixResult result) {}

  public static TrendPage of(List<Input> inputs, Threshold threshold) {
    MatrixComparator comparator = new MatrixComparator(threshold);
    List<Optional<Comparison>> vsPrevious = new ArrayList<>();
    List<Night> nights = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      MatrixResult r = inputs.get(i).result();
      Optional<Comparison> c =
          i == 0
              ? Optional.empty()
              : Optional.of(comparator.compare(inputs.get(i - 1).result(), r));
      vsPrevious.add(c);
      nights.add(
          new Night(
              label(r, i),
              inputs.get(i).source(),
              r.verdict().name(),
              r.count(org.hexo.ci.verify.Verdict.PASS) + " PASS of " + r.cells().size(),
              c.map(x -> x.regressed() ? flags(x) : "").orElse("")));
    }
    Set<String> ids = new LinkedHashSet<>();
    inputs.forEach(in -> in.result().cells().forEach(c -> ids.add(c.cell().id())));
    List<CellTrend> cells = new ArrayList<>();
    for (String id : ids) {
      List<Chart> charts = new ArrayList<>();
      for (String phase : PHASES) {
        charts.add(TrendChart.draw(id, phase, inputs, vsPrevious, nights, threshold));
      }
      cells.add(new CellTrend(id, charts));
    }
    long flagged = nights.stream().filter(n -> !n.flags().isEmpty()).count();
    return new TrendPage(
        "hexo-ci matrix trends",
        inputs.size()
            + " nights, "
            + ids.size()
            + " cells; "
            + flagged
            + " nights flagged (regressed or slower than the night before)",
        nights,
        cells);
  }

  public String render() {
    return Pages.render("trend.jte", this);
  }

  static Map<String, CellResult> byId(MatrixResult r) {
    return r.cells().stream().collect(Collectors.toMap(c -> c.cell().id(), Function.identity()));
  }

  /** The median and MAD of {@code phase} over the passing repeats of the cell, if any. */
  static Optional<double[]> stats(CellResult c, String phase) {
    List<Long> v = c == null ? List.of() : Stats.phaseSamples(c).getOrDefault(phase, List.of());
    return v.isEmpty()
        ? Optional.empty()
        : Optional.of(new double[] {Stats.median(v), Stats.mad(v)});
  }

  private static String label(MatrixResult r, int i) {
    return "#" + (i + 1) + " " + DAY.format(Instant.ofEpochMilli(r.startedAt()));
  }

  private static String flags(Comparison c) {
    List<String> parts = new ArrayList<>();
    if (!c.regressions().isEmpty()) {
      parts.add(c.regressions().size() + " regressed");
    }
    if (!c.slowdowns().isEmpty()) {
      parts.add(
          c.slowdowns().size()
              + " slower ("
              + c.slowdowns().stream()
                  .map(s -> s.cell() + " " + s.phase())
                  .collect(Collectors.joining(", "))
              + ")");
    }
    return String.join(", ", parts);
  }
}
