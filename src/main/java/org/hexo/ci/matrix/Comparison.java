package org.hexo.ci.matrix;

import java.util.List;
import org.hexo.ci.verify.Verdict;

/**
 * What changed between a baseline matrix run and a current one. Regressions (PASS to FAIL/ERROR)
 * and slowdowns make it {@link #regressed()}; cells failing in both runs are reported as
 * pre-existing; new, vanished and skipped cells (the current run had no board for them) are listed
 * but do not count as regressions. A cell FLAKY in the current run (a failure, then a pass on a
 * repeat or rerun) is listed apart and is no regression either; {@link #flakeRates()} gives each
 * cell's share of FLAKY runs over the history compared (oldest first, the current run last).
 */
public record Comparison(
    String baseline,
    String current,
    Threshold threshold,
    List<Change> regressions,
    List<Change> fixed,
    List<Change> preExisting,
    List<String> newCells,
    List<String> vanishedCells,
    List<String> skippedCells,
    List<Slowdown> slowdowns,
    int unchanged,
    List<Change> flaky,
    List<FlakeRate> flakeRates) {

  /**
   * A cell's flakiness over a history of matrix runs.
   *
   * @param cell the cell id
   * @param flakyRuns the runs in which it was FLAKY
   * @param runs the runs in which it ran
   */
  public record FlakeRate(String cell, int flakyRuns, int runs) {
    public double rate() {
      return runs == 0 ? 0 : (double) flakyRuns / runs;
    }
  }

  /** A cell whose verdict is compared between the runs. */
  public record Change(String cell, Verdict before, Verdict after, String message) {}

  /** A phase of a cell whose median got slower by more than the allowed noise. */
  public record Slowdown(
      String cell,
      String phase,
      double baselineMedianMs,
      double currentMedianMs,
      double allowedMs,
      int baselineSamples,
      int currentSamples) {}

  public Comparison {
    regressions = List.copyOf(regressions);
    fixed = List.copyOf(fixed);
    preExisting = List.copyOf(preExisting);
    newCells = List.copyOf(newCells);
    vanishedCells = List.copyOf(vanishedCells);
    skippedCells = List.copyOf(skippedCells);
    slowdowns = List.copyOf(slowdowns);
    flaky = flaky == null ? List.of() : List.copyOf(flaky);
    flakeRates = flakeRates == null ? List.of() : List.copyOf(flakeRates);
  }

  public boolean regressed() {
    return !regressions.isEmpty() || !slowdowns.isEmpty();
  }

  /** A plain-text summary, one line per finding. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    regressions.forEach(c -> b.append(line("REGRESSION ", c, true)));
    slowdowns.forEach(
        s ->
            b.append(
                String.format(
                    "SLOWER     %s: %s %.0f ms -> %.0f ms (allowed +%.0f ms)%n",
                    s.cell(),
                    s.phase(),
                    s.baselineMedianMs(),
                    s.currentMedianMs(),
                    s.allowedMs())));
    preExisting.forEach(c -> b.append(line("PRE-EXISTING ", c, true)));
    flaky.forEach(c -> b.append(line("FLAKY      ", c, true)));
    flakeRates.stream()
        .filter(f -> f.flakyRuns() > 0)
        .forEach(
            f ->
                b.append(
                    String.format(
                        "FLAKE RATE %s: %d/%d runs (%.0f%%)%n",
                        f.cell(), f.flakyRuns(), f.runs(), 100 * f.rate())));
    fixed.forEach(c -> b.append(line("FIXED      ", c, false)));
    newCells.forEach(c -> b.append("NEW        ").append(c).append('\n'));
    vanishedCells.forEach(c -> b.append("VANISHED   ").append(c).append('\n'));
    skippedCells.forEach(c -> b.append("SKIPPED    ").append(c).append(" (no board)\n"));
    b.append(
        String.format(
            "%d regression(s), %d slowdown(s), %d pre-existing failure(s), %d flaky, %d fixed,"
                + " %d new, %d vanished, %d skipped, %d unchanged%n",
            regressions.size(),
            slowdowns.size(),
            preExisting.size(),
            flaky.size(),
            fixed.size(),
            newCells.size(),
            vanishedCells.size(),
            skippedCells.size(),
            unchanged));
    return b.toString();
  }

  private static String line(String tag, Change c, boolean withMessage) {
    String why = withMessage && !c.message().isEmpty() ? " (" + c.message() + ")" : "";
    return tag + c.cell() + ": " + c.before() + " -> " + c.after() + why + "\n";
  }
}
