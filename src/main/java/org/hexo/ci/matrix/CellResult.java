package org.hexo.ci.matrix;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.hexo.ci.verify.Verdict;

/**
 * The result of one cell: its verdict (the worst of its samples), the board that produced it, the
 * repeated samples, every attempt including those re-run elsewhere, and its log directory relative
 * to the report directory.
 */
public record CellResult(
    Cell cell,
    Verdict verdict,
    String board,
    List<Sample> samples,
    List<Attempt> attempts,
    String logDir,
    String message) {

  public CellResult {
    samples = List.copyOf(samples);
    attempts = List.copyOf(attempts);
    board = board == null ? "" : board;
    logDir = logDir == null ? "" : logDir;
    message = message == null ? "" : message;
  }

  /**
   * FLAKY: a run of the cell failed and a later one passed (a repeat or a rerun of the failure), so
   * the cell is reported apart from regressions.
   */
  @JsonProperty(value = "flaky", access = JsonProperty.Access.READ_ONLY)
  public boolean flaky() {
    boolean failed = false;
    for (Sample s : samples) {
      if (s.verdict() != Verdict.PASS) {
        failed = true;
      } else if (failed) {
        return true;
      }
    }
    return false;
  }

  /** True when the cell was moved off a broken board at least once. */
  public boolean retried() {
    return attempts.size() > 1;
  }
}
