package org.hexo.ci.migration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.hexo.ci.HexoCiException;
import org.hexo.ci.InfrastructureException;

/**
 * The run of one migration test, from plan to record: check the boards, run the reference while the
 * other legs are planned on a side thread (the destination board opened, every directory filled),
 * then one {@link Hop} per migration. Returns one {@link RunRecord}, also when a usage or
 * infrastructure error stopped it. Single use.
 */
final class RunLoop {
  private final MigrationSpec spec;
  private final BoardSource boards;
  private final RunDirectory dir;
  private final TransferHook hook;
  private final Recorder recorder;
  private final LegPlanner planner;
  private final Legs legs;

  public RunLoop(
      MigrationSpec spec,
      MigrationArtifacts artifacts,
      BoardSource boards,
      RunDirectory dir,
      TransferHook hook,
      Consumer<RunEvent> events) {
    this.spec = spec;
    this.boards = boards;
    this.dir = dir;
    this.hook = hook;
    this.recorder = new Recorder(dir, events);
    this.planner = new LegPlanner(spec, artifacts, boards, dir, recorder);
    this.legs = new Legs(spec, recorder, dir);
  }

  /** Runs the test's legs; every leg still running when it returns has been killed. */
  public RunRecord run() {
    HexoCiException failure = null;
    try {
      execute();
    } catch (HexoCiException e) {
      failure = Interruption.requested() ? Interruption.interrupted() : e;
    } catch (RuntimeException e) {
      if (!Interruption.requested()) {
        throw e;
      }
      // whatever a stop request broke on its way (interrupted I/O) is the interruption
      failure = Interruption.interrupted();
    } finally {
      // a stop request may have interrupted this thread anywhere, or may come now: the cleanup
      // below must run to its end either way
      Interruption.cleaningUp();
      legs.close();
      planner.close();
    }
    return recorder.record(failure);
  }

  private void execute() {
    LegPlanner.check(spec, boards);
    planner.openSource();
    CompletableFuture<List<LegPlan>> planned =
        Background.start("hexo-ci-setup-" + dir.testName(), planner::legs);
    LegResult ref;
    try {
      ref = runReference(planner.reference());
    } catch (RuntimeException e) {
      Background.settle(planned);
      throw e;
    }
    List<LegPlan> plans = new ArrayList<>(Background.join(planned));
    plans.set(
        0,
        plans.get(0).withTrigger(MigrationPoints.resolve(spec.trigger(), ref, spec.normalizer())));
    Instant total = Instant.now();
    recorder.phaseStarted("source");
    LegProcess current = legs.start(plans.get(0));
    LegProcess.Stop watched = null;
    Hop.Crew crew = new Hop.Crew(spec.mode(), legs, dir, recorder, hook);
    for (int i = 0; i + 1 < plans.size(); i++) {
      boolean last = i + 2 == plans.size();
      Hop hop = new Hop(i, plans.get(i), plans.get(i + 1), last, crew);
      Hop.Outcome o = hop.run(current, watched);
      if (o.stopped()) {
        return;
      }
      current = o.next();
      watched = o.nextStop();
    }
    recorder.phase("total", total, Instant.now());
  }

  private LegResult runReference(LegPlan plan) {
    recorder.phaseStarted(plan.role());
    LegProcess p = legs.start(plan);
    p.watch(null, false);
    LegResult ref = legs.record(plan, p);
    recorder.phase(plan.role(), p.started(), Instant.now());
    if (ref.exitCode() != 0 || ref.timedOut()) {
      throw new InfrastructureException(
          "reference run failed: the unmigrated program on "
              + ref.board()
              + (ref.timedOut()
                  ? " was killed at its timeout (" + spec.timeout().toSeconds() + " s)"
                  : " exited " + ref.exitCode())
              + "; its stderr ends: "
              + tail(ref.stderr()),
          "the program fails without any migration, so nothing can be judged: check its class,"
              + " its memory (--memory, HERMIT_MEM) and the board (reference.stderr in the run"
              + " directory)");
    }
    return ref;
  }

  /** The last lines of a leg's stderr, for a one-line message. */
  private static String tail(String stderr) {
    List<String> lines = stderr.strip().lines().toList();
    if (lines.isEmpty()) {
      return "(empty)";
    }
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
  }
}
