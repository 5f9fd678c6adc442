package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one row of a Word plan into its actions. Where the Action and Timescale cells hold the same
 * number of paragraphs (or lines), and the Responsible cell as many or one, each is one action with its
 * own timescale and responsible; one action written beside several timescales and as many officers is
 * the last of that many, the recommendation itself standing for the others (as seed 004's Police row
 * reads). "As above" as an action or timescale takes the one above.
 */
final class WordActionSplit {

  private final WordColumns columns;
  private final List<String> notes;
  private String previousAction = "";
  private String previousTimescale = "";

  WordActionSplit(WordColumns columns, List<String> notes) {
    this.columns = columns;
    this.notes = notes;
  }

  /** The row's actions; {@code base} holds the row's cells as text, recommendation already read. */
  List<List<String>> split(WordPlanLayout.Row row, List<WordCell> cells, List<String> base) {
    int n = actionCount(cells);
    if (n <= 1) {
      List<String> only = new ArrayList<>(base);
      ditto(only);
      return List.of(only);
    }
    int action = columns.action();
    List<String> actions = actionItems(row, cells.get(action), n);
    List<String> times = items(cells.get(columns.timescale()), n);
    List<String> people = columns.responsible() < 0 ? null : items(cells.get(columns.responsible()), n);
    List<String> progresses = columns.progress() < 0 ? null : atMost(cells.get(columns.progress()), n);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> r = new ArrayList<>(base);
      if (i > 0) {
        for (int c = 0; c < r.size(); c++) {
          if (c != columns.agency() && c != columns.responsible() && c != columns.status()) {
            r.set(c, "");
          }
        }
      }
      r.set(action, actions.get(i));
      r.set(columns.timescale(), times.get(i));
      if (people != null) {
        r.set(columns.responsible(), people.get(i));
      }
      if (progresses != null) {
        r.set(columns.progress(), i < progresses.size() ? progresses.get(i) : "");
      }
      ditto(r);
      out.add(r);
    }
    if (exactly(cells.get(action), n)) {
      notes.add("Row " + row.number() + ": its " + n + " actions, each with its own timescale and responsible, are read "
          + "as " + n + " actions.");
    }
    return out;
  }

  private int actionCount(List<WordCell> cells) {
    if (columns.action() < 0 || columns.timescale() < 0) {
      return 1;
    }
    WordCell a = cells.get(columns.action());
    WordCell t = cells.get(columns.timescale());
    int responsible = columns.responsible();
    for (int n : new int[] {a.paragraphTexts().size(), a.lines().size()}) {
      if (n > 1 && exactly(a, n) && exactly(t, n) && (responsible < 0 || items(cells.get(responsible), n) != null)) {
        return n;
      }
    }
    for (int n : new int[] {t.paragraphTexts().size(), t.lines().size()}) {
      if (n > 1 && responsible >= 0 && exactly(cells.get(responsible), n) && a.lines().size() <= 1) {
        return n;
      }
    }
    return 1;
  }

  /** The action cell's n items; when it holds fewer, the recommendation itself stands for the first ones. */
  private List<String> actionItems(WordPlanLayout.Row row, WordCell cell, int n) {
    if (exactly(cell, n)) {
      return items(cell, n);
    }
    List<String> written = cell.paragraphTexts();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n - written.size(); i++) {
      out.add("");
    }
    out.addAll(written);
    int standIns = n - written.size();
    notes.add("Row " + row.number() + ": " + n + " timescales and responsible officers but " + written.size()
        + (written.size() == 1 ? " action" : " actions") + ": read as " + n + " actions, the first "
        + (standIns == 1 ? "being" : standIns + " being") + " the recommendation itself. Check them.");
    return out;
  }

  private static boolean exactly(WordCell cell, int n) {
    return cell.paragraphTexts().size() == n || cell.lines().size() == n;
  }

  /** The cell's n paragraphs, or n lines; one paragraph stands for all n (one person responsible for each). */
  private static List<String> items(WordCell cell, int n) {
    List<String> paragraphs = cell.paragraphTexts();
    if (paragraphs.size() == n) {
      return paragraphs;
    }
    if (cell.lines().size() == n) {
      return cell.lines();
    }
    if (paragraphs.size() <= 1) {
      List<String> same = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        same.add(paragraphs.isEmpty() ? "" : paragraphs.get(0));
      }
      return same;
    }
    return null;
  }

  /** Progress one part per action in order when it has no more parts than actions; else all on the first. */
  private static List<String> atMost(WordCell cell, int n) {
    List<String> paragraphs = cell.paragraphTexts();
    if (paragraphs.size() <= n) {
      return paragraphs;
    }
    if (cell.lines().size() <= n) {
      return cell.lines();
    }
    return List.of(cell.text());
  }

  private void ditto(List<String> r) {
    if (columns.action() >= 0) {
      previousAction = resolve(r, columns.action(), previousAction);
    }
    if (columns.timescale() >= 0) {
      previousTimescale = resolve(r, columns.timescale(), previousTimescale);
    }
  }

  private static String resolve(List<String> r, int column, String above) {
    if (CellText.isDitto(r.get(column)) && !above.isEmpty()) {
      r.set(column, above);
    }
    return r.get(column).isBlank() ? above : r.get(column);
  }
}
