package org.hexo.ci.board.container;

import com.github.dockerjava.api.DockerClient;
import java.time.Duration;
import java.util.Optional;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Execution;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.FileTransfer;
import org.hexo.ci.board.internal.RemoteCommands;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Driver {@code qemu-user}: an arm64 Debian userland container on host networking whose programs
 * run under qemu-user through binfmt. Lifecycle: {@link #start} creates and starts the container
 * (labelled with this session, see {@link SessionLabels}); {@link #close} removes it.
 */
public final class QemuUserBoard implements Board, Executor {
  static final String RUN_ROOT = "/var/tmp/hexo-ci";

  private final String name;
  private final GenericContainer<?> container;
  private final DockerClient docker;
  private final FileTransfer files;

  private QemuUserBoard(String name, GenericContainer<?> container) {
    this.name = name;
    this.container = container;
    this.docker = Docker.client();
    this.files = new ContainerFileTransfer(container);
  }

  /** Starts a board container from {@code imageTag} (see {@link BoardImage#ensure}). */
  public static QemuUserBoard start(String name, String imageTag) {
    GenericContainer<?> c =
        new GenericContainer<>(DockerImageName.parse(imageTag))
            .withNetworkMode("host")
            .withCommand("sleep", "infinity")
            .withLabels(SessionLabels.current())
            .withCreateContainerCmdModifier(
                cmd -> cmd.withName("hexo-board-" + safe(name) + "-" + SessionLabels.sessionId()))
            .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withInit(true))
            .waitingFor(Wait.forSuccessfulCommand("true"))
            .withStartupTimeout(Duration.ofSeconds(90));
    try {
      c.start();
    } catch (RuntimeException e) {
      String log = c.getContainerId() == null ? "" : "; container log:\n" + c.getLogs();
      c.stop();
      throw new InfrastructureException(
          "board " + name + ": container " + imageTag + " did not start: " + e.getMessage() + log,
          "check binfmt for aarch64 (update-binfmts --display qemu-aarch64) and that the image"
              + " exists (docker image ls "
              + BoardImage.REPOSITORY
              + ")",
          e);
    }
    return new QemuUserBoard(name, c);
  }

  private static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  /** The container this board runs in, e.g. for the qemu-user SSH test. */
  public String containerId() {
    return container.getContainerId();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "qemu-user";
  }

  @Override
  public String arch() {
    return "aarch64";
  }

  @Override
  public <T> Optional<T> protocol(Class<T> type) {
    if (type == Executor.class) {
      return Optional.of(type.cast(this));
    }
    if (type == FileTransfer.class) {
      return Optional.of(type.cast(files));
    }
    return Optional.empty();
  }

  @Override
  public Execution start(ExecRequest request) {
    return new ContainerExecution(docker, container.getContainerId(), request);
  }

  @Override
  public String newWorkDir(String label) {
    ExecResult r =
        run(
            ExecRequest.of(
                RemoteCommands.makeWorkDir(RUN_ROOT, label), null, Duration.ofMinutes(1)));
    if (!r.succeeded()) {
      throw new InfrastructureException(
          "board " + name + ": cannot create a work directory: " + r.stderr().trim(),
          "check the container's free space (docker exec " + containerId() + " df -h)");
    }
    return r.stdout().trim();
  }

  @Override
  public void close() {
    container.stop();
  }

  @Override
  public String toString() {
    return "QemuUserBoard[" + name + ", " + container.getContainerId() + "]";
  }
}
