package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.junit.jupiter.api.Test;

class ExitCodeTest {
  @Test
  void mapsEachErrorKindToItsCode() {
    assertThat(ExitCode.of(new UsageException("bad", "fix")).code()).isEqualTo(2);
    assertThat(ExitCode.of(new InfrastructureException("down", "start")).code()).isEqualTo(3);
    assertThat(ExitCode.of(new IllegalStateException("bug")).code()).isEqualTo(4);
  }

  @Test
  void unknownOptionIsUsageError() {
    assertThat(Main.run("--no-such-option")).as("picocli parse errors map to 2").isEqualTo(2);
  }
}
