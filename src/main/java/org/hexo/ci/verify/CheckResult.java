package org.hexo.ci.verify;

import java.util.List;
import java.util.Objects;

/**
 * The result of one {@link Check}: what was expected, what was observed and a hint for the person
 * reading the report, so a report can show the problem without re-running anything.
 *
 * @param name short identifier of the check, e.g. {@code output-matches-reference}
 * @param passed whether the check held
 * @param expected what the check expected, rendered as text
 * @param actual what it observed (for output comparisons: a unified diff when they differ)
 * @param hint what to look at or do when it failed; empty when it passed
 * @param infrastructure true when a failure means broken machinery (a corrupted transfer), so the
 *     verdict is ERROR rather than FAIL
 * @param parts the results a composite check ({@link Checks#allOf}) is made of; empty otherwise
 */
public record CheckResult(
    String name,
    boolean passed,
    String expected,
    String actual,
    String hint,
    boolean infrastructure,
    List<CheckResult> parts) {

  public CheckResult {
    Objects.requireNonNull(name, "name");
    expected = expected == null ? "" : expected;
    actual = actual == null ? "" : actual;
    hint = hint == null ? "" : hint;
    parts = List.copyOf(parts == null ? List.of() : parts);
  }

  public static CheckResult pass(String name, String expected, String actual) {
    return new CheckResult(name, true, expected, actual, "", false, List.of());
  }

  public static CheckResult fail(String name, String expected, String actual, String hint) {
    return new CheckResult(name, false, expected, actual, hint, false, List.of());
  }

  /** A failure that means the infrastructure is broken (verdict ERROR). */
  public static CheckResult broken(String name, String expected, String actual, String hint) {
    return new CheckResult(name, false, expected, actual, hint, true, List.of());
  }

  /** The verdict this result alone implies. */
  public Verdict verdict() {
    if (passed) {
      return Verdict.PASS;
    }
    Verdict v = infrastructure ? Verdict.ERROR : Verdict.FAIL;
    for (CheckResult p : parts) {
      v = v.worst(p.verdict());
    }
    return v;
  }

  /** This result and, recursively, its parts, depth first. */
  public List<CheckResult> flatten() {
    if (parts.isEmpty()) {
      return List.of(this);
    }
    return parts.stream().flatMap(p -> p.flatten().stream()).toList();
  }
}
