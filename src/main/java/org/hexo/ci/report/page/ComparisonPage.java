package org.hexo.ci.report.page;

import java.util.List;
import java.util.Locale;
import org.hexo.ci.matrix.Comparison;

/** The comparison page of two matrix runs: regressions first, then everything else. */
public record ComparisonPage(String title, String headline, String rule, Comparison c) {

  /** A titled list of verdict changes with the CSS class of its rows. */
  public record Changes(String title, String css, List<Comparison.Change> rows) {}

  /** A titled list of cell ids. */
  public record Cells(String title, List<String> ids) {}

  public static ComparisonPage of(Comparison c) {
    return new ComparisonPage(
        "hexo-ci matrix comparison",
        (c.regressed() ? "REGRESSED" : "no regression")
            + ": "
            + c.regressions().size()
            + " regressions, "
            + c.slowdowns().size()
            + " slowdowns; baseline "
            + c.baseline()
            + ", current "
            + c.current(),
        String.format(
            Locale.ROOT,
            "A phase is slower when its median grows by more than max(%.0f%%, %.1f x 1.4826 x MAD,"
                + " %d ms).",
            c.threshold().percent(),
            c.threshold().k(),
            c.threshold().floorMs()),
        c);
  }

  public List<Changes> changes() {
    return List.of(
        new Changes(
            "Pre-existing failures (failing in the baseline too)", "PREEXISTING", c.preExisting()),
        new Changes("Fixed", "FIXED", c.fixed()));
  }

  public List<Cells> lists() {
    return List.of(
        new Cells("New cells", c.newCells()),
        new Cells("Vanished cells", c.vanishedCells()),
        new Cells("Skipped cells (no board in the current run)", c.skippedCells()));
  }

  public static String ms(double v) {
    return String.format(Locale.ROOT, "%.0f ms", v);
  }

  public String render() {
    return Pages.render("comparison.jte", this);
  }
}
