package org.hexo.ci.migration;

import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.hexo.ci.HexoCiException;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Execution;
import org.hexo.ci.board.Executor;

/**
 * One running leg and the loop that watches it: applies its trigger (a signal after N seconds, or
 * when a stdout line matches), notices the post-copy page server coming up, and records when the
 * first line, the trigger and the checkpoint happened. Single use; close it to kill the program.
 */
final class LegProcess implements AutoCloseable {
  private static final Pattern SERVER_UP =
      Pattern.compile("^Remote page server listen+ing on port");

  /** How a wait ended. */
  public enum Stop {
    /** The program exited. */
    EXITED,
    /** The post-copy page server is up: the checkpoint is written, memory is being served. */
    SERVING,
    /** The time limit passed; the program has been killed. */
    TIMED_OUT,
    /** The leg it depended on failed first; hexo-ci has stopped it. */
    PARTNER_FAILED
  }

  private record Line(Instant at, String text) {}

  private final BlockingQueue<Line> lines = new LinkedBlockingQueue<>();
  private final StringBuilder seen = new StringBuilder();
  private final Execution execution;
  private final Instant deadline;
  private final Instant started;
  private final Predicate<String> marker;
  private Instant firstLine;
  private Instant triggered;
  private boolean missed;
  private Instant stopped;
  private ExecResult result;

  private LegProcess(
      Executor executor, ExecRequest request, Predicate<String> marker, Consumer<String> onLine) {
    this.marker = marker;
    this.started = Instant.now();
    this.deadline = started.plus(request.timeout());
    this.execution =
        executor.start(
            request.withStdoutListener(
                line -> {
                  lines.add(new Line(Instant.now(), line));
                  synchronized (seen) {
                    seen.append(line).append('\n');
                  }
                  onLine.accept(line);
                }));
  }

  /**
   * Starts the leg. Lines for which {@code marker} holds (the runtime's own messages) never fire an
   * output trigger and do not count as the leg's first output.
   */
  public static LegProcess start(
      Executor executor, ExecRequest request, Predicate<String> marker, Consumer<String> onLine) {
    return new LegProcess(executor, request, marker, onLine);
  }

  /**
   * Watches the leg until it exits, serves pages (when {@code untilServing}), or times out,
   * applying {@code trigger} (null: none) on the way.
   */
  public Stop watch(Trigger trigger, boolean untilServing) {
    return watch(trigger, untilServing, null);
  }

  /**
   * As {@link #watch(Trigger, boolean)}, also watching {@code partner} (a leg serving this one's
   * pages, or null): when it fails, this leg cannot go on, so it is stopped at once ({@link
   * Stop#PARTNER_FAILED}).
   */
  public Stop watch(Trigger trigger, boolean untilServing, LegProcess partner) {
    Pattern pattern =
        trigger != null && trigger.kind() == Trigger.Kind.OUTPUT ? trigger.pattern() : null;
    Instant signalAt =
        trigger != null && trigger.kind() == Trigger.Kind.SIGNAL
            ? started.plus(trigger.delay())
            : null;
    while (true) {
      Line line;
      try {
        line = lines.poll(20, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        // only a stop request interrupts a run; the flag is consumed so that cleanup can wait
        execution.close();
        throw Interruption.interrupted();
      }
      Interruption.check();
      if (line != null) {
        boolean output = !marker.test(line.text());
        if (firstLine == null && output) {
          firstLine = line.at();
        }
        if (pattern != null && triggered == null && output && pattern.matcher(line.text()).find()) {
          fire();
        }
        if (untilServing && SERVER_UP.matcher(line.text()).find()) {
          stopped = line.at();
          return Stop.SERVING;
        }
        continue;
      }
      if (signalAt != null && triggered == null && !Instant.now().isBefore(signalAt)) {
        fire();
      }
      if (partner != null && !partner.isAlive() && partner.finish().exitCode() != 0) {
        execution.close();
        finish();
        stopped = Instant.now();
        return Stop.PARTNER_FAILED;
      }
      if (!execution.isAlive()) {
        finish();
        stopped = Instant.now();
        return result.timedOut() ? Stop.TIMED_OUT : Stop.EXITED;
      }
      if (Instant.now().isAfter(deadline)) {
        finish();
        stopped = Instant.now();
        return Stop.TIMED_OUT;
      }
    }
  }

  private void fire() {
    if (missed) {
      return;
    }
    triggered = Instant.now();
    try {
      if (execution.isAlive()) {
        execution.signal("USR1");
      }
    } catch (HexoCiException e) {
      if (execution.isAlive()) {
        throw e;
      }
      // it ended between its line and the signal: nothing was delivered, its trigger never fired
      triggered = null;
      missed = true;
    }
  }

  /** Waits for the program to exit (killing it at the deadline) and returns its result. */
  public ExecResult finish() {
    if (result == null) {
      result = execution.await();
      while (!lines.isEmpty()) {
        Line l = lines.poll();
        if (firstLine == null && l != null && !marker.test(l.text())) {
          firstLine = l.at();
        }
      }
    }
    return result;
  }

  /** Every stdout line that arrived so far, for a leg whose result could not be had. */
  public String stdoutSoFar() {
    synchronized (seen) {
      return seen.toString();
    }
  }

  public Instant started() {
    return started;
  }

  /** When the first stdout line arrived; null when none did. */
  public Instant firstLine() {
    return firstLine;
  }

  /** When hexo-ci delivered SIGUSR1; null for timer triggers and untriggered legs. */
  public Instant triggered() {
    return triggered;
  }

  /** When the last {@link #watch} ended. */
  public Instant stopped() {
    return stopped;
  }

  public boolean isAlive() {
    return execution.isAlive();
  }

  @Override
  public void close() {
    execution.close();
  }
}
