package org.reviewactions.oversight;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reviewactions.action.Rag;

/**
 * The dashboard's two charts as shapes with their coordinates, drawn as SVG by the template: no script, and
 * every figure also in a table beside the chart for people who do not see it.
 */
final class Charts {

  static final int WIDTH = 640;
  private static final int LABEL_ROW = 18;
  private static final int BAR = 18;
  private static final int ROW = 48;
  private static final int BAR_AREA = 560;
  private static final int PLOT_HEIGHT = 200;
  private static final int PLOT_TOP = 10;
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

  /** One coloured part of a bar: x, y, width, height and the RAG it counts. */
  record Segment(int x, int y, int width, int height, String fill, String label, long count) {}

  /** An agency's stacked bar: its name, where its label sits, its segments, and its total. */
  record AgencyBar(String agency, int labelY, int totalX, int totalY, long total, List<Segment> segments) {}

  record RagChart(int height, List<AgencyBar> bars, List<Legend> legend) {}

  record Legend(String label, String fill) {}

  /** A month's three bars and its label. */
  record MonthBars(String label, int labelX, Segment closed, Segment closedOtherwise, Segment due) {}

  record MonthChart(int height, int axisY, long max, List<MonthBars> months, List<Legend> legend) {}

  static final String CLOSED_COMPLETE = "Closed as complete";
  /** Never drawn or counted as complete: its own series and colour. */
  static final String CLOSED_OTHERWISE = "Closed without completion or withdrawn";
  static final String DUE = "Due";
  private static final String CLOSED_COMPLETE_FILL = "#1d70b8";
  private static final String CLOSED_OTHERWISE_FILL = "#505a5f";
  private static final String DUE_FILL = "#f47738";
  private static final int MONTH_BAR = 14;

  private Charts() {}

  static String fill(String rag) {
    return switch (rag) {
      case "RED" -> "#d4351c";
      case "AMBER" -> "#f47738";
      case "GREEN" -> "#00703c";
      case "COMPLETE" -> "#1d70b8";
      case "WITHDRAWN" -> "#4c2c92";
      default -> "#505a5f";
    };
  }

  static String label(String rag) {
    return Rag.valueOf(rag).label();
  }

  static RagChart ragByAgency(Map<String, Map<String, Long>> byAgency) {
    long max = byAgency.values().stream().mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum()).max().orElse(0);
    List<AgencyBar> bars = new ArrayList<>();
    int top = 0;
    for (Map.Entry<String, Map<String, Long>> agency : byAgency.entrySet()) {
      List<Segment> segments = new ArrayList<>();
      int x = 0;
      long total = 0;
      for (Rag rag : Rag.values()) {
        long count = agency.getValue().getOrDefault(rag.name(), 0L);
        if (count == 0) {
          continue;
        }
        int width = (int) Math.max(1, Math.round((double) count * BAR_AREA / max));
        segments.add(new Segment(x, top + LABEL_ROW + 4, width, BAR, fill(rag.name()), rag.label(), count));
        x += width;
        total += count;
      }
      bars.add(new AgencyBar(agency.getKey(), top + 14, x + 6, top + LABEL_ROW + 4 + 14, total, segments));
      top += ROW;
    }
    List<Legend> legend = java.util.Arrays.stream(Rag.values()).map(r -> new Legend(r.label(), fill(r.name()))).toList();
    return new RagChart(Math.max(top, ROW), bars, legend);
  }

  static MonthChart closedAgainstDue(List<DashboardQueries.Month> months) {
    long max = Math.max(1, months.stream().mapToLong(m -> Math.max(Math.max(m.closed(), m.closedOtherwise()), m.due()))
        .max().orElse(1));
    int group = WIDTH / Math.max(1, months.size());
    int axis = PLOT_TOP + PLOT_HEIGHT;
    List<MonthBars> bars = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      DashboardQueries.Month m = months.get(i);
      int x = i * group + 4;
      bars.add(new MonthBars(MONTH.format(m.month()), i * group + group / 2,
          bar(x, axis, max, m.closed(), CLOSED_COMPLETE_FILL, CLOSED_COMPLETE),
          bar(x + MONTH_BAR + 1, axis, max, m.closedOtherwise(), CLOSED_OTHERWISE_FILL, CLOSED_OTHERWISE),
          bar(x + 2 * (MONTH_BAR + 1), axis, max, m.due(), DUE_FILL, DUE)));
    }
    List<Legend> legend = List.of(new Legend(CLOSED_COMPLETE, CLOSED_COMPLETE_FILL),
        new Legend(CLOSED_OTHERWISE, CLOSED_OTHERWISE_FILL), new Legend(DUE, DUE_FILL));
    return new MonthChart(axis + 24, axis, max, bars, legend);
  }

  private static Segment bar(int x, int axis, long max, long count, String fill, String label) {
    int height = (int) Math.round((double) count * PLOT_HEIGHT / max);
    return new Segment(x, axis - height, MONTH_BAR, height, fill, label, count);
  }
}
