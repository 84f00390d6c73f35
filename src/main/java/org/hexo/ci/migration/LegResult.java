package org.hexo.ci.migration;

import java.time.Duration;
import java.util.Objects;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.ResourceUsage;
import org.hexo.ci.verify.RunEvidence;

/**
 * One program run of a migration test: the one record of a leg, read by the checks (as {@link
 * RunEvidence.Leg}), the reports and the result.
 *
 * @param role {@code reference}, {@code source}, {@code relay} (round trip) or {@code destination}
 * @param board the board's inventory name
 * @param boardKind its driver kind
 * @param arch its ISA
 * @param workDir the working directory on the board
 * @param stdout everything it printed
 * @param stderr everything it printed on stderr
 * @param exitCode its exit status (-1 when killed)
 * @param timedOut whether it was killed at the time limit
 * @param elapsed wall time
 * @param usage resource usage when the driver measured it
 */
public record LegResult(
    String role,
    String board,
    String boardKind,
    String arch,
    String workDir,
    String stdout,
    String stderr,
    int exitCode,
    boolean timedOut,
    Duration elapsed,
    ResourceUsage usage)
    implements RunEvidence.Leg {

  public LegResult {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(board, "board");
    stdout = stdout == null ? "" : stdout;
    stderr = stderr == null ? "" : stderr;
    usage = usage == null ? ResourceUsage.UNKNOWN : usage;
  }

  /** The leg {@code role} that ran in {@code workDir} on {@code board} and ended as {@code r}. */
  public static LegResult of(String role, Board board, String workDir, ExecResult r) {
    return new LegResult(
        role,
        board.name(),
        board.kind(),
        board.arch(),
        workDir,
        r.stdout(),
        r.stderr(),
        r.exitCode(),
        r.timedOut(),
        r.elapsed(),
        r.usage());
  }
}
