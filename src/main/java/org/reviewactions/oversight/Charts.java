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

  /** A month's pair of bars and its label. */
  record MonthBars(String label, int labelX, Segment closed, Segment due) {}

  record MonthChart(int height, int axisY, long max, List<MonthBars> months) {}

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
    long max = Math.max(1, months.stream().mapToLong(m -> Math.max(m.closed(), m.due())).max().orElse(1));
    int group = WIDTH / Math.max(1, months.size());
    int axis = PLOT_TOP + PLOT_HEIGHT;
    List<MonthBars> bars = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      DashboardQueries.Month m = months.get(i);
      int x = i * group + 6;
      int closed = (int) Math.round((double) m.closed() * PLOT_HEIGHT / max);
      int due = (int) Math.round((double) m.due() * PLOT_HEIGHT / max);
      bars.add(new MonthBars(MONTH.format(m.month()), i * group + group / 2,
          new Segment(x, axis - closed, 18, closed, "#1d70b8", "Closed as complete", m.closed()),
          new Segment(x + 20, axis - due, 18, due, "#f47738", "Due", m.due())));
    }
    return new MonthChart(axis + 24, axis, max, bars);
  }
}
