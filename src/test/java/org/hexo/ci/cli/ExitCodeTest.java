package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.Test;

class ExitCodeTest {
  @Test
  void mapsEachErrorKindToItsCode() {
    assertThat(ExitCode.of(new UsageException("bad", "fix")).code()).isEqualTo(2);
    assertThat(ExitCode.of(new InfrastructureException("down", "start")).code()).isEqualTo(3);
    assertThat(ExitCode.of(new IllegalStateException("bug")).code()).isEqualTo(4);
  }

  @Test
  void mapsEachVerdictSoADeadBoardNeverReadsAsABrokenApp() {
    assertThat(ExitCode.of(Verdict.PASS).code()).isEqualTo(0);
    assertThat(ExitCode.of(Verdict.FAIL).code()).isEqualTo(1);
    assertThat(ExitCode.of(Verdict.ERROR).code()).as("infrastructure").isEqualTo(3);
  }

  @Test
  void unknownOptionIsUsageError() {
    assertThat(Main.run("--no-such-option")).as("picocli parse errors map to 2").isEqualTo(2);
  }
}
