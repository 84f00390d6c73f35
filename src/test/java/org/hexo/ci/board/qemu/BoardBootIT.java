package org.hexo.ci.board.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hexo.ci.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hexo-ci board boot} on a real virtual board: boots, prints the ssh command, powers off.
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
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int rc =
        cl.execute(
            "board",
            "boot",
            "vb",
            "--hold",
            "0",
            "--boards",
            inventory.toString(),
            "--report",
            dir.resolve("reports").toString());
    assertThat(rc).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("board vb (qemu-system, aarch64) is up")
        .containsPattern("ssh: .*-p \\d+ .*hexo@127\\.0\\.0\\.1")
        .contains("console: ")
        .contains("board vb powered off");
    assertThat(VirtualBoards.qemuProcessesUsing(dir)).as("closing the board reaps QEMU").isEmpty();
  }
}
