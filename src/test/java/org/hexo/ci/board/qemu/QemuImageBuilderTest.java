package org.hexo.ci.board.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hexo.ci.InfrastructureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder against stand-in recipes: progress streaming, the result line, failures. */
class QemuImageBuilderTest {
  @TempDir Path root;

  private void recipe(String body) throws Exception {
    Path script = root.resolve(QemuImageBuilder.RECIPE);
    Files.createDirectories(script.getParent());
    Files.writeString(script, "#!/bin/bash\nset -e\n" + body);
  }

  @Test
  void streamsProgressPassesTheCacheDirAndReturnsTheImage() throws Exception {
    recipe(
        """
        [ "$1" = --out ] || exit 2
        d="$2/k1"; mkdir -p "$d"; cd "$d"
        touch vmlinuz rootfs.cpio.zst id_ed25519
        echo 'ssh-ed25519 AAAAkey host' > ssh_host_ed25519_key.pub
        printf '{"key":"k1","kernel":"vmlinuz","initrd":"rootfs.cpio.zst","cmdline":"c",\
        "user":"hexo","private_key":"id_ed25519","host_public_key":"ssh_host_ed25519_key.pub"}' \
          > manifest.json
        echo "[qemu-images 0s] building image k1"
        echo "HEXO_IMAGE_DIR=$d"
        """);
    List<String> lines = new ArrayList<>();
    QemuImage image =
        QemuImageBuilder.forProject(root)
            .setCacheDir(root.resolve("cache"))
            .setProgressListener(lines::add)
            .call();
    assertThat(image.key()).isEqualTo("k1");
    assertThat(image.dir()).isEqualTo(root.resolve("cache/k1"));
    assertThat(lines).first().asString().contains("building image k1");
  }

  @Test
  void failedRecipeIsAnInfrastructureErrorWithItsLastLines() throws Exception {
    recipe("echo 'step one'; echo 'build.sh: debootstrap failed' >&2; exit 3\n");
    QemuImageBuilder builder = QemuImageBuilder.forProject(root);
    assertThatThrownBy(builder::call)
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("exit 3")
        .hasMessageContaining("build.sh: debootstrap failed");
    assertThatThrownBy(builder::call).as("single-use").isInstanceOf(IllegalStateException.class);
  }

  @Test
  void missingRecipeSaysToRunFromACheckout() {
    assertThatThrownBy(() -> QemuImageBuilder.forProject(root).call())
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("qemu-images/build.sh is missing");
  }
}
