package org.hexo.ci.migration;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Work the engine overlaps with a leg or a transfer, each on its own named daemon thread. */
final class Background {
  private Background() {}

  /** Starts {@code work} on a new daemon thread called {@code name}. */
  static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
    return CompletableFuture.supplyAsync(
        work,
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          t.start();
        });
  }

  /** The result of {@code f}; its failure is rethrown as it was thrown. */
  static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Waits for {@code f} to end, ignoring how. */
  static void settle(CompletableFuture<?> f) {
    f.handle((ok, ignored) -> ok).join();
  }
}
