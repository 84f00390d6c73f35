package org.hexo.ci.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.RunEvent;
import org.hexo.ci.migration.RunListener;

/**
 * Listener that keeps every finished test of one invocation and rewrites, after each, the suite's
 * JUnit XML ({@value #JUNIT_FILE}) and HTML summary ({@value #HTML_FILE}) in the report directory,
 * and the test's {@code result.json} in its run directory. Thread-safe, so a matrix can share one
 * instance between concurrent runners.
 */
public final class ReportWriter implements RunListener {
  public static final String JUNIT_FILE = "TEST-hexo-ci.migration.xml";
  public static final String HTML_FILE = "index.html";

  private final Path reportDir;
  private final JsonReport json = new JsonReport();
  private final List<MigrationResult> results = new ArrayList<>();

  public ReportWriter(Path reportDir) {
    this.reportDir = reportDir.toAbsolutePath().normalize();
  }

  @Override
  public synchronized void on(RunEvent event) {
    if (!(event instanceof RunEvent.Finished f)) {
      return;
    }
    json.on(event);
    results.add(f.result());
    write(JUNIT_FILE, JunitXml.render("hexo-ci.migration", results));
    write(HTML_FILE, HtmlSummary.render("hexo-ci migration tests", results));
    HtmlSummary.writeStylesheet(reportDir);
  }

  public Path junitFile() {
    return reportDir.resolve(JUNIT_FILE);
  }

  public Path htmlFile() {
    return reportDir.resolve(HTML_FILE);
  }

  private void write(String name, String content) {
    try {
      Files.createDirectories(reportDir);
      Files.writeString(reportDir.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + reportDir.resolve(name), e);
    }
  }
}
