package org.hexo.ci.report.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexo.ci.migration.Direction;
import org.hexo.ci.migration.LegResult;
import org.hexo.ci.migration.MigrationResult;

/**
 * The picture of one migration test as SVG geometry: a lane per leg on its board, the phases laid
 * end to end to scale (the reference first, then the migrated run: source, checkpoint, transfer,
 * relay, return hop, destination), downtime as a band under the legs, the migration points marked
 * and each transfer labelled with its checkpoint size. Phases are durations only, so the lanes show
 * them in the order the run takes them; a phase the run never reached is left out.
 *
 * @param width the picture's width in px
 * @param height its height in px
 * @param lanes one row per leg and one for downtime, top to bottom
 * @param bars every phase drawn
 * @param marks the migration points
 * @param ticks the time axis
 */
public record Timeline(
    int width, int height, List<Lane> lanes, List<Bar> bars, List<Mark> marks, List<Tick> ticks) {
  static final int WIDTH = 920;
  static final int LABEL = 200;
  static final int LANE = 30;
  static final int TOP = 8;

  /** A row: its label and where it sits. */
  public record Lane(String label, String y, String textY) {}

  /**
   * One phase.
   *
   * @param phase its name, also its CSS class ({@code ph-<phase>})
   * @param title the hover text
   * @param label what is written on it when it is wide enough; may be empty
   */
  public record Bar(
      String phase, String x, String y, String width, String height, String title, String label) {
    public String textX() {
      return Pages.num(Double.parseDouble(x) + 3);
    }

    public String textY() {
      return Pages.num(Double.parseDouble(y) + Double.parseDouble(height) / 2 + 4);
    }
  }

  /** A migration point: a vertical line over all leg lanes. */
  public record Mark(String x, String y1, String y2, String label) {}

  /** A time-axis tick. */
  public record Tick(String x, String y, String label) {}

  public int laneHeight() {
    return LANE;
  }

  public static Timeline of(MigrationResult r) {
    Map<String, Long> ph = new LinkedHashMap<>();
    r.phases().forEach(p -> ph.put(p.name(), p.millis()));
    List<String> roles = new ArrayList<>(List.of("reference", "source"));
    boolean roundTrip =
        ph.containsKey("relay") || r.legs().stream().anyMatch(l -> l.role().equals("relay"));
    if (roundTrip) {
      roles.add("relay");
    }
    roles.add("destination");
    List<Span> spans = new ArrayList<>();
    List<Point> points = new ArrayList<>();
    long t = ph.getOrDefault("reference", 0L);
    spans.add(new Span("reference", "reference", 0, t, ""));
    List<String> carrying = roundTrip ? List.of("source", "relay") : List.of("source");
    for (int hop = 0; hop < carrying.size(); hop++) {
      String leg = carrying.get(hop);
      String next = hop + 1 < carrying.size() ? carrying.get(hop + 1) : "destination";
      String prefix = hop == 0 ? "" : "return-";
      if (!ph.containsKey(leg)) {
        break;
      }
      long run = ph.get(leg);
      spans.add(new Span(leg, leg, t, run, ""));
      long point = t + run;
      String size =
          hop < r.transfers().size() ? ", " + Pages.bytes(r.transfers().get(hop).totalBytes()) : "";
      points.add(
          new Point(point, (hop == 0 ? "migration" : "return") + " at " + point + " ms" + size));
      long cp = ph.getOrDefault(prefix + "checkpoint", 0L);
      spans.add(new Span(leg, "checkpoint", point, cp, ""));
      ph.computeIfPresent(
          prefix + "downtime",
          (k, v) -> {
            spans.add(new Span("downtime", "downtime", point, v, ""));
            return v;
          });
      t = point + cp;
      if (!ph.containsKey(prefix + "transfer")) {
        break;
      }
      long tr = ph.get(prefix + "transfer");
      String bytes =
          hop < r.transfers().size() ? Pages.bytes(r.transfers().get(hop).totalBytes()) : "";
      spans.add(new Span(next, "transfer", t, tr, bytes));
      t += tr;
    }
    if (ph.containsKey("destination") && points.size() == carrying.size()) {
      spans.add(new Span("destination", "destination", t, ph.get("destination"), ""));
    }
    return draw(r, roles, spans, points);
  }

  /** A migration point at {@code at} ms. */
  private record Point(long at, String label) {}

  /** A phase in ms on the lane of {@code role}. */
  private record Span(String role, String phase, long from, long ms, String label) {
    long end() {
      return from + ms;
    }
  }

  private static Timeline draw(
      MigrationResult r, List<String> roles, List<Span> spans, List<Point> points) {
    long end = Math.max(1, spans.stream().mapToLong(Span::end).max().orElse(1));
    long step = step(end);
    long axisEnd = ((end + step - 1) / step) * step;
    double scale = (WIDTH - LABEL - 36) / (double) axisEnd;
    List<Lane> lanes = new ArrayList<>();
    Map<String, Integer> row = new LinkedHashMap<>();
    for (String role : roles) {
      row.put(role, lanes.size());
      lanes.add(lane(lanes.size(), role + " @ " + board(r, role)));
    }
    row.put("downtime", lanes.size());
    lanes.add(lane(lanes.size(), "downtime"));
    List<Bar> bars = new ArrayList<>();
    for (Span s : spans) {
      int y = TOP + row.get(s.role()) * LANE + 4;
      double w = Math.max(1, s.ms() * scale);
      String detail = s.label().isEmpty() ? Pages.duration(s.ms()) : s.label();
      String full = s.phase() + " " + detail;
      String label = fits(w, full) ? full : fits(w, s.phase()) ? s.phase() : "";
      bars.add(
          new Bar(
              s.phase(),
              Pages.num(LABEL + s.from() * scale),
              Integer.toString(y),
              Pages.num(w),
              Integer.toString(LANE - 8),
              s.phase() + ": " + s.ms() + " ms" + (s.label().isEmpty() ? "" : ", " + s.label()),
              label));
    }
    int legBottom = TOP + (roles.size()) * LANE;
    List<Mark> marks = new ArrayList<>();
    for (Point p : points) {
      marks.add(
          new Mark(
              Pages.num(LABEL + p.at() * scale),
              Integer.toString(TOP + LANE),
              Integer.toString(legBottom),
              p.label()));
    }
    int axisY = TOP + lanes.size() * LANE + 14;
    List<Tick> ticks = new ArrayList<>();
    for (long v = 0; v <= axisEnd; v += step) {
      ticks.add(new Tick(Pages.num(LABEL + v * scale), Integer.toString(axisY), Pages.duration(v)));
    }
    return new Timeline(WIDTH, axisY + 8, lanes, bars, marks, ticks);
  }

  /** Whether {@code text} fits on a bar {@code w} px wide (about 7 px a character). */
  private static boolean fits(double w, String text) {
    return w >= text.length() * 6.5 + 6;
  }

  private static Lane lane(int i, String label) {
    int y = TOP + i * LANE;
    return new Lane(label, Integer.toString(y), Integer.toString(y + LANE / 2 + 4));
  }

  private static String board(MigrationResult r, String role) {
    Optional<LegResult> leg = r.legs().stream().filter(l -> l.role().equals(role)).findFirst();
    if (leg.isPresent()) {
      return leg.get().board() + " (" + leg.get().arch() + ")";
    }
    return switch (role) {
      case "reference", "source" -> r.spec().sourceBoard();
      case "relay" -> r.spec().destinationBoard();
      default ->
          r.spec().direction() == Direction.ROUND_TRIP
              ? r.spec().sourceBoard()
              : r.spec().destinationBoard();
    };
  }

  /** A round tick step (1, 2 or 5 times a power of ten) giving at most ten ticks. */
  static long step(long end) {
    long step = 1;
    while (true) {
      for (long m : new long[] {1, 2, 5}) {
        if (end / (step * m) <= 10) {
          return step * m;
        }
      }
      step *= 10;
    }
  }
}
