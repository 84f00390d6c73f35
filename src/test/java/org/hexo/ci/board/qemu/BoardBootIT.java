package org.hexo.ci.board.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.hexo.ci.ShippedCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hexo-ci board boot} on a real virtual board through the shipped jar (whose JSch must speak
 * ed25519 to the board's host key): boots, prints the ssh command, powers off.
 */
class BoardBootIT {
  @TempDir Path dir;

  @Test
  void bootsTheVirtualBoardPrintsHowToLogInAndPowersItOff() throws Exception {
    QemuImage image = VirtualBoards.image();
    Path inventory =
        Files.writeString(
            dir.resolve("boards.yaml"),
            "boards:\n  - name: vb\n    kind: qemu-system\n    options: {image: '"
                + image.dir()
                + "'}\n");
    ShippedCli.Run run =
        ShippedCli.run(
            dir.resolve("cli"),
            Map.of(),
            Duration.ofMinutes(15),
            "board",
            "boot",
            "vb",
            "--hold",
            "0",
            "--boards",
            inventory.toString(),
            "--report",
            dir.resolve("reports").toString());
    assertThat(run.exit()).as(run.describe()).isZero();
    assertThat(run.stdout())
        .contains("board vb (qemu-system, aarch64) is up")
        .containsPattern("ssh: .*-p \\d+ .*hexo@127\\.0\\.0\\.1")
        .contains("console: ")
        .contains("board vb powered off");
    assertThat(VirtualBoards.qemuProcessesUsing(dir)).as("closing the board reaps QEMU").isEmpty();
  }
}
