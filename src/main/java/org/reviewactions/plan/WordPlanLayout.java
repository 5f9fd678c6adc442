package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the plan among a Word document's tables and lines their rows up under one set of columns.
 *
 * <p>A table whose first rows hold a plan's headings starts or continues the plan; a later table with
 * the same headings (the header row repeated on each page) continues it; a table with no headings
 * right after a plan table continues it when it has the same columns, or one more on the left holding
 * numbers. Any other table (a glossary, a membership list) is not read, and a note says so.
 */
final class WordPlanLayout {

  private static final int HEADER_SEARCH_ROWS = 4;
  /** Page furniture between a plan's tables is not an agency. */
  private static final Pattern NOT_A_HEADING = Pattern.compile("(?i).*\\b(?:continued|cont'd|action plan|page)\\b.*");
  private static final Pattern NUMBER_CELL =
      Pattern.compile("(?i)^\\(?(?:\\d+(?:\\.\\d+)*|[ivxlcdm]+|[a-z])[.)]?$");

  /** A row of the plan, one cell per column of {@link #headers}. */
  record Row(int number, int table, boolean startsContinuation, List<WordCell> cells, String banner) {

    Row(int number, int table, boolean startsContinuation, List<WordCell> cells) {
      this(number, table, startsContinuation, cells, null);
    }
  }

  record Layout(List<String> headers, List<Optional<PlanColumn>> columns, int headerRow, List<Row> rows,
      List<String> before, List<String> notes) {

    boolean isEmpty() {
      return headers.isEmpty();
    }
  }

  private WordPlanLayout() {}

  static Layout of(List<WordTable> tables) {
    Map<String, Integer> keys = new LinkedHashMap<>();
    List<String> headers = new ArrayList<>();
    List<Optional<PlanColumn>> columns = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    List<String> before = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    int headerRow = 0;
    int firstRowOfTable = 1;
    // The open plan table's grid columns mapped to plan columns, for headerless tables that continue it.
    int[] mapping = null;
    int mappedWidth = 0;
    for (WordTable table : tables) {
      int tableFirstRow = firstRowOfTable;
      firstRowOfTable += table.rows().size();
      int header = headerRow(table);
      int start;
      int[] tableMapping;
      boolean continuation = false;
      if (header >= 0) {
        tableMapping = new int[table.columns()];
        java.util.Arrays.fill(tableMapping, -1);
        int current = -1;
        for (int c = 0; c < table.columns(); c++) {
          String text = table.cell(header, c).text().strip();
          if (table.span(header, c) > 0) {
            current = text.isEmpty() ? -1 : column(text, keys, headers, columns);
          }
          tableMapping[c] = current;
        }
        if (headerRow == 0) {
          headerRow = tableFirstRow + header;
        }
        before.addAll(table.before());
        start = header + 1;
      } else if (mapping != null && table.columns() == mappedWidth) {
        tableMapping = mapping;
        start = 0;
        continuation = true;
      } else if (mapping != null && table.columns() == mappedWidth + 1 && numbersFirst(table)) {
        tableMapping = new int[table.columns()];
        tableMapping[0] = column(PlanColumn.REC_NUMBER.label(), keys, headers, columns);
        System.arraycopy(mapping, 0, tableMapping, 1, mapping.length);
        start = 0;
        continuation = true;
      } else {
        mapping = null;
        if (!isBlank(table)) {
          notes.add("Table " + table.position() + " (" + firstRow(table) + ") was not read as part of the plan: "
              + "its headings are not a plan's (Recommendation, Action, Timescale, Responsible, Progress).");
        }
        continue;
      }
      mapping = header >= 0 || mapping == null ? tableMapping : mapping;
      mappedWidth = header >= 0 ? table.columns() : mappedWidth;
      if (table.headingBefore() != null && !rows.isEmpty() && !NOT_A_HEADING.matcher(table.headingBefore()).matches()) {
        rows.add(new Row(tableFirstRow, table.position(), false, List.of(), table.headingBefore()));
      }
      for (int r = start; r < table.rows().size(); r++) {
        if (r != header && repeatsHeader(table, r)) {
          continue;
        }
        if (spansTheTable(table, r)) {
          rows.add(new Row(tableFirstRow + r, table.position(), false, List.of(), table.cell(r, 0).text()));
          continue;
        }
        List<WordCell> cells = new ArrayList<>();
        for (int c = 0; c < table.columns(); c++) {
          int to = tableMapping[c];
          if (to < 0) {
            continue;
          }
          while (cells.size() <= to) {
            cells.add(WordCell.EMPTY);
          }
          WordCell value = table.cell(r, c);
          if (!value.isBlank()) {
            cells.set(to, joined(cells.get(to), value));
          }
        }
        if (cells.stream().allMatch(WordCell::isBlank)) {
          continue;
        }
        rows.add(new Row(tableFirstRow + r, table.position(), continuation && r == start, cells));
      }
    }
    if (!headers.isEmpty()) {
      notes.add(0, "Rows are counted through the document's tables from the top: row 1 is the first table's first row.");
    }
    List<Row> padded = rows.stream().map(row -> pad(row, headers.size())).toList();
    return new Layout(headers, columns, headerRow, padded, before, notes);
  }

  /** The first of the table's first rows that names a Recommendation or Action column and one more. */
  static int headerRow(WordTable table) {
    for (int r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.rows().size()); r++) {
      List<PlanColumn> named = new ArrayList<>();
      for (int c = 0; c < table.columns(); c++) {
        PlanColumn.forHeader(table.cell(r, c).text()).filter(p -> !named.contains(p)).ifPresent(named::add);
      }
      if (named.size() >= 2 && (named.contains(PlanColumn.RECOMMENDATION) || named.contains(PlanColumn.ACTION))) {
        return r;
      }
    }
    return -1;
  }

  /** A row of one cell across the whole table, with text: a heading over the rows below it. */
  private static boolean spansTheTable(WordTable table, int row) {
    return table.columns() > 1 && table.span(row, 0) >= table.columns() && !table.cell(row, 0).isBlank();
  }

  private static boolean repeatsHeader(WordTable table, int row) {
    int named = 0;
    int filled = 0;
    for (int c = 0; c < table.columns(); c++) {
      String text = table.cell(row, c).text();
      if (!text.isBlank()) {
        filled++;
        if (PlanColumn.forHeader(text).isPresent()) {
          named++;
        }
      }
    }
    return named >= 2 && named == filled;
  }

  private static int column(String header, Map<String, Integer> keys, List<String> headers,
      List<Optional<PlanColumn>> columns) {
    Optional<PlanColumn> known = PlanColumn.forHeader(header);
    String key = known.map(Enum::name).orElse("text:" + header.replaceAll("[\\s\\u00A0]+", " ").strip().toLowerCase());
    return keys.computeIfAbsent(key, k -> {
      headers.add(header);
      columns.add(known);
      return headers.size() - 1;
    });
  }

  /** A leftmost column holding only short numbers ("ii.", "3.3.9", "(a)") is the plan's numbers. */
  private static boolean numbersFirst(WordTable table) {
    boolean any = false;
    for (int r = 0; r < table.rows().size(); r++) {
      String text = table.cell(r, 0).text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (!NUMBER_CELL.matcher(text).matches()) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static WordCell joined(WordCell a, WordCell b) {
    List<List<WordCell.Line>> ps = new ArrayList<>(a.paragraphs());
    ps.addAll(b.paragraphs());
    return new WordCell(ps);
  }

  private static Row pad(Row row, int size) {
    List<WordCell> cells = new ArrayList<>(row.cells());
    while (cells.size() < size) {
      cells.add(WordCell.EMPTY);
    }
    return new Row(row.number(), row.table(), row.startsContinuation(), cells, row.banner());
  }

  private static boolean isBlank(WordTable table) {
    return table.rows().stream().flatMap(List::stream).allMatch(WordCell::isBlank);
  }

  private static String firstRow(WordTable table) {
    List<String> cells = table.rows().isEmpty() ? List.of() : table.rows().get(0).stream()
        .map(WordCell::text).filter(t -> !t.isBlank()).map(t -> "\"" + abbreviate(t) + "\"").toList();
    return cells.isEmpty() ? "no headings" : "first row " + String.join(", ", cells.subList(0, Math.min(4, cells.size())));
  }

  static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
