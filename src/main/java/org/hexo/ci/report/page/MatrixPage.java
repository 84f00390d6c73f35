package org.hexo.ci.report.page;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hexo.ci.matrix.BoardStatus;
import org.hexo.ci.matrix.Cell;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.matrix.Comparison;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.matrix.Sample;
import org.hexo.ci.matrix.SkippedCell;
import org.hexo.ci.matrix.Stats;
import org.hexo.ci.verify.Verdict;

/**
 * The matrix page: a one-line summary, the heat map (a row per app and class, a column per mode,
 * direction, trigger and board target; each cell coloured by verdict, linking to its run, marked
 * when it regressed against a baseline, was flaky or moved off a broken board), then every cell's
 * details and the boards' health.
 */
public record MatrixPage(
    String title,
    String headline,
    List<Column> columns,
    List<Row> rows,
    List<Detail> details,
    List<BoardStatus> boards) {

  /** A heat-map column: its four axis values. */
  public record Column(String mode, String direction, String trigger, String target) {}

  public record Row(String label, List<HeatCell> cells) {}

  /**
   * One square of the heat map.
   *
   * @param state PASS, FAIL, ERROR, SKIPPED or EXCLUDED (its CSS class)
   * @param text what it shows
   * @param title its hover text
   * @param href its run's page; empty when none
   * @param regression whether it regressed against the baseline
   * @param flaky whether its repeats disagreed
   * @param retried whether it moved off a broken board
   */
  public record HeatCell(
      String state,
      String text,
      String title,
      String href,
      boolean regression,
      boolean flaky,
      boolean retried) {}

  /** A cell's details under the map. */
  public record Detail(
      String id, String state, String board, String medians, List<Link> runs, String message) {}

  public record Link(String label, String href) {}

  public static MatrixPage of(MatrixResult r, Optional<Comparison> baseline) {
    Set<String> regressed = new LinkedHashSet<>();
    baseline.ifPresent(
        c -> {
          c.regressions().forEach(x -> regressed.add(x.cell()));
          c.slowdowns().forEach(x -> regressed.add(x.cell()));
        });
    Map<String, Map<Column, HeatCell>> grid = new LinkedHashMap<>();
    Set<Column> columns = new LinkedHashSet<>();
    List<Detail> details = new ArrayList<>();
    for (CellResult c : r.cells()) {
      List<Link> runs = runs(c);
      String medians = medians(c);
      boolean flaky = flaky(c);
      put(
          grid,
          columns,
          c.cell(),
          new HeatCell(
              c.verdict().name(),
              c.verdict().name() + (Double.isNaN(total(c)) ? "" : " " + Pages.duration(total(c))),
              c.cell().id()
                  + ": "
                  + c.verdict()
                  + " on "
                  + c.board()
                  + (medians.isEmpty() ? "" : "; " + medians)
                  + (c.message().isEmpty() ? "" : "; " + c.message()),
              runs.isEmpty() ? "" : runs.get(runs.size() - 1).href(),
              regressed.contains(c.cell().id()),
              flaky,
              c.retried()));
      details.add(
          new Detail(
              c.cell().id(),
              c.verdict().name(),
              c.board()
                  + (c.retried()
                      ? " (retried: " + (c.attempts().size() - 1) + " broken board)"
                      : ""),
              medians,
              runs,
              c.message()));
    }
    for (SkippedCell s : r.skipped()) {
      put(
          grid,
          columns,
          s.cell(),
          new HeatCell(
              "SKIPPED", "SKIPPED", s.cell().id() + ": " + s.reason(), "", false, false, false));
      details.add(new Detail(s.cell().id(), "SKIPPED", "", "", List.of(), s.reason()));
    }
    List<Row> rows = new ArrayList<>();
    grid.forEach(
        (label, cells) ->
            rows.add(
                new Row(
                    label,
                    columns.stream()
                        .map(
                            k ->
                                cells.getOrDefault(
                                    k,
                                    new HeatCell(
                                        "EXCLUDED",
                                        "-",
                                        "not in the matrix",
                                        "",
                                        false,
                                        false,
                                        false)))
                        .toList())));
    long flakes = rows.stream().flatMap(x -> x.cells().stream()).filter(HeatCell::flaky).count();
    String headline =
        String.format(
            Locale.ROOT,
            "%s: %s, %d cells x %d repeats: %d PASS, %d FAIL, %d ERROR, %d SKIPPED; %s, %d flaky;"
                + " started %s, took %.1f s",
            r.name(),
            r.verdict(),
            r.cells().size() + r.skipped().size(),
            r.repeat(),
            r.count(Verdict.PASS),
            r.count(Verdict.FAIL),
            r.count(Verdict.ERROR),
            r.skipped().size(),
            baseline
                .map(c -> regressed.size() + " regressed against " + c.baseline())
                .orElse("no baseline"),
            flakes,
            Instant.ofEpochMilli(r.startedAt()),
            (r.finishedAt() - r.startedAt()) / 1000.0);
    return new MatrixPage(
        "hexo-ci matrix " + r.name(), headline, List.copyOf(columns), rows, details, r.boards());
  }

  public String render() {
    return Pages.render("matrix.jte", this);
  }

  private static void put(
      Map<String, Map<Column, HeatCell>> grid, Set<Column> columns, Cell k, HeatCell cell) {
    Column col = new Column(k.mode(), k.direction(), k.trigger(), k.target());
    columns.add(col);
    grid.computeIfAbsent(k.app() + " " + k.appClass(), x -> new LinkedHashMap<>()).put(col, cell);
  }

  private static List<Link> runs(CellResult c) {
    List<Link> runs = new ArrayList<>();
    for (int i = 1; !c.logDir().isEmpty() && i <= c.samples().size(); i++) {
      runs.add(new Link("run " + i, c.logDir() + "/" + c.board() + "-run" + i + "/index.html"));
    }
    return runs;
  }

  private static String medians(CellResult c) {
    return Stats.phaseSamples(c).entrySet().stream()
        .map(e -> e.getKey() + " " + Math.round(Stats.median(e.getValue())) + " ms")
        .collect(Collectors.joining(", "));
  }

  private static double total(CellResult c) {
    return Stats.median(Stats.phaseSamples(c).getOrDefault("total", List.of()));
  }

  /** The repeats of the cell did not all end alike. */
  private static boolean flaky(CellResult c) {
    return c.samples().stream().map(Sample::verdict).distinct().count() > 1;
  }
}
