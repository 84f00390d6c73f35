package org.hexo.ci.board.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Collects one output stream of a program: keeps the full text and hands each complete line to a
 * listener as soon as it arrives. Optionally the first line is the program's pid, written by the
 * wrapper that started it on a remote board; that line is taken off the output and published.
 * Thread-safe: drivers feed it from reader threads or transport callbacks.
 */
public final class LineSink {
  private final Consumer<String> listener;
  private final CompletableFuture<Long> pid;
  private final StringBuilder text = new StringBuilder();
  private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
  private final CompletableFuture<Void> finished = new CompletableFuture<>();

  private LineSink(Consumer<String> listener, boolean firstLineIsPid) {
    this.listener = listener == null ? line -> {} : listener;
    this.pid = firstLineIsPid ? new CompletableFuture<>() : null;
  }

  /** A sink that passes every line to {@code listener} (may be null). */
  public static LineSink of(Consumer<String> listener) {
    return new LineSink(listener, false);
  }

  /** A sink whose first line is the pid of the program, not part of its output. */
  public static LineSink withPidLine(Consumer<String> listener) {
    return new LineSink(listener, true);
  }

  public synchronized void accept(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      if (bytes[i] == '\n') {
        emit(partial.toString(StandardCharsets.UTF_8));
        partial.reset();
      } else {
        partial.write(bytes[i]);
      }
    }
  }

  /** Flushes a last line without a newline; the stream has ended. */
  public synchronized void finish() {
    if (partial.size() > 0) {
      String last = partial.toString(StandardCharsets.UTF_8);
      partial.reset();
      if (pid != null && !pid.isDone()) {
        parsePid(last);
      } else {
        text.append(last);
        listener.accept(last);
      }
    }
    if (pid != null && !pid.isDone()) {
      pid.completeExceptionally(new IllegalStateException("program ended before reporting pid"));
    }
    finished.complete(null);
  }

  private void emit(String line) {
    if (pid != null && !pid.isDone()) {
      parsePid(line);
      return;
    }
    text.append(line).append('\n');
    listener.accept(line);
  }

  private void parsePid(String line) {
    try {
      pid.complete(Long.parseLong(line.trim()));
    } catch (NumberFormatException e) {
      pid.completeExceptionally(new IllegalStateException("expected a pid line, got: " + line));
    }
  }

  /** Reads {@code in} to its end on a daemon thread, feeding this sink. */
  public Thread pump(InputStream in, String threadName) {
    Thread t =
        new Thread(
            () -> {
              byte[] buf = new byte[8192];
              try (in) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                  accept(buf, 0, n);
                }
              } catch (IOException e) {
                // the stream closes when the program is killed; what arrived so far is kept
              } finally {
                finish();
              }
            },
            threadName);
    t.setDaemon(true);
    t.start();
    return t;
  }

  public synchronized String text() {
    return text.toString();
  }

  /** Completes with the pid line (only for {@link #withPidLine} sinks). */
  public CompletableFuture<Long> pid() {
    if (pid == null) {
      throw new IllegalStateException("this sink does not carry a pid line");
    }
    return pid;
  }

  /** Completes when the stream has ended. */
  public CompletableFuture<Void> finished() {
    return finished;
  }
}
