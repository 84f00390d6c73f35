package org.hexo.ci.matrix;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hexo.ci.verify.Verdict;

/**
 * Runs the cells of a matrix on a pool of boards: one worker per board, so cells run in parallel up
 * to the number of free boards and each board serves one cell at a time (an exclusive lease). A
 * cell run that outlives the lease timeout is interrupted and counts as ERROR. Before its first
 * cell a board runs the health-check cell; a board that fails it, or that fails it again after a
 * cell ended in ERROR, is quarantined and the cell goes back to the queue for another board, with
 * the failed attempt recorded. Cells whose target no board of the pool serves at all are not run:
 * they are reported as skipped with the reason (a configuration matter, not a failure). Single use:
 * build, then {@link #call()}.
 */
public final class MatrixScheduler {
  private final MatrixSpec spec;
  private final List<MatrixBoard> boards;
  private final CellRunner runner;
  private final Path reportDir;
  private Consumer<String> progress = line -> {};
  private String noHealthCheck;
  private final Map<String, BoardStatus> status = new ConcurrentHashMap<>();
  private final AtomicInteger done = new AtomicInteger();

  public MatrixScheduler(
      MatrixSpec spec, List<MatrixBoard> boards, CellRunner runner, Path reportDir) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.boards = List.copyOf(boards);
    this.runner = Objects.requireNonNull(runner, "runner");
    this.reportDir = reportDir.toAbsolutePath();
  }

  /** Receives one line per finished cell or quarantined board. */
  public MatrixScheduler onProgress(Consumer<String> listener) {
    this.progress = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Boards are not health-checked, for {@code reason} (e.g. the health-check app does not build
   * with the toolchain under test, so it cannot tell a broken board from a broken toolchain).
   */
  public MatrixScheduler withoutHealthCheck(String reason) {
    this.noHealthCheck = Objects.requireNonNull(reason, "reason");
    return this;
  }

  public MatrixResult call() throws InterruptedException {
    long started = System.currentTimeMillis();
    List<Cell> cells = new ArrayList<>();
    List<SkippedCell> skipped = new ArrayList<>();
    for (Cell c : spec.cells()) {
      if (boards.stream().anyMatch(b -> b.serves(c.target()))) {
        cells.add(c);
      } else {
        skipped.add(new SkippedCell(c, "no board matches " + c.target()));
      }
    }
    skipped.stream()
        .map(s -> s.cell().target())
        .distinct()
        .forEach(
            t ->
                progress.accept(
                    "[matrix] warning: no board matches "
                        + t
                        + ": its cells are skipped (add such a board to the inventory)"));
    Dispatcher dispatcher = new Dispatcher(cells, boards);
    ExecutorService leases = Executors.newCachedThreadPool();
    List<Thread> workers = new ArrayList<>();
    try {
      for (MatrixBoard board : boards) {
        status.put(board.name(), new BoardStatus(board.name(), "unused", false, ""));
        Thread t =
            new Thread(
                () -> work(board, dispatcher, leases, cells.size()), "board-" + board.name());
        workers.add(t);
        t.start();
      }
      for (Thread t : workers) {
        t.join();
      }
    } finally {
      leases.shutdownNow();
    }
    Map<Cell, CellResult> byCell = dispatcher.results();
    List<CellResult> ordered = cells.stream().map(byCell::get).toList();
    List<BoardStatus> boardStatus = boards.stream().map(b -> status.get(b.name())).toList();
    return new MatrixResult(
        spec.name(),
        spec.repeat(),
        started,
        System.currentTimeMillis(),
        ordered,
        boardStatus,
        skipped);
  }

  private void work(MatrixBoard board, Dispatcher dispatcher, ExecutorService leases, int total) {
    boolean checked = false;
    try {
      Pending p;
      while ((p = dispatcher.take(board)) != null) {
        long t0 = System.currentTimeMillis();
        if (!checked && noHealthCheck != null) {
          checked = true;
          status.put(
              board.name(), new BoardStatus(board.name(), "not checked", false, noHealthCheck));
        }
        if (!checked) {
          checked = true;
          CellOutcome health = healthCheck(board, leases);
          if (health.verdict() != Verdict.PASS) {
            quarantine(board, dispatcher, p, t0, "health check failed: " + health.message());
            return;
          }
        }
        String logDir = "cells/" + p.cell().slug();
        List<Sample> samples = new ArrayList<>();
        for (int i = 1; i <= spec.repeat(); i++) {
          Path dir = reportDir.resolve(logDir).resolve(board.name() + "-run" + i);
          long s0 = System.currentTimeMillis();
          CellOutcome o = leased(p.cell(), board, dir, leases);
          samples.add(
              new Sample(o.verdict(), o.phasesMs(), s0, System.currentTimeMillis(), o.message()));
          if (o.verdict() == Verdict.ERROR) {
            break;
          }
        }
        for (int i = 1; i <= spec.reruns() && failedOnly(samples); i++) {
          Path dir = reportDir.resolve(logDir).resolve(board.name() + "-rerun" + i);
          long s0 = System.currentTimeMillis();
          CellOutcome o = leased(p.cell(), board, dir, leases);
          samples.add(
              new Sample(o.verdict(), o.phasesMs(), s0, System.currentTimeMillis(), o.message()));
        }
        Verdict verdict =
            samples.stream().map(Sample::verdict).reduce(Verdict.PASS, Verdict::worst);
        if (verdict == Verdict.ERROR && noHealthCheck == null) {
          CellOutcome health = healthCheck(board, leases);
          if (health.verdict() != Verdict.PASS) {
            String why =
                "board broke during the cell ("
                    + samples.get(samples.size() - 1).message()
                    + "); health check failed: "
                    + health.message();
            quarantine(board, dispatcher, p, t0, why);
            return;
          }
        }
        String message =
            samples.stream().map(Sample::message).filter(m -> !m.isEmpty()).findFirst().orElse("");
        p.attempts().add(new Attempt(board.name(), verdict, "", t0, System.currentTimeMillis()));
        CellResult r =
            new CellResult(p.cell(), verdict, board.name(), samples, p.attempts(), logDir, message);
        dispatcher.complete(r);
        progress.accept(
            String.format(
                "[matrix] %d/%d %s %s on %s%s",
                done.incrementAndGet(),
                total,
                verdict,
                p.cell().id(),
                board.name(),
                r.retried()
                    ? " (re-run after " + (r.attempts().size() - 1) + " broken board)"
                    : ""));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      dispatcher.leave(board);
    }
  }

  private void quarantine(
      MatrixBoard board, Dispatcher dispatcher, Pending p, long t0, String why) {
    status.put(board.name(), new BoardStatus(board.name(), "FAIL", true, why));
    p.attempts()
        .add(
            new Attempt(
                board.name(),
                Verdict.ERROR,
                "board quarantined: " + why,
                t0,
                System.currentTimeMillis()));
    progress.accept("[matrix] board " + board.name() + " quarantined: " + why);
    dispatcher.quarantine(board, p);
  }

  private CellOutcome healthCheck(MatrixBoard board, ExecutorService leases) {
    Path dir =
        reportDir.resolve("boards").resolve(board.name()).resolve("health-" + System.nanoTime());
    CellOutcome o = leased(spec.healthCheck(), board, dir, leases);
    if (o.verdict() == Verdict.PASS) {
      status.put(board.name(), new BoardStatus(board.name(), "PASS", false, ""));
    }
    return o;
  }

  /** Runs one cell under the board's lease: interrupted and ERROR when the lease expires. */
  private CellOutcome leased(Cell cell, MatrixBoard board, Path logDir, ExecutorService leases) {
    Duration lease = spec.leaseTimeout();
    Future<CellOutcome> f =
        leases.submit(
            () -> {
              Files.createDirectories(logDir);
              return runner.run(cell, board, logDir);
            });
    try {
      return f.get(lease.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      return CellOutcome.error(
          "lease of board " + board.name() + " expired after " + lease.toSeconds() + " s");
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      return CellOutcome.error(c.getClass().getSimpleName() + ": " + c.getMessage());
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      return CellOutcome.error("interrupted");
    }
  }

  /** Whether every run so far FAILed (an ERROR is the board's, and is not rerun). */
  private static boolean failedOnly(List<Sample> samples) {
    return samples.stream().allMatch(s -> s.verdict() == Verdict.FAIL);
  }
}
