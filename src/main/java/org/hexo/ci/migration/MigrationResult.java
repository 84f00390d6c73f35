package org.hexo.ci.migration;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexo.ci.verify.CheckResult;
import org.hexo.ci.verify.Verdict;

/**
 * Everything one migration test produced: the verdict and why, every check, phase timings, each
 * leg, each transfer, and where its logs are kept.
 *
 * @param spec what was run
 * @param testName the unique name of this run (also its run directory's name)
 * @param verdict PASS, FAIL or ERROR
 * @param message one line saying why (the failing check, or the infrastructure error)
 * @param remedy what to do about an ERROR; empty otherwise
 * @param checks the checks' results (one composite); absent when the run stopped before them
 * @param phases the phase timings in the order they finished
 * @param legs every program run, the reference first
 * @param transfers every checkpoint transfer
 * @param manifest the toolchain's component commit ids
 * @param boards board inventory name to driver kind
 * @param runDir the directory holding this run's logs (and its checkpoint files when it did not
 *     pass)
 * @param startedAt when the run started
 * @param points where each hop happened, in order
 */
public record MigrationResult(
    MigrationSpec spec,
    String testName,
    Verdict verdict,
    String message,
    String remedy,
    Optional<CheckResult> checks,
    List<PhaseTiming> phases,
    List<LegResult> legs,
    List<TransferResult> transfers,
    Map<String, String> manifest,
    Map<String, String> boards,
    Path runDir,
    Instant startedAt,
    List<MigrationPoint> points) {

  public MigrationResult {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(verdict, "verdict");
    message = message == null ? "" : message;
    remedy = remedy == null ? "" : remedy;
    checks = checks == null ? Optional.empty() : checks;
    phases = List.copyOf(phases);
    legs = List.copyOf(legs);
    transfers = List.copyOf(transfers);
    manifest = Map.copyOf(manifest);
    boards = Map.copyOf(boards);
    points = points == null ? List.of() : List.copyOf(points);
  }

  /** A result without migration points (a run that never hopped). */
  public MigrationResult(
      MigrationSpec spec,
      String testName,
      Verdict verdict,
      String message,
      String remedy,
      Optional<CheckResult> checks,
      List<PhaseTiming> phases,
      List<LegResult> legs,
      List<TransferResult> transfers,
      Map<String, String> manifest,
      Map<String, String> boards,
      Path runDir,
      Instant startedAt) {
    this(
        spec, testName, verdict, message, remedy, checks, phases, legs, transfers, manifest, boards,
        runDir, startedAt, List.of());
  }

  public Optional<Long> phaseMillis(String name) {
    return phases.stream().filter(p -> p.name().equals(name)).map(PhaseTiming::millis).findFirst();
  }

  public boolean passed() {
    return verdict == Verdict.PASS;
  }
}
