package org.hexo.ci.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Execution;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.local.LocalBoard;

/**
 * A board on this host's disk (local x86-64, or a binfmt aarch64 one) whose disk flips one byte of
 * {@code heap.bin} when a program that wrote it exits: the checkpoint is damaged on the source
 * before anything checksums it, so it travels intact and the destination restores a bad heap. The
 * fault a replay must reproduce.
 */
final class FlakyDiskBoard implements Board {
  private final Board local;

  FlakyDiskBoard(String name, Path root) {
    this(new LocalBoard(name, root));
  }

  /** {@code board}, whose work directories are on this host, with the flaky disk. */
  FlakyDiskBoard(Board board) {
    this.local = board;
  }

  /** Flips the byte in the middle of {@code file}; flipping twice restores it. */
  static void flip(Path file) {
    try {
      byte[] b = Files.readAllBytes(file);
      b[b.length / 2] ^= 0x5a;
      Files.write(file, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String name() {
    return local.name();
  }

  @Override
  public String kind() {
    return "local-flaky-disk";
  }

  @Override
  public String arch() {
    return local.arch();
  }

  @Override
  public <T> Optional<T> protocol(Class<T> type) {
    if (type != Executor.class) {
      return local.protocol(type);
    }
    Executor inner = local.require(Executor.class);
    Executor flaky =
        request -> {
          Execution e = inner.start(request);
          return new Execution() {
            private boolean flipped;

            @Override
            public void signal(String signalName) {
              e.signal(signalName);
            }

            @Override
            public boolean isAlive() {
              return e.isAlive();
            }

            @Override
            public synchronized ExecResult await() {
              ExecResult r = e.await();
              Path heap = Path.of(request.workDir(), "heap.bin");
              if (!flipped && Files.exists(heap)) {
                flip(heap);
                flipped = true;
              }
              return r;
            }

            @Override
            public void close() {
              e.close();
            }
          };
        };
    return Optional.of(type.cast(flaky));
  }

  @Override
  public String newWorkDir(String label) {
    return local.newWorkDir(label);
  }

  @Override
  public void close() {
    local.close();
  }
}
