package org.hexo.ci.report;

import static org.hexo.ci.report.Markup.escape;
import static org.hexo.ci.report.Markup.seconds;

import java.util.List;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.PhaseTiming;
import org.hexo.ci.verify.CheckResult;
import org.hexo.ci.verify.Verdict;

/**
 * Renders results as one JUnit XML test suite in Surefire's schema: one {@code testcase} per
 * migration test; phase timings, run directories and the toolchain manifest as suite properties
 * named {@code <test>.<key>} (Surefire's schema has properties only on the suite); FAIL becomes
 * {@code failure} and ERROR {@code error}, each with the message and the failing check's detail
 * (e.g. the unified diff).
 */
public final class JunitXml {
  private JunitXml() {}

  public static String render(String suiteName, List<MigrationResult> results) {
    long failures = results.stream().filter(r -> r.verdict() == Verdict.FAIL).count();
    long errors = results.stream().filter(r -> r.verdict() == Verdict.ERROR).count();
    long total = results.stream().mapToLong(JunitXml::totalMillis).sum();
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(" xsi:noNamespaceSchemaLocation=")
        .append(
            "\"https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd\"")
        .append(" name=\"")
        .append(escape(suiteName))
        .append("\" time=\"")
        .append(seconds(total))
        .append("\" tests=\"")
        .append(results.size())
        .append("\" errors=\"")
        .append(errors)
        .append("\" skipped=\"0\" failures=\"")
        .append(failures)
        .append("\">\n");
    b.append("  <properties>\n");
    for (MigrationResult r : results) {
      String t = r.testName();
      property(b, t + ".verdict", r.verdict().name());
      property(b, t + ".runDir", r.runDir().toString());
      property(b, t + ".boards", r.spec().sourceBoard() + "->" + r.spec().destinationBoard());
      for (PhaseTiming p : r.phases()) {
        property(b, t + ".phase." + p.name() + ".ms", Long.toString(p.millis()));
      }
      new java.util.TreeMap<>(r.manifest()).forEach((k, v) -> property(b, t + ".manifest." + k, v));
    }
    b.append("  </properties>\n");
    for (MigrationResult r : results) {
      testcase(b, r);
    }
    b.append("</testsuite>\n");
    return b.toString();
  }

  private static void testcase(StringBuilder b, MigrationResult r) {
    b.append("  <testcase name=\"")
        .append(escape(r.testName()))
        .append("\" classname=\"hexo-ci.migration.")
        .append(escape(r.spec().appName()))
        .append("\" time=\"")
        .append(seconds(totalMillis(r)))
        .append("\"");
    if (r.verdict() == Verdict.PASS) {
      b.append("/>\n");
      return;
    }
    b.append(">\n");
    String element = r.verdict() == Verdict.ERROR ? "error" : "failure";
    String type =
        r.checks()
            .flatMap(c -> c.flatten().stream().filter(x -> !x.passed()).findFirst())
            .map(CheckResult::name)
            .orElse("infrastructure");
    b.append("    <")
        .append(element)
        .append(" message=\"")
        .append(escape(r.message()))
        .append("\" type=\"")
        .append(escape(type))
        .append("\">");
    b.append(escape(detail(r)));
    b.append("</").append(element).append(">\n");
    b.append("  </testcase>\n");
  }

  private static String detail(MigrationResult r) {
    StringBuilder d = new StringBuilder(r.message()).append('\n');
    if (!r.remedy().isEmpty()) {
      d.append("remedy: ").append(r.remedy()).append('\n');
    }
    r.checks()
        .ifPresent(
            c ->
                c.flatten().stream()
                    .filter(x -> !x.passed())
                    .forEach(
                        x ->
                            d.append("\n[")
                                .append(x.name())
                                .append("] expected: ")
                                .append(x.expected())
                                .append("\n")
                                .append(x.actual())
                                .append(x.actual().endsWith("\n") ? "" : "\n")
                                .append(x.hint().isEmpty() ? "" : "hint: " + x.hint() + "\n")));
    d.append("\nrun directory: ").append(r.runDir()).append('\n');
    return d.toString();
  }

  private static long totalMillis(MigrationResult r) {
    return r.phases().stream()
        .filter(p -> p.name().equals("total") || p.name().equals("reference"))
        .mapToLong(PhaseTiming::millis)
        .sum();
  }

  private static void property(StringBuilder b, String name, String value) {
    b.append("    <property name=\"")
        .append(escape(name))
        .append("\" value=\"")
        .append(escape(value))
        .append("\"/>\n");
  }
}
