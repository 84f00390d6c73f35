package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.hexo.ci.UsageException;
import org.junit.jupiter.api.Test;

class MigrationSpecTest {
  private static final Path IS = Path.of("apps/is");

  private static MigrationSpec spec(Path app, String cls, String src, String dst) {
    return MigrationSpec.builder(app, cls)
        .trigger(Trigger.parse("timer:3"))
        .x86Board(src)
        .armBoard(dst)
        .timeout(Duration.ofSeconds(60))
        .build();
  }

  @Test
  void validSpecHasStableName() {
    MigrationSpec s = spec(IS, "S", "local", "qemu-user");
    assertThat(s.testName()).isEqualTo("is.S.cr.x86-to-arm.timer");
    assertThat(s.toolchain()).isEqualTo("hexo-lite");
    assertThat(s.memory()).isEqualTo("1G");
  }

  @Test
  void badValuesNameTheValueAndTheValidOnes() {
    assertThatThrownBy(() -> Mode.parse("live"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'live'")
        .satisfies(e -> assertThat(((UsageException) e).remedy()).contains("cr, postcopy"));
    assertThatThrownBy(() -> Direction.parse("arm-to-arm"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'arm-to-arm'")
        .satisfies(e -> assertThat(((UsageException) e).remedy()).contains("round-trip"));
    assertThatThrownBy(() -> Trigger.parse("soon:3"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'soon'");
    assertThatThrownBy(() -> Trigger.parse("timer:abc")).hasMessageContaining("timer:abc");
    assertThatThrownBy(() -> Trigger.parse("output:(")).hasMessageContaining("'('");
    assertThatThrownBy(() -> spec(Path.of("apps/nope"), "S", "local", "qemu-user"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("apps/nope");
    assertThatThrownBy(() -> spec(IS, "Q", "local", "qemu-user"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'Q'");
    assertThatThrownBy(() -> spec(IS, "C", "local", "qemu-user"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("class 'C'");
    assertThatThrownBy(() -> spec(IS, "S", "local", "local"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'local'");
  }

  @Test
  void returnHopOfOutputTriggerFiresOnFirstOutput() {
    assertThat(Trigger.parse("output:^\\s*5$").forReturnHop().value()).isEqualTo("\\S");
    assertThat(Trigger.parse("timer:2").forReturnHop()).isEqualTo(Trigger.parse("timer:2"));
  }
}
