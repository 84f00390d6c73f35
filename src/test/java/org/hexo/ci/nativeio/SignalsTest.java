package org.hexo.ci.nativeio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignalsTest {

  @Test
  void refusesPidsThatWouldSignalGroupsOrInit() {
    for (long pid : new long[] {-1, 0, 1, (long) Integer.MAX_VALUE + 1}) {
      assertThatThrownBy(() -> Signals.send(pid, "USR1"))
          .as("pid %d", pid)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("refusing to signal pid " + pid);
    }
  }

  @Test
  void refusesUnknownNamesListingTheKnownOnes() {
    assertThatThrownBy(() -> Signals.send(12345, "SIGUSR1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown signal SIGUSR1")
        .hasMessageContaining("USR1");
    assertThatThrownBy(() -> Signals.send(12345, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mapsNamesToLinuxNumbers() {
    assertThat(Signals.number("USR1")).isEqualTo(10);
    assertThat(Signals.number("USR2")).isEqualTo(12);
    assertThat(Signals.number("KILL")).isEqualTo(9);
    assertThat(Signals.number("TERM")).isEqualTo(15);
    assertThat(Signals.number("STOP")).isEqualTo(19);
    assertThat(Signals.number("CONT")).isEqualTo(18);
  }
}
