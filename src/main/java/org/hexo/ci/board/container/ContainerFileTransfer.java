package org.hexo.ci.board.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.FileTransfer;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.MountableFile;

/**
 * File transfer into and out of a running container: plain host copies for paths under the board's
 * {@link WorkRoot} (the same file on both sides of the bind mount), the Docker archive API for the
 * rest of the container's file system.
 */
final class ContainerFileTransfer implements FileTransfer {
  private final GenericContainer<?> container;
  private final WorkRoot workRoot;

  ContainerFileTransfer(GenericContainer<?> container, WorkRoot workRoot) {
    this.container = container;
    this.workRoot = workRoot;
  }

  @Override
  public void put(Path local, String remote) {
    if (!Files.isRegularFile(local)) {
      throw new InfrastructureException(
          "cannot upload " + local + ": not a regular file", "check the path on this host");
    }
    Optional<Path> mounted = workRoot.hostPath(remote);
    if (mounted.isPresent()) {
      copy(local, mounted.get());
      return;
    }
    // forHostPath keeps the file mode, so executables stay executable on the board.
    container.copyFileToContainer(MountableFile.forHostPath(local), remote);
  }

  @Override
  public void get(String remote, Path local) {
    Optional<Path> mounted = workRoot.hostPath(remote);
    if (mounted.isPresent()) {
      copy(mounted.get(), local);
      return;
    }
    try {
      createParent(local);
      container.copyFileFromContainer(remote, local.toString());
    } catch (Exception e) {
      throw new InfrastructureException(
          "cannot download " + remote + " from container " + container.getContainerId() + ": " + e,
          "check that the file exists on the board (the leg may not have written it)",
          e);
    }
  }

  @Override
  public void mkdirs(String remote) {
    Optional<Path> mounted = workRoot.hostPath(remote);
    if (mounted.isPresent()) {
      try {
        Files.createDirectories(mounted.get());
        return;
      } catch (IOException e) {
        throw new InfrastructureException(
            "cannot create " + remote + " in the board's work root: " + e,
            "check permissions and free space on this host",
            e);
      }
    }
    try {
      Container.ExecResult r = container.execInContainer("mkdir", "-p", "--", remote);
      if (r.getExitCode() != 0) {
        throw new InfrastructureException(
            "cannot create " + remote + " in the container: " + r.getStderr().trim(),
            "check the path and the board's free space");
      }
    } catch (IOException e) {
      throw new InfrastructureException("docker exec failed: " + e, "check dockerd", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InfrastructureException("interrupted while creating " + remote, "", e);
    }
  }

  /** A host copy that keeps the mode, so executables stay executable on the board. */
  private void copy(Path from, Path to) {
    try {
      createParent(to);
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot copy " + from + " to " + to + " (board work root " + workRoot.dir() + "): " + e,
          "check that the file exists (the leg may not have written it) and the target is"
              + " writable",
          e);
    }
  }

  private static void createParent(Path local) throws IOException {
    Path parent = local.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }
}
