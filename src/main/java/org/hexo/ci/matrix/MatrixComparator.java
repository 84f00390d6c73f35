package org.hexo.ci.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hexo.ci.verify.Verdict;

/** Compares a current matrix run with a baseline; see {@link Comparison} and {@link Threshold}. */
public final class MatrixComparator {
  private final Threshold threshold;

  public MatrixComparator(Threshold threshold) {
    this.threshold = threshold;
  }

  public Comparison compare(MatrixResult baseline, MatrixResult current) {
    return compare(List.of(baseline, current));
  }

  /**
   * Compares the last two runs of {@code history} (oldest first) and gives each cell of the last
   * run its flake rate over all of them.
   */
  public Comparison compare(List<MatrixResult> history) {
    if (history.size() < 2) {
      throw new IllegalArgumentException("a comparison needs a baseline and a current run");
    }
    MatrixResult baseline = history.get(history.size() - 2);
    MatrixResult current = history.get(history.size() - 1);
    Map<String, CellResult> before = byId(baseline);
    Map<String, CellResult> after = byId(current);
    List<Comparison.Change> regressions = new ArrayList<>();
    List<Comparison.Change> fixed = new ArrayList<>();
    List<Comparison.Change> preExisting = new ArrayList<>();
    List<Comparison.Change> flaky = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<Comparison.Slowdown> slowdowns = new ArrayList<>();
    int unchanged = 0;
    for (Map.Entry<String, CellResult> e : after.entrySet()) {
      CellResult b = before.get(e.getKey());
      CellResult a = e.getValue();
      if (b == null) {
        added.add(e.getKey());
        continue;
      }
      Comparison.Change change =
          new Comparison.Change(e.getKey(), b.verdict(), a.verdict(), a.message());
      if (a.flaky()) {
        flaky.add(change);
        continue;
      }
      boolean wasOk = b.verdict() == Verdict.PASS;
      boolean isOk = a.verdict() == Verdict.PASS;
      if (wasOk && !isOk) {
        regressions.add(change);
      } else if (!wasOk && isOk) {
        fixed.add(change);
      } else if (!wasOk) {
        preExisting.add(change);
      } else {
        List<Comparison.Slowdown> slower = slowdowns(e.getKey(), b, a);
        slowdowns.addAll(slower);
        unchanged += slower.isEmpty() ? 1 : 0;
      }
    }
    List<String> skipped = current.skipped().stream().map(s -> s.cell().id()).toList();
    List<String> vanished =
        before.keySet().stream()
            .filter(id -> !after.containsKey(id) && !skipped.contains(id))
            .toList();
    return new Comparison(
        baseline.name(),
        current.name(),
        threshold,
        regressions,
        fixed,
        preExisting,
        added,
        vanished,
        skipped,
        slowdowns,
        unchanged,
        flaky,
        flakeRates(history, after.keySet()));
  }

  private static List<Comparison.FlakeRate> flakeRates(
      List<MatrixResult> history, Set<String> ids) {
    List<Comparison.FlakeRate> out = new ArrayList<>();
    for (String id : ids) {
      int runs = 0;
      int flaky = 0;
      for (MatrixResult r : history) {
        CellResult c = byId(r).get(id);
        if (c != null) {
          runs++;
          flaky += c.flaky() ? 1 : 0;
        }
      }
      out.add(new Comparison.FlakeRate(id, flaky, runs));
    }
    return out;
  }

  private List<Comparison.Slowdown> slowdowns(String id, CellResult b, CellResult a) {
    List<Comparison.Slowdown> out = new ArrayList<>();
    Map<String, List<Long>> base = Stats.phaseSamples(b);
    Map<String, List<Long>> cur = Stats.phaseSamples(a);
    for (Map.Entry<String, List<Long>> e : cur.entrySet()) {
      List<Long> bs = base.get(e.getKey());
      if (bs == null || bs.isEmpty()) {
        continue;
      }
      List<Long> cs = e.getValue();
      double mb = Stats.median(bs);
      double mc = Stats.median(cs);
      double allowed = threshold.allowedMs(mb, Stats.mad(bs), Stats.mad(cs));
      if (mc - mb > allowed) {
        out.add(new Comparison.Slowdown(id, e.getKey(), mb, mc, allowed, bs.size(), cs.size()));
      }
    }
    return out;
  }

  private static Map<String, CellResult> byId(MatrixResult r) {
    Map<String, CellResult> m = new LinkedHashMap<>();
    r.cells().forEach(c -> m.put(c.cell().id(), c));
    return m;
  }
}
