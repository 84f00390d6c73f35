package org.hexo.ci.migration;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hexo.ci.InfrastructureException;
import org.hexo.ci.UsageException;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.ExecRequest;
import org.hexo.ci.board.ExecResult;
import org.hexo.ci.board.Executor;
import org.hexo.ci.board.FileTransfer;

/**
 * Turns a spec into leg plans. {@link #check} resolves both boards' names and ISAs before anything
 * starts; {@link #reference()} opens the source board and fills the reference's directory; {@link
 * #legs()} opens the destination board, fills every migrated leg's directory and routes the
 * post-copy page server between consecutive legs, so that a hop's downtime is only the move. The
 * runner calls {@link #legs()} while the reference runs. Single use; {@link #close()} withdraws the
 * routes.
 */
final class LegPlanner implements AutoCloseable {
  private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(2);

  private final MigrationSpec spec;
  private final MigrationArtifacts artifacts;
  private final BoardSource boards;
  private final RunDirectory dir;
  private final Recorder recorder;
  private final PostCopyNetwork network = new PostCopyNetwork();
  private final Map<String, Board> opened = new HashMap<>();

  LegPlanner(
      MigrationSpec spec,
      MigrationArtifacts artifacts,
      BoardSource boards,
      RunDirectory dir,
      Recorder recorder) {
    this.spec = spec;
    this.artifacts = artifacts;
    this.boards = boards;
    this.dir = dir;
    this.recorder = recorder;
  }

  /**
   * Checks that both boards of {@code spec} exist and run the ISA their role needs, asking {@code
   * boards} without starting them where it can.
   *
   * @throws UsageException naming the board and what is wrong with it
   */
  public static BoardRoles check(MigrationSpec spec, BoardSource boards) {
    BoardRoles roles = spec.roles();
    for (String arch : List.of(BoardRoles.X86, BoardRoles.ARM)) {
      String name = roles.boardOf(arch);
      String actual = boards.arch(name);
      if (actual != null) {
        requireArch(name, actual, arch);
      }
    }
    return roles;
  }

  /** Opens the board the program starts on. */
  void openSource() {
    open(spec.roles().reference());
  }

  /** The reference leg, ready to start on the opened source board. */
  LegPlan reference() {
    BoardRoles.Role r = spec.roles().reference();
    Board b = open(r);
    return LegPlan.offline(r.role(), b, prepare(b, r.role()), false, null);
  }

  /** The migrated run's legs in order, their boards open, their directories filled. */
  List<LegPlan> legs() {
    List<LegPlan> plans = new ArrayList<>();
    for (BoardRoles.Role r : spec.roles().legs()) {
      boolean first = plans.isEmpty();
      boolean last = plans.size() + 1 == spec.roles().legs().size();
      Board b = open(r);
      plans.add(
          LegPlan.offline(
              r.role(),
              b,
              prepare(b, r.role()),
              !first,
              first ? spec.trigger() : last ? null : spec.trigger().forReturnHop()));
    }
    return spec.mode() == Mode.POSTCOPY ? network.route(plans) : List.copyOf(plans);
  }

  /**
   * The board of role {@code r}, opened once per run and checked. Opened outside the lock: the
   * destination's start on the side thread must not hold up the source.
   */
  private Board open(BoardRoles.Role r) {
    synchronized (opened) {
      if (opened.containsKey(r.board())) {
        return opened.get(r.board());
      }
    }
    Board b = boards.board(r.board());
    requireArch(b.name(), b.arch(), r.arch());
    recorder.board(b);
    synchronized (opened) {
      return opened.computeIfAbsent(r.board(), k -> b);
    }
  }

  /** A fresh work directory on {@code b} holding both programs, the proxy and the app's inputs. */
  private String prepare(Board b, String role) {
    String work = dir.newWorkDir(b, role);
    FileTransfer ft = b.require(FileTransfer.class);
    for (Path prog : artifacts.programs()) {
      ft.put(prog, work + "/" + prog.getFileName());
    }
    ft.put(artifacts.proxy(b.arch()), work + "/proxy");
    for (Path input : spec.inputs()) {
      ft.put(input, work + "/" + input.getFileName());
    }
    List<String> chmod =
        List.of("chmod", "+x", "proxy", MigrationArtifacts.PROG_X86, MigrationArtifacts.PROG_ARM);
    ExecResult r = b.require(Executor.class).run(ExecRequest.of(chmod, work, SETUP_TIMEOUT));
    if (!r.succeeded()) {
      throw new InfrastructureException(
          "cannot make the programs executable in "
              + work
              + " on "
              + b.name()
              + ": "
              + r.stderr().strip(),
          "check that the board's work directory is on a file system that allows executables");
    }
    return work;
  }

  private static void requireArch(String board, String actual, String needed) {
    if (!needed.equals(actual)) {
      throw new UsageException(
          "board '" + board + "' runs " + actual + " but its role needs " + needed,
          "name an "
              + needed
              + " board with --"
              + (BoardRoles.X86.equals(needed) ? "x86" : "arm")
              + "-board, or pick another --direction");
    }
  }

  /** Withdraws every page-server route. */
  @Override
  public void close() {
    network.close();
  }
}
