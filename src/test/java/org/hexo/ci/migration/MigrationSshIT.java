package org.hexo.ci.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.hexo.ci.board.local.LocalBoard;
import org.hexo.ci.board.ssh.SshBoard;
import org.hexo.ci.board.ssh.SshServer;
import org.hexo.ci.verify.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SSH path end to end: checkpoint/restart between {@code local} (x86-64) and an {@code ssh}
 * board, the real OpenSSH server of the board tests ({@link SshServer}: sshd in the arm64 container
 * on 127.0.0.1, per-run ed25519 keys, host key checked against its known_hosts). One server serves
 * both directions.
 */
class MigrationSshIT {
  private static final Path REPORTS = Path.of("target/it-reports/ssh").toAbsolutePath();
  private static SshServer server;
  private static SshBoard ssh;
  private static LocalBoard x86;

  @BeforeAll
  static void open() throws Exception {
    server = new SshServer(Files.createTempDirectory("hexo-mig-ssh"));
    ssh = server.board("ssh-arm", server.knownHosts).connect();
    x86 = new LocalBoard("local", REPORTS.resolve("work/local"));
  }

  @AfterAll
  static void close() {
    if (ssh != null) {
      ssh.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static MigrationResult run(Direction d, String trigger) {
    MigrationResult r =
        HexoLiteFixture.migrate(
            name -> Map.of("ssh-arm", ssh, "local", x86).get(name),
            "local",
            "ssh-arm",
            REPORTS,
            "is",
            "S",
            Mode.CR,
            d,
            trigger,
            Duration.ofSeconds(180));
    assertThat(r.verdict()).as(r.message()).isEqualTo(Verdict.PASS);
    assertThat(r.transfers().get(0).files())
        .as("every file intact after SFTP")
        .isNotEmpty()
        .allMatch(CheckpointFile::intact);
    return r;
  }

  @Test
  void isCheckpointRestartX86ToSshBoard() {
    MigrationResult r = run(Direction.X86_TO_ARM, "output:^\\s*5$");
    assertThat(r.legs().get(2).boardKind()).isEqualTo("ssh");
    assertThat(r.legs().get(2).arch()).isEqualTo("aarch64");
    assertThat(r.legs().get(2).stdout()).startsWith("        6\n");
  }

  @Test
  void isCheckpointRestartSshBoardToX86() {
    MigrationResult r = run(Direction.ARM_TO_X86, "output:^\\s*3$");
    assertThat(r.legs().get(0).boardKind()).as("reference on the source ISA").isEqualTo("ssh");
    assertThat(r.legs().get(2).boardKind()).isEqualTo("local");
    assertThat(r.legs().get(2).stdout()).startsWith("        4\n");
  }
}
