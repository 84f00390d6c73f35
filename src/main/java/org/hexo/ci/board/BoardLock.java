package org.hexo.ci.board;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.hexo.ci.InfrastructureException;

/**
 * A board held by one hexo-ci process of this host: the file {@code <lockDir>/<board>.lock} names
 * its owner (pid and the process's start time, which tells a live owner from a recycled pid). A
 * lock whose owner is gone (killed, crashed) is stale and taken over. The check-and-take runs under
 * an OS file lock on {@code <lockDir>/.mutex}, so two processes never both take a board; threads of
 * one process are serialised before that, as OS file locks are per process. Acquire with {@link
 * #acquire}, release with {@link #close}.
 */
public final class BoardLock implements AutoCloseable {
  private static final Object IN_PROCESS = new Object();
  private static final Duration POLL = Duration.ofMillis(200);

  /** Who holds a board: pid, its process start time (epoch ms), since when (epoch ms). */
  public record Owner(long pid, long processStart, long since) {
    static Owner self() {
      ProcessHandle me = ProcessHandle.current();
      return new Owner(me.pid(), startOf(me).orElse(0L), System.currentTimeMillis());
    }

    /** True while the owning process runs (the same pid and the same start time). */
    public boolean alive() {
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .map(h -> startOf(h).map(s -> Math.abs(s - processStart) < 1000).orElse(true))
          .orElse(false);
    }

    String line() {
      return "pid=" + pid + " start=" + processStart + " since=" + since + "\n";
    }

    static Optional<Owner> parse(String text) {
      try {
        long pid = 0;
        long start = 0;
        long since = 0;
        for (String kv : text.trim().split("\\s+")) {
          String[] p = kv.split("=", 2);
          switch (p[0]) {
            case "pid" -> pid = Long.parseLong(p[1]);
            case "start" -> start = Long.parseLong(p[1]);
            case "since" -> since = Long.parseLong(p[1]);
            default -> {}
          }
        }
        return pid > 0 ? Optional.of(new Owner(pid, start, since)) : Optional.empty();
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }

    private static Optional<Long> startOf(ProcessHandle h) {
      return h.info().startInstant().map(Instant::toEpochMilli);
    }
  }

  private final Path lockDir;
  private final Path file;
  private final Owner owner;

  private BoardLock(Path lockDir, Path file, Owner owner) {
    this.lockDir = lockDir;
    this.file = file;
    this.owner = owner;
  }

  /**
   * Takes board {@code board}, waiting while another live process (or another thread of this one)
   * holds it; {@code waiting} hears once who it waits for.
   *
   * @throws InterruptedException when interrupted while waiting
   * @throws InfrastructureException when the lock directory cannot be used
   */
  public static BoardLock acquire(Path lockDir, String board, Consumer<String> waiting)
      throws InterruptedException {
    Path file = lockDir.resolve(board + ".lock");
    boolean told = false;
    while (true) {
      Optional<Owner> holder = tryTake(lockDir, file);
      if (holder.isEmpty()) {
        return new BoardLock(lockDir, file, currentOwner(file));
      }
      if (!told) {
        told = true;
        waiting.accept(
            "[board] waiting for "
                + board
                + ": held by pid "
                + holder.get().pid()
                + " since "
                + Instant.ofEpochMilli(holder.get().since()));
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /** Who holds {@code board} now, if a live process does. */
  public static Optional<Owner> holder(Path lockDir, String board) {
    return read(lockDir.resolve(board + ".lock")).filter(Owner::alive);
  }

  public Owner owner() {
    return owner;
  }

  /** Releases the board (only when this lock still owns the file). */
  @Override
  public void close() {
    synchronized (IN_PROCESS) {
      try {
        underMutex(
            lockDir,
            () -> read(file).filter(owner::equals).isPresent() && Files.deleteIfExists(file));
      } catch (IOException e) {
        throw new InfrastructureException(
            "cannot release board lock " + file + ": " + e.getMessage(),
            "remove the file by hand once no hexo-ci process uses the board",
            e);
      }
    }
  }

  /** Takes the board when free or stale; else returns who holds it. */
  private static Optional<Owner> tryTake(Path lockDir, Path file) {
    synchronized (IN_PROCESS) {
      try {
        Files.createDirectories(lockDir);
        return underMutex(
            lockDir,
            () -> {
              Optional<Owner> current = read(file);
              if (current.isPresent() && current.get().alive()) {
                return current;
              }
              // free, or stale: its owner is gone
              Path tmp = Files.createTempFile(lockDir, ".take", ".tmp");
              Files.writeString(tmp, Owner.self().line());
              Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
              return Optional.<Owner>empty();
            });
      } catch (IOException e) {
        throw new InfrastructureException(
            "cannot use the board lock directory " + lockDir + ": " + e.getMessage(),
            "make it writable, or set lock-dir (HEXO_LOCK_DIR) to a directory every hexo-ci"
                + " process of this host can write",
            e);
      }
    }
  }

  private static Owner currentOwner(Path file) {
    return read(file).orElseThrow(() -> new IllegalStateException("lost " + file));
  }

  private interface Body<T> {
    T run() throws IOException;
  }

  /** Runs {@code body} holding the OS lock on the directory's mutex file. */
  private static <T> T underMutex(Path lockDir, Body<T> body) throws IOException {
    try (FileChannel ch =
            FileChannel.open(
                lockDir.resolve(".mutex"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l = ch.lock()) {
      return body.run();
    }
  }

  private static Optional<Owner> read(Path file) {
    try {
      return Owner.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      // absent, or unreadable: free, the next take rewrites it
      return Optional.empty();
    }
  }
}
