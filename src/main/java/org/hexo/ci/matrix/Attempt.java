package org.hexo.ci.matrix;

import org.hexo.ci.verify.Verdict;

/**
 * One try of a cell on one board. A cell has several attempts when a board it was given turned out
 * broken (failed its health check) and the cell was re-run elsewhere.
 *
 * @param board the board leased for this attempt
 * @param verdict the attempt's verdict
 * @param reason why the attempt did not count, or empty for the attempt that gave the result
 * @param startedAt epoch milliseconds
 * @param finishedAt epoch milliseconds
 */
public record Attempt(
    String board, Verdict verdict, String reason, long startedAt, long finishedAt) {

  public Attempt {
    reason = reason == null ? "" : reason;
  }
}
