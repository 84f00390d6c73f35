package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hexo.ci.UsageException;
import org.hexo.ci.app.AppBuildException;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.board.BoardPool;
import org.hexo.ci.board.BoardSpec;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.matrix.Cell;
import org.hexo.ci.matrix.MatrixBoard;
import org.hexo.ci.matrix.MatrixFile;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.matrix.MatrixScheduler;
import org.hexo.ci.matrix.MatrixSpec;
import org.hexo.ci.matrix.MigrationCellRunner;
import org.hexo.ci.migration.MigrationArtifacts;
import org.hexo.ci.report.matrix.MatrixHtmlWriter;
import org.hexo.ci.report.matrix.MatrixJson;
import org.hexo.ci.report.matrix.MatrixJunitWriter;
import org.hexo.ci.toolchain.ComponentBuildException;
import org.hexo.ci.verify.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hexo-ci matrix run FILE}: runs every cell of a matrix file on the aarch64 boards of the
 * inventory and writes {@code matrix.json}, {@code junit-matrix.xml} and {@code matrix.html} into
 * the report directory. Exit 0: all passed; 1: some cell FAILed; 3: some cell ended in ERROR
 * (infrastructure), which wins over 1.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Runs a regression matrix on the boards of the inventory.")
final class MatrixRunCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "FILE", description = "The matrix file (YAML).")
  Path file;

  @Option(
      names = "--override",
      paramLabel = "COMPONENT=URL@REF",
      description = "Build a component from a fork's ref (repeatable).")
  List<String> overrides = new ArrayList<>();

  @Option(
      names = "--toolchain",
      paramLabel = "SPEC",
      description = "Toolchain spec name or file (default: the matrix file's, else hexo-lite).")
  String toolchain;

  @Option(
      names = "--x86-board",
      paramLabel = "NAME",
      defaultValue = "local",
      description = "Inventory board of the x86-64 side (default ${DEFAULT-VALUE}).")
  String x86Board;

  @Option(
      names = "--artifacts",
      paramLabel = "DIR",
      description =
          "Prebuilt programs: DIR/<app>-<class>/ holds an app's build output (default: build"
              + " each app and class once, under the cache directory).")
  Path artifactsDir;

  @Override
  public Integer call() throws Exception {
    HexoConfig config = common.config();
    MatrixSpec spec = MatrixFile.read(file);
    if (!overrides.isEmpty() && artifactsDir != null) {
      throw new UsageException(
          "--override and --artifacts exclude each other: prebuilt programs are not rebuilt",
          "drop --artifacts to build the toolchain with the override");
    }
    String tc = toolchain != null ? toolchain : spec.toolchain().orElse("hexo-lite");
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    ArtifactBuilds builds = new ArtifactBuilds(config, tc, overrides, err);
    BoardInventory inventory = BoardInventory.of(config, System.getenv());
    List<MatrixBoard> boards =
        inventory.boards().stream()
            .filter(b -> !b.name().equals(x86Board))
            .filter(b -> "aarch64".equals(b.arch()))
            .map(MatrixRunCommand::toMatrixBoard)
            .toList();
    Path report = config.reportDir();
    Files.createDirectories(report);
    MigrationCellRunner.ArtifactSource artifacts = artifacts(builds);
    String noHealthCheck = prebuild(spec, boards, builds, out);
    MatrixResult result;
    try (BoardPool pool = new BoardPool(inventory, config)) {
      MigrationCellRunner runner =
          new MigrationCellRunner(
              config.projectRoot().resolve("apps"),
              tc,
              artifacts,
              pool::board,
              x86Board,
              config.legTimeout());
      out.printf(
          "[matrix] %s: %d cells x %d repeats on %d boards%n",
          spec.name(), spec.cells().size(), spec.repeat(), boards.size());
      MatrixScheduler scheduler =
          new MatrixScheduler(spec, boards, runner, report).onProgress(out::println);
      if (noHealthCheck != null) {
        scheduler.withoutHealthCheck(noHealthCheck);
      }
      result = scheduler.call();
    }
    MatrixJson.write(result, report.resolve("matrix.json"));
    MatrixJunitWriter.write(result, report.resolve("junit-matrix.xml"));
    MatrixHtmlWriter.write(result, report.resolve("matrix.html"));
    out.printf(
        "[matrix] %d PASS, %d FAIL, %d ERROR, %d SKIPPED; report: %s%n",
        result.count(Verdict.PASS),
        result.count(Verdict.FAIL),
        result.count(Verdict.ERROR),
        result.skipped().size(),
        report.resolve("matrix.html"));
    return switch (result.verdict()) {
      case PASS -> ExitCode.PASSED.code();
      case FAIL -> ExitCode.TESTS_FAILED.code();
      case ERROR -> ExitCode.INFRASTRUCTURE.code();
    };
  }

  /**
   * Builds every app and class the runnable cells and the health check need before any board is
   * leased, so that no build runs under a lease. Returns why boards cannot be health-checked (the
   * health-check app does not build with this toolchain, so its failure would say nothing about a
   * board), or null.
   */
  private String prebuild(
      MatrixSpec spec, List<MatrixBoard> boards, ArtifactBuilds builds, PrintWriter out) {
    if (artifactsDir != null) {
      return null;
    }
    Path apps = common.config().projectRoot().resolve("apps");
    Cell health = spec.healthCheck();
    Map<String, Cell> needed = new LinkedHashMap<>();
    needed.put(health.app() + "@" + health.appClass(), health);
    for (Cell c : spec.cells()) {
      if (boards.stream().anyMatch(b -> b.serves(c.target()))) {
        needed.putIfAbsent(c.app() + "@" + c.appClass(), c);
      }
    }
    String noHealthCheck = null;
    for (Cell c : needed.values()) {
      try {
        builds.artifacts(apps.resolve(c.app()), c.appClass());
      } catch (AppBuildException | ComponentBuildException e) {
        out.println("[matrix] " + c.app() + " class " + c.appClass() + " does not build: FAIL");
        if (c == health) {
          noHealthCheck =
              "not health-checked: the health-check app ("
                  + c.app()
                  + " class "
                  + c.appClass()
                  + ") does not build with this toolchain";
        }
      }
    }
    return noHealthCheck;
  }

  /** Each app and class is built once; with --artifacts the programs are taken from there. */
  private MigrationCellRunner.ArtifactSource artifacts(ArtifactBuilds builds) {
    return spec ->
        artifactsDir != null
            ? new MigrationArtifacts(
                artifactsDir.resolve(spec.appName() + "-" + spec.appClass()), Map.of())
            : builds.artifacts(spec.appDir(), spec.appClass());
  }

  private static MatrixBoard toMatrixBoard(BoardSpec b) {
    return new MatrixBoard(b.name(), b.kind(), b.arch(), b.effectiveLabels());
  }
}
