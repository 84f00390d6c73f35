package org.hexo.ci.board.container;

import com.github.dockerjava.api.DockerClient;
import org.hexo.ci.InfrastructureException;
import org.testcontainers.DockerClientFactory;

/** Access to the Docker daemon, failing with a remedy when it is not there. */
final class Docker {
  private Docker() {}

  static DockerClient client() {
    try {
      return DockerClientFactory.instance().client();
    } catch (IllegalStateException e) {
      throw unavailable(e);
    }
  }

  static InfrastructureException unavailable(Throwable cause) {
    return new InfrastructureException(
        "Docker is not reachable: " + cause.getMessage(),
        "start dockerd (bash scripts/setup-host.sh does it) and set"
            + " TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_HOST_OVERRIDE=localhost",
        cause);
  }
}
