package org.hexo.ci.report.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hexo.ci.matrix.CellResult;
import org.hexo.ci.matrix.Comparison;
import org.hexo.ci.matrix.Threshold;
import org.hexo.ci.report.page.TrendPage.Chart;

/** Lays out one {@link TrendPage.Chart}: nights left to right, milliseconds bottom to top. */
final class TrendChart {
  private static final int WIDTH = 440;
  private static final int HEIGHT = 180;
  private static final int LEFT = 64;
  private static final int RIGHT = 12;
  private static final int TOP = 10;
  private static final int BOTTOM = 36;

  private TrendChart() {}

  static Chart draw(
      String id,
      String phase,
      List<TrendPage.Input> inputs,
      List<Optional<Comparison>> vsPrevious,
      List<TrendPage.Night> nights,
      Threshold threshold) {
    int n = inputs.size();
    double[] median = new double[n];
    double[] bandLow = new double[n];
    double[] bandHigh = new double[n];
    double max = 1;
    for (int i = 0; i < n; i++) {
      CellResult c = TrendPage.byId(inputs.get(i).result()).get(id);
      Optional<double[]> s = TrendPage.stats(c, phase);
      median[i] = s.map(v -> v[0]).orElse(Double.NaN);
      bandLow[i] = Double.NaN;
      if (i > 0 && s.isPresent()) {
        CellResult p = TrendPage.byId(inputs.get(i - 1).result()).get(id);
        Optional<double[]> prev = TrendPage.stats(p, phase);
        if (prev.isPresent()) {
          bandLow[i] = prev.get()[0];
          bandHigh[i] =
              prev.get()[0] + threshold.allowedMs(prev.get()[0], prev.get()[1], s.get()[1]);
          max = Math.max(max, bandHigh[i]);
        }
      }
      if (!Double.isNaN(median[i])) {
        max = Math.max(max, median[i]);
      }
    }
    double top = niceCeiling(max * 1.1);
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    double slot = plotW / Math.max(1, n);
    List<Chart.Point> points = new ArrayList<>();
    List<Chart.Band> bands = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    List<Chart.Label> labels = new ArrayList<>();
    List<Chart.Rule> grid = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double x = LEFT + slot * (i + 0.5);
      labels.add(
          new Chart.Label(
              Pages.num(x), Integer.toString(HEIGHT - BOTTOM + 14), "#" + (i + 1), "middle"));
      if (!Double.isNaN(bandLow[i])) {
        double y1 = y(bandHigh[i], top, plotH);
        bands.add(
            new Chart.Band(
                Pages.num(x - slot * 0.4),
                Pages.num(y1),
                Pages.num(slot * 0.8),
                Pages.num(Math.max(1, y(bandLow[i], top, plotH) - y1)),
                "allowed up to "
                    + Pages.duration(bandHigh[i])
                    + " (night before "
                    + Pages.duration(bandLow[i])
                    + ")"));
      }
      if (Double.isNaN(median[i])) {
        if (line.length() > 0) {
          lines.add(line.toString().trim());
          line.setLength(0);
        }
        continue;
      }
      String px = Pages.num(x);
      String py = Pages.num(y(median[i], top, plotH));
      line.append(px).append(',').append(py).append(' ');
      boolean flagged = flagged(vsPrevious.get(i), id, phase);
      points.add(
          new Chart.Point(
              px,
              py,
              nights.get(i).label()
                  + ": "
                  + phase
                  + " median "
                  + Pages.duration(median[i])
                  + (flagged ? " (flagged)" : ""),
              flagged));
    }
    if (line.length() > 0) {
      lines.add(line.toString().trim());
    }
    for (int k = 0; k <= 4; k++) {
      double v = top * k / 4;
      String gy = Pages.num(y(v, top, plotH));
      grid.add(new Chart.Rule(Integer.toString(LEFT), gy, Integer.toString(WIDTH - RIGHT), gy));
      labels.add(
          new Chart.Label(
              Integer.toString(LEFT - 4),
              Pages.num(y(v, top, plotH) + 4),
              Pages.duration(v),
              "end"));
    }
    labels.add(
        new Chart.Label(
            Integer.toString(LEFT),
            Integer.toString(HEIGHT - 4),
            phase + " median per night",
            "start"));
    return new Chart(phase, WIDTH, HEIGHT, points, lines, bands, labels, grid);
  }

  private static boolean flagged(Optional<Comparison> c, String id, String phase) {
    return c.map(
            x ->
                x.regressions().stream().anyMatch(r -> r.cell().equals(id))
                    || x.slowdowns().stream()
                        .anyMatch(s -> s.cell().equals(id) && s.phase().equals(phase)))
        .orElse(false);
  }

  private static double y(double v, double top, double plotH) {
    return TOP + plotH - v / top * plotH;
  }

  /** The smallest 1, 2 or 5 times a power of ten at or above {@code v}. */
  static double niceCeiling(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(Math.max(v, 1))));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= v) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
