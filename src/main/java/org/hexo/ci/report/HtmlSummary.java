package org.hexo.ci.report;

import static org.hexo.ci.report.Markup.escape;

import java.util.List;
import org.hexo.ci.migration.CheckpointFile;
import org.hexo.ci.migration.MigrationResult;
import org.hexo.ci.migration.PhaseTiming;
import org.hexo.ci.verify.CheckResult;

/**
 * A self-contained HTML page summarising migration tests for a person: one table row per test, then
 * per test its phase timings, checks (failing ones with their diff), checkpoint sizes and where the
 * logs are. Everything from the run is escaped.
 */
public final class HtmlSummary {
  private HtmlSummary() {}

  public static String render(String title, List<MigrationResult> results) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(escape(title))
        .append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
        .append("td,th{border:1px solid #999;padding:.2em .6em;text-align:left}")
        .append(".PASS{background:#cfc}.FAIL{background:#fcc}.ERROR{background:#fc9}")
        .append("pre{background:#f4f4f4;padding:.5em;overflow:auto}\n")
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<table>\n<tr><th>test</th><th>verdict</th><th>boards</th>")
        .append("<th>total (ms)</th><th>downtime (ms)</th><th>message</th></tr>\n");
    for (MigrationResult r : results) {
      b.append("<tr class=\"")
          .append(r.verdict().name())
          .append("\"><td><a href=\"#")
          .append(escape(r.testName()))
          .append("\">")
          .append(escape(r.testName()))
          .append("</a></td><td>")
          .append(r.verdict().name())
          .append("</td><td>")
          .append(escape(r.spec().sourceBoard() + " -> " + r.spec().destinationBoard()))
          .append("</td><td>")
          .append(r.phaseMillis("total").map(String::valueOf).orElse("-"))
          .append("</td><td>")
          .append(r.phaseMillis("downtime").map(String::valueOf).orElse("-"))
          .append("</td><td>")
          .append(escape(r.message()))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
    results.forEach(r -> details(b, r));
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static void details(StringBuilder b, MigrationResult r) {
    b.append("<h2 id=\"")
        .append(escape(r.testName()))
        .append("\">")
        .append(escape(r.testName()))
        .append(" <span class=\"")
        .append(r.verdict().name())
        .append("\">")
        .append(r.verdict().name())
        .append("</span></h2>\n<p>")
        .append(
            escape(
                r.spec().appName()
                    + (r.spec().appClass() == null ? "" : " class " + r.spec().appClass())
                    + ", "
                    + r.spec().mode().id()
                    + ", "
                    + r.spec().direction().id()
                    + ", trigger "
                    + r.spec().trigger()
                    + ", toolchain "
                    + r.spec().toolchain()))
        .append("<br>run directory: <code>")
        .append(escape(r.runDir().toString()))
        .append("</code>");
    if (!r.spec().app().toMap().isEmpty()) {
      b.append("<br>description: <code>")
          .append(escape(r.spec().app().toMap().toString()))
          .append("</code>");
    }
    b.append("</p>\n");
    if (!r.remedy().isEmpty()) {
      b.append("<p>remedy: ").append(escape(r.remedy())).append("</p>\n");
    }
    b.append("<table>\n<tr><th>phase</th><th>ms</th></tr>\n");
    for (PhaseTiming p : r.phases()) {
      b.append("<tr><td>")
          .append(escape(p.name()))
          .append("</td><td>")
          .append(p.millis())
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
    r.checks()
        .ifPresent(
            c -> {
              b.append("<table>\n<tr><th>check</th><th>result</th><th>expected</th></tr>\n");
              for (CheckResult x : c.flatten()) {
                b.append("<tr class=\"")
                    .append(x.verdict().name())
                    .append("\"><td>")
                    .append(escape(x.name()))
                    .append("</td><td>")
                    .append(x.verdict().name())
                    .append("</td><td>")
                    .append(escape(x.expected()))
                    .append("</td></tr>\n");
              }
              b.append("</table>\n");
              for (CheckResult x : c.flatten()) {
                if (!x.passed()) {
                  b.append("<h3>")
                      .append(escape(x.name()))
                      .append("</h3>\n<pre>")
                      .append(escape(x.actual()))
                      .append("</pre>\n<p>")
                      .append(escape(x.hint()))
                      .append("</p>\n");
                }
              }
            });
    if (!r.transfers().isEmpty()) {
      b.append("<table>\n<tr><th>checkpoint file</th><th>bytes</th><th>intact</th></tr>\n");
      for (CheckpointFile f : r.transfers().get(0).files()) {
        b.append(Markup.row(f.name(), f.bytes(), f.intact() ? "yes" : "NO"));
      }
      b.append("</table>\n");
    }
  }
}
