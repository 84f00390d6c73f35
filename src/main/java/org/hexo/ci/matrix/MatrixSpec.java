package org.hexo.ci.matrix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexo.ci.UsageException;

/**
 * A regression matrix as written in a matrix file: the axes whose product gives the cells, the
 * exclusions that remove some of them, how often each cell is repeated (timings are compared as
 * medians of the repeats), how long a board may be leased for one cell run, and the known-good cell
 * that health-checks a board before its first use.
 */
public record MatrixSpec(
    String name,
    Optional<String> toolchain,
    List<String> apps,
    List<String> classes,
    List<String> modes,
    List<String> directions,
    List<String> triggers,
    List<String> targets,
    List<Map<String, String>> exclude,
    int repeat,
    Duration leaseTimeout,
    Cell healthCheck) {

  public static final List<String> MODES = List.of("cr", "postcopy");
  public static final List<String> DIRECTIONS = List.of("x86-to-arm", "arm-to-x86", "round-trip");

  public MatrixSpec {
    Objects.requireNonNull(name, "name");
    toolchain = toolchain == null ? Optional.empty() : toolchain;
    apps = nonEmpty("apps", apps);
    classes = nonEmpty("classes", classes);
    modes = nonEmpty("modes", modes);
    directions = nonEmpty("directions", directions);
    triggers = nonEmpty("triggers", triggers);
    targets = nonEmpty("targets", targets);
    exclude = exclude == null ? List.of() : exclude.stream().map(Map::copyOf).toList();
    for (String m : modes) {
      oneOf("mode", m, MODES);
    }
    for (String d : directions) {
      oneOf("direction", d, DIRECTIONS);
    }
    if (repeat < 1) {
      throw new UsageException("repeat must be >= 1, got " + repeat, "set repeat: 3");
    }
    Objects.requireNonNull(leaseTimeout, "leaseTimeout");
    Objects.requireNonNull(healthCheck, "healthCheck");
  }

  /** The cells: the product of the axes, in axis order, less the excluded ones. */
  public List<Cell> cells() {
    List<Cell> out = new ArrayList<>();
    for (String app : apps) {
      for (String c : classes) {
        for (String mode : modes) {
          for (String dir : directions) {
            for (String trig : triggers) {
              for (String target : targets) {
                Cell cell = new Cell(app, c, mode, dir, trig, target);
                if (exclude.stream().noneMatch(cell::matches)) {
                  out.add(cell);
                }
              }
            }
          }
        }
      }
    }
    return out;
  }

  private static List<String> nonEmpty(String axis, List<String> values) {
    if (values == null || values.isEmpty()) {
      throw new UsageException(
          "matrix axis '" + axis + "' is empty", "give at least one value for " + axis);
    }
    return List.copyOf(values);
  }

  private static void oneOf(String what, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw new UsageException(
          "unknown " + what + " '" + value + "'", "use one of " + String.join(", ", allowed));
    }
  }
}
