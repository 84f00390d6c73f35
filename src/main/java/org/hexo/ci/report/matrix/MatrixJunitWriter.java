package org.hexo.ci.report.matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexo.ci.matrix.Attempt;
import org.hexo.ci.matrix.Cell;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.matrix.MatrixResult;
import org.hexo.ci.matrix.Sample;
import org.hexo.ci.matrix.SkippedCell;
import org.hexo.ci.report.JunitXml;
import org.hexo.ci.report.JunitXml.Case;
import org.hexo.ci.report.JunitXml.Problem;
import org.hexo.ci.report.Markup;
import org.hexo.ci.verify.Verdict;

/**
 * A matrix run as JUnit XML (written by {@link JunitXml}): one test suite, one test case per cell
 * (class name {@code matrix.<name>.<app>.<class>}), FAIL as a failure and ERROR as an error,
 * attempts and timings in system-out; cells skipped for want of a board as skipped test cases with
 * the reason.
 */
public final class MatrixJunitWriter {
  private MatrixJunitWriter() {}

  public static void write(MatrixResult r, Path file) throws IOException {
    Markup.write(file, render(r));
  }

  public static String render(MatrixResult r) {
    List<Case> cases = new ArrayList<>();
    for (CellResult c : r.cells()) {
      long ms = c.samples().stream().mapToLong(s -> s.finishedAt() - s.startedAt()).sum();
      Optional<Problem> problem =
          c.verdict() == Verdict.PASS
              ? Optional.empty()
              : Optional.of(Problem.of(c.verdict(), c.message(), c.verdict().name(), ""));
      cases.add(new Case(name(c.cell()), classname(r, c.cell()), ms, problem, systemOut(c)));
    }
    for (SkippedCell s : r.skipped()) {
      cases.add(
          new Case(
              name(s.cell()),
              classname(r, s.cell()),
              0,
              Optional.of(Problem.skipped(s.reason())),
              ""));
    }
    return JunitXml.render(
        new JunitXml.Suite("matrix." + r.name(), r.finishedAt() - r.startedAt(), Map.of(), cases));
  }

  private static String systemOut(CellResult c) {
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
    return out.toString();
  }

  private static String classname(MatrixResult r, Cell k) {
    return "matrix." + r.name() + "." + k.app() + "." + k.appClass();
  }

  private static String name(Cell k) {
    return k.mode() + " " + k.direction() + " " + k.trigger() + " on " + k.target();
  }
}
