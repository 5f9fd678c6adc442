package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Word plan's rows the way the board wrote them, so that {@link PlanInterpreter} then sees
 * ordinary spreadsheet rows:
 * <ul>
 *   <li>a row broken across a page (a headerless table whose first row has no timescale or responsible)
 *       is joined to the row above;
 *   <li>the recommendation cell's agency heading, written numbers and introductions are read by
 *       {@link WordRecommendationCell}, as are rows spanning the whole table and bold headings between
 *       the plan's tables;
 *   <li>a row's several actions are split by {@link WordActionSplit};
 *   <li>actions that only refer to another recommendation's are folded by {@link WordReferences};
 *   <li>"PROGRESS AS AT 1.7.06" above the tables dates a Progress column whose heading has no date.
 * </ul>
 */
final class WordPlanRows {

  private static final Pattern PROGRESS_HEADING = Pattern.compile("(?i)^\\s*progress\\b.*\\d.*$");
  private static final Pattern ROW_NOTE = Pattern.compile("^Row (\\d+)\\b.*", Pattern.DOTALL);

  private final WordPlanLayout.Layout layout;
  private final WordColumns columns;
  private final List<String> headers;
  private final List<String> notes = new ArrayList<>();
  private final WordRecommendationCell recommendations = new WordRecommendationCell(notes);
  private final WordActionSplit actions;

  /** The rows as a spreadsheet would hold them, and notes for the preview on what was read how. */
  record Result(RawTable table, List<String> notes) {}

  private WordPlanRows(WordPlanLayout.Layout layout) {
    this.layout = layout;
    this.columns = WordColumns.of(layout);
    this.headers = new ArrayList<>(columns.headers());
    this.notes.addAll(layout.notes());
    this.actions = new WordActionSplit(columns, notes);
  }

  static Result read(WordPlanLayout.Layout layout) {
    return new WordPlanRows(layout).run();
  }

  private Result run() {
    datedProgressHeading();
    List<List<String>> out = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (WordPlanLayout.Row row : joinPageBreaks(layout.rows())) {
      for (List<String> cells : rows(row)) {
        out.add(cells);
        numbers.add(row.number());
      }
    }
    WordReferences.fold(out, numbers, columns, notes);
    List<RawTable.RawRow> raw = new ArrayList<>();
    raw.add(new RawTable.RawRow(layout.headerRow(), List.copyOf(headers)));
    for (int i = 0; i < out.size(); i++) {
      raw.add(new RawTable.RawRow(numbers.get(i), out.get(i)));
    }
    return new Result(new RawTable(raw, null), inRowOrder(notes));
  }

  /** Notes on the document first, then those on rows from the top down, as the plan manager reads the preview. */
  static List<String> inRowOrder(List<String> notes) {
    List<String> sorted = new ArrayList<>(notes);
    sorted.sort(Comparator.comparingInt(n -> {
      Matcher m = ROW_NOTE.matcher(n);
      return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }));
    return sorted;
  }

  private void datedProgressHeading() {
    int progress = columns.progress();
    if (progress < 0 || headers.get(progress).matches(".*\\d.*")) {
      return;
    }
    layout.before().stream().filter(p -> PROGRESS_HEADING.matcher(p).matches()).reduce((a, b) -> b)
        .ifPresent(heading -> {
          headers.set(progress, heading.strip());
          notes.add("The heading \"" + WordPlanLayout.abbreviate(heading) + "\" above the plan dates its progress.");
        });
  }

  private List<WordPlanLayout.Row> joinPageBreaks(List<WordPlanLayout.Row> rows) {
    List<WordPlanLayout.Row> joined = new ArrayList<>();
    for (WordPlanLayout.Row row : rows) {
      // Without a Timescale or Responsible column, nothing tells a broken row from a new one.
      boolean telling = columns.timescale() >= 0 || columns.responsible() >= 0;
      if (telling && row.startsContinuation() && !joined.isEmpty() && joined.get(joined.size() - 1).banner() == null
          && blank(row, columns.timescale())
          && blank(row, columns.responsible()) && blank(row, columns.number())) {
        WordPlanLayout.Row above = joined.remove(joined.size() - 1);
        List<WordCell> cells = new ArrayList<>();
        for (int c = 0; c < above.cells().size(); c++) {
          cells.add(above.cells().get(c).continuedBy(row.cells().get(c)));
        }
        joined.add(new WordPlanLayout.Row(above.number(), above.table(), above.startsContinuation(), cells));
        notes.add("Row " + row.number() + " continues row " + above.number() + " across a page and was read as part of it.");
      } else {
        joined.add(row);
      }
    }
    return joined;
  }

  private static boolean blank(WordPlanLayout.Row row, int column) {
    return column < 0 || column >= row.cells().size() || row.cells().get(column).isBlank();
  }

  /** One layout row as one or more spreadsheet rows. */
  private List<List<String>> rows(WordPlanLayout.Row row) {
    if (row.banner() != null) {
      recommendations.banner(row, row.banner());
      return List.of();
    }
    List<WordCell> cells = new ArrayList<>(row.cells());
    while (cells.size() < headers.size()) {
      cells.add(WordCell.EMPTY);
    }
    List<String> base = new ArrayList<>(cells.stream().map(WordCell::text).toList());
    WordRecommendationCell.Read read = null;
    if (columns.rec() >= 0) {
      String written = blank(row, columns.number()) ? "" : CellText.number(row.cells().get(columns.number()).text());
      read = recommendations.read(row, cells.get(columns.rec()), written, nothingElse(cells));
      if (read.skip()) {
        return List.of();
      }
      base.set(columns.rec(), read.text());
      base.set(columns.number(), read.number());
    }
    if (base.get(columns.agency()).isBlank() && recommendations.agency() != null) {
      base.set(columns.agency(), recommendations.agency());
    }
    List<List<String>> split = actions.split(row, cells, base);
    return read == null || read.parts().size() == 1 ? split : byParagraph(row, read.parts(), split);
  }

  /**
   * A recommendation cell holding several numbered paragraphs is as many recommendations: with as many
   * actions, each takes its own in order; otherwise the first carries the row's actions and the others
   * refer to it ("See 3.3.1"), as the board's own plan refers to an action elsewhere.
   */
  private List<List<String>> byParagraph(WordPlanLayout.Row row, List<WordRecommendationCell.Part> parts,
      List<List<String>> split) {
    List<String> numbers = parts.stream().map(WordRecommendationCell.Part::number).toList();
    if (split.size() == parts.size()) {
      for (int i = 0; i < parts.size(); i++) {
        split.get(i).set(columns.rec(), parts.get(i).text());
        split.get(i).set(columns.number(), parts.get(i).number());
      }
      notes.add("Row " + row.number() + ": its recommendation cell holds " + String.join(", ", numbers) + ", read as "
          + parts.size() + " recommendations, each with its own action in order.");
      return split;
    }
    List<List<String>> out = new ArrayList<>(split);
    List<String> first = split.get(0);
    String reference = "See " + parts.get(0).number();
    for (WordRecommendationCell.Part part : parts.subList(1, parts.size())) {
      List<String> r = new ArrayList<>(java.util.Collections.nCopies(first.size(), ""));
      r.set(columns.rec(), part.text());
      r.set(columns.number(), part.number());
      if (columns.action() >= 0) {
        r.set(columns.action(), reference);
      }
      copy(first, r, columns.timescale(), columns.responsible(), columns.agency());
      out.add(r);
    }
    notes.add("Row " + row.number() + ": its recommendation cell holds " + String.join(", ", numbers) + ", read as "
        + parts.size() + " recommendations; " + parts.get(0).number() + " has the row's actions and the others refer "
        + "to it (\"" + reference + "\").");
    return out;
  }

  private static void copy(List<String> from, List<String> to, int... columns) {
    for (int c : columns) {
      if (c >= 0) {
        to.set(c, from.get(c));
      }
    }
  }

  /** Whether the row has nothing but its recommendation cell (and the number the reader may add). */
  private boolean nothingElse(List<WordCell> cells) {
    for (int c = 0; c < columns.written(); c++) {
      if (c != columns.rec() && c != columns.number() && !cells.get(c).isBlank()) {
        return false;
      }
    }
    return true;
  }
}
