package org.hexo.ci.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.hexo.ci.app.AppBuildException;
import org.hexo.ci.toolchain.ComponentBuildException;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a cell makes of programs that do not build: FAIL with the reason, no board touched. */
class MigrationCellRunnerTest {
  @TempDir Path dir;

  private final Cell cell = new Cell("is", "S", "cr", "x86-to-arm", "timer:1", "label:qemu-user");
  private final MatrixBoard board = new MatrixBoard("qemu-user", "qemu-user", "aarch64", Set.of());

  private CellOutcome runWith(RuntimeException buildFailure) throws Exception {
    return new MigrationCellRunner(
            Path.of("apps"),
            "hexo-lite",
            spec -> {
              throw buildFailure;
            },
            name -> {
              throw new AssertionError("no board may be opened, asked for " + name);
            },
            "local",
            Duration.ofMinutes(1))
        .run(cell, board, dir);
  }

  @Test
  void aMisalignedAppFailsTheCellWithTheCheckOutput() throws Exception {
    CellOutcome o =
        runWith(
            new AppBuildException(
                "make check reports misalignment of is class S\ncheck-align: MISALIGNED: x",
                "fix it"));
    assertThat(o.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(o.message()).startsWith("build failed: make check").contains("MISALIGNED: x");
  }

  @Test
  void aBrokenToolchainComponentFailsTheCell() throws Exception {
    CellOutcome o =
        runWith(new ComponentBuildException("hermit", List.of("hermit"), "cc: error", "/log"));
    assertThat(o.verdict())
        .as("a broken fork is a test failure, not infrastructure")
        .isEqualTo(Verdict.FAIL);
    assertThat(o.message()).contains("hermit");
  }
}
