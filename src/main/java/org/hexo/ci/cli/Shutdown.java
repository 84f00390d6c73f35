package org.hexo.ci.cli;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hexo.ci.migration.Interruption;

/**
 * The JVM shutdown hook of the {@code hexo-ci} process: a SIGINT or SIGTERM (a Jenkins abort) while
 * a migration runs asks it to stop ({@link Interruption}) and waits for the command to end as after
 * any error (verdict ERROR "interrupted", reports written, boards closed, containers removed, local
 * legs killed), then exits with the command's code. Outside a migration it lets the JVM exit as it
 * would.
 */
final class Shutdown {
  /** How long the stopped run may take to report and clean up (a board close included). */
  private static final Duration GRACE = Duration.ofSeconds(90);

  private static final CompletableFuture<Integer> done = new CompletableFuture<>();

  private Shutdown() {}

  static void install() {
    Runtime.getRuntime().addShutdownHook(new Thread(Shutdown::onShutdown, "hexo-ci-shutdown"));
  }

  /** The command ended with {@code code}. */
  static void finished(int code) {
    done.complete(code);
  }

  private static void onShutdown() {
    if (done.isDone() || !Interruption.active()) {
      return;
    }
    System.err.println(
        "hexo-ci: interrupted: stopping the legs, writing the reports, closing the boards");
    Interruption.request();
    int code = ExitCode.INFRASTRUCTURE.code();
    try {
      code = done.get(GRACE.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      System.err.println(
          "hexo-ci: the interrupted run did not end within " + GRACE.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.err.flush();
    System.out.flush();
    Runtime.getRuntime().halt(code);
  }
}
