package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.hexo.ci.app.AppBuildException;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.board.BoardPool;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.migration.MigrationArtifacts;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.MigrationRunner;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.migration.PhaseTiming;
import org.hexo.ci.report.JsonReport;
import org.hexo.ci.report.ReportWriter;
import org.hexo.ci.toolchain.ComponentBuildException;

/**
 * What {@code migrate} and {@code demo} share: get the programs, open the boards, run one migration
 * test with progress and reports, print the summary, and map the verdict to the exit code.
 */
final class MigrationJob {
  private MigrationJob() {}

  static int run(
      HexoConfig config,
      MigrationSpec spec,
      Path prebuilt,
      boolean echoOutput,
      PrintWriter out,
      PrintWriter err) {
    MigrationArtifacts artifacts;
    try {
      artifacts =
          prebuilt != null
              ? new MigrationArtifacts(prebuilt, java.util.Map.of())
              : ArtifactBuilds.build(config, spec, err);
    } catch (AppBuildException | ComponentBuildException e) {
      err.println("hexo-ci: " + e.describe());
      err.flush();
      return ExitCode.TESTS_FAILED.code();
    }
    MigrationResult r;
    try (BoardPool pool = new BoardPool(BoardInventory.of(config), config)) {
      ReportWriter reports = new ReportWriter(config.reportDir());
      r =
          MigrationRunner.create(spec, artifacts, pool::board)
              .reportDir(config.reportDir())
              .listener(new MigrationProgress(err, echoOutput))
              .listener(reports)
              .call();
      printSummary(out, r, reports);
    }
    return switch (r.verdict()) {
      case PASS -> ExitCode.PASSED.code();
      case FAIL -> ExitCode.TESTS_FAILED.code();
      case ERROR -> ExitCode.INFRASTRUCTURE.code();
    };
  }

  static void printSummary(PrintWriter out, MigrationResult r, ReportWriter reports) {
    out.println();
    out.println(r.testName() + ": " + r.verdict());
    out.println("  " + r.message());
    if (!r.remedy().isEmpty()) {
      out.println("  remedy: " + r.remedy());
    }
    out.println(
        "  "
            + r.spec().sourceBoard()
            + " ("
            + r.spec().direction().sourceArch()
            + ") -> "
            + r.spec().destinationBoard()
            + ", "
            + r.spec().mode().id()
            + ", trigger "
            + r.spec().trigger());
    out.println("  phases:");
    for (PhaseTiming p : r.phases()) {
      out.printf("    %-20s %8d ms%n", p.name(), p.millis());
    }
    if (!r.transfers().isEmpty()) {
      out.println(
          "  checkpoint: "
              + r.transfers().get(0).files().size()
              + " files, "
              + r.transfers().get(0).totalBytes()
              + " bytes");
    }
    out.println("  report: " + reports.htmlFile());
    out.println("  junit:  " + reports.junitFile());
    out.println("  json:   " + r.runDir().resolve(JsonReport.FILE));
    out.println("  logs:   " + r.runDir());
    out.flush();
  }
}
