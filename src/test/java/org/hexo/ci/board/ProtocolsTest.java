package org.hexo.ci.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProtocolsTest {
  @Test
  void findsWhatWasAddedAndNothingElse() {
    Power power =
        new Power() {
          @Override
          public void on() {}

          @Override
          public void off() {}

          @Override
          public boolean isOn() {
            return true;
          }
        };
    Protocols p = Protocols.none().with(Power.class, power);
    assertThat(p.find(Power.class)).containsSame(power);
    assertThat(p.find(Executor.class)).as("not offered").isEmpty();
    assertThat(Protocols.none().find(Power.class)).isEmpty();
  }

  @Test
  void refusesANullImplementation() {
    assertThatThrownBy(() -> Protocols.none().with(Power.class, null))
        .isInstanceOf(NullPointerException.class);
  }
}
