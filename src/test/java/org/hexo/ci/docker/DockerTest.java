package org.hexo.ci.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.hexo.ci.InfrastructureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerTest {
  @TempDir Path dir;

  @Test
  void aDockerHostWithNoDaemonIsAnErrorNamingIt() throws IOException {
    String host = "tcp://127.0.0.1:" + closedPort();
    String named = Docker.hostIn(Map.of("DOCKER_HOST", host)).orElseThrow();
    assertThatThrownBy(() -> Docker.ping(named))
        .as("no silent fallback to the local socket")
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining("the Docker daemon at " + host + " is not reachable")
        .satisfies(
            e ->
                assertThat(((InfrastructureException) e).remedy())
                    .contains(host)
                    .contains("unset DOCKER_HOST"));
  }

  @Test
  void aDockerHostSocketThatDoesNotExistIsAnErrorNamingIt() {
    String host = "unix://" + dir.resolve("docker.sock");
    assertThatThrownBy(() -> Docker.ping(host))
        .isInstanceOf(InfrastructureException.class)
        .hasMessageContaining(host);
  }

  @Test
  void anUnsetOrBlankDockerHostMeansTheLocalSocket() {
    assertThat(Docker.hostIn(Map.of())).isEmpty();
    assertThat(Docker.hostIn(Map.of("DOCKER_HOST", " "))).isEmpty();
    assertThat(Docker.unreachable(Docker.LOCAL_SOCKET, new IOException("refused")).remedy())
        .contains("start dockerd");
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
