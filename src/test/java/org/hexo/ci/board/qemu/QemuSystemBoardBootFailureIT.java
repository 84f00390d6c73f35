package org.hexo.ci.board.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.hexo.ci.InfrastructureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A board that does not boot is an infrastructure error that shows the console; QEMU is reaped. */
class QemuSystemBoardBootFailureIT {
  @TempDir Path runDir;

  @AfterEach
  void noQemuLeft() {
    assertThat(VirtualBoards.qemuProcessesUsing(runDir))
        .as("no QEMU of this test is left")
        .isEmpty();
  }

  @Test
  void bootTimeoutIsAnInfrastructureErrorWithTheConsoleTail() {
    QemuImage image = VirtualBoards.image();
    // An idle host boots in about 7 s; nothing reaches sshd in 2 s. close() reaps a surprise boot.
    assertThatThrownBy(
            () -> QemuSystemBoard.boot("slow", image, runDir, Duration.ofSeconds(2)).close())
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("did not boot to SSH within 2 s")
        .hasMessageContaining("last lines of the console (" + runDir.resolve("console.log"))
        .satisfies(
            e -> assertThat(((InfrastructureException) e).remedy()).contains("boot-timeout"));
  }

  @Test
  void corruptKernelIsAnInfrastructureErrorWithTheConsoleTail() throws Exception {
    QemuImage good = VirtualBoards.image();
    Path broken = Files.createDirectories(runDir.resolve("image"));
    for (Path f : List.of(good.initrd(), good.privateKey(), good.hostPublicKey())) {
      Files.copy(f, broken.resolve(f.getFileName()));
    }
    Files.copy(good.dir().resolve(QemuImage.MANIFEST), broken.resolve(QemuImage.MANIFEST));
    byte[] garbage = new byte[1 << 20];
    new Random(7).nextBytes(garbage);
    Files.write(broken.resolve("vmlinuz"), garbage);
    QemuImage image = QemuImage.at(broken);
    Path vmDir = runDir.resolve("vm");
    assertThatThrownBy(
            () -> QemuSystemBoard.boot("corrupt", image, vmDir, Duration.ofSeconds(20)).close())
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("virtual board corrupt")
        .hasMessageContaining("last lines of the console (" + vmDir.resolve("console.log"));
  }
}
