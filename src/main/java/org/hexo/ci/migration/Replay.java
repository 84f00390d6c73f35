package org.hexo.ci.migration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.FileTransfer;
import org.hexo.ci.verify.CheckResult;
import org.hexo.ci.verify.Checks;
import org.hexo.ci.verify.LegProof;
import org.hexo.ci.verify.RunEvidence;
import org.hexo.ci.verify.Verdict;

/**
 * Runs the destination leg of a kept run ({@link KeptRun}) again: a fresh work directory on the
 * destination board (or another board of its ISA) gets the kept programs (or others, to try a fix)
 * and the kept checkpoint copy, the leg runs with the environment the engine gave it, and the run's
 * own checks judge the kept reference and earlier legs with the new destination. Output goes to
 * {@code <run dir>/replay[-N]/}. Single use, in the JGit command style.
 */
public final class Replay {
  private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(2);

  private final KeptRun kept;
  private String boardName;
  private Path programs;
  private boolean gdb;
  private Duration timeout;
  private Consumer<String> progress = line -> {};

  private Replay(KeptRun kept) {
    this.kept = Objects.requireNonNull(kept, "kept");
    this.boardName = kept.destination().board();
    this.programs = kept.programs();
    this.timeout = kept.spec().timeout();
  }

  public static Replay of(KeptRun kept) {
    return new Replay(kept);
  }

  /** Runs on board {@code name} instead of the run's destination board; null keeps it. */
  public Replay board(String name) {
    if (name != null) {
      this.boardName = name;
    }
    return this;
  }

  /** Takes the programs from {@code dir} (the {@code --artifacts} layout); null keeps them. */
  public Replay programs(Path dir) {
    if (dir != null) {
      new MigrationArtifacts(dir, Map.of());
      this.programs = dir.toAbsolutePath().normalize();
    }
    return this;
  }

  /** Starts the leg under a debugger stub ({@link DebugStub}). */
  public Replay gdb(boolean value) {
    this.gdb = value;
    return this;
  }

  /** The leg's time limit; null keeps the run's. */
  public Replay timeout(Duration value) {
    if (value != null) {
      this.timeout = value;
    }
    return this;
  }

  /** Where progress lines (and the debugger's attach command) go. */
  public Replay progress(Consumer<String> value) {
    this.progress = Objects.requireNonNull(value, "progress");
    return this;
  }

  /** Runs the leg on a board of {@code boards} and judges it. */
  public ReplayResult call(BoardSource boards) {
    BoardRoles.Role role = kept.destination();
    Board board = boards.board(boardName);
    if (!role.arch().equals(board.arch())) {
      throw new UsageException(
          "board '"
              + boardName
              + "' runs "
              + board.arch()
              + " but the destination needs "
              + role.arch(),
          "name an " + role.arch() + " board with --board");
    }
    RunDirectory out = RunDirectory.create(kept.runDir(), "replay");
    MigrationArtifacts artifacts = new MigrationArtifacts(programs, Map.of());
    String work = out.newWorkDir(board, role.role());
    put(board, work, artifacts);
    RunEvidence.Transfer transfer = putCheckpoint(board, work);
    LegPlan plan = LegPlan.offline(role.role(), board, work, true, null);
    Map<String, String> env =
        LegEnv.of(
            kept.spec(),
            board.arch(),
            true,
            null,
            plan.port(),
            plan.pullFrom(),
            plan.bindAddress());
    List<String> argv = List.of(work + "/proxy", MigrationArtifacts.programFor(board.arch()));
    String attach = null;
    if (gdb) {
      DebugStub stub =
          DebugStub.prepare(
              board,
              work,
              board.arch(),
              programs.resolve(MigrationArtifacts.programFor(board.arch())));
      argv = stub.argv();
      attach = stub.attach();
    }
    progress.accept(
        "[replay] "
            + kept.testName()
            + ": "
            + role.role()
            + " on "
            + board.name()
            + " from "
            + kept.runDir().relativize(kept.checkpoint())
            + " in "
            + out.path());
    LegProcess p =
        LegProcess.start(
            board.require(Executor.class),
            new ExecRequest(argv, work, env, timeout, null),
            kept.spec().normalizer()::isMarker,
            line -> {});
    if (attach != null) {
      progress.accept("[replay] waiting for a debugger: " + attach);
    }
    LegResult leg;
    try {
      p.watch(null, false);
      leg = LegResult.of(role.role(), board, work, p.finish());
    } finally {
      p.close();
    }
    out.writeLogs(leg);
    LegProof proof =
        new LegProof(
            role.role(), board.arch(), StatusFile.lines(out.fetchStatus(plan)), Optional.empty());
    CheckResult checks = judge(leg, proof, transfer);
    Verdict verdict = checks.verdict();
    if (verdict == Verdict.PASS) {
      out.discardCheckpoints();
    }
    ReplayResult r = new ReplayResult(kept, board.name(), out.path(), leg, checks, verdict, attach);
    ReplayJson.write(r);
    return r;
  }

  private CheckResult judge(LegResult leg, LegProof replayed, RunEvidence.Transfer transfer) {
    LegResult reference =
        kept.leg("reference")
            .orElseThrow(
                () ->
                    new UsageException(
                        kept.testName() + " has no reference run to compare with",
                        "replay a run whose reference run completed"));
    List<String> roles = kept.spec().roles().legs().stream().map(BoardRoles.Role::role).toList();
    List<RunEvidence.Leg> legs = new ArrayList<>();
    for (String r : roles.subList(0, roles.size() - 1)) {
      kept.leg(r).ifPresent(legs::add);
    }
    legs.add(leg);
    List<RunEvidence.Transfer> transfers =
        new ArrayList<>(kept.transfers().subList(0, Math.max(0, roles.size() - 2)));
    transfers.add(transfer);
    return Checks.standard(
            kept.spec().normalizer(),
            kept.spec().verificationRegex(),
            roles,
            kept.spec().trigger().kind() == Trigger.Kind.OUTPUT
                ? Optional.of(kept.spec().trigger().pattern())
                : Optional.empty())
        .apply(new RunEvidence(reference, legs, transfers, keptProofs(replayed)));
  }

  /**
   * What the kept legs' runtime files prove (their saved {@code .status} and the {@code mdata.bin}
   * of the checkpoint each left, kept as {@code checkpoint-N/}), and the replayed leg's own.
   */
  private Map<String, LegProof> keptProofs(LegProof replayed) {
    Map<String, LegProof> proofs = new LinkedHashMap<>();
    List<BoardRoles.Role> legs = kept.spec().roles().legs();
    for (int i = 0; i + 1 < legs.size(); i++) {
      BoardRoles.Role r = legs.get(i);
      Path mdata =
          kept.runDir().resolve(CheckpointFiles.HOST_COPY_PREFIX + (i + 1)).resolve("mdata.bin");
      proofs.put(
          r.role(),
          new LegProof(
              r.role(),
              r.arch(),
              StatusFile.lines(kept.runDir().resolve(r.role() + ".status")),
              Files.isRegularFile(mdata) ? CheckpointStamp.readHost(mdata) : Optional.empty()));
    }
    proofs.put(replayed.role(), replayed);
    return proofs;
  }

  private static void put(Board board, String work, MigrationArtifacts a) {
    FileTransfer ft = board.require(FileTransfer.class);
    for (Path prog : a.programs()) {
      ft.put(prog, work + "/" + prog.getFileName());
    }
    ft.put(a.proxy(board.arch()), work + "/proxy");
    List<String> chmod =
        List.of("chmod", "+x", "proxy", MigrationArtifacts.PROG_X86, MigrationArtifacts.PROG_ARM);
    if (!board
        .require(Executor.class)
        .run(ExecRequest.of(chmod, work, SETUP_TIMEOUT))
        .succeeded()) {
      throw new InfrastructureException(
          "cannot make the programs executable in " + work + " on " + board.name(),
          "check that the board's work directory allows executables");
    }
  }

  /** Puts the kept checkpoint copy into the leg's directory; its checksums on both sides. */
  private RunEvidence.Transfer putCheckpoint(Board board, String work) {
    FileTransfer ft = board.require(FileTransfer.class);
    Map<String, String> before = new TreeMap<>();
    HostCheckpoint.list(kept.checkpoint()).forEach((name, sum) -> before.put(name, sum.sha256()));
    for (String name : before.keySet()) {
      ft.put(kept.checkpoint().resolve(name), work + "/" + name);
    }
    Map<String, String> after = new TreeMap<>();
    CheckpointMover.list(board, work, SETUP_TIMEOUT)
        .forEach((name, sum) -> after.put(name, sum.sha256()));
    after.keySet().retainAll(before.keySet());
    String label = kept.checkpoint().getFileName() + "->" + kept.destination().role();
    return new RunEvidence.Transfer(label, before, after);
  }
}
