package org.hexo.ci.migration;

import java.time.Duration;
import org.hexo.ci.board.ResourceUsage;
import org.hexo.ci.verify.RunEvidence;

/**
 * One program run of a migration test.
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
    ResourceUsage usage) {

  public RunEvidence.Leg evidence() {
    return new RunEvidence.Leg(role, board, stdout, stderr, exitCode, timedOut);
  }
}
