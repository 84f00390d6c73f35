package org.hexo.ci.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.hexo.ci.UsageException;
import org.hexo.ci.app.AppLocator;
import org.hexo.ci.board.BoardHealth;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.board.BoardLock;
import org.hexo.ci.board.BoardPool;
import org.hexo.ci.board.BoardSpec;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.job.BuildCache;
import org.hexo.ci.matrix.BoardLeases;
import org.hexo.ci.matrix.MatrixBoard;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.matrix.MatrixScheduler;
import org.hexo.ci.matrix.MatrixSpec;
import org.hexo.ci.matrix.MigrationCellRunner;
import org.hexo.ci.migration.BoardSource;
import org.hexo.ci.report.matrix.MatrixHtmlWriter;
import org.hexo.ci.report.matrix.MatrixJson;
import org.hexo.ci.report.matrix.MatrixJunitWriter;
import org.hexo.ci.verify.Verdict;

/**
 * What {@code matrix run}, {@code matrix cell} and {@code board check} share: the aarch64 boards of
 * the inventory as the scheduler sees them, and a scheduler that runs real migrations on them
 * holding each board's host lock and recording its health.
 */
final class MatrixEngine {
  private MatrixEngine() {}

  /** The aarch64 boards of the inventory, less the x86-64 board. */
  static List<MatrixBoard> armBoards(BoardInventory inventory, String x86Board) {
    return inventory.boards().stream()
        .filter(b -> !b.name().equals(x86Board))
        .filter(b -> "aarch64".equals(b.arch()))
        .map(MatrixEngine::toMatrixBoard)
        .toList();
  }

  /**
   * The x86-64 board every cell's other leg runs on must be in the inventory and be x86-64: checked
   * before anything runs (exit 2), since each board's health check would otherwise fail for it and
   * quarantine a board that is not at fault.
   */
  static void requireX86Board(BoardInventory inventory, String x86Board) {
    BoardSpec b = inventory.get(x86Board);
    if (!"x86_64".equals(b.arch())) {
      throw new UsageException(
          "board " + x86Board + " runs " + b.arch() + " programs, not x86_64",
          "pass --x86-board with an x86_64 board of the inventory");
    }
  }

  static MatrixBoard toMatrixBoard(BoardSpec b) {
    return new MatrixBoard(b.name(), b.kind(), b.arch(), b.effectiveLabels());
  }

  /** Each board is taken under its lock in the host's lock directory, across processes. */
  static BoardLeases hostLocks(HexoConfig config, Consumer<String> progress) {
    return board -> BoardLock.acquire(config.lockDir(), board.name(), progress)::close;
  }

  /**
   * A scheduler for {@code spec} on {@code boards}, running migrations with the programs of {@code
   * builds} (apps found by {@code apps}) between the x86-64 board and the leased board, under host
   * locks, with health recorded.
   */
  static MatrixScheduler scheduler(
      HexoConfig config,
      MatrixSpec spec,
      List<MatrixBoard> boards,
      BoardPool pool,
      BuildCache builds,
      String toolchain,
      AppLocator apps,
      String x86Board,
      Consumer<String> progress) {
    MigrationCellRunner runner =
        new MigrationCellRunner(
                config.projectRoot().resolve("apps"),
                toolchain,
                s -> builds.artifacts(s.appDir(), s.appClass()),
                BoardSource.of(pool),
                x86Board,
                config.legTimeout())
            .appLocator(apps::locate)
            .descriptions(spec.descriptions());
    return new MatrixScheduler(spec, boards, runner, config.reportDir())
        .onProgress(progress)
        .leases(hostLocks(config, progress));
  }

  /**
   * Writes {@code matrix.json}, {@code junit-matrix.xml} and {@code matrix.html} of {@code result}
   * into {@code report}, prints the counts after {@code tag} and returns the exit code.
   */
  static int report(MatrixResult result, Path report, PrintWriter out, String tag)
      throws IOException {
    MatrixJson.write(result, report.resolve("matrix.json"));
    MatrixJunitWriter.write(result, report.resolve("junit-matrix.xml"));
    MatrixHtmlWriter.write(result, report.resolve("matrix.html"));
    out.printf(
        "[%s] %d PASS, %d FAIL, %d ERROR, %d SKIPPED; report: %s%n",
        tag,
        result.count(Verdict.PASS),
        result.count(Verdict.FAIL),
        result.count(Verdict.ERROR),
        result.skipped().size(),
        report.resolve("matrix.html"));
    out.flush();
    return ExitCode.of(result.verdict()).code();
  }

  /** The health of {@code inventory}'s boards (the inventory the command already read). */
  static BoardHealth health(HexoConfig config, BoardInventory inventory) {
    return new BoardHealth(config.lockDir(), inventory);
  }
}
