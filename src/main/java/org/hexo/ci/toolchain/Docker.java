package org.hexo.ci.toolchain;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import java.util.Optional;
import org.hexo.ci.InfrastructureException;
import org.testcontainers.DockerClientFactory;

/** Access to the local Docker daemon (docker-java through Testcontainers' client factory). */
public final class Docker {
  /** Label put on every container and image hexo-ci creates, so a gc can find leftovers. */
  public static final String LABEL = "org.hexo.ci";

  static {
    // Testcontainers' start-up banner would drown hexo-ci's progress lines; warnings still show
    System.setProperty("org.slf4j.simpleLogger.log.org.testcontainers", "warn");
    // Ryuk is disabled on purpose (no registry for its image); hexo-ci gc reaps instead
    System.setProperty(
        "org.slf4j.simpleLogger.log.org.testcontainers.utility.ResourceReaper", "error");
  }

  private Docker() {}

  /** The client, or an infrastructure error saying how to start dockerd. */
  public static DockerClient client() {
    try {
      return DockerClientFactory.instance().client();
    } catch (RuntimeException e) {
      throw new InfrastructureException(
          "the Docker daemon is not reachable: " + e.getMessage(),
          "start it (bash scripts/setup-host.sh starts dockerd) and check `docker version`",
          e);
    }
  }

  /** The image named {@code tag}, if the daemon has it. */
  public static Optional<InspectImageResponse> image(DockerClient docker, String tag) {
    try {
      return Optional.of(docker.inspectImageCmd(tag).exec());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
