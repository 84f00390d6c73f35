package org.hexo.ci.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
      Path file = f.result().runDir().resolve(FILE);
      try {
        Files.writeString(file, ResultJson.render(f.result()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("cannot write " + file, e);
      }
    }
  }
}
