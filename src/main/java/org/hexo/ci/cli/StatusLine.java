package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Where long commands report progress. On a terminal, one status line at the bottom is redrawn in
 * place (and every second, so the elapsed time moves) while log lines scroll above it; elsewhere
 * (CI logs) there is no status line and callers print plain lines instead. Thread-safe; {@link
 * #close} clears the status line and stops the redraws.
 */
final class StatusLine implements AutoCloseable {
  private static final String CLEAR = "\r\u001b[2K";
  private final PrintWriter err;
  private final boolean live;
  private Supplier<String> status = () -> "";
  private ScheduledExecutorService ticker;

  StatusLine(PrintWriter err, boolean live) {
    this.err = err;
    this.live = live;
  }

  /** True when stderr is an interactive terminal that understands cursor control. */
  static boolean terminal() {
    return System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }

  boolean live() {
    return live;
  }

  /** Shows {@code status} (asked again at every redraw) on a terminal; ignored elsewhere. */
  synchronized void show(Supplier<String> status) {
    this.status = status;
    if (live && ticker == null) {
      ticker =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "hexo-ci-status");
                t.setDaemon(true);
                return t;
              });
      ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
    }
    redraw();
  }

  /** Prints one line of the log (above the status line on a terminal). */
  synchronized void println(String line) {
    if (live) {
      err.print(CLEAR);
    }
    err.println(line);
    drawStatus();
    err.flush();
  }

  synchronized void redraw() {
    if (live) {
      err.print(CLEAR);
      drawStatus();
      err.flush();
    }
  }

  private void drawStatus() {
    if (live) {
      err.print(status.get());
    }
  }

  @Override
  public synchronized void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
    if (live) {
      err.print(CLEAR);
      err.flush();
    }
  }

  /** Seconds for a person: {@code 42s}, {@code 3m05s}, {@code 1h02m}. */
  static String clock(long millis) {
    long s = Math.max(0, millis) / 1000;
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format("%dm%02ds", s / 60, s % 60);
    }
    return String.format("%dh%02dm", s / 3600, s / 60 % 60);
  }
}
