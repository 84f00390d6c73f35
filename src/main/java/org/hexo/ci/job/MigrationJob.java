package org.hexo.ci.job;

import java.util.List;
import java.util.Optional;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.board.BoardPool;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.migration.BoardSource;
import org.hexo.ci.migration.Interruption;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.MigrationRunner;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.migration.RunListener;
import org.hexo.ci.verify.Verdict;

/**
 * One migration test as a job, what {@code migrate} and {@code demo} run: check the spec's boards
 * against the inventory (a wrong name or ISA is a usage error before anything is built or started),
 * get the programs from the {@link BuildCache}, open the boards and run the test.
 */
public final class MigrationJob {
  /**
   * What the job came to.
   *
   * @param verdict PASS, FAIL or ERROR
   * @param buildFailure why the programs could not be built (verdict FAIL), when they could not
   * @param result the migration test's result, when it ran
   */
  public record Outcome(
      Verdict verdict, Optional<String> buildFailure, Optional<MigrationResult> result) {}

  private MigrationJob() {}

  /**
   * Runs {@code spec} on the boards of {@code inventory} with programs from {@code builds},
   * reporting to {@code listeners}.
   *
   * @throws org.hexo.ci.UsageException for a board the inventory lacks or of the wrong ISA
   */
  public static Outcome run(
      HexoConfig config,
      MigrationSpec spec,
      BuildCache builds,
      BoardInventory inventory,
      List<RunListener> listeners) {
    BoardPool pool = new BoardPool(inventory, config);
    try {
      BoardSource boards = BoardSource.of(pool);
      MigrationRunner.check(spec, boards);
      BuildCache.Outcome programs = builds.outcome(spec.appDir(), spec.appClass());
      if (programs instanceof BuildCache.Failed f) {
        return new Outcome(Verdict.FAIL, Optional.of(f.error().describe()), Optional.empty());
      }
      MigrationRunner runner =
          MigrationRunner.create(spec, ((BuildCache.Built) programs).artifacts(), boards)
              .reportDir(config.reportDir());
      listeners.forEach(runner::listener);
      MigrationResult r = runner.call();
      return new Outcome(r.verdict(), Optional.empty(), Optional.of(r));
    } finally {
      // a stop request that came during the build must not cut the boards' close short
      Interruption.cleaningUp();
      pool.close();
    }
  }
}
