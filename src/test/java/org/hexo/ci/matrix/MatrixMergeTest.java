package org.hexo.ci.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.Test;

/** Merging the cell runs of a fan-out back into one matrix result. */
class MatrixMergeTest {
  static final MatrixPlan PLAN =
      MatrixPlan.of(
          MatrixPlanTest.SPEC,
          "nightly.yaml",
          "hexo-lite",
          List.of(),
          MatrixPlanTest.BOARDS,
          null,
          Map.of("cg-S", "build failed: cg"));

  private static CellResult ran(MatrixPlan.PlanCell pc, Verdict v, String board, long t0) {
    Cell c = pc.cell();
    return new CellResult(
        c,
        v,
        board,
        List.of(new Sample(v, Map.of("transfer", 10L), t0, t0 + 5, "")),
        List.of(new Attempt(board, v, "", t0, t0 + 5)),
        "cells/" + c.slug(),
        v == Verdict.PASS ? "" : "lost the board");
  }

  @Test
  void theLastAttemptIsTheResultAndEarlierOnesArePrepended() {
    Path report = Path.of("/ws/report");
    MatrixPlan.PlanCell qemu = PLAN.cells().get(0);
    List<MatrixMerge.Ran> runs =
        List.of(
            // given out of order: the attempt that started last wins
            new MatrixMerge.Ran(
                Path.of("/ws/fanout/cells/" + qemu.slug() + "/2"),
                ran(qemu, Verdict.PASS, "qemu-user", 2000)),
            new MatrixMerge.Ran(
                Path.of("/ws/fanout/cells/" + qemu.slug() + "/1"),
                ran(qemu, Verdict.ERROR, "qemu-user-2", 1000)));

    MatrixResult r = MatrixMerge.merge(PLAN, runs, report);

    assertThat(r.name()).isEqualTo("nightly");
    assertThat(r.repeat()).isEqualTo(3);
    CellResult first = r.cells().get(0);
    assertThat(first.verdict()).isEqualTo(Verdict.PASS);
    assertThat(first.board()).isEqualTo("qemu-user");
    assertThat(first.attempts())
        .extracting(Attempt::board)
        .containsExactly("qemu-user-2", "qemu-user");
    assertThat(first.logDir())
        .as("relative to the merged report")
        .isEqualTo("../fanout/cells/" + qemu.slug() + "/2/cells/" + qemu.slug());
    assertThat(r.startedAt()).isEqualTo(1000);
    assertThat(r.finishedAt()).isEqualTo(2005);

    CellResult potato = r.cells().get(1);
    assertThat(potato.cell().target()).isEqualTo("potato0");
    assertThat(potato.verdict()).as("planned, never ran").isEqualTo(Verdict.ERROR);
    assertThat(potato.message()).isEqualTo("not run");

    assertThat(r.cells().subList(2, 4))
        .allSatisfy(
            c -> {
              assertThat(c.verdict()).isEqualTo(Verdict.FAIL);
              assertThat(c.message()).isEqualTo("build failed: cg");
            });
    assertThat(r.skipped()).hasSize(2);
    assertThat(r.skipped().get(0).cell().target()).isEqualTo("label:qemu-system");
    assertThat(r.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(r.boards())
        .extracting(BoardStatus::name)
        .containsExactly("qemu-user-2", "qemu-user");
  }

  @Test
  void nothingRanEveryPlannedCellIsNotRun() {
    MatrixResult r = MatrixMerge.merge(PLAN, List.of(), Path.of("/r"));
    assertThat(r.cells().subList(0, 2))
        .allMatch(c -> c.verdict() == Verdict.ERROR && c.message().equals("not run"));
  }
}
