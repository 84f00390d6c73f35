package org.hexo.ci.board.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Driver {@code local}: runs programs natively on this host (x86-64 in CI) as child processes, each
 * leg in a fresh directory under a run root. Files move by plain copies, and every board path is a
 * host path ({@link HostPaths}). Closing it leaves the work directories in place (they hold logs
 * and checkpoints a report may point to).
 */
public final class LocalBoard implements Board, Executor, HostPaths {
  private final String name;
  private final Path runRoot;
  private final FileTransfer files = new LocalFileTransfer();
  private final Protocols protocols =
      Protocols.none()
          .with(Executor.class, this)
          .with(FileTransfer.class, files)
          .with(HostPaths.class, this);

  /**
   * @param name the board name in reports
   * @param runRoot the directory under which each leg gets its own work directory; created if
   *     missing
   */
  public LocalBoard(String name, Path runRoot) {
    this.name = name;
    this.runRoot = runRoot.toAbsolutePath().normalize();
    try {
      Files.createDirectories(this.runRoot);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot create run directory " + this.runRoot + ": " + e.getMessage(),
          "choose a writable --report directory or free disk space",
          e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "local";
  }

  @Override
  public String arch() {
    return Archs.host();
  }

  @Override
  public <T> Optional<T> protocol(Class<T> type) {
    return protocols.find(type);
  }

  @Override
  public Optional<Path> hostPath(String remote) {
    return remote.startsWith("/") ? Optional.of(Path.of(remote)) : Optional.empty();
  }

  @Override
  public String newWorkDir(String label) {
    try {
      return Files.createTempDirectory(runRoot, safe(label) + "-").toString();
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot create a work directory under " + runRoot + ": " + e,
          "check permissions and free space",
          e);
    }
  }

  static String safe(String label) {
    String s = label == null ? "leg" : label.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.isEmpty() ? "leg" : s;
  }

  @Override
  public Execution start(ExecRequest request) {
    Path dir = request.workDir() == null ? runRoot : Path.of(request.workDir());
    return new LocalExecution(request, dir);
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "LocalBoard[" + name + ", " + runRoot + "]";
  }
}
