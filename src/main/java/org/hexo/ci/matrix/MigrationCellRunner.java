package org.hexo.ci.matrix;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.hexo.ci.app.AppBuildException;
import org.hexo.ci.app.AppDescription;
import org.hexo.ci.migration.BoardSource;
import org.hexo.ci.migration.Direction;
import org.hexo.ci.migration.MigrationArtifacts;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.MigrationRunner;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.migration.Mode;
import org.hexo.ci.migration.PhaseTiming;
import org.hexo.ci.migration.Trigger;
import org.hexo.ci.report.ReportWriter;
import org.hexo.ci.toolchain.ComponentBuildException;
import org.hexo.ci.verify.Verdict;

/**
 * The production {@link CellRunner}: one migration test per cell run, with {@link MigrationRunner},
 * between the x86-64 board and the leased (aarch64) board, in the direction the cell names. The
 * migration's verdict, message and phase timings become the cell's; its run directory lands in the
 * cell's log directory with its JUnit XML, JSON and HTML.
 */
public final class MigrationCellRunner implements CellRunner {

  /**
   * Builds (or reuses) the programs of the spec's app and class with its toolchain; throws {@link
   * AppBuildException} or {@link ComponentBuildException} when they do not build (or {@code make
   * check} fails), which makes the cell FAIL without touching the board.
   */
  @FunctionalInterface
  public interface ArtifactSource {
    MigrationArtifacts artifacts(MigrationSpec spec);
  }

  private final Path appsRoot;
  private final String toolchain;
  private final ArtifactSource artifacts;
  private final BoardSource boards;
  private final String x86Board;
  private final Duration legTimeout;
  private Function<String, Path> apps;
  private Map<String, AppDescription> descriptions = Map.of();

  /**
   * @param appsRoot the directory relative app names resolve against (the project's {@code apps/})
   * @param toolchain the toolchain spec name or file, for the report
   * @param artifacts builds the app's programs; called once per cell run (concurrently), so it
   *     should cache and serialise
   * @param boards opens inventory boards by name
   * @param x86Board the inventory name of the x86-64 side of every migration
   * @param legTimeout the time limit of each leg
   */
  public MigrationCellRunner(
      Path appsRoot,
      String toolchain,
      ArtifactSource artifacts,
      BoardSource boards,
      String x86Board,
      Duration legTimeout) {
    this.appsRoot = appsRoot.toAbsolutePath();
    this.toolchain = toolchain;
    this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
    this.boards = Objects.requireNonNull(boards, "boards");
    this.x86Board = Objects.requireNonNull(x86Board, "x86Board");
    this.legTimeout = Objects.requireNonNull(legTimeout, "legTimeout");
    this.apps = this.appsRoot::resolve;
  }

  /**
   * Where an app name of the matrix is (default: resolved against the apps root); {@code
   * component:path} names need the toolchain's sources ({@link org.hexo.ci.app.AppLocator}).
   */
  public MigrationCellRunner appLocator(Function<String, Path> value) {
    this.apps = Objects.requireNonNull(value, "value");
    return this;
  }

  /** The descriptions the matrix file gives its apps, on top of their own files. */
  public MigrationCellRunner descriptions(Map<String, AppDescription> value) {
    this.descriptions = Map.copyOf(value);
    return this;
  }

  @Override
  public CellOutcome run(Cell cell, MatrixBoard board, Path logDir) {
    boolean suggested = cell.trigger().equals(MatrixSpec.SUGGESTED_TRIGGER);
    MigrationSpec spec =
        MigrationSpec.builder(
                apps.apply(cell.app()), cell.appClass().isEmpty() ? null : cell.appClass())
            .description(descriptions.get(cell.app()))
            .toolchain(toolchain)
            .mode(Mode.parse(cell.mode()))
            .direction(Direction.parse(cell.direction()))
            .trigger(suggested ? null : Trigger.parse(cell.trigger()))
            .x86Board(x86Board)
            .armBoard(board.name())
            .fallbackTimeout(legTimeout)
            .build();
    MigrationArtifacts programs;
    try {
      programs = artifacts.artifacts(spec);
    } catch (AppBuildException | ComponentBuildException e) {
      // the toolchain or app under test is broken: every run of the cell fails the same way
      return new CellOutcome(Verdict.FAIL, Map.of(), "build failed: " + e.describe());
    }
    MigrationResult r =
        MigrationRunner.create(spec, programs, boards)
            .reportDir(logDir)
            .listener(new ReportWriter(logDir))
            .call();
    Map<String, Long> phases = new LinkedHashMap<>();
    for (PhaseTiming p : r.phases()) {
      phases.put(p.name(), p.millis());
    }
    return new CellOutcome(r.verdict(), phases, r.message());
  }
}
