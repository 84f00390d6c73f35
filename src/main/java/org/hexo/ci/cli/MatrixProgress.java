package org.hexo.ci.cli;

import java.util.function.LongSupplier;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.verify.Verdict;

/**
 * Progress of {@code matrix run}: the scheduler's lines, and cells done of total with PASS, FAIL
 * and ERROR so far, the elapsed time and an estimate of what is left (elapsed per cell so far times
 * the cells left). Live on a terminal; on CI, one plain progress line after each cell.
 */
final class MatrixProgress {
  private final StatusLine out;
  private final LongSupplier clock;
  private final int total;
  private final long started;
  private int done;
  private int pass;
  private int fail;
  private int error;

  MatrixProgress(StatusLine out, LongSupplier clock, int total) {
    this.out = out;
    this.clock = clock;
    this.total = total;
    this.started = clock.getAsLong();
    out.show(this::status);
  }

  /** One of the scheduler's lines. */
  void line(String line) {
    out.println(line);
  }

  synchronized void cell(CellResult r) {
    done++;
    if (r.verdict() == Verdict.PASS) {
      pass++;
    } else if (r.verdict() == Verdict.FAIL) {
      fail++;
    } else {
      error++;
    }
    if (out.live()) {
      out.redraw();
    } else {
      out.println(status());
    }
  }

  synchronized String status() {
    long elapsed = clock.getAsLong() - started;
    String left =
        done == 0 || done >= total
            ? ""
            : ", about " + StatusLine.clock(elapsed / done * (total - done)) + " left";
    return String.format(
        "[matrix] %d/%d cells, %d PASS, %d FAIL, %d ERROR, %s elapsed%s",
        done, total, pass, fail, error, StatusLine.clock(elapsed), left);
  }
}
