package org.hexo.ci.board;

import java.time.Duration;
import java.util.Objects;

/**
 * What running a program on any board returned: the same record for local, container, SSH and VM
 * execution.
 *
 * @param exitCode the exit status, or -1 when the process was killed at its timeout
 * @param stdout everything it wrote to stdout
 * @param stderr everything it wrote to stderr
 * @param elapsed wall time from start to exit
 * @param timedOut true when the time limit expired and the process was killed
 * @param usage resource usage of the process when the driver can measure it
 */
public record ExecResult(
    int exitCode,
    String stdout,
    String stderr,
    Duration elapsed,
    boolean timedOut,
    ResourceUsage usage) {

  public ExecResult {
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    Objects.requireNonNull(elapsed, "elapsed");
    usage = usage == null ? ResourceUsage.UNKNOWN : usage;
  }

  public boolean succeeded() {
    return !timedOut && exitCode == 0;
  }
}
