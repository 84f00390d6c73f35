package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hexo.ci.UsageException;
import org.hexo.ci.app.AppLocator;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.board.BoardPool;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.job.BuildCache;
import org.hexo.ci.job.MatrixPrebuild;
import org.hexo.ci.matrix.BoardStatus;
import org.hexo.ci.matrix.Cell;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.matrix.MatrixBoard;
import org.hexo.ci.matrix.MatrixFile;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.matrix.MatrixScheduler;
import org.hexo.ci.matrix.MatrixSpec;
import org.hexo.ci.migration.Interruption;
import org.hexo.ci.report.matrix.MatrixJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hexo-ci matrix cell FILE --cell ID --board NAME}: one cell of a matrix on one board of the
 * inventory, as an agent of a fan-out runs it: the board's health check first unless a passed one
 * is on record, then the cell's samples, holding the board's host lock. Writes {@code cell.json} (a
 * {@code matrix.json} {@code cells[]} element) and the samples' reports into the report directory.
 * Exit 0 PASS, 1 FAIL, 3 ERROR; 2 for an unknown cell or board.
 */
@Command(
    name = "cell",
    mixinStandardHelpOptions = true,
    description = "Runs one cell of a matrix on one board and writes cell.json (fan-out).")
final class MatrixCellCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "FILE", description = "The matrix file (YAML).")
  Path file;

  @Option(names = "--cell", required = true, paramLabel = "ID", description = "The cell's id.")
  String cellId;

  @Option(
      names = "--board",
      required = true,
      paramLabel = "NAME",
      description = "The inventory board to run it on.")
  String board;

  @Mixin JobOptions job;

  @Override
  public Integer call() throws Exception {
    HexoConfig config = common.config();
    MatrixSpec spec = MatrixFile.read(file);
    Cell cell = spec.cell(cellId);
    BoardInventory inventory = CommonOptions.inventory(config);
    MatrixEngine.requireX86Board(inventory, job.x86Board);
    MatrixBoard target = MatrixEngine.toMatrixBoard(inventory.get(board));
    if (!target.serves(cell.target())) {
      throw new UsageException(
          "board " + board + " does not serve the cell's target " + cell.target(),
          "pass a board the target selects (its name, a label, its kind or arch)");
    }
    String tc = job.toolchain(spec.toolchain().orElse("hexo-lite"));
    PrintWriter out = new PrintWriter(System.out, true);
    BuildCache builds = job.builds(config, tc, new PrintWriter(System.err, true));
    Path report = config.reportDir();
    Files.createDirectories(report);
    MatrixSpec one = spec.only(cell);
    List<MatrixBoard> boards = List.of(target);
    AppLocator locator = job.apps(config, tc, config.projectRoot().resolve("apps"));
    var noHealthCheck = MatrixPrebuild.run(one, boards, builds, locator::locate, out::println);
    // a SIGINT/SIGTERM stops the cell (ERROR interrupted) and waits for cell.json
    Interruption.Guard section = Interruption.section();
    try {
      MatrixResult result;
      try (BoardPool pool = new BoardPool(inventory, config)) {
        MatrixScheduler scheduler =
            MatrixEngine.scheduler(
                    config, one, boards, pool, builds, tc, locator, job.x86Board, out::println)
                .health(MatrixEngine.health(config, inventory), true);
        noHealthCheck.ifPresent(scheduler::withoutHealthCheck);
        result = scheduler.call();
      }
      CellResult r = result.cells().get(0);
      BoardStatus status = result.boards().get(0);
      if (r.board().isEmpty() && status.quarantined()) {
        // never ran: say why the board was not used rather than that no board serves the target
        r =
            new CellResult(
                r.cell(),
                r.verdict(),
                board,
                r.samples(),
                r.attempts(),
                r.logDir(),
                "board " + board + " " + status.reason());
      }
      MatrixJson.writeCell(r, report.resolve("cell.json"));
      out.printf("[cell] %s %s on %s: %s%n", r.verdict(), cell.id(), board, r.message());
      return ExitCode.of(r.verdict()).code();
    } finally {
      section.close();
    }
  }
}
