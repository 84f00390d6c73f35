package org.hexo.ci.report.matrix;

import java.io.IOException;
import java.nio.file.Path;
import org.hexo.ci.matrix.Comparison;
import org.hexo.ci.report.page.ComparisonPage;
import org.hexo.ci.report.page.Pages;

/**
 * Renders a {@link Comparison} as an HTML page ({@code comparison.jte}): regressions first, then
 * everything else. Written with its stylesheet.
 */
public final class ComparisonHtmlWriter {
  private ComparisonHtmlWriter() {}

  public static void write(Comparison c, Path file) throws IOException {
    Pages.write(file, render(c));
  }

  public static String render(Comparison c) {
    return ComparisonPage.of(c).render();
  }
}
