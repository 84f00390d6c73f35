package org.hexo.ci.report.page;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hexo.ci.migration.CheckpointFile;
import org.hexo.ci.migration.LegResult;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.TransferResult;
import org.hexo.ci.verify.CheckResult;

/**
 * What the page shows of one migration test, taken from its {@link MigrationResult}: the headline,
 * the timeline, the checks with expected and actual (a failing output check as a diff), the
 * checkpoint files and links to every log and kept checkpoint file. Links are relative to the
 * directory holding the run directory, where the report pages live.
 */
public record TestPage(
    MigrationResult result,
    String anchor,
    String verdict,
    String boards,
    String total,
    String downtime,
    String description,
    Timeline timeline,
    List<Check> checks,
    List<Transfer> transfers,
    List<Link> logs) {

  /** A check with its diff lines when its actual is a diff. */
  public record Check(CheckResult check, List<DiffLine> diff) {
    public String verdict() {
      return check.verdict().name();
    }
  }

  /** A transfer's files, each linked when the run kept its checkpoint. */
  public record Transfer(TransferResult transfer, String size, List<File> files) {}

  public record File(CheckpointFile file, String size, String href) {}

  public record Link(String label, String href) {}

  public static TestPage of(MigrationResult r) {
    String dir = r.runDir().getFileName() == null ? "." : r.runDir().getFileName().toString();
    List<Check> checks = new ArrayList<>();
    r.checks()
        .ifPresent(
            c ->
                c.flatten()
                    .forEach(
                        x ->
                            checks.add(
                                new Check(
                                    x,
                                    !x.passed() && DiffLine.isDiff(x.actual())
                                        ? DiffLine.parse(x.actual())
                                        : List.of()))));
    List<Transfer> transfers = new ArrayList<>();
    for (int i = 0; i < r.transfers().size(); i++) {
      TransferResult t = r.transfers().get(i);
      String kept = dir + "/checkpoint-" + (i + 1) + "/";
      transfers.add(
          new Transfer(
              t,
              Pages.bytes(t.totalBytes()),
              t.files().stream()
                  .map(f -> new File(f, Pages.bytes(f.bytes()), r.passed() ? "" : kept + f.name()))
                  .toList()));
    }
    List<Link> logs = new ArrayList<>();
    for (LegResult l : r.legs()) {
      logs.add(new Link(l.role() + ".stdout", dir + "/" + l.role() + ".stdout"));
      logs.add(new Link(l.role() + ".stderr", dir + "/" + l.role() + ".stderr"));
    }
    for (TransferResult t : r.transfers()) {
      String from = t.label().substring(0, Math.max(0, t.label().indexOf("->")));
      if (!from.isEmpty()) {
        logs.add(new Link(from + ".status", dir + "/" + from + ".status"));
      }
    }
    logs.add(new Link("result.json", dir + "/result.json"));
    return new TestPage(
        r,
        r.testName(),
        r.verdict().name(),
        r.spec().sourceBoard() + " -> " + r.spec().destinationBoard(),
        r.phaseMillis("total").map(String::valueOf).orElse("-"),
        r.phaseMillis("downtime").map(String::valueOf).orElse("-"),
        r.spec().appName()
            + " class "
            + r.spec().appClass()
            + ", "
            + r.spec().mode().id()
            + ", "
            + r.spec().direction().id()
            + ", trigger "
            + r.spec().trigger()
            + ", toolchain "
            + r.spec().toolchain(),
        Timeline.of(r),
        checks,
        transfers,
        logs);
  }

  /** The run directory as the page shows it. */
  public Path runDir() {
    return result.runDir();
  }
}
