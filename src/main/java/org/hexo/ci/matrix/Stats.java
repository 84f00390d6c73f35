package org.hexo.ci.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Robust summaries of repeated timings: median and median absolute deviation (MAD). */
public final class Stats {
  private Stats() {}

  public static double median(List<Long> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Long> s = new ArrayList<>(values);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
  }

  /** Median of the absolute deviations from the median; 0 for fewer than two values. */
  public static double mad(List<Long> values) {
    if (values.size() < 2) {
      return 0;
    }
    double m = median(values);
    List<Long> dev = new ArrayList<>();
    for (long v : values) {
      dev.add(Math.round(Math.abs(v - m)));
    }
    return median(dev);
  }

  /** Each phase's timings across the passing samples of a cell, in phase order. */
  public static Map<String, List<Long>> phaseSamples(CellResult cell) {
    Map<String, List<Long>> out = new LinkedHashMap<>();
    for (Sample s : cell.samples()) {
      if (s.verdict() == org.hexo.ci.verify.Verdict.PASS) {
        s.phasesMs().forEach((k, v) -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
      }
    }
    return out;
  }
}
