package org.hexo.ci.nativeio;

import java.util.concurrent.CountDownLatch;

/**
 * Run in a separate JVM by {@link NativeProcessIT}: starts {@code sleep 600} with the native helper
 * from a short-lived thread (as a pool thread would), prints its pid once that thread has ended,
 * then waits to be killed.
 */
public final class LegSpawnerMain {
  private LegSpawnerMain() {}

  public static void main(String[] args) throws Exception {
    VmmLibrary.require("the leg spawner test");
    long[] pid = new long[1];
    Thread starter =
        new Thread(
            () -> {
              try {
                pid[0] = NativeProcess.launch(new ProcessBuilder("sleep", "600")).pid();
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    starter.start();
    starter.join();
    System.out.println("pid=" + pid[0]);
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
