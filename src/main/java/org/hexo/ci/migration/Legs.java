package org.hexo.ci.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.Executor;

/**
 * Starts legs from their plans and records them when they are done; kills whatever still runs on
 * {@link #close()}. One per run.
 */
final class Legs implements AutoCloseable {
  private final MigrationSpec spec;
  private final Recorder recorder;
  private final RunDirectory dir;
  private final List<LegProcess> open = new ArrayList<>();

  Legs(MigrationSpec spec, Recorder recorder, RunDirectory dir) {
    this.spec = spec;
    this.recorder = recorder;
    this.dir = dir;
  }

  /** Starts the leg {@code plan} describes; its stdout lines become events as they arrive. */
  LegProcess start(LegPlan plan) {
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
    LegProcess p =
        LegProcess.start(
            plan.board().require(Executor.class),
            req,
            spec.normalizer()::isMarker,
            line -> recorder.emit(new RunEvent.LegOutput(test, plan.role(), line)));
    synchronized (open) {
      open.add(p);
    }
    return p;
  }

  /** Waits for the leg to end and records it with its {@code .status}. */
  LegResult record(LegPlan plan, LegProcess p) {
    LegResult r = LegResult.of(plan.role(), plan.board(), plan.workDir(), p.finish());
    if (plan.resume() || plan.trigger() != null) {
      dir.fetchStatus(plan);
    }
    recorder.leg(r);
    return r;
  }

  @Override
  public void close() {
    synchronized (open) {
      open.forEach(LegProcess::close);
    }
  }
}
