package org.hexo.ci.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hexo.ci.verify.Verdict;

/** Matrix results for tests of the comparator and the renderers. */
public final class MatrixFixtures {
  private MatrixFixtures() {}

  /** A cell of {@code app} with one sample per transfer time, all with verdict {@code v}. */
  public static CellResult cell(String app, Verdict v, long... transferMs) {
    Cell c = new Cell(app, "S", "cr", "x86-to-arm", "timer:1", "label:qemu-user");
    List<Sample> samples = new ArrayList<>();
    long t = 1000;
    for (long ms : transferMs) {
      samples.add(new Sample(v, Map.of("checkpoint", 50L, "transfer", ms), t, t + ms, ""));
      t += 1000;
    }
    return new CellResult(
        c,
        v,
        "b1",
        samples,
        List.of(new Attempt("b1", v, "", 0, 1)),
        "cells/" + c.slug(),
        v == Verdict.PASS ? "" : "output differs");
  }

  /** A matrix run "nightly" of these cells on one healthy board. */
  public static MatrixResult matrix(CellResult... cells) {
    return new MatrixResult(
        "nightly", 3, 0, 10_000, List.of(cells), List.of(new BoardStatus("b1", "PASS", false, "")));
  }
}
