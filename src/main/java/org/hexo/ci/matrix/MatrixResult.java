package org.hexo.ci.matrix;

import java.util.List;
import org.hexo.ci.verify.Verdict;

/**
 * The results of a whole matrix run, as written to {@code matrix.json}: the cells that ran, the
 * boards' health, and the cells skipped because no board of the inventory serves their target.
 */
public record MatrixResult(
    String name,
    int repeat,
    long startedAt,
    long finishedAt,
    List<CellResult> cells,
    List<BoardStatus> boards,
    List<SkippedCell> skipped) {

  public MatrixResult {
    cells = List.copyOf(cells);
    boards = List.copyOf(boards);
    // matrix.json files written before skipping existed have no "skipped"
    skipped = skipped == null ? List.of() : List.copyOf(skipped);
  }

  public MatrixResult(
      String name,
      int repeat,
      long startedAt,
      long finishedAt,
      List<CellResult> cells,
      List<BoardStatus> boards) {
    this(name, repeat, startedAt, finishedAt, cells, boards, List.of());
  }

  public long count(Verdict v) {
    return cells.stream().filter(c -> c.verdict() == v).count();
  }

  /** The worst verdict of all cells; PASS for an empty matrix. */
  public Verdict verdict() {
    return cells.stream().map(CellResult::verdict).reduce(Verdict.PASS, Verdict::worst);
  }
}
