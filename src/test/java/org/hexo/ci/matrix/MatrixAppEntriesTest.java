package org.hexo.ci.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hexo.ci.UsageException;
import org.junit.jupiter.api.Test;

/**
 * Matrix files name apps with descriptions, without classes, by component, at their own trigger.
 */
class MatrixAppEntriesTest {

  @Test
  void appEntriesCarryDescriptionKeysAndClassesAndTriggersAreOptional() {
    MatrixSpec s =
        MatrixFile.parse(
            """
            name: apps
            axes:
              apps:
                - {app: phoenix-pca, args: '-c 2000 -r 2000', verify: '^done$'}
                - installer:apps/npb-is
              modes: [cr]
              directions: [x86-to-arm]
              targets: [qemu-user]
            """,
            "apps.yaml");
    assertThat(s.apps()).containsExactly("phoenix-pca", "installer:apps/npb-is");
    assertThat(s.descriptions().get("phoenix-pca").argv())
        .containsExactly("-c", "2000", "-r", "2000");
    assertThat(s.descriptions().get("phoenix-pca").verify()).isEqualTo("^done$");
    assertThat(s.descriptions()).doesNotContainKey("installer:apps/npb-is");
    assertThat(s.cells()).hasSize(2);
    Cell c = s.cells().get(0);
    assertThat(c.appClass()).isEqualTo(MatrixSpec.NO_CLASS);
    assertThat(c.trigger()).isEqualTo(MatrixSpec.SUGGESTED_TRIGGER);
    assertThat(c.id())
        .as("no class in the id")
        .isEqualTo("phoenix-pca/cr/x86-to-arm/suggested/qemu-user");
  }

  @Test
  void anUnknownKeyInAnAppEntryNamesFileAppAndKey() {
    assertThatThrownBy(
            () ->
                MatrixFile.parse(
                    """
                    axes:
                      apps: [{app: x, argz: [1]}]
                      modes: [cr]
                      directions: [x86-to-arm]
                      targets: [qemu-user]
                    """,
                    "m.yaml"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("m.yaml")
        .hasMessageContaining("app x")
        .hasMessageContaining("unknown key 'argz'");
  }
}
