package org.hexo.ci.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hexo.ci.matrix.Comparison;
import org.hexo.ci.matrix.MatrixComparator;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.report.matrix.ComparisonHtmlWriter;
import org.hexo.ci.report.matrix.MatrixHtmlWriter;
import org.hexo.ci.report.matrix.MatrixJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hexo-ci matrix compare [OLDER.json...] BASELINE.json CURRENT.json}: prints regressions,
 * slowdowns, pre-existing failures, FLAKY cells and their flake rates over every file given, fixed,
 * new and vanished cells; writes {@code comparison.html} and {@code comparison.json}, and rewrites
 * CURRENT's {@code matrix.html} with its regressions marked; exit 1 when something regressed.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two matrix.json files. Exit 0: nothing regressed; 1: a cell went PASS -> FAIL/ERROR"
          + " or a phase got slower.",
      "A phase is slower when its median over the repeats grows by more than"
          + " max(THRESHOLD% of the baseline median, K * 1.4826 * MAD, FLOOR ms)."
    })
final class MatrixCompareCommand implements Callable<Integer> {
  @Parameters(
      arity = "2..*",
      paramLabel = "MATRIX_JSON",
      description =
          "matrix.json files, oldest first: the last two are compared (BASELINE CURRENT), and each"
              + " cell's flake rate is counted over all of them.")
  List<Path> history;

  @Mixin ThresholdOptions thresholdOptions;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      description = "Where comparison.html and .json go (default: CURRENT's directory).")
  Path reportDir;

  @Override
  public Integer call() throws Exception {
    List<MatrixResult> runs = history.stream().map(MatrixJson::read).toList();
    Comparison c = new MatrixComparator(thresholdOptions.threshold()).compare(runs);
    Path current = history.get(history.size() - 1);
    Path dir = reportDir != null ? reportDir : current.toAbsolutePath().getParent();
    ComparisonHtmlWriter.write(c, dir.resolve("comparison.html"));
    // the current run's heat map, now with its regressions marked (its links are relative to it)
    MatrixHtmlWriter.write(
        runs.get(runs.size() - 1), c, current.toAbsolutePath().getParent().resolve("matrix.html"));
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(dir.resolve("comparison.json").toFile(), c);
    System.out.print(c.summary());
    System.out.println("comparison: " + dir.resolve("comparison.html"));
    return c.regressed() ? ExitCode.TESTS_FAILED.code() : ExitCode.PASSED.code();
  }
}
