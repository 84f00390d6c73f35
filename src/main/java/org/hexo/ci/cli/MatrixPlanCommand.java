package org.hexo.ci.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hexo.ci.UsageException;
import org.hexo.ci.config.HexoConfig;
import org.hexo.ci.job.BuildCache;
import org.hexo.ci.job.MatrixPrebuild;
import org.hexo.ci.matrix.MatrixBoard;
import org.hexo.ci.matrix.MatrixFile;
import org.hexo.ci.matrix.MatrixPlan;
import org.hexo.ci.matrix.MatrixSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hexo-ci matrix plan FILE --json}: the cells of a matrix as Jenkins fans them out (the
 * label to lock, the programs each runs), the skipped and the failed ones; with {@code --artifacts
 * DIR} it first builds every program the cells need into DIR. The plan alone goes to standard
 * output. Contract: docs/jenkins.md section 8.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description =
        "Prints the cells of a matrix for a fan-out over agents (JSON), builds their programs.")
final class MatrixPlanCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "FILE", description = "The matrix file (YAML).")
  Path file;

  @Option(names = "--json", required = true, description = "Print the plan as JSON.")
  boolean json;

  @Option(
      names = "--toolchain",
      paramLabel = "SPEC",
      description = "Toolchain spec: hexo-lite, hexo or a YAML file.")
  String toolchain;

  @Option(
      names = "--override",
      paramLabel = "NAME=URL@REF",
      description = "Build the toolchain with a fork's component (repeatable).")
  List<String> overrides = new ArrayList<>();

  @Option(
      names = "--artifacts",
      paramLabel = "DIR",
      description = "Build the programs of every cell into DIR/<app>-<class>/ (stashable).")
  Path artifacts;

  @Option(
      names = "--x86-board",
      defaultValue = "local",
      paramLabel = "NAME",
      description = "The x86-64 board (not a target), default ${DEFAULT-VALUE}.")
  String x86Board;

  @Override
  public Integer call() throws Exception {
    HexoConfig config = common.config();
    MatrixSpec spec = MatrixFile.read(file);
    String tc = toolchain != null ? toolchain : spec.toolchain().orElse("hexo-lite");
    List<MatrixBoard> boards = MatrixEngine.armBoards(CommonOptions.inventory(config), x86Board);
    PrintWriter err = new PrintWriter(System.err, true);
    Map<String, String> failures = Map.of();
    if (artifacts != null) {
      BuildCache builds = BuildCache.create(config, tc, overrides, null, err::println);
      failures =
          MatrixPrebuild.into(
              artifacts,
              spec,
              boards,
              builds,
              JobOptions.appLocator(config, tc, overrides, config.projectRoot().resolve("apps"))
                  ::locate,
              err::println);
    } else if (!overrides.isEmpty()) {
      throw new UsageException(
          "--override builds a fork's toolchain, which only --artifacts does",
          "add --artifacts DIR, or drop --override");
    }
    MatrixPlan plan =
        MatrixPlan.of(
            spec,
            file.toString(),
            tc,
            overrides,
            boards,
            artifacts == null ? null : artifacts.toString(),
            failures);
    System.out.println(plan.toJson());
    err.printf(
        "[plan] %s: %d cells to run, %d skipped, %d failed to build%n",
        spec.name(), plan.cells().size(), plan.skipped().size(), plan.failed().size());
    return ExitCode.PASSED.code();
  }
}
