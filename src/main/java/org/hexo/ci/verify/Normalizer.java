package org.hexo.ci.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.hexo.ci.UsageException;

/**
 * Turns program output into the lines that must be equal between a reference and a migrated run:
 * drops runtime marker lines (uhyve's and hexo-lite's own messages, which only a migrated run
 * prints) and masks the numbers of the lines that legitimately differ between runs (timings, rates,
 * dates): such a line must still be there and equal in everything but its numeric fields.
 *
 * <p>A volatile-line rule is a regex a line must contain; a rule written {@code table:REGEX}
 * selects the line it matches (a table's header) and every line after it up to the next blank line
 * (the table's rows). On a selected line every number becomes {@code <n>} and runs of blanks become
 * one space, since a right-aligned number of another width moves its padding.
 *
 * @param markers lines matching any of these regexes are removed
 * @param volatileLines the volatile-line rules, in the order they are tried
 */
public record Normalizer(List<Pattern> markers, List<Pattern> volatileLines) {

  /** The prefix of a rule that selects a table: the matching line and the lines up to a blank. */
  public static final String TABLE_PREFIX = "table:";

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

  /** Benchmark lines that differ between any two runs, migrated or not. */
  public static final List<String> DEFAULT_VOLATILE =
      List.of(
          "^\\s*Time in seconds\\s*=",
          "^\\s*Initialization time\\s*=",
          "Mop/s",
          "^\\s*Compile date\\s*=",
          "^\\s*CPU Time\\s*=",
          "(?i)\\btime\\s*:",
          TABLE_PREFIX + "\\b(KFLOPS|MFLOPS|GFLOPS|MWIPS|MB/s|Rate)\\b",
          "\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}:\\d{2}\\b"
              + "|\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? +\\d{1,2}\\b"
              + "|\\b\\d{1,2} +(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* +\\d{4}\\b");

  /** What a masked number becomes. */
  public static final String NUMBER_MASK = "<n>";

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

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
            "write a Java regular expression, e.g. ^\\s*Time in seconds\\s*=");
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
    return walk(output, (rule, line) -> {});
  }

  /**
   * Which lines of {@code output} each rule masked, as printed: rule (as written) to lines, in rule
   * order, only rules that masked something.
   */
  public Map<String, List<String>> masked(String output) {
    Map<String, List<String>> byRule = new LinkedHashMap<>();
    walk(output, (rule, line) -> byRule.computeIfAbsent(rule, k -> new ArrayList<>()).add(line));
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    for (Pattern p : volatileLines) {
      if (byRule.containsKey(p.pattern())) {
        ordered.put(p.pattern(), byRule.get(p.pattern()));
      }
    }
    return ordered;
  }

  /** {@code line} with its numbers masked and its blanks collapsed. */
  public static String maskNumbers(String line) {
    return NUMBER.matcher(line).replaceAll(NUMBER_MASK).replaceAll("\\s+", " ").strip();
  }

  private List<String> walk(String output, BiConsumer<String, String> onMasked) {
    List<String> out = new ArrayList<>();
    String table = null;
    for (String line : Lines.split(output)) {
      if (isMarker(line)) {
        continue;
      }
      if (line.isBlank()) {
        table = null;
        out.add(line);
        continue;
      }
      String rule = table != null ? table : ruleFor(line);
      if (rule == null) {
        out.add(line);
        continue;
      }
      if (rule.startsWith(TABLE_PREFIX)) {
        table = rule;
      }
      onMasked.accept(rule, line);
      out.add(maskNumbers(line));
    }
    return out;
  }

  private String ruleFor(String line) {
    for (Pattern p : volatileLines) {
      String r = p.pattern();
      Pattern match = r.startsWith(TABLE_PREFIX) ? tableHeader(p) : p;
      if (match.matcher(line).find()) {
        return r;
      }
    }
    return null;
  }

  private static Pattern tableHeader(Pattern rule) {
    return Pattern.compile(rule.pattern().substring(TABLE_PREFIX.length()));
  }
}
