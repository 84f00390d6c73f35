package org.hexo.ci.cli;

import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.hexo.ci.verify.Verdict;
import picocli.CommandLine;

/** The one place where outcomes become process exit codes. */
public enum ExitCode {
  PASSED(0),
  TESTS_FAILED(1),
  USAGE(2),
  INFRASTRUCTURE(3),
  INTERNAL(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  /** Maps an exception escaping a command to its exit code. */
  public static ExitCode of(Throwable t) {
    if (t instanceof UsageException || t instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    if (t instanceof InfrastructureException) {
      return INFRASTRUCTURE;
    }
    return INTERNAL;
  }

  /** Maps a test's or a matrix's verdict: PASS 0, FAIL 1, ERROR (infrastructure) 3. */
  public static ExitCode of(Verdict verdict) {
    return switch (verdict) {
      case PASS -> PASSED;
      case FAIL -> TESTS_FAILED;
      case ERROR -> INFRASTRUCTURE;
    };
  }
}
