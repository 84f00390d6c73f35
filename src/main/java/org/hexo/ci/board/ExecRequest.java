package org.hexo.ci.board;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One program to run on a board: argv (never a shell string; quoting happens once, at the SSH
 * boundary), a working directory on the board, extra environment, a time limit, and an optional
 * listener that sees each stdout line as it arrives.
 */
public record ExecRequest(
    List<String> argv,
    String workDir,
    Map<String, String> env,
    Duration timeout,
    Consumer<String> onStdoutLine) {

  public ExecRequest {
    Objects.requireNonNull(argv, "argv");
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("argv must not be empty");
    }
    argv = List.copyOf(argv);
    env = Map.copyOf(env == null ? Map.of() : env);
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    onStdoutLine = onStdoutLine == null ? line -> {} : onStdoutLine;
  }

  public static ExecRequest of(List<String> argv, String workDir, Duration timeout) {
    return new ExecRequest(argv, workDir, Map.of(), timeout, null);
  }

  public ExecRequest withEnv(Map<String, String> extra) {
    return new ExecRequest(argv, workDir, extra, timeout, onStdoutLine);
  }

  public ExecRequest withStdoutListener(Consumer<String> listener) {
    return new ExecRequest(argv, workDir, env, timeout, listener);
  }
}
