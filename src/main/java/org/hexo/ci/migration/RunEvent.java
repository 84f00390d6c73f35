package org.hexo.ci.migration;

import java.time.Duration;
import org.hexo.ci.verify.CheckResult;

/**
 * What a {@link MigrationRunner} reports while it runs (labgrid-style step events). Reports and
 * progress printers subscribe with a {@link RunListener}; they only listen and render.
 */
public sealed interface RunEvent {

  /** The test started; its run directory exists. */
  record Started(MigrationSpec spec, String testName, java.nio.file.Path runDir)
      implements RunEvent {}

  /** A phase started, e.g. {@code reference}, {@code source}, {@code transfer}. */
  record PhaseStarted(String testName, String phase) implements RunEvent {}

  /** A phase finished after {@code elapsed}. */
  record PhaseFinished(String testName, String phase, Duration elapsed) implements RunEvent {}

  /** A leg printed a line on stdout. */
  record LegOutput(String testName, String role, String line) implements RunEvent {}

  /** A check was evaluated (one event per leaf check). */
  record CheckCompleted(String testName, CheckResult result) implements RunEvent {}

  /** The test finished; the result is complete. */
  record Finished(MigrationResult result) implements RunEvent {}
}
