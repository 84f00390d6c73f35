package org.hexo.ci.board.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hexo.ci.InfrastructureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QemuImageTest {
  @TempDir Path dir;

  private QemuImage fakeImage() throws Exception {
    Files.writeString(
        dir.resolve("manifest.json"),
        """
        {"key": "abc123", "kernel": "vmlinuz", "initrd": "rootfs.cpio.zst",
         "cmdline": "console=ttyAMA0 rdinit=/init", "user": "hexo",
         "private_key": "id_ed25519", "host_public_key": "ssh_host_ed25519_key.pub"}
        """);
    for (String f : List.of("vmlinuz", "rootfs.cpio.zst", "id_ed25519")) {
      Files.writeString(dir.resolve(f), "x");
    }
    Files.writeString(dir.resolve("ssh_host_ed25519_key.pub"), "ssh-ed25519 AAAAkey hexo-vboard\n");
    return QemuImage.at(dir);
  }

  @Test
  void readsTheManifestAndPinsTheHostKeyForTheForwardedPort() throws Exception {
    QemuImage image = fakeImage();
    assertThat(image.key()).isEqualTo("abc123");
    assertThat(image.kernel()).isEqualTo(dir.resolve("vmlinuz").toAbsolutePath());
    assertThat(image.knownHostsLine(2222)).isEqualTo("[127.0.0.1]:2222 ssh-ed25519 AAAAkey");
  }

  @Test
  void missingFileIsAnInfrastructureErrorWithARemedy() throws Exception {
    fakeImage();
    Files.delete(dir.resolve("rootfs.cpio.zst"));
    assertThatThrownBy(() -> QemuImage.at(dir))
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("rootfs.cpio.zst is missing")
        .satisfies(e -> assertThat(((InfrastructureException) e).remedy()).contains("--force"));
  }

  @Test
  void qemuForwardsSshOnLoopbackOnlyAndBootsTheVirtBoardWithAVgicV2() throws Exception {
    List<String> cmd = QemuVm.command("b", fakeImage(), dir, 40000, 1024, 2);
    assertThat(cmd).containsSequence("-M", "virt,virtualization=on,gic-version=2");
    assertThat(cmd).containsSequence("-netdev", "user,id=n0,hostfwd=tcp:127.0.0.1:40000-:22");
    assertThat(cmd).containsSequence("-serial", "file:" + dir.resolve("console.log"));
    assertThat(String.join(" ", cmd)).doesNotContain("0.0.0.0");
  }
}
