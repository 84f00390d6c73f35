package org.hexo.ci.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.hexo.ci.InfrastructureException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.dockerclient.TransportConfig;

/**
 * The one way into the Docker daemon (docker-java through Testcontainers' client factory, which
 * also backs the board containers). The daemon is the one {@code DOCKER_HOST} names, or the local
 * socket when it is unset. A {@code DOCKER_HOST} whose daemon does not answer is an error naming
 * it: Testcontainers alone would silently fall back to the local socket.
 */
public final class Docker {
  /** Label put on every container and image hexo-ci creates, so a gc can find leftovers. */
  public static final String LABEL = "org.hexo.ci";

  static final String LOCAL_SOCKET = "unix:///var/run/docker.sock";

  // read here and not from HexoConfig: Testcontainers reads the same variable itself, and the
  // check below must look at the daemon it will use
  private static final Optional<String> DOCKER_HOST = hostIn(System.getenv());

  private static volatile boolean checked;

  static {
    // Testcontainers' start-up banner would drown hexo-ci's progress lines; warnings still show
    System.setProperty("org.slf4j.simpleLogger.log.org.testcontainers", "warn");
    // Ryuk is disabled on purpose (no registry for its image); hexo-ci gc reaps instead
    System.setProperty(
        "org.slf4j.simpleLogger.log.org.testcontainers.utility.ResourceReaper", "error");
  }

  private Docker() {}

  /** The client of the daemon in use, or an infrastructure error naming it and its remedy. */
  public static DockerClient client() {
    if (!checked) {
      DOCKER_HOST.ifPresent(Docker::ping);
      checked = true;
    }
    try {
      return DockerClientFactory.instance().client();
    } catch (RuntimeException e) {
      throw unreachable(DOCKER_HOST.orElse(LOCAL_SOCKET), e);
    }
  }

  /**
   * Removes container {@code id} and whatever runs in it, also on a thread a stop request has
   * interrupted: docker-java abandons a request made with the flag set, and the container would
   * stay behind. The flag is set again afterwards, so the interruption still ends the work.
   */
  public static void forceRemove(DockerClient docker, String id) {
    boolean interrupted = Thread.interrupted();
    try {
      docker.removeContainerCmd(id).withForce(true).exec();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The daemon {@code env} names through {@code DOCKER_HOST}; empty for the local socket. */
  static Optional<String> hostIn(Map<String, String> env) {
    return Optional.ofNullable(env.get("DOCKER_HOST")).filter(h -> !h.isBlank());
  }

  /**
   * Connects to the daemon at {@code host} (a {@code DOCKER_HOST} value such as {@code
   * tcp://127.0.0.1:2375} or {@code unix:///run/docker.sock}) and checks that it answers.
   */
  static DockerClient ping(String host) {
    try {
      DockerClient c =
          DockerClientProviderStrategy.getClientForConfig(
              TransportConfig.builder().dockerHost(URI.create(host)).build());
      c.pingCmd().exec();
      return c;
    } catch (RuntimeException e) {
      throw unreachable(host, e);
    }
  }

  /** The error for a daemon that does not answer, with the one remedy hexo-ci gives for it. */
  public static InfrastructureException unreachable(String host, Throwable cause) {
    String remedy =
        host.equals(LOCAL_SOCKET)
            ? "start dockerd (bash scripts/setup-host.sh does it) and check `docker version`"
            : "start the daemon at "
                + host
                + " or unset DOCKER_HOST to use the local socket; check `docker version`";
    return new InfrastructureException(
        "the Docker daemon at " + host + " is not reachable: " + cause.getMessage(), remedy, cause);
  }

  /** The image named {@code tag}, if the daemon has it. */
  public static Optional<InspectImageResponse> image(DockerClient docker, String tag) {
    try {
      return Optional.of(docker.inspectImageCmd(tag).exec());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** True when the daemon has an image named {@code tag}. */
  public static boolean hasImage(String tag) {
    return image(client(), tag).isPresent();
  }
}
