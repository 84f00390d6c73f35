package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.hexo.ci.migration.RunEvent;
import org.hexo.ci.migration.RunListener;

/**
 * Progress of a migration test: one line per phase, so long runs show they are alive, and the
 * elapsed time with an estimate of what is left once the reference has run (the migrated run does
 * the same work, so it should take about as long as the reference). On a terminal the phase running
 * now, elapsed and estimate sit on a live status line; elsewhere they follow each finished phase.
 */
final class MigrationProgress implements RunListener {
  private final StatusLine out;
  private final LongSupplier clock;
  private final boolean echoOutput;
  private final long started;
  private String running = "starting";
  private long referenceMs = -1;
  private long referenceEnd;

  MigrationProgress(PrintWriter err, boolean echoOutput) {
    this(new StatusLine(err, false), System::currentTimeMillis, echoOutput);
  }

  MigrationProgress(StatusLine out, LongSupplier clock, boolean echoOutput) {
    this.out = out;
    this.clock = clock;
    this.echoOutput = echoOutput;
    this.started = clock.getAsLong();
    out.show(this::status);
  }

  @Override
  public void on(RunEvent event) {
    String line = null;
    if (event instanceof RunEvent.Started s) {
      line = "[migrate] " + s.testName() + ": run directory " + s.runDir();
    } else if (event instanceof RunEvent.PhaseStarted p) {
      synchronized (this) {
        running = p.phase();
      }
      line = out.live() ? null : "[migrate] " + p.phase() + " ...";
      out.redraw();
    } else if (event instanceof RunEvent.PhaseFinished p) {
      synchronized (this) {
        if (p.phase().equals("reference")) {
          referenceMs = p.elapsed().toMillis();
          referenceEnd = clock.getAsLong();
        }
      }
      line =
          "[migrate] "
              + p.phase()
              + " took "
              + p.elapsed().toMillis()
              + " ms"
              + (out.live() ? "" : " (" + timing() + ")");
    } else if (event instanceof RunEvent.LegOutput o && echoOutput) {
      line = "[" + o.role() + "] " + o.line();
    } else if (event instanceof RunEvent.CheckCompleted c) {
      line = "[migrate] check " + c.result().name() + ": " + c.result().verdict();
    }
    if (line != null) {
      out.println(line);
    }
  }

  synchronized String status() {
    return "[migrate] " + running + " ... " + timing();
  }

  private synchronized String timing() {
    long now = clock.getAsLong();
    String elapsed = StatusLine.clock(now - started) + " elapsed";
    if (referenceMs < 0) {
      return elapsed;
    }
    long left = referenceEnd + referenceMs - now;
    return elapsed
        + (left > 0 ? ", about " + StatusLine.clock(left) + " left" : ", past the estimate");
  }
}
