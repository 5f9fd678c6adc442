package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Word plan's rows the way the board wrote them, so that {@link PlanInterpreter} then sees
 * ordinary spreadsheet rows:
 * <ul>
 *   <li>a row broken across a page (a headerless table whose first row has no timescale or responsible)
 *       is joined to the row above;
 *   <li>a bold or underlined heading at the top of the Recommendation cell ("Police") names the agency of
 *       the rows below it; a row holding only such a heading and an introduction is not a recommendation;
 *   <li>recommendation numbers written into the text ("3.3.1 The context...", "3.3.9" then "i. Training")
 *       become the row's number; lines introducing a list ("...identified two recommendations:") are
 *       dropped; unnumbered recommendations under a heading are numbered by it ("LSCB 1");
 *   <li>where the Action and Timescale cells hold the same number of paragraphs (or lines), and the
 *       Responsible cell as many or one, each is one action with its own timescale and responsible;
 *   <li>one action written beside several timescales and as many officers is the last of that many
 *       actions, the recommendation itself standing for the others (as seed 004's Police row reads);
 *   <li>"As above" as an action or timescale takes the one above;
 *   <li>an action that only refers to another recommendation's ("See 3.3.9 (v)") is not made a second
 *       action: it is kept in the text of the action above it, and a note says so.
 * </ul>
 */
final class WordPlanRows {

  private static final Pattern DOTTED = Pattern.compile("^(\\d+(?:\\.\\d+)+)\\.?(?:\\s+(.*))?$");
  private static final Pattern ROMAN_ITEM = Pattern.compile("(?i)^\\(?([ivxlcdm]+)[.)]\\s+(.*)$");
  private static final Pattern ROMAN_ALONE = Pattern.compile("(?i)^\\(?([ivxlcdm]+)[.)]?$");
  private static final Pattern ROMAN_SUFFIX = Pattern.compile("(?i)^(.*\\S)\\s+[ivxlcdm]+$");
  private static final Pattern REFERENCE = Pattern.compile(
      "(?i)\\bsee\\s+(?:also\\s+)?(?:rec(?:ommendation)?s?\\.?\\s+)?(\\d+(?:\\.\\d+)+)\\s*(?:\\(([ivxlcdm]+|[a-z])\\)|\\s([ivxlcdm]+)\\b)?");
  private static final Pattern REFERENCE_ONLY = Pattern.compile("(?i)^\\s*see\\s+[^\\n]{1,40}$");
  private static final Pattern PROGRESS_HEADING = Pattern.compile("(?i)^\\s*progress\\b.*\\d.*$");
  private static final int HEADING_MAX_LENGTH = 60;
  private static final int HEADING_MAX_WORDS = 8;

  private final WordPlanLayout.Layout layout;
  private final List<String> notes = new ArrayList<>();
  private final List<String> headers;
  private final int rec;
  private final int action;
  private final int timescale;
  private final int responsible;
  private final int progress;
  private final int number;
  private final int agency;

  private String currentAgency;
  private final Map<String, Integer> countUnder = new HashMap<>();
  private String lastNumber = "";

  /** The rows as a spreadsheet would hold them, and notes for the preview on what was read how. */
  record Result(RawTable table, List<String> notes) {}

  private WordPlanRows(WordPlanLayout.Layout layout) {
    this.layout = layout;
    this.notes.addAll(layout.notes());
    this.headers = new ArrayList<>(layout.headers());
    this.rec = index(PlanColumn.RECOMMENDATION);
    this.action = index(PlanColumn.ACTION);
    this.timescale = index(PlanColumn.TIMESCALE);
    this.responsible = index(PlanColumn.RESPONSIBLE);
    this.progress = index(PlanColumn.PROGRESS);
    int n = index(PlanColumn.REC_NUMBER);
    if (n < 0 && rec >= 0) {
      headers.add(PlanColumn.REC_NUMBER.label());
      n = headers.size() - 1;
    }
    this.number = n;
    int a = index(PlanColumn.AGENCY);
    if (a < 0) {
      headers.add(PlanColumn.AGENCY.label());
      a = headers.size() - 1;
    }
    this.agency = a;
  }

  static Result read(WordPlanLayout.Layout layout) {
    return new WordPlanRows(layout).run();
  }

  private int index(PlanColumn column) {
    return layout.columns().indexOf(Optional.of(column));
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
    foldReferences(out, numbers);
    List<RawTable.RawRow> raw = new ArrayList<>();
    raw.add(new RawTable.RawRow(layout.headerRow(), List.copyOf(headers)));
    for (int i = 0; i < out.size(); i++) {
      raw.add(new RawTable.RawRow(numbers.get(i), out.get(i)));
    }
    return new Result(new RawTable(raw, null), inRowOrder(notes));
  }

  /** Notes on the document first, then those on rows from the top down, as the plan manager reads the preview. */
  private static List<String> inRowOrder(List<String> notes) {
    Pattern rowNote = Pattern.compile("^Row (\\d+)\\b.*", Pattern.DOTALL);
    List<String> sorted = new ArrayList<>(notes);
    sorted.sort(java.util.Comparator.comparingInt(n -> {
      Matcher m = rowNote.matcher(n);
      return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }));
    return sorted;
  }

  /** "PROGRESS AS AT 1.7.06" written above the tables dates a Progress column whose heading has no date. */
  private void datedProgressHeading() {
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
      if (row.startsContinuation() && !joined.isEmpty() && blank(row, timescale) && blank(row, responsible)
          && blank(row, number)) {
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
    List<WordCell> cells = new ArrayList<>(row.cells());
    while (cells.size() < headers.size()) {
      cells.add(WordCell.EMPTY);
    }
    List<String> recLines = rec < 0 ? List.of() : new ArrayList<>(agencyHeading(row, cells.get(rec)));
    boolean onlyText = isOnly(cells, rec);
    if (rec >= 0 && recLines.size() < cells.get(rec).lines().size() && onlyText) {
      if (!recLines.isEmpty()) {
        notes.add("Row " + row.number() + ": \"" + WordPlanLayout.abbreviate(String.join(" ", recLines))
            + "\" under the heading \"" + currentAgency + "\" introduces the recommendations below; it is not one.");
      }
      return List.of();
    }
    String recNumber = number >= 0 && number < row.cells().size() ? CellText.number(row.cells().get(number).text()) : "";
    if (rec >= 0) {
      recNumber = numbered(row, recNumber, recLines);
    }
    List<String> base = new ArrayList<>();
    for (WordCell cell : cells) {
      base.add(cell.text());
    }
    if (rec >= 0) {
      base.set(rec, String.join("\n", recLines));
    }
    if (number >= 0) {
      base.set(number, recNumber);
    }
    if (base.get(agency).isBlank() && currentAgency != null) {
      base.set(agency, currentAgency);
    }
    return split(row, cells, base);
  }

  /** Takes a leading bold or underlined heading out of the recommendation cell; returns the lines left. */
  private List<String> agencyHeading(WordPlanLayout.Row row, WordCell cell) {
    List<WordCell.Line> lines = cell.allLines().stream().filter(l -> !l.text().isBlank()).toList();
    List<String> heading = new ArrayList<>();
    int taken = 0;
    while (taken < lines.size() && isHeading(lines.get(taken))) {
      heading.add(lines.get(taken).text().strip());
      taken++;
    }
    if (!heading.isEmpty()) {
      currentAgency = String.join(" ", heading);
      notes.add("Row " + row.number() + ": the heading \"" + WordPlanLayout.abbreviate(currentAgency)
          + "\" names the agency of the rows below it.");
    }
    return lines.subList(taken, lines.size()).stream().map(l -> l.text().strip()).toList();
  }

  private static boolean isHeading(WordCell.Line line) {
    String text = line.text().strip();
    return line.emphasised() && text.length() <= HEADING_MAX_LENGTH && text.split("\\s+").length <= HEADING_MAX_WORDS
        && !text.matches(".*[.:;,]$") && !DOTTED.matcher(text).matches();
  }

  /** Whether the row has nothing but its recommendation cell (and the cells the reader adds). */
  private boolean isOnly(List<WordCell> cells, int column) {
    for (int c = 0; c < layout.headers().size(); c++) {
      if (c != column && c != number && !cells.get(c).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** The row's recommendation number, from its number cell or the start of its text; edits recLines. */
  private String numbered(WordPlanLayout.Row row, String written, List<String> recLines) {
    String result = written;
    if (!result.isEmpty()) {
      Matcher roman = ROMAN_ALONE.matcher(result);
      Matcher base = ROMAN_SUFFIX.matcher(lastNumber);
      if (roman.matches() && base.matches()) {
        result = base.group(1) + " " + roman.group(1).toLowerCase();
      }
    } else if (!recLines.isEmpty()) {
      dropIntroductions(row, recLines);
      Matcher dotted = DOTTED.matcher(recLines.get(0));
      Matcher romanFirst = ROMAN_ITEM.matcher(recLines.get(0));
      Matcher romanAlone = ROMAN_ALONE.matcher(recLines.get(0));
      Matcher base = ROMAN_SUFFIX.matcher(lastNumber);
      if (dotted.matches()) {
        result = dotted.group(1);
        String rest = dotted.group(2) == null ? "" : dotted.group(2).strip();
        Matcher roman = recLines.size() > 1 ? ROMAN_ITEM.matcher(recLines.get(1)) : null;
        Matcher sameLine = ROMAN_ITEM.matcher(rest);
        if (sameLine.matches()) {
          result = result + " " + sameLine.group(1).toLowerCase();
          recLines.set(0, sameLine.group(2).strip());
        } else if (rest.isEmpty() && roman != null && roman.matches()) {
          result = result + " " + roman.group(1).toLowerCase();
          recLines.remove(0);
          recLines.set(0, roman.group(2).strip());
        } else if (rest.isEmpty()) {
          recLines.remove(0);
        } else {
          recLines.set(0, rest);
        }
      } else if (base.matches() && (romanFirst.matches() || romanAlone.matches() && recLines.size() > 1)) {
        // "ii." under "3.3.9 i": the next item of the same recommendation's list, numbered as the board means it.
        result = base.group(1) + " " + (romanFirst.matches() ? romanFirst.group(1) : romanAlone.group(1)).toLowerCase();
        if (romanFirst.matches()) {
          recLines.set(0, romanFirst.group(2).strip());
        } else {
          recLines.remove(0);
        }
      } else if (currentAgency != null) {
        int n = countUnder.merge(currentAgency, 1, Integer::sum);
        result = currentAgency + " " + n;
      }
    }
    if (!result.isEmpty()) {
      lastNumber = result;
    }
    return result;
  }

  /** Lines that introduce the numbered recommendations after them, or the next rows' ones, are not text. */
  private void dropIntroductions(WordPlanLayout.Row row, List<String> lines) {
    while (lines.size() > 1 && lines.get(0).endsWith(":") && DOTTED.matcher(lines.get(1)).matches()) {
      notes.add("Row " + row.number() + ": \"" + WordPlanLayout.abbreviate(lines.get(0))
          + "\" introduces the recommendations; it is not part of one.");
      lines.remove(0);
    }
    int last = lines.size() - 1;
    if (last > 0 && lines.get(last).endsWith(":") && !DOTTED.matcher(lines.get(last)).matches()) {
      notes.add("Row " + row.number() + ": \"" + WordPlanLayout.abbreviate(lines.get(last))
          + "\" introduces the rows below; it is not part of this recommendation.");
      lines.remove(last);
    }
  }

  private String previousAction = "";
  private String previousTimescale = "";

  /** The row as one action, or as one per paragraph where Action, Timescale and Responsible agree. */
  private List<List<String>> split(WordPlanLayout.Row row, List<WordCell> cells, List<String> base) {
    int n = actionCount(cells);
    List<List<String>> out = new ArrayList<>();
    if (n <= 1) {
      List<String> only = new ArrayList<>(base);
      ditto(only);
      out.add(only);
      return out;
    }
    List<String> actions = actionItems(row, cells.get(action), n);
    List<String> times = items(cells.get(timescale), n);
    List<String> people = responsible < 0 ? null : items(cells.get(responsible), n);
    List<String> progresses = progress < 0 ? null : atMost(cells.get(progress), n);
    for (int i = 0; i < n; i++) {
      List<String> r = new ArrayList<>(base);
      if (i > 0) {
        for (int c = 0; c < r.size(); c++) {
          if (c != agency && c != responsible && !isStatus(c)) {
            r.set(c, "");
          }
        }
      }
      r.set(action, actions.get(i));
      r.set(timescale, times.get(i));
      if (people != null) {
        r.set(responsible, people.get(i));
      }
      if (progresses != null) {
        r.set(progress, i < progresses.size() ? progresses.get(i) : "");
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

  private boolean isStatus(int column) {
    return layout.columns().size() > column && layout.columns().get(column).equals(Optional.of(PlanColumn.STATUS));
  }

  private int actionCount(List<WordCell> cells) {
    if (action < 0 || timescale < 0) {
      return 1;
    }
    WordCell a = cells.get(action);
    for (int n : new int[] {a.paragraphTexts().size(), a.lines().size()}) {
      if (n > 1 && exactly(a, n) && exactly(cells.get(timescale), n)
          && (responsible < 0 || items(cells.get(responsible), n) != null)) {
        return n;
      }
    }
    // Two timescales and two officers but one action written: the recommendation is itself the first action.
    WordCell t = cells.get(timescale);
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
    notes.add("Row " + row.number() + ": " + n + " timescales and responsible officers but " + written.size()
        + (written.size() == 1 ? " action" : " actions") + ": read as " + n + " actions, the first "
        + (n - written.size() == 1 ? "being" : n - written.size() + " being") + " the recommendation itself. Check them.");
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
    if (paragraphs.size() <= 1 && n > 1) {
      List<String> same = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        same.add(paragraphs.isEmpty() ? "" : paragraphs.get(0));
      }
      return same;
    }
    return null;
  }

  /** Progress split one per action in order when it has no more parts than actions; else all on the first. */
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

  /** "As above" as an action or timescale takes the action's or timescale's value above. */
  private void ditto(List<String> r) {
    if (action >= 0) {
      if (CellText.isDitto(r.get(action)) && !previousAction.isEmpty()) {
        r.set(action, previousAction);
      }
      if (!r.get(action).isBlank()) {
        previousAction = r.get(action);
      }
    }
    if (timescale >= 0) {
      if (CellText.isDitto(r.get(timescale)) && !previousTimescale.isEmpty()) {
        r.set(timescale, previousTimescale);
      }
      if (!r.get(timescale).isBlank()) {
        previousTimescale = r.get(timescale);
      }
    }
  }

  /**
   * An action that is only "See 3.3.9 (v)" names another recommendation's action: it is kept in the text of
   * the action above it, with its progress, rather than made a second action. References inside an action's
   * text are noted so the plan manager can see them.
   */
  private void foldReferences(List<List<String>> rows, List<Integer> numbers) {
    if (action < 0 || number < 0) {
      return;
    }
    java.util.Set<String> known = new java.util.HashSet<>();
    rows.forEach(r -> {
      if (!r.get(number).isBlank()) {
        known.add(CellText.numberKey(r.get(number)));
      }
    });
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      String text = r.get(action);
      Matcher m = REFERENCE.matcher(text);
      if (!m.find()) {
        continue;
      }
      String sub = m.group(2) != null ? m.group(2) : m.group(3);
      String target = m.group(1) + (sub == null ? "" : " " + sub.toLowerCase());
      if (!known.contains(CellText.numberKey(target))) {
        notes.add("Row " + numbers.get(i) + ": \"" + WordPlanLayout.abbreviate(m.group()) + "\" names no recommendation "
            + "of this plan; it is kept as written.");
        continue;
      }
      boolean onlyReference = REFERENCE_ONLY.matcher(text).matches() && m.group().length() >= text.strip().length() - 2;
      boolean continuation = rec >= 0 && r.get(rec).isBlank() && r.get(number).isBlank() && i > 0;
      if (onlyReference && continuation) {
        List<String> above = rows.get(i - 1);
        above.set(action, above.get(action) + "\n" + text.strip());
        if (progress >= 0 && !r.get(progress).isBlank()) {
          above.set(progress, (above.get(progress) + "\n" + r.get(progress)).strip());
        }
        notes.add("Row " + numbers.get(i) + ": \"" + text.strip() + "\" refers to the action of recommendation " + target
            + "; it is not made a second action but kept in the text of the action above it"
            + (r.get(timescale < 0 ? action : timescale).isBlank() ? "" : " (its timescale \""
            + WordPlanLayout.abbreviate(r.get(timescale)) + "\" is not imported)") + ".");
        rows.remove(i);
        numbers.remove(i);
        i--;
      } else {
        notes.add("Row " + numbers.get(i) + ": the action refers to recommendation " + target + " (\""
            + WordPlanLayout.abbreviate(m.group()) + "\").");
      }
    }
  }
}
