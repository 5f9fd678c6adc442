package org.reviewactions.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XML events of one worksheet into rows for a {@link TableCollector}. POI's
 * {@link XSSFSheetXMLHandler} formats the cells; this class sees the XML first, because POI says
 * nothing of a formula cell without a saved value (it simply skips it) or of merged cells.
 */
final class SheetEvents extends DefaultHandler implements XSSFSheetXMLHandler.SheetContentsHandler {

  private static final String SPREADSHEETML = XSSFRelation.NS_SPREADSHEETML;

  private final TableCollector table;
  private final ImportLimits limits;
  private final List<CellRangeAddress> verticalMerges = new ArrayList<>();
  private final Set<Integer> mergedAcross = new HashSet<>();
  private final List<String> row = new ArrayList<>();
  private ContentHandler cells;
  private int rowNumber;
  private int column;
  private String cellType;
  private boolean formula;
  private boolean saved;

  SheetEvents(TableCollector table, ImportLimits limits) {
    this.table = table;
    this.limits = limits;
  }

  void delegateTo(ContentHandler poiHandler) {
    this.cells = poiHandler;
  }

  List<CellRangeAddress> verticalMerges() {
    return verticalMerges;
  }

  /** The rows (1-based) with cells merged across columns, as a section heading written across the table is. */
  Set<Integer> mergedAcross() {
    return mergedAcross;
  }

  /** The limit that stopped the reading, however the XML parser wrapped it. */
  static Optional<TableCollector.LimitReached> limitReached(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TableCollector.LimitReached limit) {
        return Optional.of(limit);
      }
    }
    return Optional.empty();
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
    if (SPREADSHEETML.equals(uri)) {
      switch (localName) {
        case "c" -> {
          String ref = attributes.getValue("r");
          column = ref == null ? column + 1 : new CellReference(ref).getCol() + 1;
          cellType = attributes.getValue("t");
          formula = false;
          saved = false;
        }
        case "f" -> formula = true;
        case "v", "is" -> saved = true;
        case "mergeCell" -> merge(attributes.getValue("ref"));
        default -> { }
      }
    }
    cells.startElement(uri, localName, qName, attributes);
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    cells.endElement(uri, localName, qName);
    if (SPREADSHEETML.equals(uri) && "c".equals(localName) && formula && !saved) {
      try {
        table.unreadable(rowNumber, column, "holds a formula with no saved value; open the file in Excel and save it, "
            + "so that the value it shows is saved with it.");
      } catch (TableCollector.LimitReached e) {
        throw new SAXException(e);
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    cells.characters(ch, start, length);
  }

  @Override
  public void startRow(int rowNum) {
    rowNumber = rowNum + 1;
    column = 0;
    row.clear();
  }

  @Override
  public void endRow(int rowNum) {
    stopAt(() -> table.row(rowNumber, row));
  }

  @Override
  public void cell(String cellReference, String formattedValue, XSSFComment comment) {
    if (formattedValue == null) {
      return;
    }
    // POI marks error values ("#N/A") with a prefix of its own that the board never saw.
    String shown = "e".equals(cellType) && formattedValue.startsWith("ERROR:") ? formattedValue.substring(6) : formattedValue;
    String value = CsvTableReader.normaliseLineBreaks(shown);
    stopAt(() -> table.cell(rowNumber, column, value));
    if (column <= limits.maxColumns()) {
      while (row.size() < column) {
        row.add("");
      }
      row.set(column - 1, value);
    }
  }

  private void merge(String ref) {
    if (ref == null || verticalMerges.size() + mergedAcross.size() >= limits.maxRows() * limits.maxColumns()) {
      return;
    }
    CellRangeAddress range = CellRangeAddress.valueOf(ref);
    if (range.getFirstColumn() != range.getLastColumn() && range.getFirstColumn() < limits.maxColumns()) {
      mergedAcross.add(range.getFirstRow() + 1);
    }
    if (range.getFirstRow() != range.getLastRow() && range.getFirstColumn() < limits.maxColumns()) {
      verticalMerges.add(range);
    }
  }

  private static void stopAt(Check check) {
    try {
      check.run();
    } catch (TableCollector.LimitReached e) {
      // The parser's callbacks cannot throw checked exceptions; the reader unwraps this.
      throw new IllegalStateException(e);
    }
  }

  @FunctionalInterface
  private interface Check {
    void run() throws TableCollector.LimitReached;
  }
}
