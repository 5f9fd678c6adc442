package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads an uploaded action plan (CSV, Excel .xlsx, or Word .docx through {@link WordPlanReader}) into a
 * {@link PlanSheet}: finds the header row ({@link HeaderSearch}), reads its columns and collects the data rows
 * beneath it, section headings among them.
 *
 * <p>Never throws for bad input: every problem comes back as an {@link ImportError} that the uploader can
 * act on. It does not interpret the rows; see {@link PlanInterpreter}.
 */
public final class PlanSheetReader {

  static final String ACCEPTED_FORMATS =
      "Accepted formats: CSV (.csv, UTF-8), Excel workbook (.xlsx) and Word document with the plan as a table (.docx).";

  private static final char[] CSV_DELIMITERS = {',', ';', '\t'};

  private final ImportLimits limits;

  public PlanSheetReader() {
    this(ImportLimits.defaults());
  }

  public PlanSheetReader(ImportLimits limits) {
    this.limits = limits;
  }

  public PlanSheet read(String fileName, byte[] content) {
    return read(fileName, content, ColumnMapping.none());
  }

  /** Reads the plan, taking the headings the mapping names as the columns it gives them. */
  public PlanSheet read(String fileName, byte[] content, ColumnMapping mapping) {
    String name = fileName == null || fileName.isBlank() ? "(unnamed file)" : fileName;
    if (content == null || content.length == 0) {
      return PlanSheet.failed(List.of(ImportError.ofFile("The file \"" + name + "\" is empty. " + ACCEPTED_FORMATS)));
    }
    String extension = extension(name);
    boolean zip = CsvTableReader.startsWith(content, 'P', 'K', 3, 4);
    if (WordPlanReader.isWord(extension)) {
      return WordPlanReader.read(name, extension, content, limits, table -> toSheet(table, mapping));
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
          : toSheet(table, mapping);
    }
    if (extension.equals("csv")) {
      Optional<String> notText = notPlainText(content);
      if (notText.isPresent()) {
        return PlanSheet.failed(List.of(ImportError.ofFile(
            "The file \"" + name + "\" is named .csv but " + notText.get() + ". " + ACCEPTED_FORMATS)));
      }
      return readCsv(name, content, mapping);
    }
    String why = extension.equals("xls")
        ? "Excel 97-2003 workbooks (.xls) cannot be read; save the plan as .xlsx or .csv."
        : extension.equals("doc")
        ? "Word 97-2003 documents (.doc) cannot be read; save the plan as .docx."
        : "This kind of file cannot be read as an action plan.";
    return PlanSheet.failed(List.of(ImportError.ofFile("The file \"" + name + "\" is not a CSV, .xlsx or .docx file. "
        + why + " " + ACCEPTED_FORMATS)));
  }

  private PlanSheet readCsv(String name, byte[] content, ColumnMapping mapping) {
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
      if (HeaderSearch.headerRow(table.rows(), mapping).isPresent()) {
        return toSheet(table, mapping);
      }
    }
    return toSheet(commaTable, mapping);
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

  private PlanSheet toSheet(RawTable table, ColumnMapping mapping) {
    List<ImportError> errors = new ArrayList<>();
    Optional<RawTable.RawRow> headerRow = HeaderSearch.headerRow(table.rows(), mapping);
    if (headerRow.isEmpty()) {
      errors.add(table.error() != null ? table.error() : noHeaderRow(table, mapping));
      // The likeliest header row's headings, so that the plan manager can say what each one is.
      List<ImportResult.ColumnReading> readings = table.error() != null ? List.of()
          : HeaderSearch.likeliestHeaderRow(table.rows())
              .map(row -> HeaderSearch.columns(row, ColumnMapping.none()).readings()).orElse(List.of());
      return new PlanSheet(List.of(), Map.of(), errors, readings, List.of());
    }
    HeaderSearch.Found found = HeaderSearch.columns(headerRow.get(), mapping);
    RawTable.RawRow header = found.header();
    Map<PlanColumn, Integer> columnIndex = found.columnIndex();
    Map<PlanColumn, String> headerText = found.headerText();
    errors.addAll(found.errors());
    if (!columnIndex.containsKey(PlanColumn.RECOMMENDATION)) {
      errors.add(new ImportError(header.number(), null, "No Recommendation column: the header row (row "
          + header.number() + ") has " + quotedList(header) + ". Add a column headed \"Recommendation\", "
          + "or choose below which heading holds the recommendations."));
    }
    if (!errors.isEmpty()) {
      return new PlanSheet(List.of(), headerText, errors, found.readings(), found.notes());
    }
    List<PlanRow> rows = new ArrayList<>();
    for (RawTable.RawRow raw : table.rows()) {
      if (raw.number() <= header.number()) {
        continue;
      }
      Map<PlanColumn, String> cells = new LinkedHashMap<>();
      columnIndex.forEach((column, index) -> cells.put(column, raw.cell(index)));
      Optional<String> section = SectionRows.label(raw, columnIndex, table.mergedAcross().contains(raw.number()));
      PlanRow row = section.map(label -> PlanRow.section(raw.number(), label))
          .orElseGet(() -> new PlanRow(raw.number(), cells));
      // Blank rows are spacing, and plans pasted together from several tables repeat the header row.
      if (section.isPresent() || (!row.isBlank() && !repeatsHeader(row))) {
        rows.add(row);
      }
    }
    if (table.error() != null) {
      errors.add(table.error());
    }
    unreadCells(table, header, columnIndex, headerText).forEach(errors::add);
    return new PlanSheet(rows, headerText, errors, found.readings(), found.notes());
  }

  private static ImportError noHeaderRow(RawTable table, ColumnMapping mapping) {
    if (!mapping.isEmpty()) {
      List<String> missing = table.rows().stream().filter(r -> !r.isBlank()).limit(HeaderSearch.HEADER_SEARCH_ROWS)
          .map(r -> HeaderSearch.missingHeadings(r, mapping))
          .min((a, b) -> Integer.compare(a.size(), b.size()))
          .orElse(mapping.entries().stream().map(ColumnMapping.Entry::heading).toList());
      return ColumnMapping.error("No row in the first " + HeaderSearch.HEADER_SEARCH_ROWS + " has every mapped heading: "
          + missing.stream().map(h -> "\"" + ColumnMapping.shorten(h) + "\"").collect(Collectors.joining(", "))
          + (missing.size() == 1 ? " is" : " are") + " not in the sheet's header row.");
    }
    return ImportError.ofFile("No header row found in the first " + HeaderSearch.HEADER_SEARCH_ROWS
        + " rows. Expected a row of column headings such as "
        + Stream.of(PlanColumn.values()).map(PlanColumn::label).collect(Collectors.joining(", "))
        + " (at least Recommendation and one other). If the plan words its headings otherwise, say what each "
        + "heading holds (on the import page, or with mapping=Heading:field in the API).");
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

  private static boolean repeatsHeader(PlanRow row) {
    long named = row.cells().entrySet().stream()
        .filter(e -> PlanColumn.forHeader(e.getValue()).filter(e.getKey()::equals).isPresent())
        .count();
    long filled = row.cells().values().stream().filter(v -> !v.isBlank()).count();
    return named >= HeaderSearch.MIN_RECOGNISED_HEADERS && named == filled;
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
