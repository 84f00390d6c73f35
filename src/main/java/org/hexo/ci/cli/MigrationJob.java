package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hexo.ci.UsageException;
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

  /** Without overrides, boards from the configured inventory expanded with this process's env. */
  static int run(
      HexoConfig config,
      MigrationSpec spec,
      Path prebuilt,
      boolean echoOutput,
      PrintWriter out,
      PrintWriter err) {
    return run(
        config,
        spec,
        List.of(),
        BoardInventory.of(config, System.getenv()),
        prebuilt,
        echoOutput,
        out,
        err);
  }

  /**
   * @param overrides {@code component=url@ref}: the toolchain is built with them (ignored with
   *     {@code prebuilt})
   * @param inventory the boards, with environment references already expanded
   * @param prebuilt a directory of prebuilt programs, or null to build them
   * @return 0 PASS; 1 FAIL, including a toolchain component or app that does not build and an app
   *     {@code make check} reports misaligned; 3 ERROR
   */
  static int run(
      HexoConfig config,
      MigrationSpec spec,
      List<String> overrides,
      BoardInventory inventory,
      Path prebuilt,
      boolean echoOutput,
      PrintWriter out,
      PrintWriter err) {
    if (prebuilt != null && !overrides.isEmpty()) {
      throw new UsageException(
          "--override and --artifacts exclude each other: prebuilt programs are not rebuilt",
          "drop --artifacts to build the toolchain with the override");
    }
    MigrationArtifacts artifacts;
    try {
      artifacts =
          prebuilt != null
              ? new MigrationArtifacts(prebuilt, Map.of())
              : ArtifactBuilds.build(
                  config, spec.toolchain(), overrides, spec.appDir(), spec.appClass(), err);
    } catch (AppBuildException | ComponentBuildException e) {
      err.println("hexo-ci: " + spec.testName() + ": FAIL: " + e.describe());
      err.flush();
      return ExitCode.TESTS_FAILED.code();
    }
    MigrationResult r;
    try (BoardPool pool = new BoardPool(inventory, config)) {
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
