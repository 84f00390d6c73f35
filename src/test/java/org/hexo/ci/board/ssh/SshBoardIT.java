package org.hexo.ci.board.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardContractTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The contract over SSH against OpenSSH in the arm64 container, plus SSH-specific failures. */
class SshBoardIT extends BoardContractTest {
  private SshServer server;

  @Override
  protected Board openBoard() throws Exception {
    server = new SshServer(Files.createTempDirectory("hexo-ssh-it"));
    return server.board("ssh-it", server.knownHosts).connect();
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void unknownHostKeyIsRejected() throws Exception {
    Path other = SshServer.keygen(server.dir.resolve("other_host_key"));
    String[] f = Files.readString(Path.of(other + ".pub")).split(" ");
    Path wrong =
        Files.writeString(
            server.dir.resolve("wrong_known_hosts"),
            "[127.0.0.1]:" + server.port + " " + f[0] + " " + f[1] + "\n");
    try (SshBoard b = server.board("wrong-key", wrong)) {
      assertThatThrownBy(b::connect)
          .isInstanceOf(InfrastructureException.class)
          .hasMessageContaining("127.0.0.1:" + server.port)
          .satisfies(
              e -> assertThat(((InfrastructureException) e).remedy()).contains("known_hosts"));
    }
    Path empty = Files.writeString(server.dir.resolve("empty_known_hosts"), "");
    try (SshBoard b = server.board("no-key", empty)) {
      assertThatThrownBy(b::connect).isInstanceOf(InfrastructureException.class);
    }
  }

  @Test
  void unreachableBoardIsAnInfrastructureErrorNamingTheEndpoint() throws Exception {
    int closed = SshServer.freePort();
    try (SshBoard b =
        new SshBoard(
            "gone",
            "127.0.0.1",
            closed,
            "root",
            server.clientKey,
            server.knownHosts,
            "/root",
            "aarch64")) {
      assertThatThrownBy(b::connect)
          .isInstanceOf(InfrastructureException.class)
          .hasMessageContaining("127.0.0.1:" + closed)
          .satisfies(e -> assertThat(((InfrastructureException) e).remedy()).contains("sshd"));
    }
  }
}
