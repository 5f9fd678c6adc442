package org.reviewactions.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator's figures over the quarters as shapes with coordinates, drawn as SVG by the template (no script): one
 * line per agency, a dashed line at the target, and the same figures in a table beside it for people who do not see
 * the chart.
 */
public final class TrendCharts {

  static final int WIDTH = 640;
  static final int HEIGHT = 240;
  private static final int LEFT = 48;
  private static final int RIGHT = 16;
  private static final int TOP = 12;
  private static final int PLOT = 180;
  private static final String[] COLOURS = {"#1d70b8", "#d4351c", "#00703c", "#f47738", "#4c2c92", "#b58840", "#5694ca", "#912b88"};

  /** One agency's figures, one per quarter (null where none was submitted), and as people read them. */
  public record Series(String agency, List<BigDecimal> values, List<String> shown) {}

  /** An agency's line: its SVG path, colour and dots. */
  public record Line(String agency, String colour, String path, List<Point> points) {}

  public record Point(int x, int y, String label) {}

  public record Tick(int x, String label) {}

  /** One indicator's chart; {@code targetY} is null when it has no target. */
  public record Trend(Long id, String name, Unit unit, String target, Integer targetY, String maxLabel, int axisY,
      List<Tick> quarters, List<Line> lines, List<Series> series) {}

  private TrendCharts() {}

  static Trend trend(Long id, String name, Unit unit, BigDecimal target, String targetShown, List<String> quarters,
      List<Series> series) {
    double max = switch (unit) {
      case PERCENTAGE -> 100;
      case YES_NO -> 1;
      case COUNT -> Math.max(1, Math.max(target == null ? 0 : target.doubleValue(), series.stream()
          .flatMap(s -> s.values().stream()).filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).max().orElse(1)));
    };
    int axis = TOP + PLOT;
    int step = quarters.size() <= 1 ? 0 : (WIDTH - LEFT - RIGHT) / (quarters.size() - 1);
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i < quarters.size(); i++) {
      ticks.add(new Tick(LEFT + i * step, quarters.get(i)));
    }
    List<Line> lines = new ArrayList<>();
    for (int s = 0; s < series.size(); s++) {
      Series one = series.get(s);
      StringBuilder path = new StringBuilder();
      List<Point> points = new ArrayList<>();
      boolean drawing = false;
      for (int i = 0; i < quarters.size(); i++) {
        BigDecimal value = one.values().get(i);
        if (value == null) {
          drawing = false; // a quarter without a figure breaks the line rather than joining across it
          continue;
        }
        int x = LEFT + i * step;
        int y = y(value.doubleValue(), max, axis);
        path.append(drawing ? " L" : (path.isEmpty() ? "M" : " M")).append(x).append(' ').append(y);
        drawing = true;
        points.add(new Point(x, y, quarters.get(i) + ": " + one.shown().get(i)));
      }
      lines.add(new Line(one.agency(), COLOURS[s % COLOURS.length], path.toString(), points));
    }
    String maxLabel = unit == Unit.PERCENTAGE ? "100%" : unit == Unit.YES_NO ? "Yes" : String.valueOf((long) Math.ceil(max));
    return new Trend(id, name, unit, targetShown, target == null ? null : y(target.doubleValue(), max, axis), maxLabel, axis,
        ticks, lines, series);
  }

  private static int y(double value, double max, int axis) {
    return (int) Math.round(axis - value * PLOT / max);
  }
}
