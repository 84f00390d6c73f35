package org.hexo.ci.matrix;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.hexo.ci.verify.Verdict;

/**
 * An in-memory cell runner for scheduler tests. Boards named in {@code unreachable} answer every
 * run, health checks included, with an infrastructure ERROR; on other boards an app called {@code
 * slow} blocks until its lease interrupts it, {@code broken} FAILs, and anything else PASSes and
 * logs its cell's slug to {@code output.log}. A test may gate runs with {@link #beforeRun}; the
 * runner records how many cells ran at once, on each board and in all.
 */
final class FakeCellRunner implements CellRunner {
  /** Called at the start of every run, on the lease thread; may block. */
  interface Gate {
    void enter(Cell cell, MatrixBoard board) throws InterruptedException;
  }

  private final Set<String> unreachable;
  private volatile Gate gate = (cell, board) -> {};
  private final Map<String, AtomicInteger> activeOn = new ConcurrentHashMap<>();
  private final Map<String, Integer> mostOn = new ConcurrentHashMap<>();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicInteger most = new AtomicInteger();

  FakeCellRunner(String... unreachable) {
    this.unreachable = Set.of(unreachable);
  }

  FakeCellRunner beforeRun(Gate g) {
    this.gate = g;
    return this;
  }

  /** The most cells that ran at the same time on {@code board}. */
  int mostAtOnceOn(String board) {
    return mostOn.getOrDefault(board, 0);
  }

  /** The most cells that ran at the same time on all boards. */
  int mostAtOnce() {
    return most.get();
  }

  @Override
  public CellOutcome run(Cell cell, MatrixBoard board, Path logDir) throws Exception {
    AtomicInteger mine = activeOn.computeIfAbsent(board.name(), b -> new AtomicInteger());
    int onBoard = mine.incrementAndGet();
    mostOn.merge(board.name(), onBoard, Math::max);
    most.accumulateAndGet(active.incrementAndGet(), Math::max);
    try {
      if (unreachable.contains(board.name())) {
        return CellOutcome.error("ssh: connect to host 127.0.0.1 port 22: Connection refused");
      }
      gate.enter(cell, board);
      switch (cell.app()) {
        case "slow" -> {
          new CountDownLatch(1).await();
          throw new IllegalStateException("a latch nobody counts down was released");
        }
        case "broken" -> {
          return new CellOutcome(Verdict.FAIL, Map.of("run", 1L), "exit 1: broken app");
        }
        default -> {
          Files.writeString(logDir.resolve("output.log"), cell.slug() + "\n");
          return new CellOutcome(Verdict.PASS, Map.of("run", 1L), "");
        }
      }
    } finally {
      active.decrementAndGet();
      mine.decrementAndGet();
    }
  }
}
