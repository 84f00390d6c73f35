package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.matrix.MatrixFixtures;
import org.hexo.ci.migration.RunEvent;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final StringWriter text = new StringWriter();
  private final PrintWriter err = new PrintWriter(text);
  private final AtomicLong now = new AtomicLong(1_000_000);

  @Test
  void matrixOnCiPrintsCountsElapsedAndEstimateAfterEachCell() {
    MatrixProgress p = new MatrixProgress(new StatusLine(err, false), now::get, 4);
    for (CellResult c :
        List.of(
            MatrixFixtures.cell("is", Verdict.PASS, 1),
            MatrixFixtures.cell("ep", Verdict.FAIL, 1))) {
      now.addAndGet(30_000);
      p.line("[matrix] a cell finished");
      p.cell(c);
    }
    assertThat(text.toString())
        .as("no cursor control in a CI log")
        .doesNotContain("\u001b")
        .contains("[matrix] 1/4 cells, 1 PASS, 0 FAIL, 0 ERROR, 30s elapsed, about 1m30s left\n")
        .endsWith("[matrix] 2/4 cells, 1 PASS, 1 FAIL, 0 ERROR, 1m00s elapsed, about 1m00s left\n");
  }

  @Test
  void matrixOnATerminalRedrawsOneStatusLineUnderTheLog() {
    StatusLine live = new StatusLine(err, true);
    MatrixProgress p = new MatrixProgress(live, now::get, 2);
    now.addAndGet(10_000);
    p.line("[matrix] 1/2 PASS is on b1");
    p.cell(MatrixFixtures.cell("is", Verdict.PASS, 1));
    live.close();
    String out = text.toString();
    assertThat(out)
        .contains("\r\u001b[2K[matrix] 1/2 PASS is on b1\n[matrix] 0/2 cells")
        .contains(
            "\r\u001b[2K[matrix] 1/2 cells, 1 PASS, 0 FAIL, 0 ERROR, 10s elapsed, about 10s left")
        .endsWith("\r\u001b[2K");
  }

  @Test
  void migrateEstimatesWhatIsLeftFromTheReferenceRun() {
    MigrationProgress p = new MigrationProgress(new StatusLine(err, false), now::get, false);
    p.on(new RunEvent.PhaseStarted("t", "setup"));
    p.on(new RunEvent.PhaseStarted("t", "reference"));
    now.addAndGet(20_000);
    p.on(new RunEvent.PhaseFinished("t", "reference", Duration.ofSeconds(20)));
    p.on(new RunEvent.PhaseStarted("t", "source"));
    now.addAndGet(5_000);
    p.on(new RunEvent.PhaseFinished("t", "source", Duration.ofSeconds(5)));
    assertThat(text.toString())
        .contains("[migrate] reference ...\n")
        .contains("[migrate] reference took 20000 ms (20s elapsed, about 20s left)\n")
        .contains("[migrate] source took 5000 ms (25s elapsed, about 15s left)\n");
  }

  @Test
  void clockReadsLikeAPersonWould() {
    assertThat(StatusLine.clock(42_000)).isEqualTo("42s");
    assertThat(StatusLine.clock(185_000)).isEqualTo("3m05s");
    assertThat(StatusLine.clock(3_720_000)).isEqualTo("1h02m");
  }
}
