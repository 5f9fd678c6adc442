package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads an uploaded action plan (CSV, Excel .xlsx, or Word .docx through {@link WordPlanReader}) into a {@link PlanSheet}: finds the header row,
 * recognises its columns and collects the data rows beneath it.
 *
 * <p>Never throws for bad input: every problem comes back as an {@link ImportError} that the uploader can
 * act on. It does not interpret the rows; see {@link PlanInterpreter}.
 */
public final class PlanSheetReader {

  static final String ACCEPTED_FORMATS =
      "Accepted formats: CSV (.csv, UTF-8), Excel workbook (.xlsx) and Word document with the plan as a table (.docx).";

  /**
   * Plans often have a title, a date and notes above the table: the header is looked for among this
   * many non-blank rows at the top (blank spacing rows do not count).
   */
  static final int HEADER_SEARCH_ROWS = 10;

  /** A header row must name at least this many known columns, so a title row is not mistaken for it. */
  private static final int MIN_RECOGNISED_HEADERS = 2;

  private static final char[] CSV_DELIMITERS = {',', ';', '\t'};

  private final ImportLimits limits;

  public PlanSheetReader() {
    this(ImportLimits.defaults());
  }

  public PlanSheetReader(ImportLimits limits) {
    this.limits = limits;
  }

  public PlanSheet read(String fileName, byte[] content) {
    String name = fileName == null || fileName.isBlank() ? "(unnamed file)" : fileName;
    if (content == null || content.length == 0) {
      return PlanSheet.failed(List.of(ImportError.ofFile("The file \"" + name + "\" is empty. " + ACCEPTED_FORMATS)));
    }
    String extension = extension(name);
    boolean zip = CsvTableReader.startsWith(content, 'P', 'K', 3, 4);
    if (WordPlanReader.isWord(extension)) {
      return WordPlanReader.read(name, extension, content, limits, this::toSheet);
    }
    if (extension.equals("xlsx") || (extension.equals("csv") && zip)) {
      // A workbook renamed to .csv is still a workbook: trust the content over the name.
      if (!zip) {
        return PlanSheet.failed(List.of(ImportError.ofFile(
            "The file \"" + name + "\" is named .xlsx but is not an Excel workbook. " + ACCEPTED_FORMATS)));
      }
      RawTable table = XlsxTableReader.read(name, content, limits);
      return table.error() != null && table.rows().isEmpty()
          ? PlanSheet.failed(List.of(table.error()))
          : toSheet(table);
    }
    if (extension.equals("csv")) {
      Optional<String> notText = notPlainText(content);
      if (notText.isPresent()) {
        return PlanSheet.failed(List.of(ImportError.ofFile(
            "The file \"" + name + "\" is named .csv but " + notText.get() + ". " + ACCEPTED_FORMATS)));
      }
      return readCsv(name, content);
    }
    String why = extension.equals("xls")
        ? "Excel 97-2003 workbooks (.xls) cannot be read; save the plan as .xlsx or .csv."
        : extension.equals("doc")
        ? "Word 97-2003 documents (.doc) cannot be read; save the plan as .docx."
        : "This kind of file cannot be read as an action plan.";
    return PlanSheet.failed(List.of(ImportError.ofFile("The file \"" + name + "\" is not a CSV, .xlsx or .docx file. "
        + why + " " + ACCEPTED_FORMATS)));
  }

  private PlanSheet readCsv(String name, byte[] content) {
    String text = CsvTableReader.decode(content);
    if (text.isBlank()) {
      return PlanSheet.failed(List.of(ImportError.ofFile("The file \"" + name + "\" is empty. " + ACCEPTED_FORMATS)));
    }
    // Comma first; semicolons (European Excel) or tabs only when they, and not commas, give a header row.
    RawTable commaTable = null;
    for (char delimiter : CSV_DELIMITERS) {
      RawTable table = CsvTableReader.parse(text, delimiter, limits);
      if (commaTable == null) {
        commaTable = table;
      }
      if (findHeaderRow(table.rows()).isPresent()) {
        return toSheet(table);
      }
    }
    return toSheet(commaTable);
  }

  private static Optional<String> notPlainText(byte[] content) {
    if (CsvTableReader.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
      return Optional.of("is an Excel 97-2003 (.xls) or other Office binary file");
    }
    if (CsvTableReader.startsWith(content, '%', 'P', 'D', 'F')) {
      return Optional.of("is a PDF document");
    }
    boolean utf16 = CsvTableReader.startsWith(content, 0xFF, 0xFE) || CsvTableReader.startsWith(content, 0xFE, 0xFF);
    if (!utf16) {
      for (int i = 0; i < Math.min(content.length, 8192); i++) {
        if (content[i] == 0) {
          return Optional.of("does not contain text");
        }
      }
    }
    return Optional.empty();
  }

  private PlanSheet toSheet(RawTable table) {
    List<ImportError> errors = new ArrayList<>();
    Optional<RawTable.RawRow> headerRow = findHeaderRow(table.rows());
    if (headerRow.isEmpty()) {
      errors.add(table.error() != null ? table.error() : ImportError.ofFile(
          "No header row found in the first " + HEADER_SEARCH_ROWS + " rows. Expected a row of column headings "
              + "such as " + Stream.of(PlanColumn.values()).map(PlanColumn::label).collect(Collectors.joining(", "))
              + " (at least Recommendation and one other)."));
      return PlanSheet.failed(errors);
    }
    RawTable.RawRow header = headerRow.get();
    Map<PlanColumn, Integer> columnIndex = new EnumMap<>(PlanColumn.class);
    Map<PlanColumn, String> headerText = new EnumMap<>(PlanColumn.class);
    for (int i = 0; i < header.cells().size(); i++) {
      String text = header.cell(i).strip();
      Optional<PlanColumn> column = PlanColumn.forHeader(text);
      if (column.isEmpty()) {
        continue; // Unknown columns (notes, RAG colours, IMR action numbers) are simply not read.
      }
      PlanColumn c = column.get();
      if (columnIndex.containsKey(c)) {
        errors.add(new ImportError(header.number(), text, "The columns \"" + headerText.get(c) + "\" and \"" + text
            + "\" both read as the " + c.label() + " column; rename or remove one of them."));
        continue;
      }
      columnIndex.put(c, i);
      headerText.put(c, text);
    }
    if (!columnIndex.containsKey(PlanColumn.RECOMMENDATION)) {
      errors.add(new ImportError(header.number(), null, "No Recommendation column: the header row (row "
          + header.number() + ") has " + quotedList(header) + ". Add a column headed \"Recommendation\"."));
    }
    if (!errors.isEmpty()) {
      return new PlanSheet(List.of(), headerText, errors);
    }
    List<PlanRow> rows = new ArrayList<>();
    for (RawTable.RawRow raw : table.rows()) {
      if (raw.number() <= header.number()) {
        continue;
      }
      Map<PlanColumn, String> cells = new LinkedHashMap<>();
      columnIndex.forEach((column, index) -> cells.put(column, raw.cell(index)));
      PlanRow row = new PlanRow(raw.number(), cells);
      // Blank rows are spacing, and plans pasted together from several tables repeat the header row.
      if (!row.isBlank() && !repeatsHeader(row)) {
        rows.add(row);
      }
    }
    if (table.error() != null) {
      errors.add(table.error());
    }
    unreadCells(table, header, columnIndex, headerText).forEach(errors::add);
    return new PlanSheet(rows, headerText, errors);
  }

  /** Cells that could not be read matter only below the header and in a column the plan uses. */
  private static Stream<ImportError> unreadCells(RawTable table, RawTable.RawRow header,
      Map<PlanColumn, Integer> columnIndex, Map<PlanColumn, String> headerText) {
    return table.unread().stream()
        .filter(cell -> cell.row() > header.number())
        .flatMap(cell -> columnIndex.entrySet().stream()
            .filter(e -> e.getValue() == cell.column())
            .map(e -> new ImportError(cell.row(), headerText.get(e.getKey()), cell.message())));
  }

  /** The first of the first few non-blank rows that names at least two known columns. */
  private static Optional<RawTable.RawRow> findHeaderRow(List<RawTable.RawRow> rows) {
    return rows.stream()
        .filter(row -> !row.isBlank())
        .limit(HEADER_SEARCH_ROWS)
        .filter(row -> row.cells().stream().map(PlanColumn::forHeader).filter(Optional::isPresent).distinct().count()
            >= MIN_RECOGNISED_HEADERS)
        .findFirst();
  }

  private static boolean repeatsHeader(PlanRow row) {
    long named = row.cells().entrySet().stream()
        .filter(e -> PlanColumn.forHeader(e.getValue()).filter(e.getKey()::equals).isPresent())
        .count();
    long filled = row.cells().values().stream().filter(v -> !v.isBlank()).count();
    return named >= MIN_RECOGNISED_HEADERS && named == filled;
  }

  private static String quotedList(RawTable.RawRow header) {
    String cells = header.cells().stream()
        .filter(c -> !c.isBlank())
        .map(c -> "\"" + c.strip() + "\"")
        .collect(Collectors.joining(", "));
    return cells.isEmpty() ? "no headings" : cells;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
  }
}
