package org.hexo.ci.board.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Device;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Execution;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.FileTransfer;
import org.hexo.ci.board.internal.Archs;
import org.hexo.ci.board.internal.RemoteCommands;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A board that is a long-running container on host networking, programs started in it with docker
 * exec. Two drivers: {@link #qemuUser} (kind {@code qemu-user}: an arm64 Debian userland whose
 * programs run under qemu-user through binfmt) and {@link #local} (kind {@code local}: native
 * x86-64 in a container of e.g. the toolchain image, with {@code /dev/kvm} passed through when the
 * host has it, as HEXO's uhyve needs). Lifecycle: the factory creates and starts the container,
 * labelled with this session (see {@link SessionLabels}); {@link #close} removes it.
 */
public final class ContainerBoard implements Board, Executor {
  static final String RUN_ROOT = "/var/tmp/hexo-ci";
  private static final Path KVM = Path.of("/dev/kvm");

  private final String name;
  private final String kind;
  private final String arch;
  private final GenericContainer<?> container;
  private final DockerClient docker;
  private final FileTransfer files;

  private ContainerBoard(String name, String kind, String arch, GenericContainer<?> container) {
    this.name = name;
    this.kind = kind;
    this.arch = arch;
    this.container = container;
    this.docker = Docker.client();
    this.files = new ContainerFileTransfer(container);
  }

  /** Starts a qemu-user board from {@code imageTag} (see {@link BoardImage#ensure}). */
  public static ContainerBoard qemuUser(String name, String imageTag) {
    return start(name, "qemu-user", "aarch64", imageTag, false);
  }

  /** Starts a local board in a container of {@code imageTag}, with /dev/kvm when present. */
  public static ContainerBoard local(String name, String imageTag) {
    return start(name, "local", Archs.host(), imageTag, Files.exists(KVM));
  }

  private static ContainerBoard start(
      String name, String kind, String arch, String imageTag, boolean kvm) {
    GenericContainer<?> c =
        new GenericContainer<>(DockerImageName.parse(imageTag))
            .withNetworkMode("host")
            .withCommand("sleep", "infinity")
            .withLabels(SessionLabels.current())
            .withCreateContainerCmdModifier(
                cmd ->
                    cmd.withName("hexo-board-" + safe(name) + "-" + SessionLabels.sessionId())
                        .getHostConfig()
                        .withInit(true)
                        .withDevices(kvm ? new Device[] {Device.parse("/dev/kvm")} : new Device[0]))
            .waitingFor(Wait.forSuccessfulCommand("true"))
            .withStartupTimeout(Duration.ofSeconds(90));
    try {
      c.start();
    } catch (RuntimeException e) {
      String log = c.getContainerId() == null ? "" : "; container log:\n" + c.getLogs();
      c.stop();
      throw new InfrastructureException(
          "board " + name + ": container " + imageTag + " did not start: " + e.getMessage() + log,
          "check dockerd, binfmt for foreign images (update-binfmts --display qemu-aarch64) and"
              + " that the image exists (docker image ls)",
          e);
    }
    return new ContainerBoard(name, kind, arch, c);
  }

  private static String safe(String s) {
    return s.replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  /** The id of the container this board runs in. */
  public String containerId() {
    return container.getContainerId();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public String arch() {
    return arch;
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
    return "ContainerBoard[" + name + ", " + kind + ", " + container.getContainerId() + "]";
  }
}
