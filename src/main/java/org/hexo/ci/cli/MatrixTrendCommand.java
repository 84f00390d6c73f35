package org.hexo.ci.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hexo.ci.matrix.Threshold;
import org.hexo.ci.report.matrix.MatrixJson;
import org.hexo.ci.report.matrix.TrendHtmlWriter;
import org.hexo.ci.report.page.TrendPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hexo-ci matrix trend MATRIX_JSON... --out DIR}: draws each cell's downtime and total over
 * the nights given (oldest first) into {@code DIR/trend.html}, with the band {@code matrix compare}
 * allows and the nights it would flag. Exit 0 once written; 2 for a file that is not a matrix.json
 * (before anything is written).
 */
@Command(
    name = "trend",
    mixinStandardHelpOptions = true,
    description = {
      "Draws per-cell medians of downtime and total over a nightly archive of matrix.json files"
          + " (oldest first) into DIR/trend.html, marking the nights that matrix compare flags"
          + " against the night before."
    })
final class MatrixTrendCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "MATRIX_JSON",
      description = "matrix.json, oldest first.")
  List<Path> files;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Where trend.html goes.")
  Path out;

  @Mixin ThresholdOptions thresholdOptions;

  @Override
  public Integer call() throws Exception {
    Threshold threshold = thresholdOptions.threshold();
    List<TrendPage.Input> nights = new ArrayList<>();
    for (Path f : files) {
      nights.add(new TrendPage.Input(f.toString(), MatrixJson.read(f)));
    }
    Path page = out.resolve("trend.html");
    TrendPage p = TrendPage.of(nights, threshold);
    TrendHtmlWriter.write(p, page);
    System.out.println("[trend] " + p.headline());
    System.out.println("trend: " + page);
    return ExitCode.PASSED.code();
  }
}
