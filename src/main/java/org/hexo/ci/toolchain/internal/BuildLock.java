package org.hexo.ci.toolchain.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.hexo.ci.InfrastructureException;

/**
 * One build per toolchain key at a time, across threads and processes: a lock in this JVM (a {@link
 * FileLock} is held per process, so two threads would not exclude each other) and a lock on {@code
 * <key dir>/.build.lock} for other hexo-ci processes on this host. Whoever waits says so and names
 * the holder; it then finds the image the holder built and reuses it. Closing releases both.
 */
public final class BuildLock implements AutoCloseable {
  private static final Map<String, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

  private final ReentrantLock jvm;
  private final FileChannel channel;
  private final FileLock file;

  private BuildLock(ReentrantLock jvm, FileChannel channel, FileLock file) {
    this.jvm = jvm;
    this.channel = channel;
    this.file = file;
  }

  /**
   * Takes the lock of the build in {@code dir}, telling {@code waiting} once when another build
   * holds it.
   */
  public static BuildLock acquire(Path dir, Consumer<String> waiting) {
    Path path = dir.resolve(".build.lock");
    ReentrantLock jvm =
        IN_JVM.computeIfAbsent(path.toAbsolutePath().toString(), k -> new ReentrantLock());
    if (!jvm.tryLock()) {
      waiting.accept("waiting for another build of this toolchain in this process");
      jvm.lock();
    }
    FileChannel ch = null;
    try {
      ch =
          FileChannel.open(
              path, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
      FileLock lock = ch.tryLock();
      if (lock == null) {
        waiting.accept(
            "waiting for another build of this toolchain ("
                + holder(path)
                + ", lock "
                + path
                + ")");
        lock = ch.lock();
      }
      ch.truncate(0);
      ch.write(StandardCharsets.UTF_8.encode("pid " + ProcessHandle.current().pid() + "\n"), 0);
      return new BuildLock(jvm, ch, lock);
    } catch (IOException e) {
      close(ch);
      jvm.unlock();
      throw new InfrastructureException(
          "cannot lock " + path + ": " + e.getMessage(), "check the cache directory", e);
    }
  }

  private static String holder(Path path) {
    try {
      String s = Files.readString(path).strip();
      return s.isEmpty() ? "holder unknown" : "held by " + s;
    } catch (IOException e) {
      return "holder unknown";
    }
  }

  private static void close(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException e) {
        // releasing: nothing left to do
      }
    }
  }

  @Override
  public void close() {
    try {
      file.release();
    } catch (IOException e) {
      // the channel's close below releases it too
    }
    close(channel);
    jvm.unlock();
  }
}
