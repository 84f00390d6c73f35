package org.hexo.ci.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hexo.ci.HexoCiException;
import org.hexo.ci.board.Board;
import org.hexo.ci.verify.LegProof;

/**
 * Collects a run's record while it runs and emits its events: phases as they start and finish,
 * finished legs (their logs written to the {@link RunDirectory}), transfers, the boards used. One
 * per run; {@link #record} snapshots it. Thread-safe, since the destination's board is opened on a
 * side thread.
 */
final class Recorder {
  private static final List<String> LEG_ORDER = List.of("source", "relay", "destination");

  private final RunDirectory dir;
  private final Consumer<RunEvent> events;
  private final List<PhaseTiming> phases = new ArrayList<>();
  private final Map<String, LegResult> legs = new LinkedHashMap<>();
  private final List<TransferResult> transfers = new ArrayList<>();
  private final Map<String, String> boardKinds = new LinkedHashMap<>();
  private final Map<String, LegProof> proofs = new LinkedHashMap<>();
  private final List<MigrationPoint> points = new ArrayList<>();
  private final Map<String, String> stoppedAfter = new LinkedHashMap<>();
  private LegResult reference;

  Recorder(RunDirectory dir, Consumer<RunEvent> events) {
    this.dir = dir;
    this.events = events;
  }

  String testName() {
    return dir.testName();
  }

  void emit(RunEvent e) {
    events.accept(e);
  }

  void phaseStarted(String name) {
    events.accept(new RunEvent.PhaseStarted(testName(), name));
  }

  /** A phase from {@code from} to {@code to}; clocks that disagree never give a negative one. */
  void phase(String name, Instant from, Instant to) {
    Duration d = Duration.between(from, to);
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    synchronized (this) {
      phases.add(new PhaseTiming(name, d.toMillis()));
    }
    events.accept(new RunEvent.PhaseFinished(testName(), name, d));
  }

  synchronized void board(Board b) {
    boardKinds.put(b.name(), b.kind());
  }

  /** A finished leg: kept, its logs written. */
  void leg(LegResult leg) {
    synchronized (this) {
      if (leg.role().equals("reference")) {
        reference = leg;
      } else {
        legs.put(leg.role(), leg);
      }
    }
    dir.writeLogs(leg);
  }

  synchronized void proof(LegProof p) {
    proofs.put(p.role(), p);
  }

  /** hexo-ci stopped the leg {@code role} because {@code why} (another leg failed first). */
  synchronized void stoppedAfter(String role, String why) {
    stoppedAfter.put(role, why);
  }

  synchronized Optional<String> stoppedAfter(String role) {
    return Optional.ofNullable(stoppedAfter.get(role));
  }

  synchronized void point(MigrationPoint p) {
    points.add(p);
  }

  synchronized boolean hasLeg(String role) {
    return role.equals("reference") ? reference != null : legs.containsKey(role);
  }

  synchronized void transfer(TransferResult t) {
    transfers.add(t);
  }

  synchronized RunRecord record(HexoCiException failure) {
    List<LegResult> ordered = new ArrayList<>();
    for (String role : LEG_ORDER) {
      if (legs.containsKey(role)) {
        ordered.add(legs.get(role));
      }
    }
    return new RunRecord(
        Optional.ofNullable(reference),
        ordered,
        transfers,
        phases,
        boardKinds,
        List.copyOf(proofs.values()),
        points,
        Optional.ofNullable(failure));
  }
}
