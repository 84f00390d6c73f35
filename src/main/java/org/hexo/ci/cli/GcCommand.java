package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hexo.ci.board.BoardFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hexo-ci gc}: asks every board provider to remove what boards of its kind left behind when
 * their hexo-ci process was killed (containers, virtual boards).
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
    PrintWriter out = cmd.commandLine().getOut();
    int total = 0;
    for (Map.Entry<String, List<String>> e : BoardFactory.reap(dryRun).entrySet()) {
      List<String> reaped = e.getValue();
      reaped.forEach(
          n -> out.println((dryRun ? "would remove " : "removed ") + e.getKey() + ": " + n));
      total += reaped.size();
    }
    out.println(total + " leftover(s) of killed runs" + (dryRun ? " found" : " removed"));
    out.flush();
    return ExitCode.PASSED.code();
  }
}
