package org.hexo.ci.migration;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.Executor;

/**
 * The directory of one run, {@code <report dir>/<test name>[-N]}, and everything the run leaves
 * behind: each leg's {@code <role>.stdout}, {@code <role>.stderr} and {@code <role>.status}, the
 * host copy {@code checkpoint-<hop>/} of each transfer, and the legs' work directories on the
 * boards. {@link #discardCheckpoints()} removes the copies and the work directories after a pass.
 * Created once per run; thread-safe.
 */
final class RunDirectory {
  private static final Duration CLEANUP_TIMEOUT = Duration.ofMinutes(2);

  /** The sub-directory keeping the programs of a run that did not pass. */
  public static final String PROGRAMS = "programs";

  private final Path path;
  private final List<WorkDir> workDirs = new ArrayList<>();

  private record WorkDir(Board board, String dir) {}

  private RunDirectory(Path path) {
    this.path = path;
  }

  /** Creates a fresh run directory for {@code testName} under {@code reportDir}. */
  public static RunDirectory create(Path reportDir, String testName) {
    try {
      Files.createDirectories(reportDir);
      for (int i = 1; ; i++) {
        Path dir = reportDir.resolve(testName + (i == 1 ? "" : "-" + i));
        try {
          return new RunDirectory(Files.createDirectory(dir));
        } catch (FileAlreadyExistsException e) {
          // taken by an earlier or concurrent run: try the next suffix
        }
      }
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot create a run directory under " + reportDir + ": " + e.getMessage(),
          "pass a writable --report directory",
          e);
    }
  }

  public Path path() {
    return path;
  }

  /** The run's unique name: the directory's. */
  public String testName() {
    return path.getFileName().toString();
  }

  /** A fresh work directory for leg {@code role} on {@code board}, removed by cleanup. */
  String newWorkDir(Board board, String role) {
    String dir = board.newWorkDir(testName() + "-" + role);
    synchronized (workDirs) {
      workDirs.add(new WorkDir(board, dir));
    }
    return dir;
  }

  /** Writes a finished leg's output next to the other logs. */
  void writeLogs(LegResult leg) {
    try {
      Files.writeString(path.resolve(leg.role() + ".stdout"), leg.stdout());
      Files.writeString(path.resolve(leg.role() + ".stderr"), leg.stderr());
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot write logs to " + path + ": " + e.getMessage(), "free disk space", e);
    }
  }

  /** Copies the runtime's {@code .status} of a leg here and returns where it is (or would be). */
  Path fetchStatus(LegPlan leg) {
    Path file = path.resolve(leg.role() + ".status");
    CheckpointMover.fetchStatus(leg.board(), leg.workDir(), file);
    return file;
  }

  /** The empty host directory that keeps the checkpoint of hop {@code hop} (1-based). */
  Path checkpointCopy(int hop) {
    Path dir = path.resolve(CheckpointFiles.HOST_COPY_PREFIX + hop);
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InfrastructureException("cannot create " + dir + ": " + e, "free disk space", e);
    }
  }

  /**
   * After a run that did not pass: keeps the four programs it ran in {@code programs/}, so {@code
   * hexo-ci replay} can run the destination again from the kept checkpoint.
   */
  void keepPrograms(MigrationArtifacts artifacts) {
    Path keep = path.resolve(PROGRAMS);
    try {
      Files.createDirectories(keep);
      for (Path p : artifacts.files()) {
        Files.copy(p, keep.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // only a later replay needs them, and it says what is missing; the run's verdict stands
    }
  }

  /** After a pass: drops the host copies of the checkpoint and the boards' work directories. */
  public void discardCheckpoints() {
    try (Stream<Path> s = Files.list(path)) {
      for (Path p : s.filter(RunDirectory::isCheckpointCopy).toList()) {
        deleteTree(p);
      }
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot remove the checkpoint copies in " + path + ": " + e, "check permissions", e);
    }
    List<WorkDir> made;
    synchronized (workDirs) {
      made = List.copyOf(workDirs);
    }
    for (WorkDir w : made) {
      try {
        w.board()
            .require(Executor.class)
            .run(ExecRequest.of(List.of("rm", "-rf", w.dir()), w.dir(), CLEANUP_TIMEOUT));
      } catch (RuntimeException e) {
        // leftovers on a board are harmless; the pass stands
      }
    }
  }

  private static boolean isCheckpointCopy(Path p) {
    return p.getFileName().toString().startsWith(CheckpointFiles.HOST_COPY_PREFIX);
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }
}
