package org.hexo.ci.report;

import org.hexo.ci.migration.RunEvent;
import org.hexo.ci.migration.RunListener;

/**
 * Listener that writes {@code result.json} ({@link ResultJson}) into each finished test's run
 * directory.
 */
public final class JsonReport implements RunListener {
  public static final String FILE = "result.json";

  @Override
  public void on(RunEvent event) {
    if (event instanceof RunEvent.Finished f) {
      ReportDirectory.write(f.result().runDir().resolve(FILE), ResultJson.render(f.result()));
    }
  }
}
