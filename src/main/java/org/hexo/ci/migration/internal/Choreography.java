package org.hexo.ci.migration.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.FileTransfer;
import org.hexo.ci.board.PageServerRoute;
import org.hexo.ci.migration.Direction;
import org.hexo.ci.migration.LegResult;
import org.hexo.ci.migration.MigrationArtifacts;
import org.hexo.ci.migration.MigrationSpec;
import org.hexo.ci.migration.Mode;
import org.hexo.ci.migration.PhaseTiming;
import org.hexo.ci.migration.RunEvent;
import org.hexo.ci.migration.TransferHook;
import org.hexo.ci.migration.TransferResult;
import org.hexo.ci.migration.Trigger;
import org.hexo.ci.verify.Normalizer;

/**
 * The steps of one migration test and the state they leave: legs, transfers, phase timings. Used
 * once by {@link org.hexo.ci.migration.MigrationRunner}, which turns the state into a result.
 */
public final class Choreography {
  private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(2);

  /** HEXO's Makefile default; legs that serve or pull no pages never open it. */
  private static final int UNUSED_PORT = 5050;

  /** What HEXO's page server prints once the destination has connected. */
  private static final String CLIENT_CONNECTED = "Client connected!";

  private record Plan(String role, Board board, boolean resume, Trigger trigger) {}

  private final MigrationSpec spec;
  private final MigrationArtifacts artifacts;
  private final String testName;
  private final Path runDir;
  private final TransferHook hook;
  private final Consumer<RunEvent> events;
  private final Normalizer normalizer;
  private final List<LegProcess> open = new ArrayList<>();
  private final List<PageServerRoute> routes = new ArrayList<>();
  private final Map<String, LegResult> legs = new LinkedHashMap<>();
  private final List<TransferResult> transfers = new ArrayList<>();
  private final List<PhaseTiming> phases = new ArrayList<>();
  private final Map<String, String> boardKinds = new LinkedHashMap<>();
  private final Map<Board, List<String>> workDirs = new LinkedHashMap<>();
  private LegResult reference;

  public Choreography(
      MigrationSpec spec,
      MigrationArtifacts artifacts,
      String testName,
      Path runDir,
      TransferHook hook,
      Consumer<RunEvent> events) {
    this.spec = spec;
    this.artifacts = artifacts;
    this.testName = testName;
    this.runDir = runDir;
    this.hook = hook;
    this.events = events;
    this.normalizer = spec.normalizer();
  }

  private record Setup(List<Plan> plans, List<String> dirs) {}

  /**
   * Runs the reference, then every leg and transfer; stops early when a step cannot go on. The
   * destination board is opened (a container start, an SSH handshake) and every leg's directory is
   * filled while the reference runs: none of that touches the reference's directory.
   */
  public void execute(Board source, Supplier<Board> destination) {
    boardKinds.put(source.name(), source.kind());
    CompletableFuture<Setup> setup =
        CompletableFuture.supplyAsync(
            () -> plan(source, destination.get()),
            r -> {
              Thread t = new Thread(r, "hexo-ci-setup-" + testName);
              t.setDaemon(true);
              t.start();
            });
    try {
      runReference(source);
    } catch (RuntimeException e) {
      setup.handle((ok, ignored) -> ok).join();
      throw e;
    }
    Setup ready;
    try {
      ready = setup.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
    List<Plan> plans = ready.plans();
    List<String> dirs = ready.dirs();
    boolean postcopy = spec.mode() == Mode.POSTCOPY;
    // One port per run, known before the source starts: it serves on it, the next leg pulls from
    // it.
    List<LegNet> nets = postcopy ? network(plans, freePort()) : null;
    List<PageServerRoute> hops = List.copyOf(routes);
    Instant total = Instant.now();
    phaseStarted("source");
    LegProcess current = start(plans.get(0), dirs.get(0), net(nets, 0));
    String currentDir = dirs.get(0);
    // A relay was already watched to its stop while it was the destination of the first hop;
    // watching it again would wait for a second page-server line that never comes.
    LegProcess.Stop watched = null;
    for (int i = 0; i + 1 < plans.size(); i++) {
      Plan from = plans.get(i);
      Plan to = plans.get(i + 1);
      String prefix = i == 0 ? "" : "return-";
      LegProcess.Stop stop = watched != null ? watched : current.watch(from.trigger(), postcopy);
      Path status = runDir.resolve(from.role() + ".status");
      CheckpointMover.fetchStatus(from.board(), currentDir, status);
      Instant stoppedAt = current.stopped();
      Instant triggerAt = triggerTime(current, from.trigger(), status);
      phase(i == 0 ? "source" : "relay", current.started(), triggerAt);
      phase(prefix + "checkpoint", triggerAt, stoppedAt);
      if (stop != LegProcess.Stop.SERVING) {
        record(from, current, currentDir);
      }
      if (stop == LegProcess.Stop.TIMED_OUT) {
        return;
      }
      phaseStarted(prefix + "transfer");
      Instant transferStart = Instant.now();
      String nextDir = dirs.get(i + 1);
      Path hostCopy = runDir.resolve("checkpoint-" + (i + 1));
      TransferResult t =
          CheckpointMover.move(
              from.role() + "->" + to.role(),
              from.board(),
              currentDir,
              to.board(),
              nextDir,
              mkdirs(hostCopy),
              spec.mode(),
              hook,
              SETUP_TIMEOUT);
      transfers.add(t);
      phase(prefix + "transfer", transferStart, Instant.now());
      if (t.files().isEmpty() || !t.files().stream().allMatch(f -> f.intact())) {
        if (stop == LegProcess.Stop.SERVING) {
          current.close();
          record(from, current, currentDir);
        }
        return;
      }
      LegProcess next = start(to, nextDir, net(nets, i + 1));
      Instant sourceStop = StatusFile.firstTime(status, "STATUS_CHECKPOINTING").orElse(triggerAt);
      boolean last = i + 2 == plans.size();
      if (last) {
        phaseStarted("destination");
      }
      LegProcess.Stop nextStop = next.watch(to.trigger(), postcopy && !last);
      if (stop == LegProcess.Stop.SERVING
          && nextStop != LegProcess.Stop.SERVING
          && next.finish().exitCode() != 0) {
        // the puller is gone: nobody will ask this page server for pages again
        current.close();
        if (!current.finish().stdout().contains(CLIENT_CONNECTED)) {
          record(from, current, currentDir);
          record(to, next, nextDir);
          PageServerRoute route = hops.get(i);
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
                  + route.target()
                  + " (exit "
                  + next.finish().exitCode()
                  + "; its stderr is in "
                  + to.role()
                  + ".stderr)",
              "the two boards cannot reach each other on that address; check the boards'"
                  + " networks (options.host-address of an ssh board) or use --mode cr");
        }
      }
      if (next.firstLine() != null) {
        phase(prefix + "downtime", sourceStop, next.firstLine());
      }
      if (stop == LegProcess.Stop.SERVING) {
        record(from, current, currentDir);
      }
      current = next;
      currentDir = nextDir;
      watched = nextStop;
      if (last) {
        record(to, next, nextDir);
        phase("destination", next.started(), next.stopped());
      } else if (nextStop == LegProcess.Stop.TIMED_OUT) {
        record(to, next, nextDir);
        return;
      }
    }
    phase("total", total, Instant.now());
  }

  private Setup plan(Board source, Board destination) {
    synchronized (boardKinds) {
      boardKinds.put(destination.name(), destination.kind());
    }
    List<Plan> plans = new ArrayList<>();
    plans.add(new Plan("source", source, false, spec.trigger()));
    if (spec.direction() == Direction.ROUND_TRIP) {
      plans.add(new Plan("relay", destination, true, spec.trigger().forReturnHop()));
      plans.add(new Plan("destination", source, true, null));
    } else {
      plans.add(new Plan("destination", destination, true, null));
    }
    // Every leg's directory is ready before the source starts, so downtime is only the move.
    return new Setup(plans, plans.stream().map(this::prepare).toList());
  }

  private void runReference(Board board) {
    phaseStarted("reference");
    Plan plan = new Plan("reference", board, false, null);
    String dir = prepare(plan);
    LegProcess p = start(plan, dir, LegNet.NONE);
    p.watch(null, false);
    reference = leg(plan, p, dir);
    write(plan.role(), reference);
    phase("reference", p.started(), Instant.now());
  }

  /** The page-server settings of one leg: the port, whom it pulls from, where it serves. */
  private record LegNet(int port, String server, String bind) {
    static final LegNet NONE = new LegNet(UNUSED_PORT, "0", "127.0.0.1");
  }

  /**
   * Routes every post-copy hop between the boards that serve and pull (each board answers for its
   * own network) and gives each leg its settings. HEXO has one port variable per leg, so a relay
   * must pull and serve on the same number.
   */
  private List<LegNet> network(List<Plan> plans, int port) {
    List<PageServerRoute> hops = new ArrayList<>();
    for (int i = 0; i + 1 < plans.size(); i++) {
      PageServerRoute r =
          PageServerRoute.between(plans.get(i).board(), plans.get(i + 1).board(), port);
      routes.add(r);
      hops.add(r);
    }
    List<LegNet> out = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      PageServerRoute pull = i > 0 ? hops.get(i - 1) : null;
      PageServerRoute serve = i < hops.size() ? hops.get(i) : null;
      if (pull != null && serve != null && pull.connectPort() != serve.listenPort()) {
        throw new InfrastructureException(
            "the "
                + plans.get(i).role()
                + " would pull pages from port "
                + pull.connectPort()
                + " but serve them on port "
                + serve.listenPort()
                + ", and HEXO has one port per leg",
            "use checkpoint/restart (--mode cr) for this pair of boards");
      }
      out.add(
          new LegNet(
              serve != null ? serve.listenPort() : pull != null ? pull.connectPort() : UNUSED_PORT,
              pull != null ? pull.connectAddress() : "0",
              serve != null ? serve.bindAddress() : "127.0.0.1"));
    }
    return out;
  }

  private static LegNet net(List<LegNet> nets, int leg) {
    return nets == null ? LegNet.NONE : nets.get(leg);
  }

  private LegProcess start(Plan plan, String dir, LegNet net) {
    String arch = plan.board().arch();
    Map<String, String> env =
        LegEnv.of(spec, arch, plan.resume(), plan.trigger(), net.port(), net.server(), net.bind());
    ExecRequest req =
        new ExecRequest(
            List.of(dir + "/proxy", MigrationArtifacts.programFor(arch)),
            dir,
            env,
            spec.timeout(),
            null);
    LegProcess p =
        LegProcess.start(
            plan.board().require(Executor.class),
            req,
            normalizer::isMarker,
            line -> events.accept(new RunEvent.LegOutput(testName, plan.role(), line)));
    open.add(p);
    return p;
  }

  /** A fresh work directory on the leg's board holding both programs and the proxy. */
  private String prepare(Plan plan) {
    Board b = plan.board();
    String dir = b.newWorkDir(testName + "-" + plan.role());
    synchronized (workDirs) {
      workDirs.computeIfAbsent(b, k -> new ArrayList<>()).add(dir);
    }
    FileTransfer ft = b.require(FileTransfer.class);
    for (Path prog : artifacts.programs()) {
      ft.put(prog, dir + "/" + prog.getFileName());
    }
    ft.put(artifacts.proxy(b.arch()), dir + "/proxy");
    ExecResult chmod =
        b.require(Executor.class)
            .run(
                ExecRequest.of(
                    List.of(
                        "chmod",
                        "+x",
                        "proxy",
                        MigrationArtifacts.PROG_X86,
                        MigrationArtifacts.PROG_ARM),
                    dir,
                    SETUP_TIMEOUT));
    if (!chmod.succeeded()) {
      throw new InfrastructureException(
          "cannot make the programs executable in "
              + dir
              + " on "
              + b.name()
              + ": "
              + chmod.stderr().strip(),
          "check that the board's work directory is on a file system that allows executables");
    }
    return dir;
  }

  private Instant triggerTime(LegProcess p, Trigger trigger, Path status) {
    if (p.triggered() != null) {
      return p.triggered();
    }
    Optional<Instant> cp = StatusFile.firstTime(status, "STATUS_CHECKPOINTING");
    if (cp.isPresent() && !cp.get().isBefore(p.started()) && !cp.get().isAfter(p.stopped())) {
      return cp.get();
    }
    if (trigger != null && trigger.kind() == Trigger.Kind.TIMER) {
      Instant t = p.started().plus(trigger.delay());
      return t.isAfter(p.stopped()) ? p.stopped() : t;
    }
    return p.stopped();
  }

  private void record(Plan plan, LegProcess p, String dir) {
    LegResult r = leg(plan, p, dir);
    legs.put(plan.role(), r);
    CheckpointMover.fetchStatus(plan.board(), dir, runDir.resolve(plan.role() + ".status"));
    write(plan.role(), r);
  }

  private LegResult leg(Plan plan, LegProcess p, String dir) {
    ExecResult r = p.finish();
    Board b = plan.board();
    return new LegResult(
        plan.role(),
        b.name(),
        b.kind(),
        b.arch(),
        dir,
        r.stdout(),
        r.stderr(),
        r.exitCode(),
        r.timedOut(),
        r.elapsed(),
        r.usage());
  }

  private void write(String role, LegResult r) {
    try {
      Files.writeString(runDir.resolve(role + ".stdout"), r.stdout());
      Files.writeString(runDir.resolve(role + ".stderr"), r.stderr());
    } catch (IOException e) {
      throw new InfrastructureException(
          "cannot write logs to " + runDir + ": " + e.getMessage(), "free disk space", e);
    }
  }

  private void phaseStarted(String name) {
    events.accept(new RunEvent.PhaseStarted(testName, name));
  }

  private void phase(String name, Instant from, Instant to) {
    Duration d = Duration.between(from, to);
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    phases.add(new PhaseTiming(name, d.toMillis()));
    events.accept(new RunEvent.PhaseFinished(testName, name, d));
  }

  private static Path mkdirs(Path dir) {
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InfrastructureException("cannot create " + dir + ": " + e, "free disk space", e);
    }
  }

  /** An unused TCP port on 127.0.0.1, so concurrent post-copy runs never share one. */
  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new InfrastructureException(
          "no free TCP port on 127.0.0.1: " + e.getMessage(), "check the loopback interface", e);
    }
  }

  /** Kills every leg still running. */
  public void closeAll() {
    open.forEach(LegProcess::close);
    routes.forEach(PageServerRoute::close);
  }

  /** After a pass: drops the host copies of the checkpoint and the boards' work directories. */
  public void discardCheckpoints() {
    try (Stream<Path> s = Files.list(runDir)) {
      for (Path p : s.filter(x -> x.getFileName().toString().startsWith("checkpoint-")).toList()) {
        deleteTree(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<Board, List<String>> made;
    synchronized (workDirs) {
      made = new LinkedHashMap<>(workDirs);
    }
    made.forEach(
        (board, dirs) -> {
          for (String d : dirs) {
            try {
              board
                  .require(Executor.class)
                  .run(ExecRequest.of(List.of("rm", "-rf", d), d, SETUP_TIMEOUT));
            } catch (RuntimeException e) {
              // leftovers on a board are harmless; the pass stands
            }
          }
        });
  }

  private static void deleteTree(Path p) throws IOException {
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(x);
      }
    }
  }

  public Optional<LegResult> reference() {
    return Optional.ofNullable(reference);
  }

  /** The migrated run's legs in execution order. */
  public List<LegResult> legs() {
    List<LegResult> out = new ArrayList<>();
    for (String role : List.of("source", "relay", "destination")) {
      if (legs.containsKey(role)) {
        out.add(legs.get(role));
      }
    }
    return out;
  }

  public List<TransferResult> transfers() {
    return List.copyOf(transfers);
  }

  public List<PhaseTiming> phases() {
    return List.copyOf(phases);
  }

  public Map<String, String> boardKinds() {
    synchronized (boardKinds) {
      return Map.copyOf(boardKinds);
    }
  }
}
