package org.hexo.ci.verify;

/**
 * The outcome of one migration test. {@link #ERROR} means the machinery failed (board unreachable,
 * Docker down, a leg timed out, a checkpoint corrupted in transfer), never that the app is wrong.
 */
public enum Verdict {
  PASS,
  FAIL,
  ERROR;

  /** The worse of two verdicts: ERROR over FAIL over PASS. */
  public Verdict worst(Verdict other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
