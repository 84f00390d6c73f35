package org.hexo.ci.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hexo.ci.app.AppClasses;
import org.hexo.ci.matrix.Cell;
import org.hexo.ci.matrix.MatrixBoard;
import org.hexo.ci.matrix.MatrixPlan;
import org.hexo.ci.matrix.MatrixSpec;

/**
 * Builds every app and class a matrix needs before any board is leased, so that no build runs under
 * a lease: the runnable cells' and the health check's.
 */
public final class MatrixPrebuild {
  private MatrixPrebuild() {}

  /**
   * Builds what the cells of {@code spec} that some board of {@code boards} serves, and its health
   * check, need. Each app and class that does not build is reported on {@code progress}.
   *
   * @return why boards cannot be health-checked (the health-check app does not build with this
   *     toolchain, so its failure would say nothing about a board), or empty
   */
  public static Optional<String> run(
      MatrixSpec spec,
      List<MatrixBoard> boards,
      BuildCache builds,
      Path appsRoot,
      Consumer<String> progress) {
    return run(spec, boards, builds, appsRoot::resolve, progress);
  }

  /**
   * As {@link #run(MatrixSpec, List, BuildCache, Path, Consumer)}, finding apps with {@code apps}.
   */
  public static Optional<String> run(
      MatrixSpec spec,
      List<MatrixBoard> boards,
      BuildCache builds,
      Function<String, Path> apps,
      Consumer<String> progress) {
    if (builds.prebuilt()) {
      return Optional.empty();
    }
    Cell health = spec.healthCheck();
    Map<String, Cell> needed = new LinkedHashMap<>();
    needed.put(health.app() + "@" + health.appClass(), health);
    for (Cell c : spec.cells()) {
      if (boards.stream().anyMatch(b -> b.serves(c.target()))) {
        needed.putIfAbsent(c.app() + "@" + c.appClass(), c);
      }
    }
    Optional<String> noHealthCheck = Optional.empty();
    for (Cell c : needed.values()) {
      if (builds.outcome(apps.apply(c.app()), c.appClass()) instanceof BuildCache.Failed) {
        progress.accept(
            "[matrix] " + AppClasses.slug(c.app(), c.appClass()) + " does not build: FAIL");
        if (c == health) {
          noHealthCheck =
              Optional.of(
                  "not health-checked: the health-check app ("
                      + AppClasses.slug(c.app(), c.appClass())
                      + ") does not build with this toolchain");
        }
      }
    }
    return noHealthCheck;
  }

  /**
   * Builds what the cells of {@code spec} served by {@code boards} and its health check need, and
   * copies each app and class's programs to {@code dir/<app>-<class>/}, the layout {@code
   * --artifacts} reads (for {@code matrix plan --artifacts}: one directory to stash and hand to
   * every agent).
   *
   * @return why an app and class ({@link MatrixPlan#buildKey}) does not build, for each that does
   *     not
   */
  public static Map<String, String> into(
      Path dir,
      MatrixSpec spec,
      List<MatrixBoard> boards,
      BuildCache builds,
      Function<String, Path> apps,
      Consumer<String> progress)
      throws IOException {
    Map<String, Cell> needed = new LinkedHashMap<>();
    needed.put(MatrixPlan.buildKey(spec.healthCheck()), spec.healthCheck());
    for (Cell c : spec.cells()) {
      if (boards.stream().anyMatch(b -> b.serves(c.target()))) {
        needed.putIfAbsent(MatrixPlan.buildKey(c), c);
      }
    }
    Map<String, String> failures = new LinkedHashMap<>();
    for (Map.Entry<String, Cell> e : needed.entrySet()) {
      Cell c = e.getValue();
      BuildCache.Outcome o = builds.outcome(apps.apply(c.app()), c.appClass());
      if (o instanceof BuildCache.Failed f) {
        progress.accept(
            "[plan] " + AppClasses.slug(c.app(), c.appClass()) + " does not build: FAIL");
        failures.put(e.getKey(), "build failed: " + f.error().describe());
        continue;
      }
      Path from = ((BuildCache.Built) o).artifacts().hostDir();
      Path to = Files.createDirectories(dir.resolve(e.getKey()));
      try (Stream<Path> files = Files.list(from)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Files.copy(
              f,
              to.resolve(f.getFileName()),
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
      progress.accept("[plan] " + AppClasses.slug(c.app(), c.appClass()) + " -> " + to);
    }
    return failures;
  }
}
