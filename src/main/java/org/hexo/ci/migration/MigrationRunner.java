package org.hexo.ci.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexo.ci.HexoCiException;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.hexo.ci.board.Board;
import org.hexo.ci.migration.internal.Choreography;
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
 *     .listener(new JsonReport(dir))
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
  private Path reportDir = Path.of("hexo-ci-reports");
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

  /** Where the run directory ({@code <dir>/<test name>}) is created. */
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

  /** Runs the test. */
  public MigrationResult call() {
    if (called) {
      throw new IllegalStateException("a MigrationRunner runs once; create another");
    }
    called = true;
    Path runDir = newRunDir();
    String testName = runDir.getFileName().toString();
    Instant startedAt = Instant.now();
    emit(new RunEvent.Started(spec, testName, runDir));
    Choreography run = new Choreography(spec, artifacts, testName, runDir, hook, this::emit);
    HexoCiException infra = null;
    try {
      Board source = boards.board(spec.sourceBoard());
      requireArch(source, spec.direction().sourceArch(), "source");
      run.execute(
          source,
          () -> {
            Board destination = boards.board(spec.destinationBoard());
            requireArch(destination, spec.direction().destinationArch(), "destination");
            return destination;
          });
    } catch (InfrastructureException e) {
      infra = e;
    } catch (UsageException e) {
      emit(
          new RunEvent.Finished(
              result(
                  testName,
                  run,
                  Verdict.ERROR,
                  e.getMessage(),
                  e.remedy(),
                  null,
                  runDir,
                  startedAt)));
      throw e;
    } finally {
      run.closeAll();
    }
    Optional<CheckResult> checks = Optional.empty();
    Verdict verdict;
    String message;
    String remedy = "";
    if (run.reference().isPresent()) {
      RunEvidence evidence =
          new RunEvidence(
              run.reference().get().evidence(),
              run.legs().stream().map(LegResult::evidence).toList(),
              run.transfers().stream().map(TransferResult::evidence).toList());
      CheckResult c = Checks.standard(spec.normalizer(), spec.verificationRegex()).apply(evidence);
      c.flatten().forEach(r -> emit(new RunEvent.CheckCompleted(testName, r)));
      checks = Optional.of(c);
    }
    if (infra != null) {
      verdict = Verdict.ERROR;
      message = infra.getMessage();
      remedy = infra.remedy();
    } else if (checks.isEmpty()) {
      verdict = Verdict.ERROR;
      message = "the reference run did not complete";
    } else {
      verdict = checks.get().verdict();
      message = summary(checks.get(), verdict);
      if (verdict == Verdict.ERROR) {
        remedy = firstFailure(checks.get(), true).map(CheckResult::hint).orElse("");
      }
    }
    if (verdict == Verdict.PASS) {
      run.discardCheckpoints();
    } else {
      message = message + " (logs and checkpoint files kept in " + runDir + ")";
    }
    MigrationResult result =
        result(testName, run, verdict, message, remedy, checks.orElse(null), runDir, startedAt);
    emit(new RunEvent.Finished(result));
    return result;
  }

  private MigrationResult result(
      String testName,
      Choreography run,
      Verdict verdict,
      String message,
      String remedy,
      CheckResult checks,
      Path runDir,
      Instant startedAt) {
    List<LegResult> legs = new ArrayList<>();
    run.reference().ifPresent(legs::add);
    legs.addAll(run.legs());
    Map<String, String> boardKinds = new LinkedHashMap<>(run.boardKinds());
    return new MigrationResult(
        spec,
        testName,
        verdict,
        message,
        remedy,
        Optional.ofNullable(checks),
        run.phases(),
        legs,
        run.transfers(),
        artifacts.manifest(),
        boardKinds,
        runDir,
        startedAt);
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

  private static void requireArch(Board board, String arch, String role) {
    if (!arch.equals(board.arch())) {
      throw new UsageException(
          role
              + " board '"
              + board.name()
              + "' runs "
              + board.arch()
              + " but the direction needs "
              + arch,
          "pick an " + arch + " board for the " + role + " or another --direction");
    }
  }

  private Path newRunDir() {
    try {
      Files.createDirectories(reportDir);
      for (int i = 1; ; i++) {
        Path dir = reportDir.resolve(spec.testName() + (i == 1 ? "" : "-" + i));
        try {
          return Files.createDirectory(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
          // taken by an earlier or concurrent run: try the next suffix
        }
      }
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot create a run directory under " + reportDir + ": " + e.getMessage(),
          "pass a writable --report directory",
          e);
    }
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
