package org.hexo.ci.report;

import java.nio.file.Path;
import java.util.List;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.report.page.Pages;
import org.hexo.ci.report.page.SummaryPage;

/**
 * The HTML page of migration tests for a person: one table row per test, then per test its
 * timeline, phase timings, checks with expected and actual (a failing output check as a diff),
 * checkpoint sizes and links to its logs and kept checkpoint. Rendered from the {@code summary.jte}
 * template, which escapes everything from the run; it links {@value Pages#STYLESHEET}, which {@link
 * #writeStylesheet} puts beside it.
 */
public final class HtmlSummary {
  private HtmlSummary() {}

  public static String render(String title, List<MigrationResult> results) {
    return SummaryPage.of(title, results).render();
  }

  /** Puts the page's stylesheet into {@code dir}, the directory the page is written to. */
  public static void writeStylesheet(Path dir) {
    Pages.writeStylesheet(dir);
  }
}
