package org.hexo.ci.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.hexo.ci.UsageException;

/**
 * Turns program output into the lines that must be equal between a reference and a migrated run:
 * drops runtime marker lines (uhyve's and hexo-lite's own messages, which only a migrated run
 * prints) and blanks the lines that legitimately differ between runs (timings, rates, dates).
 *
 * @param markers lines matching any of these regexes are removed
 * @param volatileLines lines matching any of these are replaced by their regex's label, so the line
 *     is still required to exist but not to be equal
 */
public record Normalizer(List<Pattern> markers, List<Pattern> volatileLines) {

  /** The runtime's own lines, printed by uhyve/hexo-lite around a migration. */
  public static final List<String> DEFAULT_MARKERS =
      List.of(
          "^Uhyve: .*",
          "^Remote page server listen+ing on port .*",
          "^Client connected!.*",
          "^Client exited.*",
          "^Closing Server.*",
          "^Full remote memory served.*",
          "^\\[hexo-lite\\].*",
          "^\\[MIGRATION\\].*");

  /** NPB lines that differ between any two runs, migrated or not. */
  public static final List<String> DEFAULT_VOLATILE =
      List.of(
          "^\\s*Time in seconds\\s*=.*",
          "^\\s*Mop/s total\\s*=.*",
          "^\\s*Mop/s/thread\\s*=.*",
          "^\\s*Compile date\\s*=.*",
          "^\\s*CPU Time\\s*=.*");

  public Normalizer {
    markers = List.copyOf(markers);
    volatileLines = List.copyOf(volatileLines);
  }

  public static Normalizer defaults() {
    return of(DEFAULT_MARKERS, DEFAULT_VOLATILE);
  }

  /**
   * Compiles the rules.
   *
   * @throws UsageException naming the rule when a regex does not compile
   */
  public static Normalizer of(List<String> markers, List<String> volatileLines) {
    return new Normalizer(compile(markers), compile(volatileLines));
  }

  /** The default markers with the given volatile-line rules (e.g. from a spec). */
  public static Normalizer withVolatileLines(List<String> volatileLines) {
    return of(DEFAULT_MARKERS, volatileLines);
  }

  private static List<Pattern> compile(List<String> regexes) {
    List<Pattern> out = new ArrayList<>();
    for (String r : regexes) {
      Objects.requireNonNull(r, "rule");
      try {
        out.add(Pattern.compile(r));
      } catch (PatternSyntaxException e) {
        throw new UsageException(
            "normalisation rule '" + r + "' is not a valid regex: " + e.getDescription(),
            "write a Java regular expression, e.g. ^\\s*Time in seconds\\s*=.*");
      }
    }
    return out;
  }

  /** True for a runtime marker line. */
  public boolean isMarker(String line) {
    return markers.stream().anyMatch(p -> p.matcher(line).find());
  }

  /** The normalised lines of {@code output}. */
  public List<String> normalize(String output) {
    List<String> out = new ArrayList<>();
    for (String line : Lines.split(output)) {
      if (isMarker(line)) {
        continue;
      }
      out.add(blankVolatile(line));
    }
    return out;
  }

  private String blankVolatile(String line) {
    for (Pattern p : volatileLines) {
      if (p.matcher(line).find()) {
        return "<normalised: " + p.pattern() + ">";
      }
    }
    return line;
  }
}
