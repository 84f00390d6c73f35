package org.hexo.ci.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hexo.ci.matrix.MatrixMerge;
import org.hexo.ci.matrix.MatrixPlan;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.report.matrix.MatrixJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hexo-ci matrix merge DIR... --plan PLAN}: the matrix.json, JUnit XML and HTML of a
 * fanned-out matrix from the {@code cell.json} files of its cell runs; a planned cell that never
 * ran is ERROR {@code not run}. Exit 0 all passed, 1 a cell failed, 3 a cell ended in ERROR.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description =
        "Merges the cell.json files of a fanned-out matrix into matrix.json, JUnit, HTML.")
final class MatrixMergeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "DIR", arity = "0..*", description = "Directories of cell runs.")
  List<Path> dirs = new ArrayList<>();

  @Option(
      names = "--plan",
      required = true,
      paramLabel = "PLAN",
      description = "The plan.json of `matrix plan --json`.")
  Path planFile;

  @Override
  public Integer call() throws IOException {
    MatrixPlan plan = MatrixPlan.read(planFile);
    Path report = common.config().reportDir();
    PrintWriter err = new PrintWriter(System.err, true);
    List<MatrixMerge.Ran> ran = new ArrayList<>();
    for (Path d : dirs) {
      Path json = d.resolve("cell.json");
      if (!Files.isRegularFile(json)) {
        err.println("[merge] warning: " + d + " has no cell.json (an attempt cut short): skipped");
        continue;
      }
      try {
        ran.add(new MatrixMerge.Ran(d, MatrixJson.readCell(json)));
      } catch (IOException e) {
        err.println("[merge] warning: " + json + " is not a cell result: skipped (" + e + ")");
      }
    }
    MatrixResult result = MatrixMerge.merge(plan, ran, report);
    return MatrixEngine.report(result, report, new PrintWriter(System.out, true), "merge");
  }
}
