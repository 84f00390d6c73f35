package org.hexo.ci.board.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Device;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.Archs;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.Execution;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.FileTransfer;
import org.hexo.ci.board.HostPaths;
import org.hexo.ci.board.Protocols;
import org.hexo.ci.docker.Docker;
import org.hexo.ci.docker.Reaper;
import org.hexo.ci.docker.SessionLabels;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A board that is a long-running container on host networking, programs started in it with docker
 * exec. Two drivers: {@link #qemuUser} (kind {@code qemu-user}: an arm64 Debian userland whose
 * programs run under qemu-user through binfmt) and {@link #local} (kind {@code local}: native
 * x86-64 in a container of e.g. the toolchain image, with {@code /dev/kvm} passed through when the
 * host has it, as HEXO's uhyve needs). Work directories live on the host, in a directory
 * bind-mounted into the container at the same path ({@link WorkRoot}): files under it move by host
 * copies and the board offers {@link HostPaths}; other paths go through the Docker archive API.
 * Lifecycle: the factory creates the work root and starts the container, labelled with this session
 * (see {@link SessionLabels}) and its work root; {@link #close} removes both.
 */
public final class ContainerBoard implements Board, Executor, HostPaths {
  /** The label naming a board's work root on the host, for {@link #reap}. */
  static final String WORK_ROOT_LABEL = "org.hexo.ci.board.work-root";

  /** The label naming a board container's kind, so each provider reaps its own. */
  static final String KIND_LABEL = "org.hexo.ci.board.kind";

  private static final Path KVM = Path.of("/dev/kvm");

  private final String name;
  private final String kind;
  private final String arch;
  private final GenericContainer<?> container;
  private final DockerClient docker;
  private final WorkRoot workRoot;
  private final FileTransfer files;
  private final Protocols protocols;

  private ContainerBoard(
      String name, String kind, String arch, GenericContainer<?> container, WorkRoot workRoot) {
    this.name = name;
    this.kind = kind;
    this.arch = arch;
    this.container = container;
    this.workRoot = workRoot;
    this.docker = Docker.client();
    this.files = new ContainerFileTransfer(container, workRoot);
    this.protocols =
        Protocols.none()
            .with(Executor.class, this)
            .with(FileTransfer.class, files)
            .with(HostPaths.class, this);
  }

  /**
   * Starts a qemu-user board from {@code imageTag} (see {@link BoardImage#ensure}), its work
   * directories under {@code workDirs/<name>-<session>/} on this host.
   */
  public static ContainerBoard qemuUser(String name, String imageTag, Path workDirs) {
    return start(name, "qemu-user", "aarch64", imageTag, false, workDirs);
  }

  /**
   * Starts a local board in a container of {@code imageTag}, with /dev/kvm when present, its work
   * directories under {@code workDirs/<name>-<session>/} on this host.
   */
  public static ContainerBoard local(String name, String imageTag, Path workDirs) {
    return start(name, "local", Archs.host(), imageTag, Files.exists(KVM), workDirs);
  }

  private static ContainerBoard start(
      String name, String kind, String arch, String imageTag, boolean kvm, Path workDirs) {
    WorkRoot root = WorkRoot.create(workDirs, safe(name));
    String mount = root.dir().toString();
    Map<String, String> labels = new HashMap<>(SessionLabels.current());
    labels.put(WORK_ROOT_LABEL, mount);
    labels.put(KIND_LABEL, kind);
    GenericContainer<?> c =
        new GenericContainer<>(DockerImageName.parse(imageTag))
            .withNetworkMode("host")
            .withCommand("sleep", "infinity")
            .withLabels(labels)
            .withCreateContainerCmdModifier(
                cmd ->
                    cmd.withName("hexo-board-" + safe(name) + "-" + SessionLabels.sessionId())
                        .getHostConfig()
                        .withInit(true)
                        // set here, not with withFileSystemBind: Testcontainers would first probe
                        // file mounting by running an image pulled from a registry
                        .withBinds(new Bind(mount, new Volume(mount)))
                        .withDevices(kvm ? new Device[] {Device.parse("/dev/kvm")} : new Device[0]))
            .waitingFor(Wait.forSuccessfulCommand("true"))
            .withStartupTimeout(Duration.ofSeconds(90));
    try {
      c.start();
    } catch (RuntimeException e) {
      String log = c.getContainerId() == null ? "" : "; container log:\n" + c.getLogs();
      c.stop();
      WorkRoot.delete(root.dir());
      throw new InfrastructureException(
          "board " + name + ": container " + imageTag + " did not start: " + e.getMessage() + log,
          "check dockerd, binfmt for foreign images (update-binfmts --display qemu-aarch64) and"
              + " that the image exists (docker image ls)",
          e);
    }
    return new ContainerBoard(name, kind, arch, c, root);
  }

  /**
   * Removes the containers of {@code kind} boards whose session is gone, with their work roots, and
   * returns their names.
   */
  public static List<String> reap(String kind, boolean dryRun) {
    return Reaper.reap(
        dryRun,
        Map.of(KIND_LABEL, kind),
        labels -> WorkRoot.ofLabels(labels).ifPresent(WorkRoot::delete));
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
    return protocols.find(type);
  }

  @Override
  public Optional<Path> hostPath(String remote) {
    return workRoot.hostPath(remote);
  }

  @Override
  public Execution start(ExecRequest request) {
    return new ContainerExecution(docker, container.getContainerId(), request);
  }

  @Override
  public String newWorkDir(String label) {
    String safe = label == null ? "" : safe(label);
    try {
      return workRoot.newLegDir(safe.isEmpty() ? "leg" : safe).toString();
    } catch (IOException e) {
      throw new InfrastructureException(
          "board " + name + ": cannot create a work directory under " + workRoot.dir() + ": " + e,
          "check permissions and free space on this host",
          e);
    }
  }

  /**
   * Removes the container and the work root. Files a leg's program made in the container may be out
   * of this host user's reach (owned by the container's root), so those go from inside first.
   */
  @Override
  public void close() {
    try {
      if (!WorkRoot.delete(workRoot.dir()) && container.isRunning()) {
        run(
            ExecRequest.of(
                List.of("find", workRoot.dir().toString(), "-mindepth", "1", "-delete"),
                null,
                Duration.ofMinutes(1)));
      }
    } finally {
      container.stop();
      WorkRoot.delete(workRoot.dir());
    }
  }

  @Override
  public String toString() {
    return "ContainerBoard[" + name + ", " + kind + ", " + container.getContainerId() + "]";
  }
}
