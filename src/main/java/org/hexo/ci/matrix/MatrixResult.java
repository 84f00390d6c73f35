package org.hexo.ci.matrix;

import java.util.List;
import org.hexo.ci.verify.Verdict;

/** The results of a whole matrix run, as written to {@code matrix.json}. */
public record MatrixResult(
    String name,
    int repeat,
    long startedAt,
    long finishedAt,
    List<CellResult> cells,
    List<BoardStatus> boards) {

  public MatrixResult {
    cells = List.copyOf(cells);
    boards = List.copyOf(boards);
  }

  public long count(Verdict v) {
    return cells.stream().filter(c -> c.verdict() == v).count();
  }

  /** The worst verdict of all cells; PASS for an empty matrix. */
  public Verdict verdict() {
    return cells.stream().map(CellResult::verdict).reduce(Verdict.PASS, Verdict::worst);
  }
}
