package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.hexo.ci.board.container.Reaper;
import org.hexo.ci.board.qemu.QemuReaper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hexo-ci gc}: removes containers and stops virtual boards left by hexo-ci runs whose
 * process is gone.
 */
@Command(
    name = "gc",
    description = "Remove containers and virtual boards left behind by killed hexo-ci runs.",
    mixinStandardHelpOptions = true)
public final class GcCommand implements Callable<Integer> {
  @Option(names = "--dry-run", description = "Only list what would be removed.")
  boolean dryRun;

  @Spec CommandSpec cmd;

  @Override
  public Integer call() {
    List<String> removed = Reaper.reap(dryRun);
    PrintWriter out = cmd.commandLine().getOut();
    removed.forEach(n -> out.println((dryRun ? "would remove " : "removed ") + n));
    out.println(removed.size() + " leftover container(s)" + (dryRun ? " found" : " removed"));
    List<String> stopped = QemuReaper.reap(dryRun);
    stopped.forEach(n -> out.println((dryRun ? "would stop " : "stopped ") + n));
    out.println(stopped.size() + " orphaned virtual board(s)" + (dryRun ? " found" : " stopped"));
    out.flush();
    return ExitCode.PASSED.code();
  }
}
