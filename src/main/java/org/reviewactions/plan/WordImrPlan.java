package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Word plan laid out as seed 003 (Oxfordshire, Infant Y) lays it out: an overview table of the
 * review's recommendations, each naming the agencies' IMR actions that carry it out ("Actions: 4,9,10"),
 * then per agency a table of the actions of its individual management review (IMR), headed by the
 * agency's name ("Thames Valley Police | Action No | Recommendation | Projected Outcome | Status"). In an
 * IMR table the "Recommendation" column holds the agency's action.
 *
 * <p>The actions group into recommendations as the seed's spreadsheet transcription groups them:
 * <ol>
 *   <li>an overview recommendation's actions are the IMR actions it names, agency by agency in the order it
 *       names them, each agency's in the order of its tables;
 *   <li>a row of an IMR table without an action number marked "Overview recommendation" or "Overview report"
 *       (or blank below such a row) restates an overview recommendation: it is an action of the one whose text
 *       shares the most words with it (at least half of all their words), with the agency's named actions, or
 *       after them when the overview names no action of that agency;
 *   <li>an overview row whose action cell is not a list of numbers holds the action itself;
 *   <li>a row re-heading the overview table ("No. | Reminder of practice | Agency | Action No.") starts a
 *       second series, numbered with the first word of its heading ("Reminder 1");
 *   <li>the actions of an agency's tables that no overview recommendation names form one recommendation,
 *       "&lt;agency&gt; IMR", in the order of the tables.
 * </ol>
 * An action a recommendation names that the agency's tables do not have is noted, and the overview row
 * then stands for the recommendation itself, carried out by that agency. An action named twice stays with
 * the first recommendation that names it. Everything else is read as the spreadsheet import reads it.
 */
final class WordImrPlan {

  static final String REC_NUMBER = "Rec No";
  static final String RECOMMENDATION = "Recommendation";
  static final String AGENCY = "Agency";
  static final String ACTION = "Action";
  private static final List<PlanColumn> CARRIED = List.of(PlanColumn.RESPONSIBLE, PlanColumn.TIMESCALE,
      PlanColumn.INTENDED_OUTCOME, PlanColumn.PROGRESS, PlanColumn.STATUS);
  private static final Pattern REFERENCE_LIST =
      Pattern.compile("(?i)^(?:imr\\s+)?(?:actions?|action\\s+nos?|nos?|numbers?)?\\s*[:.]?\\s*(.+)$");
  private static final Pattern ACTION_NUMBER = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3}){0,3}$");
  private static final Pattern RANGE = Pattern.compile("^(\\d{1,3})\\s*[-–]\\s*(\\d{1,3})$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final double SAME_RECOMMENDATION = 0.5;
  private static final int MAX_RANGE = 50;

  /** The rows in a spreadsheet's columns, and notes for the preview on how they were grouped. */
  record Result(RawTable table, List<String> notes) {}

  /** Where one table's columns are; -1 for a column it does not have. */
  private record Columns(int number, int text, int agency, int reference, Map<PlanColumn, Integer> carried) {}

  /** One row of an agency's IMR tables. */
  private record ImrRow(int row, String agency, String number, String action, Map<PlanColumn, String> carried,
      boolean restates) {}

  /** What an overview row asks of one agency: its numbered actions, or the action written in the row. */
  private record Entry(int row, String agency, List<String> numbers, String action, Map<PlanColumn, String> carried) {}

  private static final class Agency {
    private final String name;
    private final List<ImrRow> rows = new ArrayList<>();

    Agency(String name) {
      this.name = name;
    }
  }

  private static final class Overview {
    private final int row;
    private final String number;
    private final String text;
    private final List<Entry> entries = new ArrayList<>();

    Overview(int row, String number, String text) {
      this.row = row;
      this.number = number;
      this.text = text;
    }
  }

  private final List<WordTable> tables;
  private final List<String> notes = new ArrayList<>();
  private final List<Overview> overview = new ArrayList<>();
  private final List<Agency> agencies = new ArrayList<>();
  private final Map<PlanColumn, String> headings = new EnumMap<>(PlanColumn.class);
  private final int[] firstRow;

  private WordImrPlan(List<WordTable> tables) {
    this.tables = tables;
    this.firstRow = new int[tables.size()];
    int row = 1;
    for (int t = 0; t < tables.size(); t++) {
      firstRow[t] = row;
      row += tables.get(t).rows().size();
    }
  }

  /** The plan, when the document is laid out as an overview table and the agencies' IMR tables. */
  static Optional<Result> read(List<WordTable> tables) {
    return new WordImrPlan(tables).run();
  }

  private Optional<Result> run() {
    int overviewTable = -1;
    Columns overviewColumns = null;
    for (int t = 0; t < tables.size() && overviewTable < 0; t++) {
      int header = WordPlanLayout.headerRow(tables.get(t));
      Columns columns = header < 0 ? null : columns(tables.get(t), header);
      // The overview's agency column is headed as one ("IMR Agency"); an IMR table's by the agency's name.
      if (columns != null
          && PlanColumn.forHeader(tables.get(t).cell(header, columns.agency()).text()).orElse(null) == PlanColumn.AGENCY) {
        overviewTable = t;
        overviewColumns = columns;
      }
    }
    if (overviewTable < 0 || !hasImrTable(overviewTable + 1)) {
      return Optional.empty();
    }
    for (int t = 0; t < overviewTable; t++) {
      if (!tables.get(t).rows().stream().flatMap(List::stream).allMatch(WordCell::isBlank)) {
        notes.add("Table " + (t + 1) + " was not read as part of the plan: it comes before the table of recommendations.");
      }
    }
    readOverview(overviewTable, overviewColumns);
    readImrTables(overviewTable + 1);
    notes.add(0, "Rows are counted through the document's tables from the top: row 1 is the first table's first row.");
    notes.add(1, "Table " + (overviewTable + 1) + " lists the review's recommendations with the agencies' IMR actions "
        + "that carry them out, and the tables after it are the agencies' IMR actions: each recommendation is read "
        + "with the actions it names; an agency's actions it does not name are read as a recommendation \"<agency> IMR\".");
    RawTable table = table(firstRow[overviewTable] + WordPlanLayout.headerRow(tables.get(overviewTable)));
    return Optional.of(new Result(table, WordPlanRows.inRowOrder(notes)));
  }

  private boolean hasImrTable(int from) {
    // A later table headed "Action No" and "Recommendation", with no Action column: an agency's IMR actions.
    for (int t = from; t < tables.size(); t++) {
      int header = WordPlanLayout.headerRow(tables.get(t));
      if (header >= 0 && columns(tables.get(t), header) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The columns of a table headed with a Recommendation column and an action-number column ("IMR Action No.",
   * "Action No") and no Action column; null for any other table.
   */
  private static Columns columns(WordTable table, int header) {
    int number = -1;
    int text = -1;
    int agency = -1;
    int reference = -1;
    Map<PlanColumn, Integer> carried = new EnumMap<>(PlanColumn.class);
    for (int c = 0; c < table.columns(); c++) {
      String heading = table.cell(header, c).text().strip();
      if (heading.isEmpty()) {
        continue;
      }
      Optional<PlanColumn> column = PlanColumn.forHeader(heading);
      if (column.isEmpty() && reference < 0 && namesActionNumbers(heading)) {
        reference = c;
      } else if (column.isEmpty()) {
        agency = agency < 0 && c == 0 ? c : agency;
      } else if (column.get() == PlanColumn.ACTION) {
        return null;
      } else if (column.get() == PlanColumn.REC_NUMBER && number < 0) {
        number = c;
      } else if (column.get() == PlanColumn.RECOMMENDATION && text < 0) {
        text = c;
      } else if (column.get() == PlanColumn.AGENCY && agency < 0) {
        agency = c;
      } else if (CARRIED.contains(column.get()) && !carried.containsKey(column.get())) {
        carried.put(column.get(), c);
      }
    }
    return text < 0 || reference < 0 || agency < 0 ? null : new Columns(number, text, agency, reference, carried);
  }

  private static boolean namesActionNumbers(String heading) {
    List<String> words = HeadingWords.words(heading);
    return words.contains("action") && words.stream().anyMatch(HeadingWords::isNumberWord);
  }

  private void readOverview(int t, Columns columns) {
    WordTable table = tables.get(t);
    int header = WordPlanLayout.headerRow(table);
    carriedHeadings(table, header, columns);
    String prefix = "";
    Overview current = null;
    for (int r = header + 1; r < table.rows().size(); r++) {
      int row = firstRow[t] + r;
      String numberCell = columns.number() < 0 ? "" : table.cell(r, columns.number()).text();
      String text = table.cell(r, columns.text()).text();
      if (PlanColumn.forHeader(numberCell).orElse(null) == PlanColumn.REC_NUMBER
          && namesActionNumbers(table.cell(r, columns.reference()).text())) {
        prefix = PlanColumn.forHeader(text).orElse(null) == PlanColumn.RECOMMENDATION ? "" : firstWord(text);
        current = null;
        notes.add("Row " + row + ": the heading \"" + WordPlanLayout.abbreviate(text) + "\" starts a second series of "
            + "recommendations" + (prefix.isEmpty() ? "." : ", numbered \"" + prefix + " 1\", \"" + prefix + " 2\" and so on."));
        continue;
      }
      if (skipped(table, r, row, columns)) {
        continue;
      }
      String number = CellText.number(numberCell);
      number = number.isEmpty() || prefix.isEmpty() ? number : prefix + " " + number;
      // A cell merged down over a recommendation's agencies repeats it; one left empty continues it too.
      boolean continues = current != null && (number.isEmpty() || number.equals(current.number))
          && (text.isBlank() || CellText.sameText(text, current.text));
      if (!continues) {
        if (text.isBlank()) {
          notes.add("Row " + row + " has a number but no recommendation and was not read.");
          continue;
        }
        current = new Overview(row, number, text);
        overview.add(current);
      }
      String agency = table.cell(r, columns.agency()).text();
      String reference = table.cell(r, columns.reference()).text();
      Optional<List<String>> numbers = actionNumbers(reference);
      current.entries.add(new Entry(row, agency, numbers.orElse(null), numbers.isPresent() ? "" : reference,
          carried(table, r, columns)));
    }
  }

  private void readImrTables(int from) {
    Agency agency = null;
    Columns columns = null;
    int width = -1;
    for (int t = from; t < tables.size(); t++) {
      WordTable table = tables.get(t);
      int header = WordPlanLayout.headerRow(table);
      Columns own = header < 0 ? null : columns(table, header);
      if (own != null) {
        columns = own;
        width = table.columns();
        carriedHeadings(table, header, columns);
        agency = new Agency(agencyName(table, header, columns));
        agencies.add(agency);
        for (int r = 0; r < header; r++) {
          List<String> above = table.rows().get(r).stream().map(WordCell::text).filter(x -> !x.isBlank()).toList();
          if (!above.isEmpty()) {
            notes.add("Row " + (firstRow[t] + r) + ": \"" + WordPlanLayout.abbreviate(String.join(" ", above))
                + "\" above the header row of " + agency.name + "'s table is read as its title, not as part of the plan.");
          }
        }
      } else if (agency == null || table.columns() != width || !startsNumbered(table, columns)) {
        if (!table.rows().stream().flatMap(List::stream).allMatch(WordCell::isBlank)) {
          notes.add("Table " + (t + 1) + " was not read as part of the plan: its headings are not an agency's "
              + "IMR actions (Action No, Recommendation), and it does not continue the table above it.");
        }
        agency = null;
        continue;
      }
      readImrRows(t, own == null ? -1 : header, columns, agency);
    }
  }

  private void readImrRows(int t, int header, Columns columns, Agency agency) {
    WordTable table = tables.get(t);
    boolean restating = false;
    String agencyAbove = "";
    for (int r = header + 1; r < table.rows().size(); r++) {
      int row = firstRow[t] + r;
      if (skipped(table, r, row, columns)) {
        continue;
      }
      String agencyCell = table.cell(r, columns.agency()).text().strip();
      String number = CellText.number(table.cell(r, columns.reference()).text());
      String action = table.cell(r, columns.text()).text();
      boolean marked = agencyCell.toLowerCase(Locale.ROOT).startsWith("overview");
      restating = number.isEmpty() && (marked || restating && (agencyCell.isEmpty() || agencyCell.equals(agencyAbove)));
      agencyAbove = agencyCell;
      if (action.isBlank() && number.isEmpty()) {
        continue;
      }
      String doneBy = restating || agencyCell.isEmpty() ? agency.name : agencyCell;
      agency.rows.add(new ImrRow(row, doneBy, number, action, carried(table, r, columns), restating));
    }
  }

  /** A table running on from an agency's table (no header row) starts with a numbered action. */
  private static boolean startsNumbered(WordTable table, Columns columns) {
    for (int r = 0; r < table.rows().size(); r++) {
      if (!table.rows().get(r).stream().allMatch(WordCell::isBlank)) {
        return ACTION_NUMBER.matcher(CellText.number(table.cell(r, columns.reference()).text())).matches();
      }
    }
    return false;
  }

  /** A row not read as a plan row: blank, the header repeated, or a heading across the table (noted). */
  private boolean skipped(WordTable table, int r, int row, Columns columns) {
    if (table.rows().get(r).stream().allMatch(WordCell::isBlank)) {
      return true;
    }
    if (table.columns() > 1 && table.span(r, 0) >= table.columns()) {
      notes.add("Row " + row + ": \"" + WordPlanLayout.abbreviate(table.cell(r, 0).text())
          + "\" spans the table and is read as a heading, not as part of the plan.");
      return true;
    }
    // The header repeated on a page: every cell a heading, but for an IMR table's agency name.
    int named = 0;
    int filled = 0;
    for (int c = 0; c < table.columns(); c++) {
      String text = table.cell(r, c).text();
      if (!text.isBlank() && c != columns.agency()) {
        filled++;
        named += PlanColumn.forHeader(text).isPresent() || namesActionNumbers(text) ? 1 : 0;
      }
    }
    return named >= 2 && named == filled;
  }

  /** The agency an IMR table is for: its first heading ("Thames Valley Police"), or its first row's agency. */
  private static String agencyName(WordTable table, int header, Columns columns) {
    String heading = table.cell(header, columns.agency()).text().strip();
    if (PlanColumn.forHeader(heading).isEmpty()) {
      return heading;
    }
    for (int r = header + 1; r < table.rows().size(); r++) {
      String cell = table.cell(r, columns.agency()).text().strip();
      if (!cell.isEmpty()) {
        return cell;
      }
    }
    return heading;
  }

  private void carriedHeadings(WordTable table, int header, Columns columns) {
    columns.carried().forEach((column, c) -> headings.putIfAbsent(column, table.cell(header, c).text().strip()));
  }

  private static Map<PlanColumn, String> carried(WordTable table, int r, Columns columns) {
    Map<PlanColumn, String> cells = new EnumMap<>(PlanColumn.class);
    columns.carried().forEach((column, c) -> cells.put(column, table.cell(r, c).text()));
    return cells;
  }

  /** "Actions: 4,9,10", "Action 2", "1, 3", "1.1-1.5" is not a range but "2-4" is; anything else is text. */
  static Optional<List<String>> actionNumbers(String cell) {
    Matcher m = REFERENCE_LIST.matcher(cell.strip());
    if (cell.isBlank() || !m.matches()) {
      return Optional.empty();
    }
    List<String> numbers = new ArrayList<>();
    for (String token : SEPARATOR.split(m.group(1).strip())) {
      String number = CellText.number(token);
      Matcher range = RANGE.matcher(number);
      if (ACTION_NUMBER.matcher(number).matches()) {
        numbers.add(number);
      } else if (range.matches() && Integer.parseInt(range.group(2)) >= Integer.parseInt(range.group(1))
          && Integer.parseInt(range.group(2)) - Integer.parseInt(range.group(1)) < MAX_RANGE) {
        for (int n = Integer.parseInt(range.group(1)); n <= Integer.parseInt(range.group(2)); n++) {
          numbers.add(String.valueOf(n));
        }
      } else if (!number.isEmpty()) {
        return Optional.empty();
      }
    }
    return numbers.isEmpty() ? Optional.empty() : Optional.of(numbers);
  }

  private RawTable table(int headerRow) {
    List<PlanColumn> carried = CARRIED.stream().filter(headings::containsKey).toList();
    List<String> header = new ArrayList<>(List.of(REC_NUMBER, RECOMMENDATION, AGENCY, ACTION));
    carried.forEach(c -> header.add(headings.get(c)));
    List<RawTable.RawRow> rows = new ArrayList<>();
    rows.add(new RawTable.RawRow(headerRow, header));
    Map<ImrRow, Overview> restated = restated();
    Set<ImrRow> taken = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Overview rec : overview) {
      Set<Agency> done = new HashSet<>();
      for (Map.Entry<String, List<Entry>> byAgency : byAgency(rec).entrySet()) {
        List<Entry> entries = byAgency.getValue();
        Entry first = entries.get(0);
        if (first.numbers() == null) {
          entries.forEach(e -> rows.add(row(e.row(), rec, e.agency(), e.action(), e.carried(), carried)));
          continue;
        }
        Agency agency = agency(first.agency());
        List<String> wanted = entries.stream().flatMap(e -> e.numbers().stream()).map(CellText::numberKey).toList();
        Set<String> found = new HashSet<>();
        int before = rows.size();
        if (agency != null) {
          done.add(agency);
          for (ImrRow imr : agency.rows) {
            boolean named = !imr.restates() && wanted.contains(CellText.numberKey(imr.number()));
            if (named && taken.contains(imr)) {
              notes.add("Row " + first.row() + ": recommendation " + rec.number + " names " + agency.name + " action "
                  + imr.number() + ", which an earlier recommendation already names; it stays there.");
              found.add(CellText.numberKey(imr.number()));
            } else if (named || restated.get(imr) == rec) {
              rows.add(row(imr, rec, carried));
              taken.add(imr);
              found.add(CellText.numberKey(imr.number()));
            }
          }
        }
        List<String> missing = wanted.stream().filter(n -> !found.contains(n)).distinct().toList();
        if (!missing.isEmpty()) {
          notes.add("Row " + first.row() + ": recommendation " + rec.number + " names " + first.agency().strip()
              + (missing.size() == 1 ? " action " : " actions ") + String.join(", ", missing) + ", which "
              + (agency == null ? "no table of that agency has" : "the agency's tables do not have")
              + (rows.size() == before ? "; the row is read as the recommendation itself, for that agency." : "."));
        }
        if (rows.size() == before) {
          rows.add(row(first.row(), rec, first.agency(), "", first.carried(), carried));
        }
      }
      for (Agency agency : agencies) {
        if (!done.contains(agency)) {
          for (ImrRow imr : agency.rows) {
            if (restated.get(imr) == rec && taken.add(imr)) {
              rows.add(row(imr, rec, carried));
            }
          }
        }
      }
    }
    for (Agency agency : agencies) {
      List<ImrRow> left = agency.rows.stream().filter(imr -> !taken.contains(imr)).toList();
      if (left.isEmpty()) {
        continue;
      }
      Overview rec = new Overview(left.get(0).row(), agency.name + " IMR", agency.name
          + " individual management review (IMR) actions not mapped to an overview recommendation");
      notes.add("Row " + left.get(0).row() + ": the " + left.size() + (left.size() == 1 ? " action" : " actions")
          + " of " + agency.name + " that no overview recommendation names " + (left.size() == 1 ? "is" : "are")
          + " read as recommendation \"" + rec.number + "\".");
      left.forEach(imr -> rows.add(row(imr, rec, carried)));
    }
    return new RawTable(rows, null);
  }

  /** Each IMR row restating an overview recommendation, with the recommendation it restates. */
  private Map<ImrRow, Overview> restated() {
    Map<ImrRow, Overview> restated = new IdentityHashMap<>();
    for (Agency agency : agencies) {
      for (ImrRow imr : agency.rows) {
        if (!imr.restates()) {
          continue;
        }
        Overview best = null;
        double closest = 0;
        for (Overview rec : overview) {
          double likeness = likeness(imr.action(), rec.text);
          if (likeness > closest) {
            best = rec;
            closest = likeness;
          }
        }
        if (best != null && closest >= SAME_RECOMMENDATION) {
          restated.put(imr, best);
          notes.add("Row " + imr.row() + ": \"" + WordPlanLayout.abbreviate(imr.action()) + "\" restates recommendation "
              + best.number + " and is read as one of its actions, for " + imr.agency() + ".");
        } else {
          notes.add("Row " + imr.row() + ": \"" + WordPlanLayout.abbreviate(imr.action()) + "\" is marked as an "
              + "overview recommendation but restates none of them closely; it is read with " + agency.name
              + "'s other IMR actions.");
        }
      }
    }
    return restated;
  }

  /** The share of their words two texts have in common, 0 to 1. */
  static double likeness(String a, String b) {
    Set<String> one = words(a);
    Set<String> other = words(b);
    Set<String> all = new HashSet<>(one);
    all.addAll(other);
    one.retainAll(other);
    return all.isEmpty() ? 0 : (double) one.size() / all.size();
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** A recommendation's entries by agency, in the order the agencies are first named. */
  private static Map<String, List<Entry>> byAgency(Overview rec) {
    Map<String, List<Entry>> byAgency = new LinkedHashMap<>();
    int direct = 0;
    for (Entry entry : rec.entries) {
      String key = entry.numbers() == null ? "\u0000" + direct++ : key(entry.agency());
      byAgency.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
    }
    return byAgency;
  }

  /** The agency whose tables are headed with the name, or else whose rows name it. */
  private Agency agency(String name) {
    String key = key(name);
    for (Agency agency : agencies) {
      if (key(agency.name).equals(key)) {
        return agency;
      }
    }
    for (Agency agency : agencies) {
      if (agency.rows.stream().anyMatch(imr -> key(imr.agency()).equals(key))) {
        return agency;
      }
    }
    return null;
  }

  private static String key(String name) {
    return HeadingWords.normalise(name).replace('’', '\'');
  }

  private static String firstWord(String text) {
    Matcher m = WORD.matcher(text);
    return m.find() ? m.group() : "";
  }

  private static RawTable.RawRow row(ImrRow imr, Overview rec, List<PlanColumn> carried) {
    return row(imr.row(), rec, imr.agency(), imr.action(), imr.carried(), carried);
  }

  private static RawTable.RawRow row(int number, Overview rec, String agency, String action,
      Map<PlanColumn, String> cells, List<PlanColumn> carried) {
    List<String> out = new ArrayList<>(List.of(rec.number, rec.text, agency.strip(), action));
    carried.forEach(c -> out.add(cells.getOrDefault(c, "")));
    return new RawTable.RawRow(number, out);
  }
}
