package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.board.BoardPool;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.job.BuildCache;
import org.hexo.ci.matrix.Cell;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.matrix.MatrixBoard;
import org.hexo.ci.matrix.MatrixFile;
import org.hexo.ci.matrix.MatrixSpec;
import org.hexo.ci.verify.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hexo-ci board check NAME}: runs the health-check cell (the matrix's, or the default) on
 * one board, holding its host lock, and records the outcome with the board's health: a failure
 * quarantines it for {@code matrix run} and {@code matrix cell} until it expires or a check passes.
 * Exit 0 healthy, 3 not, 2 for an unknown board.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Runs a board's health check alone; exit 0 healthy, 3 not.")
final class BoardCheckCommand implements Callable<Integer> {
  /** The health check of a matrix file without one. */
  private static final String DEFAULT_MATRIX =
      """
      name: board-check
      axes: {apps: [is], classes: [S], modes: [cr], directions: [x86-to-arm],
             triggers: ["output:^ +1$"], targets: [any]}
      """;

  @Mixin CommonOptions common;

  @Parameters(paramLabel = "NAME", description = "Board name from the inventory.")
  String name;

  @Option(
      names = "--matrix",
      paramLabel = "FILE",
      description = "Use this matrix file's health-check cell (default: is S cr x86-to-arm).")
  Path matrix;

  @Mixin JobOptions job;

  @Override
  public Integer call() throws Exception {
    HexoConfig config = common.config();
    BoardInventory inventory = CommonOptions.inventory(config);
    MatrixBoard board = MatrixEngine.toMatrixBoard(inventory.get(name));
    MatrixSpec spec =
        matrix != null
            ? MatrixFile.read(matrix)
            : MatrixFile.parse(DEFAULT_MATRIX, "(default health check)");
    Cell h = spec.healthCheck();
    Cell here = new Cell(h.app(), h.appClass(), h.mode(), h.direction(), h.trigger(), name);
    MatrixSpec check = spec.only(here);
    String tc = job.toolchain(spec.toolchain().orElse("hexo-lite"));
    PrintWriter out = new PrintWriter(System.out, true);
    BuildCache builds = job.builds(config, tc, new PrintWriter(System.err, true));
    CellResult r;
    try (BoardPool pool = new BoardPool(inventory, config)) {
      r =
          MatrixEngine.scheduler(
                  config,
                  check,
                  List.of(board),
                  pool,
                  builds,
                  tc,
                  job.apps(config, tc, config.projectRoot().resolve("apps")),
                  job.x86Board,
                  out::println)
              .withoutHealthCheck("this is the health check")
              .call()
              .cells()
              .get(0);
    }
    boolean healthy = r.verdict() == Verdict.PASS;
    MatrixEngine.health(config, inventory)
        .record(name, healthy, healthy ? "" : "health check " + r.verdict() + ": " + r.message());
    out.println(
        "board "
            + name
            + (healthy ? ": healthy" : ": unhealthy (" + r.verdict() + "): " + r.message()));
    return healthy ? ExitCode.PASSED.code() : ExitCode.INFRASTRUCTURE.code();
  }
}
