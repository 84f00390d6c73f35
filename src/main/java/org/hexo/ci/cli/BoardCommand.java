package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hexo.ci.board.BoardFactory;
import org.hexo.ci.board.BoardInventory;
import org.hexo.ci.board.BoardSpec;
import org.hexo.ci.config.HexoConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hexo-ci board list}: the boards of the inventory with their kind, arch and state. */
@Command(
    name = "board",
    description = "Inspect the board inventory.",
    mixinStandardHelpOptions = true,
    subcommands = {BoardCommand.ListBoards.class})
public final class BoardCommand {

  @Command(name = "list", description = "List boards: name, kind, arch, state, labels.")
  static final class ListBoards implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Spec CommandSpec cmd;

    @Override
    public Integer call() {
      HexoConfig config = common.config();
      BoardInventory inventory = BoardInventory.of(config, System.getenv());
      PrintWriter out = cmd.commandLine().getOut();
      out.println("# inventory: " + inventory.source().map(Object::toString).orElse("(default)"));
      String format = "%-16s %-12s %-8s %-28s %s%n";
      out.printf(format, "NAME", "KIND", "ARCH", "STATE", "LABELS");
      for (BoardSpec b : inventory.boards()) {
        out.printf(
            format,
            b.name(),
            b.kind(),
            b.arch() == null ? "-" : b.arch(),
            BoardFactory.state(b, config),
            String.join(",", List.copyOf(b.labels())));
      }
      out.flush();
      return ExitCode.PASSED.code();
    }
  }
}
