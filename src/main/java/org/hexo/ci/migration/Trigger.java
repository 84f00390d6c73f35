package org.hexo.ci.migration;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.hexo.ci.UsageException;

/**
 * What makes the source leg migrate.
 *
 * <ul>
 *   <li>{@code timer:SECONDS}: the runtime's own timer ({@code HERMIT_MIGTEST}, HEXO's MIGTEST);
 *   <li>{@code signal:SECONDS}: hexo-ci sends SIGUSR1 that long after the leg started;
 *   <li>{@code output:REGEX}: hexo-ci sends SIGUSR1 when a line of the leg's stdout matches, so the
 *       migration point is deterministic;
 *   <li>{@code point:P}: the P-th migration point the program passes, P being {@code first}, {@code
 *       middle}, {@code last}, a number {@code N} or a fraction {@code n/N} of the points the
 *       reference run passed ({@link #resolve}); hexo-lite migrates there itself ({@code
 *       HERMIT_MIGRATE_AT_POINT}).
 * </ul>
 *
 * @param kind the kind
 * @param value seconds for timer and signal, the regex for output
 */
public record Trigger(Kind kind, String value) {
  private static final String VALID =
      "timer:SECONDS, signal:SECONDS, output:REGEX or point:first|middle|last|N|n/N";
  private static final Pattern POINT =
      Pattern.compile("first|middle|last|[1-9][0-9]*|([0-9]+)/([1-9][0-9]*)");

  public enum Kind {
    TIMER,
    SIGNAL,
    OUTPUT,
    POINT;

    public String id() {
      return name().toLowerCase();
    }
  }

  public Trigger {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (kind == Kind.POINT) {
      var m = POINT.matcher(value);
      if (!m.matches()
          || (m.group(1) != null && Long.parseLong(m.group(1)) > Long.parseLong(m.group(2)))) {
        throw new UsageException(
            "trigger point:" + value + " names no migration point",
            "write point:first, point:middle, point:last, point:N (N >= 1) or point:n/N (n <= N)");
      }
    } else if (kind == Kind.OUTPUT) {
      try {
        Pattern.compile(value);
      } catch (PatternSyntaxException e) {
        throw new UsageException(
            "trigger regex '" + value + "' does not compile: " + e.getDescription(),
            "write a Java regex, e.g. output:^\\s*5$");
      }
    } else {
      long s;
      try {
        s = Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new UsageException(
            "trigger " + kind.id() + ":" + value + " needs a whole number of seconds",
            "write e.g. " + kind.id() + ":5");
      }
      if (s < 1) {
        throw new UsageException(
            "trigger " + kind.id() + ":" + value + " must be at least 1 second",
            "write e.g. " + kind.id() + ":5 (0 would disable migration)");
      }
    }
  }

  /** Parses {@code KIND:VALUE}; bad input is a usage error naming it and the valid forms. */
  public static Trigger parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon < 0) {
      throw new UsageException("unknown trigger '" + text + "'", "use " + VALID);
    }
    String k = text.substring(0, colon);
    for (Kind kind : Kind.values()) {
      if (kind.id().equals(k)) {
        return new Trigger(kind, text.substring(colon + 1));
      }
    }
    throw new UsageException("unknown trigger kind '" + k + "' in '" + text + "'", "use " + VALID);
  }

  public Duration delay() {
    if (kind == Kind.OUTPUT || kind == Kind.POINT) {
      throw new IllegalStateException("an output trigger has no delay");
    }
    return Duration.ofSeconds(Long.parseLong(value));
  }

  public Pattern pattern() {
    if (kind != Kind.OUTPUT) {
      throw new IllegalStateException("only an output trigger has a pattern");
    }
    return Pattern.compile(value);
  }

  /**
   * The trigger of the return hop of a round trip: the same for timer and signal; for output, the
   * resumed leg's first non-blank line (the original line will not be printed again).
   */
  public Trigger forReturnHop() {
    return switch (kind) {
      case OUTPUT -> new Trigger(Kind.OUTPUT, "\\S");
      case POINT -> new Trigger(Kind.POINT, "1");
      default -> this;
    };
  }

  /**
   * A point trigger made absolute: the number of the migration point {@code first}, {@code middle},
   * {@code last} or {@code n/N} names among the {@code count} the reference run passed (at least
   * 1). A number stays as it is.
   */
  public Trigger resolve(int count) {
    if (kind != Kind.POINT) {
      throw new IllegalStateException("only a point trigger resolves");
    }
    int n = Math.max(count, 1);
    var m = POINT.matcher(value);
    m.matches();
    long at =
        switch (value) {
          case "first" -> 1;
          case "middle" -> (n + 1) / 2;
          case "last" -> n;
          default ->
              m.group(1) == null
                  ? Long.parseLong(value)
                  : Math.max(
                      1,
                      Math.round(
                          (double) n * Long.parseLong(m.group(1)) / Long.parseLong(m.group(2))));
        };
    return new Trigger(Kind.POINT, Long.toString(at));
  }

  /** The migration point's number, for a resolved point trigger; empty otherwise. */
  public java.util.OptionalInt point() {
    return kind == Kind.POINT && value.matches("[0-9]+")
        ? java.util.OptionalInt.of(Integer.parseInt(value))
        : java.util.OptionalInt.empty();
  }

  @Override
  public String toString() {
    return kind.id() + ":" + value;
  }
}
