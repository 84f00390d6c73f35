package org.hexo.ci.toolchain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hexo.ci.UsageException;
import org.junit.jupiter.api.Test;

class ComponentOverrideTest {
  @Test
  void splitsAtTheLastAt() {
    ComponentOverride o = ComponentOverride.parse("hermit=git@github.com:me/HermitCore.git@fix-1");
    assertThat(o.component()).isEqualTo("hermit");
    assertThat(o.url()).contains("git@github.com:me/HermitCore.git");
    assertThat(o.ref()).isEqualTo("fix-1");
  }

  @Test
  void refOnlyKeepsTheUrl() {
    ComponentOverride o = ComponentOverride.parse("newlib=@refs/pull/12/head");
    assertThat(o.url()).isEmpty();
    assertThat(o.ref()).isEqualTo("refs/pull/12/head");
  }

  @Test
  void malformedOverridesAreUsageErrorsQuotingTheValue() {
    assertThatThrownBy(() -> ComponentOverride.parse("newlib"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("'newlib'");
    assertThatThrownBy(() -> ComponentOverride.parse("newlib=https://x/newlib.git"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("@<ref>");
    assertThatThrownBy(() -> ComponentOverride.parse("=u@r")).isInstanceOf(UsageException.class);
  }
}
