package org.hexo.ci.report.page;

import java.util.List;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.verify.Verdict;

/** The migration tests page: a table of every test, then each test's own section. */
public record SummaryPage(String title, String headline, List<TestPage> tests) {

  public static SummaryPage of(String title, List<MigrationResult> results) {
    long pass = results.stream().filter(r -> r.verdict() == Verdict.PASS).count();
    long fail = results.stream().filter(r -> r.verdict() == Verdict.FAIL).count();
    long error = results.size() - pass - fail;
    return new SummaryPage(
        title,
        results.size() + " tests: " + pass + " PASS, " + fail + " FAIL, " + error + " ERROR",
        results.stream().map(TestPage::of).toList());
  }

  public String render() {
    return Pages.render("summary.jte", this);
  }
}
