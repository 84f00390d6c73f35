package org.hexo.ci.matrix;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.hexo.ci.UsageException;
import org.hexo.ci.app.AppDescription;
import org.hexo.ci.migration.Direction;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.migration.Mode;
import org.hexo.ci.migration.Trigger;

/**
 * A regression matrix as written in a matrix file: the axes whose product gives the cells, the
 * exclusions that remove some of them, how often each cell is repeated (timings are compared as
 * medians of the repeats), how long a board may be leased for one cell run, and the known-good cell
 * that health-checks a board before its first use, and the descriptions (args, inputs, verify, ...)
 * the file gives some apps, on top of each app's own {@code hexo-app.yaml}. An app without classes
 * takes the class {@value #NO_CLASS}; the trigger {@value #SUGGESTED_TRIGGER} is each app's own.
 * Also how often a cell whose every run FAILed is run again (a pass on a rerun makes it FLAKY,
 * {@link CellResult#flaky()}), and the migration points axis ({@code first}, {@code middle}, {@code
 * last}, {@code N}, {@code n/N}), whose values become {@code point:} triggers resolved from the
 * reference run.
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
    Cell healthCheck,
    Map<String, AppDescription> descriptions,
    int reruns,
    List<String> points) {

  /**
   * The trigger axis value that takes each app's own suggested trigger (the first {@code triggers}
   * entry of its description).
   */
  public static final String SUGGESTED_TRIGGER = "suggested";

  /** The class axis value of apps without classes. */
  public static final String NO_CLASS = "";

  public MatrixSpec {
    descriptions = descriptions == null ? Map.of() : Map.copyOf(descriptions);
    Objects.requireNonNull(name, "name");
    toolchain = toolchain == null ? Optional.empty() : toolchain;
    apps = nonEmpty("apps", apps);
    classes = nonEmpty("classes", classes);
    modes = nonEmpty("modes", modes);
    directions = nonEmpty("directions", directions);
    points = points == null ? List.of() : List.copyOf(points);
    triggers = withPoints(triggers, points);
    targets = nonEmpty("targets", targets);
    exclude = exclude == null ? List.of() : exclude.stream().map(Map::copyOf).toList();
    modes.forEach(Mode::parse);
    directions.forEach(Direction::parse);
    triggers.stream().filter(t -> !t.equals(SUGGESTED_TRIGGER)).forEach(Trigger::parse);
    classes.forEach(MatrixSpec::appClass);
    exclude.forEach(MatrixSpec::checkVocabulary);
    if (repeat < 1) {
      throw new UsageException("repeat must be >= 1, got " + repeat, "set repeat: 3");
    }
    if (reruns < 0) {
      throw new UsageException("reruns must be >= 0, got " + reruns, "set reruns: 1");
    }
    Objects.requireNonNull(leaseTimeout, "leaseTimeout");
    Objects.requireNonNull(healthCheck, "healthCheck");
    checkVocabulary(healthCheck.axes());
  }

  /** This matrix reduced to the one cell {@code c} (same repeat, lease and health check). */
  public MatrixSpec only(Cell c) {
    return new MatrixSpec(
        name,
        toolchain,
        List.of(c.app()),
        List.of(c.appClass()),
        List.of(c.mode()),
        List.of(c.direction()),
        List.of(c.trigger()),
        List.of(c.target()),
        List.of(),
        repeat,
        leaseTimeout,
        healthCheck,
        descriptions,
        reruns,
        List.of());
  }

  /** The cell whose {@link Cell#id()} is {@code id}; a usage error naming the ids otherwise. */
  public Cell cell(String id) {
    List<Cell> all = cells();
    return all.stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new UsageException(
                    "matrix " + name + " has no cell '" + id + "'",
                    "use an id of `hexo-ci matrix plan FILE --json`, e.g. " + all.get(0).id()));
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

  /** The triggers axis with one {@code point:P} trigger per value of the points axis. */
  private static List<String> withPoints(List<String> triggers, List<String> points) {
    List<String> all = new ArrayList<>(triggers == null ? List.of() : triggers);
    points.forEach(p -> all.add(Trigger.Kind.POINT.id() + ":" + p));
    return nonEmpty("triggers (or points)", all);
  }

  private static List<String> nonEmpty(String axis, List<String> values) {
    if (values == null || values.isEmpty()) {
      throw new UsageException(
          "matrix axis '" + axis + "' is empty", "give at least one value for " + axis);
    }
    return List.copyOf(values);
  }

  /**
   * Parses the values of a cell or an exclusion the way a migration will, so a typo is a usage
   * error when the file is read rather than an ERROR when a cell runs.
   */
  private static void checkVocabulary(Map<String, String> cell) {
    Optional.ofNullable(cell.get("mode")).ifPresent(Mode::parse);
    Optional.ofNullable(cell.get("direction")).ifPresent(Direction::parse);
    Optional.ofNullable(cell.get("trigger"))
        .filter(t -> !t.equals(SUGGESTED_TRIGGER))
        .ifPresent(Trigger::parse);
    Optional.ofNullable(cell.get("class")).ifPresent(MatrixSpec::appClass);
  }

  private static void appClass(String value) {
    if (!value.equals(NO_CLASS) && !MigrationSpec.CLASSES.contains(value)) {
      throw new UsageException(
          "unknown class '" + value + "'",
          "use one of " + String.join(", ", new TreeSet<>(MigrationSpec.CLASSES)));
    }
  }
}
