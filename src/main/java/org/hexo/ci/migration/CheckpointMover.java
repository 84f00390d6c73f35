package org.hexo.ci.migration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.FileTransfer;
import org.hexo.ci.board.HostPaths;

/**
 * Moves a checkpoint between two boards through the host: checksums (sha256) the files on the
 * sending board while it fetches them, puts them into the receiving leg's directory and checksums
 * them there. Which files move is {@link CheckpointFiles}' call. A board whose files this host sees
 * ({@link HostPaths}) has its leg directory listed and checksummed here ({@link HostCheckpoint})
 * instead of by {@code sha256sum} on the board.
 */
final class CheckpointMover {
  private static final String LIST_SCRIPT =
      CheckpointFiles.forEachFile("printf '%s ' \"$(wc -c < \"$f\")\" && sha256sum \"$f\"");
  private static final String NAMES_SCRIPT = CheckpointFiles.forEachFile("printf '%s\\n' \"$f\"");
  private static final Pattern LINE = Pattern.compile("^\\s*(\\d+) ([0-9a-f]{64})\\s+\\*?(.+)$");

  /** Size and sha256 of one file on a board. */
  public record Sum(long bytes, String sha256) {}

  private CheckpointMover() {}

  /** The checkpoint files in {@code dir} on {@code board}, by name. */
  public static Map<String, Sum> list(Board board, String dir, Duration timeout) {
    Optional<Path> host = hostDir(board, dir);
    if (host.isPresent()) {
      return HostCheckpoint.list(host.get());
    }
    ExecResult r =
        board
            .require(Executor.class)
            .run(ExecRequest.of(List.of("sh", "-c", LIST_SCRIPT), dir, timeout));
    if (r.exitCode() != 0) {
      throw new InfrastructureException(
          "could not checksum the checkpoint in "
              + dir
              + " on board "
              + board.name()
              + ": "
              + r.stderr().strip(),
          "the board needs a POSIX sh, wc and sha256sum (coreutils or busybox)");
    }
    Map<String, Sum> out = new TreeMap<>();
    for (String line : r.stdout().split("\n")) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        out.put(m.group(3).trim(), new Sum(Long.parseLong(m.group(1)), m.group(2)));
      }
    }
    return out;
  }

  /**
   * Moves the checkpoint of mode {@code mode} from {@code fromDir} to {@code toDir}, keeping a copy
   * in {@code hostDir}.
   */
  public static TransferResult move(
      String label,
      Board from,
      String fromDir,
      Board to,
      String toDir,
      Path hostDir,
      Mode mode,
      TransferHook hook,
      Duration timeout) {
    // The sending board checksums while the files travel: both only read them.
    CompletableFuture<Map<String, Sum>> sums =
        Background.start("hexo-ci-checksum-" + label, () -> list(from, fromDir, timeout));
    List<String> names =
        names(from, fromDir, timeout).stream().filter(n -> CheckpointFiles.moved(mode, n)).toList();
    FileTransfer src = from.require(FileTransfer.class);
    FileTransfer dst = to.require(FileTransfer.class);
    try {
      for (String name : names) {
        Path local = hostDir.resolve(name);
        src.get(fromDir + "/" + name, local);
        hook.fetched(local);
        dst.put(local, toDir + "/" + name);
      }
    } finally {
      Background.settle(sums);
    }
    Map<String, Sum> before = new TreeMap<>(Background.join(sums));
    before.keySet().retainAll(names);
    Map<String, Sum> after = before.isEmpty() ? Map.of() : list(to, toDir, timeout);
    List<CheckpointFile> files = new ArrayList<>();
    before.forEach(
        (name, sum) -> {
          Sum a = after.get(name);
          files.add(
              new CheckpointFile(name, sum.bytes(), sum.sha256(), a == null ? "" : a.sha256()));
        });
    return new TransferResult(label, from.name(), to.name(), files);
  }

  private static List<String> names(Board board, String dir, Duration timeout) {
    Optional<Path> host = hostDir(board, dir);
    if (host.isPresent()) {
      return HostCheckpoint.names(host.get());
    }
    ExecResult r =
        board
            .require(Executor.class)
            .run(ExecRequest.of(List.of("sh", "-c", NAMES_SCRIPT), dir, timeout));
    if (r.exitCode() != 0) {
      throw new InfrastructureException(
          "could not list the checkpoint in "
              + dir
              + " on board "
              + board.name()
              + ": "
              + r.stderr().strip(),
          "the board needs a POSIX sh");
    }
    return r.stdout().lines().filter(l -> !l.isBlank()).sorted().toList();
  }

  private static Optional<Path> hostDir(Board board, String dir) {
    return board.protocol(HostPaths.class).flatMap(h -> h.hostPath(dir));
  }

  /** Copies {@code .status} of a leg to the host, when the leg wrote one. */
  public static void fetchStatus(Board board, String dir, Path hostFile) {
    try {
      board.require(FileTransfer.class).get(dir + "/.status", hostFile);
    } catch (InfrastructureException e) {
      // a leg that never reached the runtime writes no .status; the report says so by its absence
    }
  }
}
