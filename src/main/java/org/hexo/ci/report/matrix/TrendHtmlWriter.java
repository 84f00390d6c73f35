package org.hexo.ci.report.matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hexo.ci.matrix.Threshold;
import org.hexo.ci.report.page.Pages;
import org.hexo.ci.report.page.TrendPage;

/**
 * Renders the trends of a nightly archive ({@code trend.jte}): per cell, downtime and total medians
 * over the nights with the regression threshold band and the flagged nights. Written with its
 * stylesheet.
 */
public final class TrendHtmlWriter {
  private TrendHtmlWriter() {}

  public static void write(TrendPage page, Path file) throws IOException {
    Pages.write(file, page.render());
  }

  public static String render(List<TrendPage.Input> nights, Threshold t) {
    return TrendPage.of(nights, t).render();
  }
}
