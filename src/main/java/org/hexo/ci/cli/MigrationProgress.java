package org.hexo.ci.cli;

import java.io.PrintWriter;
import org.hexo.ci.migration.RunEvent;
import org.hexo.ci.migration.RunListener;

/** Prints one progress line per phase of a migration test, so long runs show they are alive. */
final class MigrationProgress implements RunListener {
  private final PrintWriter err;
  private final boolean echoOutput;

  MigrationProgress(PrintWriter err, boolean echoOutput) {
    this.err = err;
    this.echoOutput = echoOutput;
  }

  @Override
  public void on(RunEvent event) {
    String line = null;
    if (event instanceof RunEvent.Started s) {
      line = "[migrate] " + s.testName() + ": run directory " + s.runDir();
    } else if (event instanceof RunEvent.PhaseStarted p) {
      line = "[migrate] " + p.phase() + " ...";
    } else if (event instanceof RunEvent.PhaseFinished p) {
      line = "[migrate] " + p.phase() + " took " + p.elapsed().toMillis() + " ms";
    } else if (event instanceof RunEvent.LegOutput o && echoOutput) {
      line = "[" + o.role() + "] " + o.line();
    } else if (event instanceof RunEvent.CheckCompleted c) {
      line = "[migrate] check " + c.result().name() + ": " + c.result().verdict();
    }
    if (line != null) {
      synchronized (err) {
        err.println(line);
        err.flush();
      }
    }
  }
}
