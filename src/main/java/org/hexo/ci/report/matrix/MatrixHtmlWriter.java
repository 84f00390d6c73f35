package org.hexo.ci.report.matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.hexo.ci.matrix.Comparison;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.report.page.MatrixPage;
import org.hexo.ci.report.page.Pages;

/**
 * Renders a matrix run as one HTML page ({@code matrix.jte}): a one-line summary, a heat map of the
 * cells coloured by verdict (rows app and class; columns mode, direction, trigger and target), each
 * linking to its run and marked when it regressed against a baseline, was flaky or was retried;
 * then each cell's phase medians and runs, and the boards' health. Written with its stylesheet.
 */
public final class MatrixHtmlWriter {
  private MatrixHtmlWriter() {}

  public static void write(MatrixResult r, Path file) throws IOException {
    Pages.write(file, render(r));
  }

  /** The page with the cells that regressed against {@code baseline} marked. */
  public static void write(MatrixResult r, Comparison baseline, Path file) throws IOException {
    Pages.write(file, MatrixPage.of(r, Optional.of(baseline)).render());
  }

  public static String render(MatrixResult r) {
    return MatrixPage.of(r, Optional.empty()).render();
  }

  public static String render(MatrixResult r, Comparison baseline) {
    return MatrixPage.of(r, Optional.of(baseline)).render();
  }
}
