package org.hexo.ci.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hexo.ci.verify.Verdict;

/**
 * Renders a matrix run as JUnit XML: one test suite, one test case per cell (class name {@code
 * matrix.<name>.<app>.<class>}), FAIL as a failure and ERROR as an error, attempts and timings in
 * system-out; cells skipped for want of a board as skipped test cases with the reason.
 */
public final class MatrixJunitWriter {
  private MatrixJunitWriter() {}

  public static void write(MatrixResult r, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, render(r));
  }

  public static String render(MatrixResult r) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append(
        String.format(
            "<testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" skipped=\"%d\""
                + " time=\"%.3f\">%n",
            x("matrix." + r.name()),
            r.cells().size() + r.skipped().size(),
            r.count(Verdict.FAIL),
            r.count(Verdict.ERROR),
            r.skipped().size(),
            (r.finishedAt() - r.startedAt()) / 1000.0));
    for (CellResult c : r.cells()) {
      Cell k = c.cell();
      long ms = c.samples().stream().mapToLong(s -> s.finishedAt() - s.startedAt()).sum();
      b.append(
          String.format(
              "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\">%n",
              x("matrix." + r.name() + "." + k.app() + "." + k.appClass()),
              x(name(k)),
              ms / 1000.0));
      if (c.verdict() != Verdict.PASS) {
        String tag = c.verdict() == Verdict.FAIL ? "failure" : "error";
        b.append("    <")
            .append(tag)
            .append(" message=\"")
            .append(x(c.message()))
            .append("\" type=\"")
            .append(c.verdict())
            .append("\"/>\n");
      }
      StringBuilder out = new StringBuilder();
      out.append("board: ").append(c.board()).append("\nlogs: ").append(c.logDir()).append('\n');
      for (Attempt a : c.attempts()) {
        out.append("attempt on ").append(a.board()).append(": ").append(a.verdict());
        out.append(a.reason().isEmpty() ? "" : " (" + a.reason() + ")").append('\n');
      }
      int i = 1;
      for (Sample s : c.samples()) {
        out.append("run ").append(i++).append(": ").append(s.verdict()).append(' ');
        out.append(s.phasesMs()).append('\n');
      }
      b.append("    <system-out>").append(x(out.toString())).append("</system-out>\n");
      b.append("  </testcase>\n");
    }
    for (SkippedCell s : r.skipped()) {
      b.append(
          String.format(
              "  <testcase classname=\"%s\" name=\"%s\" time=\"0\">%n",
              x("matrix." + r.name() + "." + s.cell().app() + "." + s.cell().appClass()),
              x(name(s.cell()))));
      b.append("    <skipped message=\"").append(x(s.reason())).append("\"/>\n");
      b.append("  </testcase>\n");
    }
    return b.append("</testsuite>\n").toString();
  }

  private static String name(Cell k) {
    return k.mode() + " " + k.direction() + " " + k.trigger() + " on " + k.target();
  }

  private static String x(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> {
          if (ch >= 0x20 || ch == '\n' || ch == '\t') {
            b.append(ch);
          }
        }
      }
    }
    return b.toString();
  }
}
