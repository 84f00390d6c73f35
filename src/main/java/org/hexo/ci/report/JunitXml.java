package org.hexo.ci.report;

import static org.hexo.ci.report.Markup.escape;
import static org.hexo.ci.report.Markup.seconds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.PhaseTiming;
import org.hexo.ci.verify.CheckResult;
import org.hexo.ci.verify.Verdict;

/**
 * The one JUnit XML writer, in Surefire's schema, for single migration tests ({@link
 * #render(String, List)}) and matrices alike ({@code report.matrix.MatrixJunitWriter} builds a
 * {@link Suite}). For migration tests: one {@code testcase} per test; phase timings, run
 * directories and the toolchain manifest as suite properties named {@code <test>.<key>} (Surefire's
 * schema has properties only on the suite); FAIL becomes {@code failure} and ERROR {@code error},
 * each with the message and the failing check's detail (e.g. the unified diff).
 */
public final class JunitXml {
  /**
   * How a test case did not pass: the {@code failure}, {@code error} or {@code skipped} element.
   */
  public record Problem(String element, String message, String type, String detail) {
    public static Problem of(Verdict verdict, String message, String type, String detail) {
      return new Problem(verdict == Verdict.ERROR ? "error" : "failure", message, type, detail);
    }

    public static Problem skipped(String reason) {
      return new Problem("skipped", reason, null, "");
    }
  }

  /** One {@code testcase}; {@code systemOut} empty for none. */
  public record Case(
      String name, String classname, long millis, Optional<Problem> problem, String systemOut) {}

  /** One {@code testsuite}: its cases, its properties in order, and its wall time. */
  public record Suite(String name, long millis, Map<String, String> properties, List<Case> cases) {
    public Suite {
      properties = new LinkedHashMap<>(properties);
      cases = List.copyOf(cases);
    }
  }

  private JunitXml() {}

  /** The suite of single migration tests. */
  public static String render(String suiteName, List<MigrationResult> results) {
    Map<String, String> props = new LinkedHashMap<>();
    for (MigrationResult r : results) {
      String t = r.testName();
      props.put(t + ".verdict", r.verdict().name());
      props.put(t + ".runDir", r.runDir().toString());
      props.put(t + ".boards", r.spec().sourceBoard() + "->" + r.spec().destinationBoard());
      for (PhaseTiming p : r.phases()) {
        props.put(t + ".phase." + p.name() + ".ms", Long.toString(p.millis()));
      }
      new TreeMap<>(r.manifest()).forEach((k, v) -> props.put(t + ".manifest." + k, v));
    }
    List<Case> cases = results.stream().map(JunitXml::testcase).toList();
    long total = cases.stream().mapToLong(Case::millis).sum();
    return render(new Suite(suiteName, total, props, cases));
  }

  /** Any suite, the one place JUnit XML is written. */
  public static String render(Suite suite) {
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<testsuite xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(" xsi:noNamespaceSchemaLocation=")
        .append(
            "\"https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd\"")
        .append(" name=\"")
        .append(escape(suite.name()))
        .append("\" time=\"")
        .append(seconds(suite.millis()))
        .append("\" tests=\"")
        .append(suite.cases().size())
        .append("\" errors=\"")
        .append(count(suite, "error"))
        .append("\" skipped=\"")
        .append(count(suite, "skipped"))
        .append("\" failures=\"")
        .append(count(suite, "failure"))
        .append("\">\n");
    if (!suite.properties().isEmpty()) {
      b.append("  <properties>\n");
      suite.properties().forEach((k, v) -> property(b, k, v));
      b.append("  </properties>\n");
    }
    suite.cases().forEach(c -> testcase(b, c));
    b.append("</testsuite>\n");
    return b.toString();
  }

  private static long count(Suite suite, String element) {
    return suite.cases().stream()
        .filter(c -> c.problem().map(p -> p.element().equals(element)).orElse(false))
        .count();
  }

  private static void testcase(StringBuilder b, Case c) {
    b.append("  <testcase name=\"")
        .append(escape(c.name()))
        .append("\" classname=\"")
        .append(escape(c.classname()))
        .append("\" time=\"")
        .append(seconds(c.millis()))
        .append("\"");
    if (c.problem().isEmpty() && c.systemOut().isEmpty()) {
      b.append("/>\n");
      return;
    }
    b.append(">\n");
    c.problem()
        .ifPresent(
            p -> {
              b.append("    <")
                  .append(p.element())
                  .append(" message=\"")
                  .append(escape(p.message()));
              if (p.type() != null) {
                b.append("\" type=\"").append(escape(p.type()));
              }
              b.append('"');
              if (p.detail().isEmpty()) {
                b.append("/>\n");
              } else {
                b.append(">").append(escape(p.detail()));
                b.append("</").append(p.element()).append(">\n");
              }
            });
    if (!c.systemOut().isEmpty()) {
      b.append("    <system-out>").append(escape(c.systemOut())).append("</system-out>\n");
    }
    b.append("  </testcase>\n");
  }

  private static Case testcase(MigrationResult r) {
    Optional<Problem> problem = Optional.empty();
    if (r.verdict() != Verdict.PASS) {
      String type =
          r.checks()
              .flatMap(c -> c.flatten().stream().filter(x -> !x.passed()).findFirst())
              .map(CheckResult::name)
              .orElse("infrastructure");
      problem = Optional.of(Problem.of(r.verdict(), r.message(), type, detail(r)));
    }
    return new Case(
        r.testName(), "hexo-ci.migration." + r.spec().appName(), totalMillis(r), problem, "");
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
