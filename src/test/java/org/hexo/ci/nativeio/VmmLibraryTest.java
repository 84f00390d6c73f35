package org.hexo.ci.nativeio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VmmLibraryTest {

  @Test
  void theBuildPackagesALoadableLibraryOfItsOwnVersion() {
    assertThat(VmmLibrary.isAvailable())
        .as("libhexo-vmm loads from target/classes: %s", VmmLibrary.unavailabilityCause())
        .isTrue();
    assertThat(VmmLibrary.unavailabilityCause()).isEmpty();
    assertThat(VmmLibrary.source())
        .get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("from the class path");
  }
}
