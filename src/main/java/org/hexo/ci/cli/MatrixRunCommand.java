package org.hexo.ci.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hexo.ci.UsageException;
import org.hexo.ci.app.AppDescription;
import org.hexo.ci.app.AppLocator;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.board.BoardPool;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.job.BuildCache;
import org.hexo.ci.job.MatrixPrebuild;
import org.hexo.ci.matrix.Cell;
import org.hexo.ci.matrix.MatrixBoard;
import org.hexo.ci.matrix.MatrixFile;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.matrix.MatrixScheduler;
import org.hexo.ci.matrix.MatrixSpec;
import org.hexo.ci.migration.Interruption;
import org.hexo.ci.report.matrix.MatrixJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code hexo-ci matrix run FILE}: runs every cell of a matrix file on the aarch64 boards of the
 * inventory and writes {@code matrix.json}, {@code junit-matrix.xml} and {@code matrix.html} into
 * the report directory. Exit 0: all passed; 1: some cell FAILed; 3: some cell ended in ERROR
 * (infrastructure), which wins over 1. {@code matrix.json} is rewritten after every cell, so a run
 * that is killed keeps the cells that finished.
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
    BoardInventory inventory = CommonOptions.inventory(config);
    MatrixEngine.requireX86Board(inventory, job.x86Board);
    BuildCache builds = job.builds(config, tc, new PrintWriter(System.err, true));
    List<MatrixBoard> boards = MatrixEngine.armBoards(inventory, job.x86Board);
    Path report = config.reportDir();
    Files.createDirectories(report);
    Path apps = config.projectRoot().resolve("apps");
    AppLocator locator = job.apps(config, tc, apps);
    requireSuggestedTriggers(spec, locator);
    Optional<String> noHealthCheck =
        MatrixPrebuild.run(spec, boards, builds, locator::locate, out::println);
    // a SIGINT/SIGTERM stops the running cells (ERROR interrupted) and waits for the reports
    Interruption.Guard section = Interruption.section();
    try {
      MatrixResult result;
      try (BoardPool pool = new BoardPool(inventory, config)) {
        out.printf(
            "[matrix] %s: %d cells x %d repeats on %d boards%n",
            spec.name(), spec.cells().size(), spec.repeat(), boards.size());
        int runnable =
            (int)
                spec.cells().stream()
                    .filter(c -> boards.stream().anyMatch(b -> b.serves(c.target())))
                    .count();
        Path json = report.resolve("matrix.json");
        try (StatusLine status = new StatusLine(out, StatusLine.terminal())) {
          MatrixProgress progress = new MatrixProgress(status, System::currentTimeMillis, runnable);
          MatrixScheduler scheduler =
              MatrixEngine.scheduler(
                      config, spec, boards, pool, builds, tc, locator, job.x86Board, progress::line)
                  .health(MatrixEngine.health(config, inventory), false)
                  .onCell(progress::cell)
                  // matrix.json grows cell by cell: an aborted run keeps what ran
                  .onResult(partial -> writePartial(partial, json));
          noHealthCheck.ifPresent(scheduler::withoutHealthCheck);
          result = scheduler.call();
        }
      }
      return MatrixEngine.report(result, report, out, "matrix");
    } finally {
      section.close();
    }
  }

  private static void writePartial(MatrixResult partial, Path json) {
    try {
      MatrixJson.write(partial, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + json, e);
    }
  }

  /**
   * Every app that runs at its suggested trigger suggests one (in its {@code hexo-app.yaml} or its
   * matrix entry): otherwise exit 2 before anything is built.
   */
  private static void requireSuggestedTriggers(MatrixSpec spec, AppLocator locator) {
    List<Cell> cells = new java.util.ArrayList<>(spec.cells());
    cells.add(spec.healthCheck());
    for (Cell c : cells) {
      if (!c.trigger().equals(MatrixSpec.SUGGESTED_TRIGGER)) {
        continue;
      }
      AppDescription d =
          AppDescription.read(locator.locate(c.app()))
              .overriddenBy(spec.descriptions().getOrDefault(c.app(), AppDescription.NONE));
      if (d.defaultTrigger().isEmpty()) {
        throw new UsageException(
            "app " + c.app() + " runs at its suggested trigger but suggests none",
            "add triggers: [...] to its "
                + AppDescription.FILE
                + " or its matrix entry, or list triggers in the matrix's axes");
      }
    }
  }
}
