package org.hexo.ci.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BoardCommandTest {
  @TempDir Path dir;

  private int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void listsBoardsWithKindArchStateAndLabels() throws Exception {
    Path inv =
        Files.writeString(
            dir.resolve("boards.yaml"),
            """
            boards:
              - {name: here, kind: local, labels: [fast]}
              - name: potato0
                kind: ssh
                address: 127.0.0.1
                port: 1
                user: hexo
                key: id
                known_hosts: kh
                arch: aarch64
                labels: [potato]
            """);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = run(out, err, "board", "list", "--boards", inv.toString());
    assertThat(rc).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("NAME")
        .containsPattern("here\\s+local\\s+x86_64\\s+ready\\s+fast")
        .containsPattern("potato0\\s+ssh\\s+aarch64\\s+unreachable \\(127.0.0.1:1\\)\\s+potato");
  }

  @Test
  void badInventoryIsAUsageError() throws Exception {
    Path inv = Files.writeString(dir.resolve("boards.yaml"), "boards:\n  - {name: x, kind: rsh}\n");
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "board", "list", "--boards", inv.toString()))
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(err.toString()).contains("'rsh'").contains("remedy");
  }

  @Test
  void bootOfAnUnknownBoardNamesItAndTheKnownOnes() {
    StringWriter err = new StringWriter();
    assertThat(run(new StringWriter(), err, "board", "boot", "potato9", "--hold", "0"))
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(err.toString()).contains("'potato9'").contains("local").contains("qemu-user");
  }

  @Test
  void bootOpensTheBoardSaysItIsUpAndClosesItAfterTheHold() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int rc = run(out, err, "board", "boot", "local", "--hold", "0", "--report", dir.toString());
    assertThat(rc).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("board local (local, x86_64) is up")
        .contains("board local powered off");
  }
}
