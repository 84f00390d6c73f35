package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.board.BoardPool;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.doctor.BoardKvmProbe;
import org.hexo.ci.job.BuildCache;
import org.hexo.ci.matrix.Cell;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.matrix.MatrixBoard;
import org.hexo.ci.matrix.MatrixFile;
import org.hexo.ci.matrix.MatrixSpec;
import org.hexo.ci.migration.Interruption;
import org.hexo.ci.nativeio.KvmProbe;
import org.hexo.ci.nativeio.KvmProbeResult;
import org.hexo.ci.verify.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hexo-ci board check NAME}: runs the health-check cell (the matrix's, or the default) on
 * one board, holding its host lock, and records the outcome with the board's health: a failure
 * quarantines it for {@code matrix run} and {@code matrix cell} until it expires or a check passes.
 * A board labelled {@code kvm} must also run a KVM guest ({@link BoardKvmProbe}). Exit 0 healthy, 3
 * not, 2 for an unknown board.
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
    MatrixEngine.requireX86Board(inventory, job.x86Board);
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
    // a SIGINT/SIGTERM stops the check; the section keeps the stop known until it is reported
    Interruption.Guard section = Interruption.section();
    try {
      CellResult r;
      String kvm = "";
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
        if (r.verdict() == Verdict.PASS && inventory.get(name).effectiveLabels().contains("kvm")) {
          kvm = kvmFailure(pool.board(name), out);
        }
      }
      String why =
          r.verdict() != Verdict.PASS ? "health check " + r.verdict() + ": " + r.message() : kvm;
      boolean healthy = why.isEmpty();
      if (Interruption.requested()) {
        // stopped, not failed: the board's record stays what it was
        out.println("board " + name + ": check interrupted; its health is not recorded");
        return ExitCode.INFRASTRUCTURE.code();
      }
      MatrixEngine.health(config, inventory).record(name, healthy, why);
      out.println("board " + name + (healthy ? ": healthy" : ": unhealthy: " + why));
      return healthy ? ExitCode.PASSED.code() : ExitCode.INFRASTRUCTURE.code();
    } finally {
      section.close();
    }
  }

  /**
   * A board labelled {@code kvm} promises the real uhyve a working KVM: a guest must run there.
   * Returns why it does not, or "".
   */
  private static String kvmFailure(Board board, PrintWriter out) {
    try {
      KvmProbeResult k = BoardKvmProbe.run(board, KvmProbe.DEFAULT_DEVICE);
      out.println("board " + board.name() + ": KVM: " + k.summary());
      return k.ok() ? "" : "labelled kvm but " + k.summary();
    } catch (InfrastructureException e) {
      return "labelled kvm but the KVM probe did not run: " + e.getMessage();
    }
  }
}
