package org.hexo.ci.board.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.docker.SessionLabels;

/**
 * The host directory a container board keeps its work directories in, bind-mounted into the
 * container at the same absolute path, so a path under it names the same file on the host and on
 * the board. Lifecycle: {@link #create} makes it for one board of one session; the board deletes it
 * when it closes, {@link ContainerBoard#reap} when the session was killed.
 */
final class WorkRoot {
  private final Path dir;
  private final Path real;

  private WorkRoot(Path dir) throws IOException {
    this.dir = dir;
    this.real = dir.toRealPath();
  }

  /** Creates {@code <parent>/<board>-<session>/} (only its owner may enter). */
  static WorkRoot create(Path parent, String board) {
    Path dir = parent.toAbsolutePath().normalize().resolve(board + "-" + SessionLabels.sessionId());
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      return new WorkRoot(dir);
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot create the board work directory " + dir + ": " + e,
          "choose a writable --report directory or free disk space",
          e);
    }
  }

  /** The directory, the same path on the host and in the container. */
  Path dir() {
    return dir;
  }

  /** A fresh directory for one leg. */
  Path newLegDir(String label) throws IOException {
    return Files.createTempDirectory(dir, label + "-");
  }

  /**
   * The host path of a board path under this root; empty for paths elsewhere on the board, and for
   * paths that lead out of the root through a symbolic link a leg made (they name a different file
   * on the host than in the container).
   */
  Optional<Path> hostPath(String remote) {
    if (remote == null || !remote.startsWith("/")) {
      return Optional.empty();
    }
    Path p = Path.of(remote).normalize();
    if (!p.startsWith(dir)) {
      return Optional.empty();
    }
    Path existing = p;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    try {
      return existing != null && existing.toRealPath().startsWith(real)
          ? Optional.of(p)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The work root a board container's labels name, when it is one a board of that session made
   * ({@code .../<board>-<session>}); a label never leads the reaper to delete anything else.
   */
  static Optional<Path> ofLabels(Map<String, String> labels) {
    String root = labels.get(ContainerBoard.WORK_ROOT_LABEL);
    String session = labels.get(SessionLabels.SESSION);
    if (root == null || session == null || session.isEmpty() || !root.startsWith("/")) {
      return Optional.empty();
    }
    Path p = Path.of(root).normalize();
    boolean ours = p.getFileName() != null && p.getFileName().toString().endsWith("-" + session);
    return ours ? Optional.of(p) : Optional.empty();
  }

  /** Deletes the root and everything in it; false when something could not be deleted. */
  static boolean delete(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      boolean all = true;
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          all = false;
        }
      }
      return all;
    } catch (NoSuchFileException e) {
      return true;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }
}
