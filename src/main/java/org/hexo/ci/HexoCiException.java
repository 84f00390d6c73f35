package org.hexo.ci;

/**
 * Base of every error hexo-ci reports on purpose. Each one says what failed, what was observed and
 * what to do about it; {@link org.hexo.ci.cli.ExitCode#of(Throwable)} maps the subtype to the
 * process exit code.
 */
public abstract class HexoCiException extends RuntimeException {
  private final String remedy;

  protected HexoCiException(String message, String remedy, Throwable cause) {
    super(message, cause);
    this.remedy = remedy == null ? "" : remedy;
  }

  /** What the user can do about it; empty when nothing useful can be said. */
  public String remedy() {
    return remedy;
  }

  /** The message followed by the remedy, as printed by the CLI. */
  public String describe() {
    return remedy.isEmpty() ? getMessage() : getMessage() + "\n  remedy: " + remedy;
  }
}
