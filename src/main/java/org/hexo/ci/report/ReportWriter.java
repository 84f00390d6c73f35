package org.hexo.ci.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.migration.Interruption;
import org.hexo.ci.migration.RunEvent;
import org.hexo.ci.migration.RunListener;

/**
 * Listener that publishes every finished test into a {@link ReportDirectory}: its {@code
 * result.json}, its {@code TEST-<test>.xml}, and the directory's {@value ReportDirectory#INDEX}. A
 * report it could not write is kept ({@link #failure()}) so that the command exits non-zero naming
 * the file. Thread-safe, so a matrix can share one instance between concurrent runners.
 */
public final class ReportWriter implements RunListener {
  private final ReportDirectory dir;
  private final List<Path> written = new ArrayList<>();
  private InfrastructureException failure;

  public ReportWriter(Path reportDir) {
    this.dir = new ReportDirectory(reportDir);
  }

  @Override
  public synchronized void on(RunEvent event) {
    if (!(event instanceof RunEvent.Finished f)) {
      return;
    }
    if (Interruption.requested()) {
      // the interrupt only woke the run; the files of an interrupted run must still be written
      Interruption.cleaningUp();
    }
    try {
      dir.publish(f.result());
      written.add(dir.junitFile(f.result().testName()));
    } catch (InfrastructureException e) {
      if (failure == null) {
        failure = e;
      }
      throw e;
    }
  }

  /** The first report that could not be written, if one could not. */
  public synchronized Optional<InfrastructureException> failure() {
    return Optional.ofNullable(failure);
  }

  /** The JUnit files written so far. */
  public synchronized List<Path> junitFiles() {
    return List.copyOf(written);
  }

  public Path htmlFile() {
    return dir.index();
  }
}
