package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.hexo.ci.board.BoardPool;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.migration.BoardSource;
import org.hexo.ci.migration.KeptRun;
import org.hexo.ci.migration.Replay;
import org.hexo.ci.migration.ReplayResult;
import org.hexo.ci.verify.CheckResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hexo-ci replay RUN_DIR}: runs the destination leg of a test that did not pass again from
 * the checkpoint and programs its run directory kept, and judges it with the run's checks. Exit 0
 * PASS, 1 FAIL, 3 ERROR, 2 bad arguments.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = "Run a failed test's destination leg again from its kept checkpoint.")
public final class ReplayCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec CommandSpec cmd;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "The run directory.")
  Path runDir;

  @Option(
      names = "--board",
      paramLabel = "NAME",
      description = "Board to run on (default: the run's destination board).")
  String board;

  @Option(
      names = "--programs",
      paramLabel = "DIR",
      description = "Programs to run instead of the kept ones (the --artifacts layout).")
  Path programs;

  @Option(names = "--gdb", description = "Start the leg under a debugger stub on 127.0.0.1.")
  boolean gdb;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "The leg's time limit.")
  Long timeoutSeconds;

  @Override
  public Integer call() {
    HexoConfig config = common.config();
    KeptRun kept = KeptRun.read(runDir);
    PrintWriter out = cmd.commandLine().getOut();
    Duration timeout =
        timeoutSeconds != null
            ? Duration.ofSeconds(timeoutSeconds)
            : gdb ? Duration.ofHours(1) : null;
    Replay replay =
        Replay.of(kept)
            .board(board)
            .programs(programs)
            .gdb(gdb)
            .timeout(timeout)
            .progress(
                line -> {
                  out.println(line);
                  out.flush();
                });
    ReplayResult r;
    try (BoardPool pool = new BoardPool(CommonOptions.inventory(config), config)) {
      r = replay.call(BoardSource.of(pool));
    }
    out.println(
        "[replay] "
            + r.verdict()
            + " (the run was "
            + kept.verdict()
            + "): destination exit "
            + r.leg().exitCode()
            + " in "
            + r.leg().elapsed().toMillis()
            + " ms on "
            + r.board());
    for (CheckResult c : r.checks().flatten()) {
      if (!c.passed()) {
        String actual = c.actual();
        int nl = actual.indexOf('\n');
        out.println(
            "  failed "
                + c.name()
                + ": "
                + (nl < 0 ? actual : actual.substring(0, nl) + " ...")
                + (c.hint().isBlank() ? "" : " (" + c.hint() + ")"));
      }
    }
    out.println("  logs: " + r.dir());
    out.flush();
    return ExitCode.of(r.verdict()).code();
  }
}
