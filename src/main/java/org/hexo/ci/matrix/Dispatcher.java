package org.hexo.ci.matrix;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hexo.ci.verify.Verdict;

/**
 * The queue between cells and board workers. A worker takes the first waiting cell its board
 * serves; a cell whose board was quarantined goes back to the front of the queue; a cell that no
 * remaining board can serve is finished as ERROR, as is every waiting cell once the run is stopped.
 * Thread-safe; one instance per matrix run.
 */
final class Dispatcher {
  private final Deque<Pending> pending = new ArrayDeque<>();
  private final Set<MatrixBoard> live;
  private final Map<Cell, CellResult> results = new HashMap<>();
  private int inFlight;
  private String stopped;

  public Dispatcher(List<Cell> cells, List<MatrixBoard> boards) {
    cells.forEach(c -> pending.add(new Pending(c)));
    live = new HashSet<>(boards);
  }

  /** The next cell for this board, waiting while others might still hand one back; null: done. */
  public synchronized Pending take(MatrixBoard board) throws InterruptedException {
    while (true) {
      if (stopped != null) {
        return null;
      }
      failUnservable();
      for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
        Pending p = it.next();
        if (board.serves(p.cell().target())) {
          it.remove();
          inFlight++;
          return p;
        }
      }
      if (inFlight == 0) {
        return null;
      }
      wait();
    }
  }

  public synchronized void complete(CellResult result) {
    results.put(result.cell(), result);
    inFlight--;
    notifyAll();
  }

  /** Takes the board out of service and puts the cell it was running back in the queue. */
  public synchronized void quarantine(MatrixBoard board, Pending interrupted) {
    live.remove(board);
    if (interrupted != null) {
      pending.addFirst(interrupted);
      inFlight--;
    }
    notifyAll();
  }

  /**
   * Hands out no more cells: those still waiting finish as ERROR {@code why}. Cells running now
   * finish as they do.
   */
  public synchronized void stop(String why) {
    if (stopped == null) {
      stopped = why;
    }
    notifyAll();
  }

  /** The board's worker found nothing more to do. */
  public synchronized void leave(MatrixBoard board) {
    live.remove(board);
    notifyAll();
  }

  /** The cells finished so far, without touching those still waiting. */
  public synchronized Map<Cell, CellResult> finished() {
    return Map.copyOf(results);
  }

  /** The results so far, keyed by cell; after every worker left, one per cell. */
  public synchronized Map<Cell, CellResult> results() {
    failUnservable();
    for (Pending p : new ArrayList<>(pending)) {
      finishUnserved(p);
    }
    pending.clear();
    return Map.copyOf(results);
  }

  private void failUnservable() {
    for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
      Pending p = it.next();
      if (live.stream().noneMatch(b -> b.serves(p.cell().target()))) {
        it.remove();
        finishUnserved(p);
      }
    }
  }

  private void finishUnserved(Pending p) {
    String why =
        stopped != null ? stopped : "no healthy board serves target '" + p.cell().target() + "'";
    long now = System.currentTimeMillis();
    List<Attempt> attempts = new ArrayList<>(p.attempts());
    attempts.add(new Attempt("", Verdict.ERROR, why, now, now));
    results.put(
        p.cell(), new CellResult(p.cell(), Verdict.ERROR, "", List.of(), attempts, "", why));
  }
}
