package org.hexo.ci.bisect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.hexo.ci.HexoCiException;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.job.BuildCache;
import org.hexo.ci.migration.BoardSource;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.MigrationRunner;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.report.ReportWriter;
import org.hexo.ci.verify.Verdict;

/**
 * A bisection step for real: builds the toolchain with the component at the commit (the override
 * {@code component=url@commit}: only its stage and the later ones rebuild, the rest is cached by
 * key), builds the app with it and runs the migration test {@code repeat} times. A build failure,
 * an infrastructure error while building or an ERROR run is SKIP; any FAIL is BAD; all PASS is
 * GOOD.
 */
public final class CellProbe implements Bisection.Probe {
  private final HexoConfig config;
  private final MigrationSpec spec;
  private final String component;
  private final String url;
  private final int repeat;
  private final BoardSource boards;
  private final Consumer<String> progress;

  public CellProbe(
      HexoConfig config,
      MigrationSpec spec,
      String component,
      String url,
      int repeat,
      BoardSource boards,
      Consumer<String> progress) {
    this.config = Objects.requireNonNull(config, "config");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.component = Objects.requireNonNull(component, "component");
    this.url = Objects.requireNonNull(url, "url");
    this.repeat = repeat;
    this.boards = Objects.requireNonNull(boards, "boards");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  @Override
  public Bisection.Step test(FirstParent.Commit commit) {
    progress.accept("[bisect] " + commit.shortId() + " " + commit.subject() + ": building");
    BuildCache builds =
        BuildCache.create(
            config,
            spec.toolchain(),
            List.of(component + "=" + url + "@" + commit.id()),
            null,
            progress);
    BuildCache.Outcome o;
    try {
      o = builds.outcome(spec.appDir(), spec.appClass());
    } catch (InfrastructureException e) {
      // like an ERROR run: this commit cannot be judged, the search goes on around it
      return new Bisection.Step(
          commit, Bisection.Mark.SKIP, "build ERROR: " + firstLine(e), List.of());
    }
    if (o instanceof BuildCache.Failed f) {
      return new Bisection.Step(
          commit, Bisection.Mark.SKIP, "build failed: " + firstLine(f.error()), List.of());
    }
    var programs = ((BuildCache.Built) o).artifacts();
    List<String> dirs = new ArrayList<>();
    var report = config.reportDir().resolve("bisect").resolve(commit.shortId());
    Bisection.Mark mark = Bisection.Mark.GOOD;
    String reason = repeat + " run(s) passed";
    for (int i = 0; i < repeat; i++) {
      progress.accept("[bisect] " + commit.shortId() + ": run " + (i + 1) + "/" + repeat);
      MigrationResult r =
          MigrationRunner.create(spec, programs, boards)
              .reportDir(report)
              .listener(new ReportWriter(report))
              .call();
      dirs.add(r.runDir().toString());
      if (r.verdict() == Verdict.ERROR) {
        return new Bisection.Step(commit, Bisection.Mark.SKIP, "ERROR: " + r.message(), dirs);
      }
      if (r.verdict() == Verdict.FAIL) {
        mark = Bisection.Mark.BAD;
        reason = "FAIL: " + r.message();
      }
    }
    return new Bisection.Step(commit, mark, reason, dirs);
  }

  private static String firstLine(HexoCiException e) {
    String m = e.describe();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
