package org.hexo.ci.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hexo.ci.migration.Interruption;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler against an in-memory {@link FakeCellRunner}: no process, no network. */
class MatrixSchedulerTest {
  @TempDir Path report;

  private static MatrixSpec spec(String yaml) {
    return MatrixFile.parse(yaml, "test.yaml");
  }

  private static final String TWO_BY_TWO_BY_TWO =
      """
      name: t
      lease-timeout: 20
      axes:
        apps: [is, ep]
        classes: [S]
        modes: [cr, postcopy]
        directions: [x86-to-arm, arm-to-x86]
        triggers: ["output:^ +1$"]
        targets: ["label:arm"]
      health-check: {app: hc}
      """;

  @Test
  void cellsRunInParallelOnTwoBoardsEachLeasedExclusively() throws Exception {
    List<MatrixBoard> boards =
        List.of(
            new MatrixBoard("b1", "local", "x86_64", Set.of("arm")),
            new MatrixBoard("b2", "local", "x86_64", Set.of("arm")));
    CountDownLatch bothBusy = new CountDownLatch(2);
    FakeCellRunner runner =
        new FakeCellRunner()
            .beforeRun(
                (cell, board) -> {
                  if (!cell.app().equals("hc")) {
                    // each board's cells wait until the other board runs one too
                    bothBusy.countDown();
                    if (!bothBusy.await(10, TimeUnit.SECONDS)) {
                      throw new IllegalStateException("the other board never ran a cell");
                    }
                  }
                });
    MatrixResult r = new MatrixScheduler(spec(TWO_BY_TWO_BY_TWO), boards, runner, report).call();

    assertThat(r.cells()).hasSize(8);
    assertThat(r.cells()).allMatch(c -> c.verdict() == Verdict.PASS, "every cell passed");
    assertThat(r.cells().stream().map(CellResult::board).distinct())
        .as("both boards served cells")
        .containsExactlyInAnyOrder("b1", "b2");
    assertThat(runner.mostAtOnce()).as("cells ran on both boards at once").isEqualTo(2);
    assertThat(runner.mostAtOnceOn("b1")).as("a board runs one cell at a time").isEqualTo(1);
    assertThat(runner.mostAtOnceOn("b2")).as("a board runs one cell at a time").isEqualTo(1);
    assertThat(r.boards()).allMatch(b -> b.health().equals("PASS") && !b.quarantined());
    assertThat(
            Files.readString(
                report
                    .resolve(r.cells().get(0).logDir())
                    .resolve(r.cells().get(0).board() + "-run1/output.log")))
        .contains(r.cells().get(0).cell().slug());
  }

  @Test
  void aBrokenBoardIsQuarantinedAndItsCellsRunElsewhere() throws Exception {
    List<MatrixBoard> boards =
        List.of(
            new MatrixBoard("broken", "ssh", "aarch64", Set.of("arm")),
            new MatrixBoard("good", "local", "x86_64", Set.of("arm")));
    CountDownLatch brokenTookACell = new CountDownLatch(1);
    FakeCellRunner runner =
        new FakeCellRunner("broken")
            .beforeRun(
                (cell, board) -> {
                  // the good board holds its first cell until the broken one has taken one
                  if (!brokenTookACell.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the broken board never took a cell");
                  }
                });
    MatrixScheduler scheduler =
        new MatrixScheduler(spec(TWO_BY_TWO_BY_TWO), boards, runner, report)
            .onProgress(
                line -> {
                  if (line.contains("board broken quarantined")) {
                    brokenTookACell.countDown();
                  }
                });
    MatrixResult r = scheduler.call();

    assertThat(r.cells()).allMatch(c -> c.verdict() == Verdict.PASS && c.board().equals("good"));
    BoardStatus broken = r.boards().get(0);
    assertThat(broken.quarantined()).isTrue();
    assertThat(broken.reason()).contains("health check failed").contains("Connection refused");
    List<CellResult> retried = r.cells().stream().filter(CellResult::retried).toList();
    assertThat(retried).as("the cell given to the broken board was re-run").hasSize(1);
    List<Attempt> attempts = retried.get(0).attempts();
    assertThat(attempts.get(0).board()).isEqualTo("broken");
    assertThat(attempts.get(0).verdict()).isEqualTo(Verdict.ERROR);
    assertThat(attempts.get(0).reason()).startsWith("board quarantined");
    assertThat(attempts.get(1).board()).isEqualTo("good");
    assertThat(attempts.get(1).verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void aCellOutlivingItsLeaseIsAnErrorAndAFailingAppIsAFailure() throws Exception {
    MatrixSpec s =
        spec(
            """
            lease-timeout: 1
            repeat: 2
            axes:
              apps: [slow, broken, is]
              classes: [S]
              modes: [cr]
              directions: [x86-to-arm]
              triggers: ["timer:1"]
              targets: [b1]
            """);
    List<MatrixBoard> boards = List.of(new MatrixBoard("b1", "local", "x86_64", Set.of()));
    MatrixResult r = new MatrixScheduler(s, boards, new FakeCellRunner(), report).call();

    assertThat(r.cells().get(0).verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.cells().get(0).message()).contains("lease of board b1 expired after 1 s");
    assertThat(r.cells().get(0).retried()).as("the board itself is healthy").isFalse();
    assertThat(r.cells().get(1).verdict()).isEqualTo(Verdict.FAIL);
    assertThat(r.cells().get(1).samples()).hasSize(2);
    assertThat(r.cells().get(2).verdict()).isEqualTo(Verdict.PASS);
    assertThat(r.cells().get(2).samples()).hasSize(2);
    assertThat(r.boards().get(0).quarantined()).isFalse();
  }

  @Test
  void cellsNoBoardOfThePoolServesAreSkippedAndThoseWhoseBoardsBrokeAreErrors() throws Exception {
    MatrixSpec s =
        spec(
            """
            axes: {apps: [is], classes: [S], modes: [cr], directions: [x86-to-arm],
                   triggers: ["timer:1"], targets: ["label:arm", "label:qemu-system"]}
            """);
    List<String> progress = new java.util.ArrayList<>();
    MatrixResult r =
        new MatrixScheduler(
                s,
                List.of(new MatrixBoard("broken", "ssh", "aarch64", Set.of("arm"))),
                new FakeCellRunner("broken"),
                report)
            .onProgress(progress::add)
            .call();

    assertThat(r.cells()).as("only the cell some board serves was dispatched").hasSize(1);
    assertThat(r.cells().get(0).verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.cells().get(0).message()).contains("no healthy board serves target 'label:arm'");
    assertThat(r.skipped())
        .extracting(sk -> sk.cell().target())
        .containsExactly("label:qemu-system");
    assertThat(r.skipped().get(0).reason()).isEqualTo("no board matches label:qemu-system");
    assertThat(r.verdict()).as("a skipped cell is not a failure").isEqualTo(Verdict.ERROR);
    assertThat(progress).anyMatch(l -> l.contains("warning: no board matches label:qemu-system"));
  }

  @Test
  void withoutHealthCheckABoardIsNotJudgedAndNotQuarantined() throws Exception {
    MatrixSpec s =
        spec(
            """
            axes: {apps: [broken, is], classes: [S], modes: [cr], directions: [x86-to-arm],
                   triggers: ["timer:1"], targets: ["b1"]}
            health-check: {app: broken}
            """);
    MatrixResult r =
        new MatrixScheduler(
                s,
                List.of(new MatrixBoard("b1", "local", "x86_64", Set.of())),
                new FakeCellRunner(),
                report)
            .withoutHealthCheck("not health-checked: the health-check app does not build")
            .call();

    assertThat(r.cells())
        .extracting(CellResult::verdict)
        .containsExactly(Verdict.FAIL, Verdict.PASS);
    assertThat(r.boards().get(0).quarantined()).isFalse();
    assertThat(r.boards().get(0).health()).isEqualTo("not checked");
    assertThat(r.boards().get(0).reason()).contains("does not build");
    assertThat(report.resolve("boards")).as("no health check ran").doesNotExist();
  }

  @Test
  void matrixSoFarIsReportedAfterEveryCellAndBoardsAreTakenThroughTheLeases() throws Exception {
    List<MatrixBoard> boards = List.of(new MatrixBoard("b1", "local", "x86_64", Set.of("arm")));
    java.util.List<Integer> sizes = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.concurrent.atomic.AtomicInteger held =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger taken =
        new java.util.concurrent.atomic.AtomicInteger();
    FakeCellRunner runner =
        new FakeCellRunner()
            .beforeRun(
                (cell, board) -> {
                  if (held.get() != 1) {
                    throw new IllegalStateException("ran without holding " + board.name());
                  }
                });
    MatrixResult r =
        new MatrixScheduler(spec(TWO_BY_TWO_BY_TWO), boards, runner, report)
            .leases(
                board -> {
                  taken.incrementAndGet();
                  held.incrementAndGet();
                  return held::decrementAndGet;
                })
            .onResult(partial -> sizes.add(partial.cells().size()))
            .call();

    assertThat(r.cells()).allMatch(c -> c.verdict() == Verdict.PASS);
    assertThat(taken.get()).as("one lease per cell").isEqualTo(8);
    assertThat(held.get()).as("every lease given back").isZero();
    assertThat(sizes)
        .as("empty at the start, then one more cell each time")
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
  }

  @Test
  void aBoardQuarantinedByAnEarlierRunIsNotUsedAndAPassedCheckOnRecordIsTrusted() throws Exception {
    org.hexo.ci.board.BoardHealth health =
        new org.hexo.ci.board.BoardHealth(report.resolve("locks"));
    health.record("b1", false, "health check failed: exit 255");
    health.record("b2", true, "");
    List<MatrixBoard> boards =
        List.of(
            new MatrixBoard("b1", "local", "x86_64", Set.of("arm")),
            new MatrixBoard("b2", "local", "x86_64", Set.of("arm")));
    java.util.List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();
    FakeCellRunner runner =
        new FakeCellRunner().beforeRun((cell, board) -> ran.add(cell.app() + "@" + board.name()));

    MatrixResult r =
        new MatrixScheduler(spec(TWO_BY_TWO_BY_TWO), boards, runner, report)
            .health(health, true)
            .call();

    assertThat(r.cells()).allMatch(c -> c.verdict() == Verdict.PASS && c.board().equals("b2"));
    assertThat(ran)
        .as("no health check on b2, nothing on b1")
        .noneMatch(s -> s.startsWith("hc@") || s.endsWith("@b1"));
    assertThat(r.boards().get(0).quarantined()).isTrue();
    assertThat(r.boards().get(0).reason())
        .contains("quarantined by an earlier check")
        .contains("exit 255");
  }

  @Test
  void aStopRequestEndsTheRunningCellAndListsTheOthersAsNotRunWithoutBlamingTheBoard()
      throws Exception {
    List<MatrixBoard> boards = List.of(new MatrixBoard("b1", "local", "x86_64", Set.of("arm")));
    org.hexo.ci.board.BoardHealth health =
        new org.hexo.ci.board.BoardHealth(report.resolve("locks"));
    // the signal lands while the first cell runs; that cell blocks until it is interrupted
    FakeCellRunner runner =
        new FakeCellRunner()
            .beforeRun(
                (cell, board) -> {
                  if (cell.app().equals("slow")) {
                    Interruption.request();
                  }
                });
    MatrixResult r;
    try (Interruption.Guard command = Interruption.section()) {
      r =
          new MatrixScheduler(
                  spec(
                      """
                      name: t
                      axes:
                        apps: [slow, is, ep]
                        classes: [S]
                        modes: [cr]
                        directions: [x86-to-arm]
                        triggers: ["output:^ +1$"]
                        targets: ["label:arm"]
                      health-check: {app: hc}
                      """),
                  boards,
                  runner,
                  report)
              .health(health, false)
              .call();
      assertThat(Interruption.requested()).as("known until the command ends").isTrue();
    }
    assertThat(Interruption.requested()).isFalse();

    assertThat(r.cells()).extracting(c -> c.cell().app()).containsExactly("slow", "is", "ep");
    assertThat(r.cells()).allMatch(c -> c.verdict() == Verdict.ERROR);
    assertThat(r.cells().get(0).board())
        .as("the running cell is kept, on its board")
        .isEqualTo("b1");
    assertThat(r.cells().subList(1, 3))
        .allSatisfy(c -> assertThat(c.message()).isEqualTo(MatrixScheduler.NOT_RUN));
    assertThat(runner.mostAtOnce()).isEqualTo(1);
    assertThat(health.current("b1").orElseThrow().healthy())
        .as("a stop is not the board's failure: no health check after it, no quarantine")
        .isTrue();
    assertThat(r.boards().get(0).quarantined()).isFalse();
  }
}
