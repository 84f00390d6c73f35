package org.hexo.ci.matrix;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hexo.ci.verify.Verdict;

/**
 * Puts a fanned-out matrix back together: the cell results that the agents' {@code matrix cell}
 * runs wrote, in the plan's order. When a cell ran several times (retries), the attempt that
 * started last is its result and the earlier ones are prepended to its attempts; the plan's failed
 * cells are FAIL with their reason, its skipped cells are skipped, and a cell with no result is
 * ERROR {@code not run}.
 */
public final class MatrixMerge {
  /** What one {@code matrix cell} run left: its directory and result. */
  public record Ran(Path dir, CellResult result) {}

  private MatrixMerge() {}

  /**
   * @param report the directory the merged matrix.json goes to (log directories are made relative
   *     to it)
   */
  public static MatrixResult merge(MatrixPlan plan, List<Ran> ran, Path report) {
    Map<String, List<Ran>> byId = new LinkedHashMap<>();
    for (Ran r : ran) {
      byId.computeIfAbsent(r.result().cell().id(), k -> new ArrayList<>()).add(r);
    }
    List<CellResult> cells = new ArrayList<>();
    long started = Long.MAX_VALUE;
    long finished = 0;
    for (MatrixPlan.PlanCell pc : plan.cells()) {
      List<Ran> runs = new ArrayList<>(byId.getOrDefault(pc.id(), List.of()));
      if (runs.isEmpty()) {
        cells.add(error(pc.cell(), "not run"));
        continue;
      }
      runs.sort(Comparator.comparingLong(r -> startOf(r.result())));
      List<Attempt> attempts = new ArrayList<>();
      runs.forEach(r -> attempts.addAll(r.result().attempts()));
      Ran last = runs.get(runs.size() - 1);
      CellResult c = last.result();
      String logDir =
          c.logDir().isEmpty()
              ? ""
              : report
                  .toAbsolutePath()
                  .relativize(last.dir().toAbsolutePath().resolve(c.logDir()))
                  .toString();
      cells.add(
          new CellResult(
              pc.cell(), c.verdict(), c.board(), c.samples(), attempts, logDir, c.message()));
      for (Attempt a : attempts) {
        started = Math.min(started, a.startedAt());
        finished = Math.max(finished, a.finishedAt());
      }
    }
    for (MatrixPlan.Failure f : plan.failed()) {
      cells.add(
          new CellResult(
              MatrixPlan.cell(f.axes()), Verdict.FAIL, "", List.of(), List.of(), "", f.reason()));
    }
    List<SkippedCell> skipped =
        plan.skipped().stream()
            .map(s -> new SkippedCell(MatrixPlan.cell(s.axes()), s.reason()))
            .toList();
    long now = System.currentTimeMillis();
    return new MatrixResult(
        plan.matrix(),
        plan.repeat(),
        started == Long.MAX_VALUE ? now : started,
        finished == 0 ? now : finished,
        cells,
        boards(cells),
        skipped);
  }

  private static long startOf(CellResult r) {
    return r.attempts().stream().mapToLong(Attempt::startedAt).max().orElse(0);
  }

  private static CellResult error(Cell cell, String why) {
    return new CellResult(cell, Verdict.ERROR, "", List.of(), List.of(), "", why);
  }

  /** Each board the attempts name: quarantined when an attempt says so, else healthy. */
  private static List<BoardStatus> boards(List<CellResult> cells) {
    Map<String, BoardStatus> out = new LinkedHashMap<>();
    for (CellResult c : cells) {
      for (Attempt a : c.attempts()) {
        if (a.board().isEmpty()) {
          continue;
        }
        boolean broken = a.reason().startsWith("board quarantined");
        BoardStatus before = out.get(a.board());
        if (before == null || broken) {
          out.put(
              a.board(), new BoardStatus(a.board(), broken ? "FAIL" : "PASS", broken, a.reason()));
        }
      }
    }
    return List.copyOf(out.values());
  }
}
