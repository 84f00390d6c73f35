package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.util.List;
import org.hexo.ci.HexoCiException;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.job.BuildCache;
import org.hexo.ci.job.MigrationJob;
import org.hexo.ci.migration.Interruption;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.migration.PhaseTiming;
import org.hexo.ci.report.JsonReport;
import org.hexo.ci.report.ReportWriter;

/**
 * The printing end of {@code migrate} and {@code demo}: runs the {@link MigrationJob} with progress
 * and reports, prints the summary and returns the exit code.
 */
final class MigrationSummary {
  private MigrationSummary() {}

  /**
   * @return 0 PASS; 1 FAIL, including a toolchain component or app that does not build and an app
   *     {@code make check} reports misaligned; 3 ERROR
   */
  static int run(
      HexoConfig config,
      MigrationSpec spec,
      BuildCache builds,
      boolean echoOutput,
      PrintWriter out,
      PrintWriter err) {
    ReportWriter reports = new ReportWriter(config.reportDir());
    MigrationJob.Outcome o;
    // a SIGINT/SIGTERM ends the run as ERROR "interrupted", reported and cleaned up (Shutdown)
    try (Interruption.Guard g = Interruption.guard();
        StatusLine status = new StatusLine(err, StatusLine.terminal())) {
      MigrationProgress progress =
          new MigrationProgress(status, System::currentTimeMillis, echoOutput);
      try {
        o =
            MigrationJob.run(
                config, spec, builds, CommonOptions.inventory(config), List.of(progress, reports));
      } catch (RuntimeException e) {
        if (!Interruption.requested() || e instanceof HexoCiException) {
          throw e;
        }
        // stopped before the run began (building, booting): whatever broke is the interruption
        throw Interruption.interrupted();
      }
    }
    o.buildFailure()
        .ifPresent(
            why -> {
              err.println("hexo-ci: " + spec.testName() + ": FAIL: " + why);
              err.flush();
            });
    o.result().ifPresent(r -> print(out, r, reports));
    if (reports.failure().isPresent()) {
      err.println("hexo-ci: " + reports.failure().get().describe());
      err.flush();
      return ExitCode.INFRASTRUCTURE.code();
    }
    return ExitCode.of(o.verdict()).code();
  }

  static void print(PrintWriter out, MigrationResult r, ReportWriter reports) {
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
    if (!r.spec().app().toMap().isEmpty()) {
      out.println("  description: " + r.spec().app().toMap());
    }
    r.points().forEach(p -> out.println("  migrated: " + p.describe()));
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
    if (reports.failure().isEmpty()) {
      out.println("  report: " + reports.htmlFile());
      reports.junitFiles().forEach(f -> out.println("  junit:  " + f));
      out.println("  json:   " + r.runDir().resolve(JsonReport.FILE));
    } else {
      out.println("  report: not written (" + reports.failure().get().getMessage() + ")");
    }
    out.println("  logs:   " + r.runDir());
    out.flush();
  }
}
