package org.hexo.ci.migration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Executor;
import org.hexo.ci.verify.LegProof;

/**
 * Starts legs from their plans and records them when they are done, with what their own runtime
 * files prove ({@link LegProof}); on {@link #close()} kills whatever still runs and records every
 * leg not recorded yet, so each started leg leaves its logs. One per run.
 */
final class Legs implements AutoCloseable {
  /** hexo-lite's count of the migration points a process passed ({@code HERMIT_VERBOSE=1}). */
  private static final Pattern POINTS = Pattern.compile("migration points passed: (\\d+)");

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);

  private final MigrationSpec spec;
  private final Recorder recorder;
  private final RunDirectory dir;
  private final Map<LegProcess, LegPlan> open = new LinkedHashMap<>();
  private final Map<String, Optional<LegProof.Checkpoint>> stamps = new LinkedHashMap<>();

  Legs(MigrationSpec spec, Recorder recorder, RunDirectory dir) {
    this.spec = spec;
    this.recorder = recorder;
    this.dir = dir;
  }

  /** Starts the leg {@code plan} describes; its stdout lines become events as they arrive. */
  LegProcess start(LegPlan plan) {
    Interruption.check();
    String arch = plan.board().arch();
    Map<String, String> env =
        LegEnv.of(
            spec,
            arch,
            plan.resume(),
            plan.trigger(),
            plan.port(),
            plan.pullFrom(),
            plan.bindAddress());
    List<String> argv = new ArrayList<>();
    argv.add(plan.workDir() + "/proxy");
    argv.add(MigrationArtifacts.programFor(arch));
    argv.addAll(spec.args());
    ExecRequest req = new ExecRequest(argv, plan.workDir(), env, spec.timeout(), null);
    String test = recorder.testName();
    LegProcess p;
    try {
      p =
          LegProcess.start(
              plan.board().require(Executor.class),
              req,
              spec.normalizer()::isMarker,
              line -> recorder.emit(new RunEvent.LegOutput(test, plan.role(), line)));
    } catch (RuntimeException e) {
      throw blameDeadBoard(e, "as the " + plan.role() + " was to start", plan);
    }
    synchronized (open) {
      open.put(p, plan);
    }
    return p;
  }

  /**
   * The checkpoint a leg that migrates left in its directory, read once (before its files move, and
   * again never).
   */
  Optional<LegProof.Checkpoint> stamp(LegPlan plan) {
    synchronized (stamps) {
      return stamps.computeIfAbsent(
          plan.role(), r -> CheckpointStamp.read(plan.board(), plan.workDir()));
    }
  }

  /**
   * Waits for the leg to end and records it with its {@code .status}; once per leg. A leg that
   * failed on a board that no longer answers is the board's failure, not the app's.
   *
   * @throws InfrastructureException naming the board when it died under the leg
   */
  LegResult record(LegPlan plan, LegProcess p) {
    ExecResult end;
    try {
      end = p.finish();
    } catch (InfrastructureException e) {
      // the transport lost the leg: ask the board before blaming anything else
      String dead = Interruption.requested() ? null : unanswered(plan);
      if (dead != null) {
        throw boardDied(plan, "its end is unknown: " + e.getMessage(), dead);
      }
      throw e;
    }
    LegResult r = LegResult.of(plan.role(), plan.board(), plan.workDir(), end);
    boolean failed = r.exitCode() != 0 || r.timedOut();
    String dead = failed && !Interruption.requested() ? unanswered(plan) : null;
    synchronized (open) {
      open.remove(p);
    }
    if (plan.resume() || plan.trigger() != null) {
      List<LegProof.Status> status = StatusFile.lines(dir.fetchStatus(plan));
      Optional<LegProof.Checkpoint> written =
          plan.trigger() != null ? stamp(plan) : Optional.empty();
      recorder.proof(
          new LegProof(
              plan.role(),
              plan.board().arch(),
              status,
              written,
              recorder.stoppedAfter(plan.role())));
    }
    recorder.leg(r);
    if (dead != null) {
      throw boardDied(plan, "the leg ended with exit " + r.exitCode(), dead);
    }
    return r;
  }

  private static InfrastructureException boardDied(LegPlan plan, String leg, String board) {
    return boardDied(plan, "while it ran the " + plan.role(), leg, board);
  }

  /**
   * A step that failed on the boards of {@code plans} (a checkpoint's move): ERROR naming the first
   * of them that no longer runs {@code true}, else {@code failure} as it is.
   */
  static RuntimeException blameDeadBoard(RuntimeException failure, String step, LegPlan... plans) {
    if (Interruption.requested() || failure instanceof UsageException) {
      return failure;
    }
    for (LegPlan plan : plans) {
      String dead = unanswered(plan);
      if (dead != null) {
        return boardDied(plan, step, String.valueOf(failure.getMessage()).strip(), dead);
      }
    }
    return failure;
  }

  private static InfrastructureException boardDied(
      LegPlan plan, String when, String leg, String board) {
    return new InfrastructureException(
        "board "
            + plan.board().name()
            + " ("
            + plan.board().kind()
            + ") stopped answering "
            + when
            + " ("
            // a failure that already is the board's answer is said once
            + (leg.equals(board) ? "" : leg + "; ")
            + "the board: "
            + board
            + ")",
        "check the board (hexo-ci board list, its container, VM or SSH server) and run the test"
            + " again; the app is not to blame");
  }

  /** Null when the leg's board still runs a command; else what went wrong. */
  private static String unanswered(LegPlan plan) {
    try {
      ExecResult probe =
          plan.board()
              .require(Executor.class)
              .run(ExecRequest.of(List.of("true"), plan.workDir(), PROBE_TIMEOUT));
      return probe.exitCode() == 0
          ? null
          : "'true' exited " + probe.exitCode() + " " + probe.stderr().strip();
    } catch (RuntimeException e) {
      return String.valueOf(e.getMessage()).strip();
    }
  }

  /** Where the leg {@code r} (that of {@code plan}) migrated to {@code to}. */
  MigrationPoint point(LegResult r, String to) {
    List<String> out = r.stdout().lines().filter(l -> !spec.normalizer().isMarker(l)).toList();
    Matcher m = POINTS.matcher(r.stderr());
    OptionalLong n = OptionalLong.empty();
    while (m.find()) {
      n = OptionalLong.of(Long.parseLong(m.group(1)));
    }
    return new MigrationPoint(
        r.role() + "->" + to, out.size(), out.isEmpty() ? "" : out.get(out.size() - 1), n);
  }

  /** Kills every leg still running and records those not recorded yet. */
  @Override
  public void close() {
    Map<LegProcess, LegPlan> left;
    synchronized (open) {
      left = new LinkedHashMap<>(open);
    }
    Map<LegProcess, String> unstopped = new HashMap<>();
    left.keySet()
        .forEach(
            p -> {
              try {
                p.close();
              } catch (RuntimeException e) {
                // one leg that cannot be stopped must not leave the others running
                unstopped.put(p, "hexo-ci could not stop it: " + e + "\n");
              }
            });
    left.forEach(
        (p, plan) -> {
          try {
            record(plan, p);
          } catch (RuntimeException e) {
            if (recorder.hasLeg(plan.role())) {
              return; // recorded; its board died under it, which the run's error says already
            }
            // the run already failed: keep what the leg printed and why its end is unknown
            recorder.leg(
                new LegResult(
                    plan.role(),
                    plan.board().name(),
                    plan.board().kind(),
                    plan.board().arch(),
                    plan.workDir(),
                    p.stdoutSoFar(),
                    "hexo-ci: stopped; its exit could not be had: "
                        + e.getMessage()
                        + "\n"
                        + unstopped.getOrDefault(p, ""),
                    -1,
                    false,
                    Duration.between(p.started(), java.time.Instant.now()),
                    null));
          }
        });
  }
}
