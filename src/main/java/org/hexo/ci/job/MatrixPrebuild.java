package org.hexo.ci.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hexo.ci.app.AppClasses;
import org.hexo.ci.matrix.Cell;
import org.hexo.ci.matrix.MatrixBoard;
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
}
