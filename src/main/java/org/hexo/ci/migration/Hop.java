package org.hexo.ci.migration;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.verify.LegProof;

/**
 * One migration between two consecutive legs: watch the running leg to its checkpoint, take the
 * checkpoint's evidence (its {@code .status}, the trigger and checkpoint phases), transfer the
 * files, start the next leg and watch it to its own stop. Returns an {@link Outcome} saying whether
 * the run stopped early. Single use.
 */
final class Hop {
  private static final Duration TRANSFER_TIMEOUT = Duration.ofMinutes(2);
  private static final String CHECKPOINTING = "STATUS_CHECKPOINTING";

  /** What HEXO's page server prints once the destination has connected. */
  private static final String CLIENT_CONNECTED = "Client connected!";

  /**
   * How a hop ended.
   *
   * @param next the leg started by this hop, or null when none was
   * @param nextStop how watching {@code next} ended
   * @param stopped whether the run ends here, before its last leg finished
   */
  record Outcome(LegProcess next, LegProcess.Stop nextStop, boolean stopped) {
    static final Outcome STOPPED = new Outcome(null, null, true);
  }

  /**
   * What every hop of one run works with.
   *
   * @param mode how the state moves
   * @param legs starts and records legs
   * @param dir the run directory
   * @param recorder the run's record
   * @param hook sees each checkpoint file in transfer
   */
  record Crew(Mode mode, Legs legs, RunDirectory dir, Recorder recorder, TransferHook hook) {}

  private final int index;
  private final LegPlan from;
  private final LegPlan to;
  private final boolean last;
  private final Crew crew;

  Hop(int index, LegPlan from, LegPlan to, boolean last, Crew crew) {
    this.index = index;
    this.from = from;
    this.to = to;
    this.last = last;
    this.crew = crew;
  }

  /**
   * Runs the hop from the running leg {@code current}. {@code watched} is how an earlier hop's
   * watch of it ended (a relay is watched to its stop while it is that hop's destination; watching
   * it again would wait for a second page-server line that never comes), or null.
   */
  Outcome run(LegProcess current, LegProcess.Stop watched) {
    boolean postcopy = crew.mode() == Mode.POSTCOPY;
    LegProcess.Stop stop;
    Path status;
    try {
      stop = watched != null ? watched : current.watch(from.trigger(), postcopy);
      status = crew.dir().fetchStatus(from);
    } catch (RuntimeException e) {
      // the transport lost the leg or its status: ask the board before blaming anything else
      throw Legs.blameDeadBoard(e, "while it ran the " + from.role(), from);
    }
    if (stop == LegProcess.Stop.EXITED && StatusFile.saysNoCheckpoint(status)) {
      // whatever checkpoint files its directory holds came from the hop before: never ship them
      crew.legs().record(from, current);
      if (current.triggered() == null) {
        throw neverFired(current);
      }
      return Outcome.STOPPED;
    }
    Instant triggerAt = checkpointEvidence(current, status);
    boolean serving = stop == LegProcess.Stop.SERVING;
    LegResult done = serving ? null : crew.legs().record(from, current);
    if (stop == LegProcess.Stop.TIMED_OUT) {
      return Outcome.STOPPED;
    }
    if (!ownCheckpoint(status) || !transfer()) {
      if (serving) {
        current.close();
        crew.legs().record(from, current);
      }
      return Outcome.STOPPED;
    }
    LegProcess next = crew.legs().start(to);
    Instant sourceStop = StatusFile.firstTime(status, CHECKPOINTING).orElse(triggerAt);
    if (last) {
      crew.recorder().phaseStarted("destination");
    }
    LegProcess.Stop nextStop;
    Instant back;
    try {
      nextStop = next.watch(to.trigger(), postcopy && !last, serving ? current : null);
      if (nextStop == LegProcess.Stop.PARTNER_FAILED) {
        crew.recorder()
            .stoppedAfter(
                to.role(),
                "the " + from.role() + " exited " + current.finish().exitCode() + " first");
      } else if (serving && nextStop != LegProcess.Stop.SERVING && next.finish().exitCode() != 0) {
        stopServing(current, next);
      }
      // the destination is back once its restore is done, whether or not it prints anything after
      back = StatusFile.restoredAt(crew.dir().fetchStatus(to)).orElse(next.firstLine());
    } catch (RuntimeException e) {
      throw Legs.blameDeadBoard(e, "while it ran the " + to.role(), to, from);
    }
    if (back != null) {
      crew.recorder().phase(prefix() + "downtime", sourceStop, back);
    }
    if (serving) {
      done = crew.legs().record(from, current);
    }
    crew.recorder().point(crew.legs().point(done, to.role()));
    if (last) {
      crew.legs().record(to, next);
      crew.recorder().phase("destination", next.started(), next.stopped());
    } else if (nextStop == LegProcess.Stop.TIMED_OUT
        || nextStop == LegProcess.Stop.PARTNER_FAILED) {
      crew.legs().record(to, next);
      return Outcome.STOPPED;
    }
    return new Outcome(next, nextStop, false);
  }

  /**
   * Whether the {@code mdata.bin} in the leg's directory is its own: written for its ISA, no
   * earlier than its own {@code STATUS_CHECKPOINTING}. Anything else is a checkpoint an earlier leg
   * left there, which must never move on (the checks then say the leg did not migrate).
   */
  private boolean ownCheckpoint(Path status) {
    Optional<LegProof.Checkpoint> c = crew.legs().stamp(from);
    if (c.isEmpty() || !c.get().isa().equals(from.board().arch())) {
      return false;
    }
    Optional<Instant> cp = StatusFile.firstTime(status, CHECKPOINTING);
    return cp.isEmpty() || LegProof.writtenBy(c.get(), cp.get());
  }

  /**
   * The leg ended without a checkpoint and hexo-ci never signalled it: its trigger could not fire
   * while it ran (an output line it never printed, a signal or timer later than its end). That is
   * the test's setup, not the app's failure.
   */
  private InfrastructureException neverFired(LegProcess leg) {
    String out = leg.finish().stdout().strip();
    String last = out.isEmpty() ? "(nothing)" : out.substring(out.lastIndexOf('\n') + 1).strip();
    return new InfrastructureException(
        "the "
            + from.role()
            + "'s trigger "
            + from.trigger()
            + " never fired: the program ended after "
            + Duration.between(leg.started(), leg.stopped()).toMillis()
            + " ms (exit "
            + leg.finish().exitCode()
            + ") without migrating; its last line was '"
            + last
            + "'",
        "pick a trigger that fires while the program runs: a line it prints before its end"
            + " (output:REGEX), or a signal or timer delay shorter than its run time");
  }

  /**
   * The puller failed, so nobody will ask the serving leg for pages again: stop it now rather than
   * at its timeout. When its page server never saw a client and the puller exited by itself, the
   * two boards could not reach each other, which is the infrastructure's fault, not the app's; a
   * puller killed by a signal (exit 128+n, e.g. 139) crashed before it could connect.
   */
  private void stopServing(LegProcess server, LegProcess puller) {
    server.close();
    if (server.finish().stdout().contains(CLIENT_CONNECTED) || puller.finish().exitCode() > 128) {
      crew.recorder()
          .stoppedAfter(
              from.role(), "the " + to.role() + " exited " + puller.finish().exitCode() + " first");
      return;
    }
    crew.legs().record(from, server);
    crew.legs().record(to, puller);
    throw new InfrastructureException(
        "the "
            + to.role()
            + " on "
            + to.board().name()
            + " could not reach the post-copy page server of the "
            + from.role()
            + " on "
            + from.board().name()
            + " at "
            + to.pullFrom()
            + ":"
            + to.port()
            + " (exit "
            + puller.finish().exitCode()
            + "; its stderr is in "
            + to.role()
            + ".stderr)",
        "the two boards cannot reach each other on that address; check the boards' networks"
            + " (options.host-address of an ssh board) or use --mode cr");
  }

  /** Records the leg's run up to its trigger and its checkpoint; returns when it triggered. */
  private Instant checkpointEvidence(LegProcess current, Path status) {
    Instant triggerAt = triggerTime(current, from.trigger(), status);
    crew.recorder().phase(index == 0 ? "source" : "relay", current.started(), triggerAt);
    crew.recorder().phase(prefix() + "checkpoint", triggerAt, current.stopped());
    return triggerAt;
  }

  /** Moves the checkpoint; true when every file arrived intact. */
  private boolean transfer() {
    crew.recorder().phaseStarted(prefix() + "transfer");
    Instant start = Instant.now();
    String label = from.role() + "->" + to.role();
    TransferResult t;
    try {
      t =
          CheckpointMover.move(
              label,
              from.board(),
              from.workDir(),
              to.board(),
              to.workDir(),
              crew.dir().checkpointCopy(index + 1),
              crew.mode(),
              crew.hook(),
              TRANSFER_TIMEOUT);
    } catch (RuntimeException e) {
      // a board that died under the move is the board's failure, whatever its driver threw
      throw Legs.blameDeadBoard(e, "during the transfer " + label, to, from);
    }
    crew.recorder().transfer(t);
    crew.recorder().phase(prefix() + "transfer", start, Instant.now());
    return !t.files().isEmpty() && t.files().stream().allMatch(f -> f.intact());
  }

  private String prefix() {
    return index == 0 ? "" : "return-";
  }

  private static Instant triggerTime(LegProcess p, Trigger trigger, Path status) {
    if (p.triggered() != null) {
      return p.triggered();
    }
    Optional<Instant> cp = StatusFile.firstTime(status, CHECKPOINTING);
    if (cp.isPresent() && !cp.get().isBefore(p.started()) && !cp.get().isAfter(p.stopped())) {
      return cp.get();
    }
    if (trigger != null && trigger.kind() == Trigger.Kind.TIMER) {
      Instant t = p.started().plus(trigger.delay());
      return t.isAfter(p.stopped()) ? p.stopped() : t;
    }
    return p.stopped();
  }
}
