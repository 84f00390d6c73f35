package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.board.BoardPool;
import org.hexo.ci.board.BoardSpec;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.job.BuildCache;
import org.hexo.ci.job.MatrixPrebuild;
import org.hexo.ci.matrix.MatrixBoard;
import org.hexo.ci.matrix.MatrixFile;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.matrix.MatrixScheduler;
import org.hexo.ci.matrix.MatrixSpec;
import org.hexo.ci.matrix.MigrationCellRunner;
import org.hexo.ci.migration.BoardSource;
import org.hexo.ci.report.matrix.MatrixHtmlWriter;
import org.hexo.ci.report.matrix.MatrixJson;
import org.hexo.ci.report.matrix.MatrixJunitWriter;
import org.hexo.ci.verify.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin JobOptions job;

  @Override
  public Integer call() throws Exception {
    HexoConfig config = common.config();
    MatrixSpec spec = MatrixFile.read(file);
    String tc = job.toolchain(spec.toolchain().orElse("hexo-lite"));
    PrintWriter out = new PrintWriter(System.out, true);
    BuildCache builds = job.builds(config, tc, new PrintWriter(System.err, true));
    BoardInventory inventory = CommonOptions.inventory(config);
    List<MatrixBoard> boards =
        inventory.boards().stream()
            .filter(b -> !b.name().equals(job.x86Board))
            .filter(b -> "aarch64".equals(b.arch()))
            .map(MatrixRunCommand::toMatrixBoard)
            .toList();
    Path report = config.reportDir();
    Files.createDirectories(report);
    Path apps = config.projectRoot().resolve("apps");
    Optional<String> noHealthCheck = MatrixPrebuild.run(spec, boards, builds, apps, out::println);
    MatrixResult result;
    try (BoardPool pool = new BoardPool(inventory, config)) {
      MigrationCellRunner runner =
          new MigrationCellRunner(
              apps,
              tc,
              s -> builds.artifacts(s.appDir(), s.appClass()),
              BoardSource.of(pool),
              job.x86Board,
              config.legTimeout());
      out.printf(
          "[matrix] %s: %d cells x %d repeats on %d boards%n",
          spec.name(), spec.cells().size(), spec.repeat(), boards.size());
      int runnable =
          (int)
              spec.cells().stream()
                  .filter(c -> boards.stream().anyMatch(b -> b.serves(c.target())))
                  .count();
      try (StatusLine status = new StatusLine(out, StatusLine.terminal())) {
        MatrixProgress progress = new MatrixProgress(status, System::currentTimeMillis, runnable);
        MatrixScheduler scheduler =
            new MatrixScheduler(spec, boards, runner, report)
                .onProgress(progress::line)
                .onCell(progress::cell);
        noHealthCheck.ifPresent(scheduler::withoutHealthCheck);
        result = scheduler.call();
      }
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
    return ExitCode.of(result.verdict()).code();
  }

  private static MatrixBoard toMatrixBoard(BoardSpec b) {
    return new MatrixBoard(b.name(), b.kind(), b.arch(), b.effectiveLabels());
  }
}
