package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hexo.ci.board.Board;
import org.hexo.ci.board.BoardFactory;
import org.hexo.ci.board.BoardHealth;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.board.BoardLock;
import org.hexo.ci.board.BoardSpec;
import org.hexo.ci.board.qemu.QemuSystemBoard;
import org.hexo.ci.config.HexoConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hexo-ci board list}: the boards of the inventory with their kind, arch and state; {@code
 * hexo-ci board boot NAME}: brings one board up for debugging and says how to reach it; {@code
 * hexo-ci board check NAME}: its health check alone ({@link BoardCheckCommand}).
 */
@Command(
    name = "board",
    description = "Inspect the board inventory.",
    mixinStandardHelpOptions = true,
    subcommands = {
      BoardCommand.ListBoards.class,
      BoardCommand.BootBoard.class,
      BoardCheckCommand.class
    })
public final class BoardCommand {

  @Command(
      name = "list",
      description =
          "List boards: name, kind, arch, state, labels, health (last check, quarantine) and lock.")
  static final class ListBoards implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec cmd;

    @Override
    public Integer call() {
      HexoConfig config = common.config();
      BoardInventory inventory = BoardInventory.of(config, System.getenv());
      PrintWriter out = cmd.commandLine().getOut();
      out.println("# inventory: " + inventory.source().map(Object::toString).orElse("(default)"));
      String format = "%-16s %-12s %-8s %-28s %-20s %s%n";
      out.printf(format, "NAME", "KIND", "ARCH", "STATE", "LABELS", "HEALTH");
      BoardHealth health = MatrixEngine.health(config, inventory);
      long now = System.currentTimeMillis();
      for (BoardSpec b : inventory.boards()) {
        String held =
            BoardLock.holder(config.lockDir(), b.name())
                .map(o -> "; in use by pid " + o.pid())
                .orElse("");
        out.printf(
            format,
            b.name(),
            b.kind(),
            b.arch() == null ? "-" : b.arch(),
            BoardFactory.state(b, config),
            String.join(",", List.copyOf(b.labels())),
            health.current(b.name()).map(r -> r.describe(now)).orElse("-") + held);
      }
      out.flush();
      return ExitCode.PASSED.code();
    }
  }

  @Command(
      name = "boot",
      description =
          "Boot (or open) one board, print how to log in, keep it up until --hold expires or"
              + " Ctrl-C, then power it off.")
  static final class BootBoard implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec cmd;

    @Parameters(paramLabel = "NAME", description = "Board name from the inventory.")
    String name;

    @Option(
        names = "--hold",
        paramLabel = "SECONDS",
        description = "Keep the board up this long; 0 closes at once (default: until Ctrl-C).")
    Long holdSeconds;

    @Override
    public Integer call() throws InterruptedException {
      HexoConfig config = common.config();
      BoardSpec spec = BoardInventory.of(config, System.getenv()).get(name);
      PrintWriter out = cmd.commandLine().getOut();
      CountDownLatch released = new CountDownLatch(1);
      try (Board board = BoardFactory.open(spec, config)) {
        Thread hook = new Thread(released::countDown, "board-boot-release");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println(
            "board " + board.name() + " (" + board.kind() + ", " + board.arch() + ") is up");
        if (board instanceof QemuSystemBoard vm) {
          out.println("  ssh:     " + vm.sshCommand());
          out.println("  console: " + vm.consoleLog());
        }
        out.println(
            holdSeconds == null
                ? "press Ctrl-C to power it off"
                : "powering off in " + holdSeconds + " s");
        out.flush();
        if (holdSeconds == null) {
          released.await();
        } else {
          released.await(holdSeconds, TimeUnit.SECONDS);
        }
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // Ctrl-C: the JVM is exiting; the board still closes below.
        }
      }
      out.println("board " + name + " powered off");
      out.flush();
      return ExitCode.PASSED.code();
    }
  }
}
