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
  protected boolean offersHostPaths() {
    return false;
  }

  @Override
  protected Board openBoard() throws Exception {
    server = new SshServer(Files.createTempDirectory("hexo-ssh-it"));
    return server.board("ssh-it", server.knownHosts).connect();
  }

  private Path wrongKnownHosts() throws Exception {
    Path key = server.dir.resolve("other_host_key");
    if (!Files.exists(key)) {
      SshServer.keygen(key);
    }
    String[] f = Files.readString(Path.of(key + ".pub")).split(" ");
    return Files.writeString(
        server.dir.resolve("wrong_known_hosts"),
        "[127.0.0.1]:" + server.port + " " + f[0] + " " + f[1] + "\n");
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void unknownHostKeyIsRejected() throws Exception {
    Path wrong = wrongKnownHosts();
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
  void acceptNewTrustsAnUnknownKeyOnceAndThenChecksIt() throws Exception {
    Path fresh = server.dir.resolve("fresh_known_hosts");
    try (SshBoard b = server.board("first-contact", fresh).acceptNewHostKeys()) {
      b.connect();
    }
    assertThat(Files.readString(fresh))
        .as("the key was recorded")
        .isEqualTo(Files.readString(server.knownHosts));
    try (SshBoard strict = server.board("strict-again", fresh)) {
      strict.connect();
    }
    Path wrong = wrongKnownHosts();
    try (SshBoard b = server.board("changed-key", wrong).acceptNewHostKeys()) {
      assertThatThrownBy(b::connect)
          .as("a changed key is never accepted")
          .isInstanceOf(InfrastructureException.class);
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
