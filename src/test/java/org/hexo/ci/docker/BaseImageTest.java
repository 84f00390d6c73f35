package org.hexo.ci.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BaseImageTest {
  @Test
  void tagsNameSuiteArchAndTheSetOfExtraPackages() {
    assertThat(BaseImage.tagFor("amd64", "bookworm", List.of()))
        .isEqualTo("hexo-base:bookworm-amd64");
    String a = BaseImage.tagFor("arm64", "bookworm", List.of("openssh-server", "procps"));
    assertThat(a).startsWith("hexo-base:bookworm-arm64-");
    assertThat(BaseImage.tagFor("arm64", "bookworm", List.of("procps", "openssh-server", "procps")))
        .as("order and duplicates do not matter")
        .isEqualTo(a);
    assertThatThrownBy(() -> BaseImage.tagFor("arm 64", "bookworm", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
