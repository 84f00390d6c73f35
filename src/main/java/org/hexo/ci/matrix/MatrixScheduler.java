package org.hexo.ci.matrix;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hexo.ci.board.BoardHealth;
import org.hexo.ci.migration.Interruption;
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

  /** Why a cell was not run when hexo-ci was stopped first. */
  static final String NOT_RUN =
      "interrupted: hexo-ci received SIGINT or SIGTERM before this cell ran; run the matrix again";

  private final CellRunner runner;
  private final Path reportDir;
  private Consumer<String> progress = line -> {};
  private Consumer<CellResult> finished = cell -> {};
  private String noHealthCheck;
  private final Map<String, BoardStatus> status = new ConcurrentHashMap<>();
  private final AtomicInteger done = new AtomicInteger();
  private BoardLeases leases = BoardLeases.NONE;
  private BoardHealth health;
  private boolean trustHealthRecord;
  private Consumer<MatrixResult> onResult = r -> {};

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

  /** Receives each finished cell (after its progress line), e.g. to count verdicts so far. */
  public MatrixScheduler onCell(Consumer<CellResult> listener) {
    this.finished = Objects.requireNonNull(listener, "listener");
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

  /** Each board is taken through {@code leases} for each cell (host locks across processes). */
  public MatrixScheduler leases(BoardLeases leases) {
    this.leases = Objects.requireNonNull(leases, "leases");
    return this;
  }

  /**
   * Health checks are recorded in {@code health}; a board quarantined there (and not expired) is
   * not used. With {@code trustRecord}, a board with a passed check on record is not checked again.
   */
  public MatrixScheduler health(BoardHealth health, boolean trustRecord) {
    this.health = Objects.requireNonNull(health, "health");
    this.trustHealthRecord = trustRecord;
    return this;
  }

  /** Receives the matrix so far (finished cells in matrix order) each time a cell finishes. */
  public MatrixScheduler onResult(Consumer<MatrixResult> listener) {
    this.onResult = Objects.requireNonNull(listener, "listener");
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
    List<MatrixBoard> usable = new ArrayList<>();
    for (MatrixBoard board : boards) {
      Optional<BoardHealth.Record> sick =
          Optional.ofNullable(health)
              .flatMap(h -> h.current(board.name()))
              .filter(r -> !r.healthy());
      if (sick.isPresent()) {
        String why =
            "quarantined by an earlier check until "
                + Instant.ofEpochMilli(sick.get().expiresAt())
                + " (`hexo-ci board check "
                + board.name()
                + "` clears it): "
                + sick.get().reason();
        status.put(board.name(), new BoardStatus(board.name(), "FAIL", true, why));
        progress.accept("[matrix] board " + board.name() + " not used: " + why);
      } else {
        status.put(board.name(), new BoardStatus(board.name(), "unused", false, ""));
        usable.add(board);
      }
    }
    Dispatcher dispatcher = new Dispatcher(cells, usable);
    Snapshot snapshot = new Snapshot(cells, skipped, started, dispatcher);
    onResult.accept(snapshot.now());
    ExecutorService leases = Executors.newCachedThreadPool();
    List<Thread> workers = new ArrayList<>();
    try {
      for (MatrixBoard board : usable) {
        Thread t =
            new Thread(
                () -> work(board, dispatcher, leases, cells.size(), snapshot),
                "board-" + board.name());
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

  /** The matrix so far, for {@link #onResult}. */
  private final class Snapshot {
    private final List<Cell> cells;
    private final List<SkippedCell> skipped;
    private final long started;
    private final Dispatcher dispatcher;

    Snapshot(List<Cell> cells, List<SkippedCell> skipped, long started, Dispatcher dispatcher) {
      this.cells = cells;
      this.skipped = skipped;
      this.started = started;
      this.dispatcher = dispatcher;
    }

    MatrixResult now() {
      Map<Cell, CellResult> done = dispatcher.finished();
      return new MatrixResult(
          spec.name(),
          spec.repeat(),
          started,
          System.currentTimeMillis(),
          cells.stream().filter(done::containsKey).map(done::get).toList(),
          boards.stream().map(b -> status.get(b.name())).toList(),
          skipped);
    }
  }

  private void work(
      MatrixBoard board,
      Dispatcher dispatcher,
      ExecutorService leases,
      int total,
      Snapshot snapshot) {
    boolean checked = false;
    try {
      Pending p;
      while ((p = dispatcher.take(board)) != null) {
        if (Interruption.requested()) {
          // a cell taken as the request came goes back, to be listed with the others not run
          dispatcher.quarantine(board, p);
          dispatcher.stop(NOT_RUN);
          return;
        }
        BoardLeases.Lease held;
        try {
          held = this.leases.take(board);
        } catch (InterruptedException e) {
          // stopped while waiting for the board: the cell goes back for the others to see
          dispatcher.quarantine(board, p);
          throw e;
        }
        try (BoardLeases.Lease lease = held) {
          if (!runOne(board, p, dispatcher, leases, total, checked)) {
            return;
          }
          checked = true;
        }
        synchronized (snapshot) {
          onResult.accept(snapshot.now());
        }
        if (Interruption.requested()) {
          dispatcher.stop(NOT_RUN);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      dispatcher.leave(board);
    }
  }

  /** Runs one cell on the held board; false when the board was quarantined. */
  private boolean runOne(
      MatrixBoard board,
      Pending p,
      Dispatcher dispatcher,
      ExecutorService leases,
      int total,
      boolean checked) {
    long t0 = System.currentTimeMillis();
    if (!checked && noHealthCheck != null) {
      status.put(board.name(), new BoardStatus(board.name(), "not checked", false, noHealthCheck));
    } else if (!checked && trustHealthRecord && recordedHealthy(board)) {
      status.put(board.name(), new BoardStatus(board.name(), "PASS", false, "on record"));
    } else if (!checked) {
      CellOutcome health = healthCheck(board, leases);
      if (Interruption.requested()) {
        // the check was stopped, not failed: the board keeps its health, the cell is not run
        dispatcher.quarantine(board, p);
        dispatcher.stop(NOT_RUN);
        return false;
      }
      if (health.verdict() != Verdict.PASS) {
        quarantine(board, dispatcher, p, t0, "health check failed: " + health.message());
        return false;
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
    Verdict verdict = samples.stream().map(Sample::verdict).reduce(Verdict.PASS, Verdict::worst);
    if (verdict == Verdict.ERROR && noHealthCheck == null && !Interruption.requested()) {
      CellOutcome health = healthCheck(board, leases);
      if (health.verdict() != Verdict.PASS) {
        String why =
            "board broke during the cell ("
                + samples.get(samples.size() - 1).message()
                + "); health check failed: "
                + health.message();
        quarantine(board, dispatcher, p, t0, why);
        return false;
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
            r.retried() ? " (re-run after " + (r.attempts().size() - 1) + " broken board)" : ""));
    finished.accept(r);
    return true;
  }

  private boolean recordedHealthy(MatrixBoard board) {
    return health != null
        && health.current(board.name()).filter(BoardHealth.Record::healthy).isPresent();
  }

  private void quarantine(
      MatrixBoard board, Dispatcher dispatcher, Pending p, long t0, String why) {
    status.put(board.name(), new BoardStatus(board.name(), "FAIL", true, why));
    if (health != null) {
      health.record(board.name(), false, why);
    }
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
      if (health != null) {
        health.record(board.name(), true, "");
      }
    }
    return o;
  }

  /** Runs one cell under the board's lease: interrupted and ERROR when the lease expires. */
  private CellOutcome leased(Cell cell, MatrixBoard board, Path logDir, ExecutorService leases) {
    Duration lease = spec.leaseTimeout();
    Future<CellOutcome> f =
        leases.submit(
            () -> {
              // a SIGINT/SIGTERM stops the cell as it stops a migrate: ERROR interrupted, reported
              try (Interruption.Guard g = Interruption.guard()) {
                Files.createDirectories(logDir);
                return runner.run(cell, board, logDir);
              }
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
