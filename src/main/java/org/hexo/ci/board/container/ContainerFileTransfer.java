package org.hexo.ci.board.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.FileTransfer;
import org.testcontainers.containers.Container;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.MountableFile;

/** File transfer into and out of a running container through the Docker archive API. */
final class ContainerFileTransfer implements FileTransfer {
  private final GenericContainer<?> container;

  ContainerFileTransfer(GenericContainer<?> container) {
    this.container = container;
  }

  @Override
  public void put(Path local, String remote) {
    if (!Files.isRegularFile(local)) {
      throw new InfrastructureException(
          "cannot upload " + local + ": not a regular file", "check the path on this host");
    }
    // forHostPath keeps the file mode, so executables stay executable on the board.
    container.copyFileToContainer(MountableFile.forHostPath(local), remote);
  }

  @Override
  public void get(String remote, Path local) {
    try {
      Path parent = local.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
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
}
