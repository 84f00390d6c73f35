package org.hexo.ci.migration;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hexo.ci.HexoCiException;
import org.hexo.ci.UsageException;
import org.hexo.ci.verify.CheckResult;
import org.hexo.ci.verify.Checks;
import org.hexo.ci.verify.RunEvidence;
import org.hexo.ci.verify.Verdict;

/**
 * Runs one migration test: the unmigrated reference run on the source ISA, then the source leg, its
 * trigger, the checkpoint, the checked transfer and the resumed destination leg (and, for a round
 * trip, the hop back), then the checks. Emits {@link RunEvent}s to its listeners and returns a
 * {@link MigrationResult}.
 *
 * <p>Single use, in the JGit command style:
 *
 * <pre>{@code
 * MigrationResult r = MigrationRunner.create(spec, artifacts, boards)
 *     .reportDir(dir)
 *     .listener(new ReportWriter(dir))
 *     .call();
 * }</pre>
 *
 * <p>Infrastructure failures (board unreachable, a leg past its time limit, a checkpoint damaged in
 * transfer) give verdict ERROR, never FAIL or PASS. A run that does not pass keeps its logs and
 * checkpoint files in its run directory ({@link MigrationResult#runDir()}). A {@link
 * UsageException} (e.g. a board of the wrong ISA) escapes {@link #call()}.
 */
public final class MigrationRunner {
  private final MigrationSpec spec;
  private final MigrationArtifacts artifacts;
  private final BoardSource boards;
  private final List<RunListener> listeners = new ArrayList<>();
  private Path reportDir;
  private TransferHook hook = TransferHook.NONE;
  private boolean called;

  private MigrationRunner(MigrationSpec spec, MigrationArtifacts artifacts, BoardSource boards) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
    this.boards = Objects.requireNonNull(boards, "boards");
  }

  public static MigrationRunner create(
      MigrationSpec spec, MigrationArtifacts artifacts, BoardSource boards) {
    return new MigrationRunner(spec, artifacts, boards);
  }

  /**
   * Where the run directory ({@code <dir>/<test name>}) is created; required. The caller passes the
   * one report directory of its configuration, so there is no second default here.
   */
  public MigrationRunner reportDir(Path dir) {
    this.reportDir = Objects.requireNonNull(dir, "dir").toAbsolutePath().normalize();
    return this;
  }

  public MigrationRunner listener(RunListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /** Fault injection for tests: sees each checkpoint file between fetch and put. */
  public MigrationRunner transferHook(TransferHook value) {
    this.hook = Objects.requireNonNull(value, "hook");
    return this;
  }

  /**
   * Checks without starting anything that both boards of {@code spec} exist and run the ISA their
   * role needs ({@link BoardSource#arch}); what a caller does before an expensive build.
   *
   * @throws UsageException naming the board and what is wrong with it
   */
  public static BoardRoles check(MigrationSpec spec, BoardSource boards) {
    return LegPlanner.check(spec, boards);
  }

  /** Runs the test. */
  public MigrationResult call() {
    if (called) {
      throw new IllegalStateException("a MigrationRunner runs once; create another");
    }
    if (reportDir == null) {
      throw new IllegalStateException("set reportDir(dir) before call()");
    }
    called = true;
    RunDirectory dir = RunDirectory.create(reportDir, spec.testName());
    Instant startedAt = Instant.now();
    emit(new RunEvent.Started(spec, dir.testName(), dir.path()));
    RunRecord run = new RunLoop(spec, artifacts, boards, dir, hook, this::emit).run();
    if (run.failure().orElse(null) instanceof UsageException e) {
      emit(new RunEvent.Finished(result(run, dir, Verdict.ERROR, e, null, startedAt)));
      throw e;
    }
    Optional<CheckResult> checks =
        run.reference()
            .map(
                ref -> {
                  RunEvidence ev =
                      new RunEvidence(
                          ref,
                          List.copyOf(run.legs()),
                          evidence(run.transfers()),
                          RunEvidence.byRole(run.proofs()));
                  CheckResult c =
                      Checks.standard(
                              spec.normalizer(),
                              spec.verificationRegex(),
                              legRoles(),
                              triggerLine())
                          .apply(ev);
                  c.flatten().forEach(r -> emit(new RunEvent.CheckCompleted(dir.testName(), r)));
                  return c;
                });
    Verdict verdict =
        run.failure().isPresent() || checks.isEmpty() ? Verdict.ERROR : checks.get().verdict();
    if (verdict == Verdict.PASS) {
      dir.discardCheckpoints();
    } else {
      dir.keepPrograms(artifacts);
    }
    MigrationResult result =
        result(run, dir, verdict, run.failure().orElse(null), checks.orElse(null), startedAt);
    emit(new RunEvent.Finished(result));
    return result;
  }

  /** The regex of an output trigger, whose migration point the checks then place. */
  private Optional<Pattern> triggerLine() {
    return spec.trigger().kind() == Trigger.Kind.OUTPUT
        ? Optional.of(spec.trigger().pattern())
        : Optional.empty();
  }

  /** The roles of the migrated run's legs, in order, as the direction plans them. */
  private List<String> legRoles() {
    return spec.roles().legs().stream().map(BoardRoles.Role::role).toList();
  }

  private static List<RunEvidence.Transfer> evidence(List<TransferResult> transfers) {
    return transfers.stream().map(TransferResult::evidence).toList();
  }

  /** What the message says when the destination printed nothing after the migration point. */
  public static final String NO_OUTPUT_AFTER_POINT =
      "no output after the migration point: the evidence is the exit codes, the resumed check and"
          + " the checkpoint";

  private MigrationResult result(
      RunRecord run,
      RunDirectory dir,
      Verdict verdict,
      HexoCiException failure,
      CheckResult checks,
      Instant startedAt) {
    String message;
    String remedy = "";
    if (failure != null) {
      message = failure.getMessage();
      remedy = failure.remedy();
    } else if (checks == null) {
      message = "the reference run did not complete";
    } else {
      message = summary(checks, verdict);
      if (verdict == Verdict.ERROR) {
        remedy = firstFailure(checks, true).map(CheckResult::hint).orElse("");
      }
    }
    if (checks != null && silentAfterPoint(run)) {
      message = message + "; " + NO_OUTPUT_AFTER_POINT;
    }
    if (verdict != Verdict.PASS && !(failure instanceof UsageException)) {
      message = message + " (logs and checkpoint files kept in " + dir.path() + ")";
    }
    return new MigrationResult(
        spec,
        dir.testName(),
        verdict,
        message,
        remedy,
        Optional.ofNullable(checks),
        run.phases(),
        run.allLegs(),
        run.transfers(),
        artifacts.manifest(),
        run.boardKinds(),
        dir.path(),
        startedAt,
        run.points());
  }

  /**
   * Whether the last leg of the migrated run printed nothing of its own: its exit code and the
   * resumed check are then the only evidence that the program went on after the migration point.
   */
  private boolean silentAfterPoint(RunRecord run) {
    List<LegResult> legs = run.legs();
    return legs.size() == legRoles().size()
        && legs.size() > 1
        && spec.normalizer().normalize(legs.get(legs.size() - 1).stdout()).stream()
            .allMatch(String::isBlank);
  }

  private static String summary(CheckResult checks, Verdict verdict) {
    if (verdict == Verdict.PASS) {
      return "migrated output matches the reference; all checks pass";
    }
    CheckResult first = firstFailure(checks, verdict == Verdict.ERROR).orElse(checks);
    String actual = first.actual();
    if (first.name().equals("output-matches-reference")) {
      actual = "output differs from the reference (unified diff in the report)";
    }
    int nl = actual.indexOf('\n');
    return first.name() + ": " + (nl < 0 ? actual : actual.substring(0, nl) + " ...");
  }

  private static Optional<CheckResult> firstFailure(CheckResult checks, boolean infraFirst) {
    List<CheckResult> failed = checks.flatten().stream().filter(r -> !r.passed()).toList();
    if (infraFirst) {
      Optional<CheckResult> infra = failed.stream().filter(CheckResult::infrastructure).findFirst();
      if (infra.isPresent()) {
        return infra;
      }
    }
    return failed.stream().findFirst();
  }

  private void emit(RunEvent event) {
    for (RunListener l : listeners) {
      try {
        l.on(event);
      } catch (RuntimeException e) {
        System.err.println(
            "hexo-ci: report listener failed on " + event.getClass().getSimpleName() + ": " + e);
      }
    }
  }
}
