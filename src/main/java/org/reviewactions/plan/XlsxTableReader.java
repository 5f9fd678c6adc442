package org.reviewactions.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an Excel workbook (.xlsx) as text, streaming the sheet's XML so that
 * reading stops at the import's limits without the sheet ever being held in memory as a whole.
 */
final class XlsxTableReader {

  private XlsxTableReader() {}

  /** Sets POI's own zip-bomb guards, which also cover parts this reader's own check cannot see. */
  static void guardZipReading(ImportLimits limits) {
    ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
    ZipSecureFile.setMaxEntrySize(limits.maxUncompressedSize().toBytes());
    ZipSecureFile.setMaxFileCount(limits.maxZipEntries());
    ZipSecureFile.setMaxTextSize(limits.maxUncompressedSize().toBytes());
  }

  static RawTable read(String fileName, byte[] content, ImportLimits limits) {
    Optional<ImportError> tooBig = XlsxPackageCheck.check(fileName, content, limits);
    if (tooBig.isPresent()) {
      return new RawTable(List.of(), tooBig.get());
    }
    Path copy = null;
    OPCPackage workbook = null;
    try {
      // POI reads parts lazily, each through its zip-bomb guard, only from a file; from a stream it unpacks all of them.
      copy = Files.createTempFile("rat-plan-", ".xlsx");
      Files.write(copy, content);
      workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ);
      return readFirstSheet(fileName, workbook, limits);
    } catch (Exception | LinkageError e) {
      // POI reports a damaged, encrypted or non-Excel zip in many ways; to the uploader they are one problem.
      return new RawTable(List.of(), ImportError.ofFile("The file \"" + fileName
          + "\" could not be opened as an Excel workbook (.xlsx): " + e.getMessage()
          + ". Save the plan again as .xlsx (not password-protected) or as .csv."));
    } finally {
      if (workbook != null) {
        workbook.revert();
      }
      deleteQuietly(copy);
    }
  }

  private static RawTable readFirstSheet(String fileName, OPCPackage workbook, ImportLimits limits) throws Exception {
    XSSFReader parts = new XSSFReader(workbook);
    Iterator<InputStream> sheets = parts.getSheetsData();
    if (!sheets.hasNext()) {
      return new RawTable(List.of(), ImportError.ofFile("The workbook \"" + fileName + "\" has no worksheets."));
    }
    TableCollector table = new TableCollector(limits);
    SheetEvents events = new SheetEvents(table, limits);
    XSSFSheetXMLHandler cells = new XSSFSheetXMLHandler(parts.getStylesTable(),
        new ReadOnlySharedStringsTable(workbook, false), events, new PlanDataFormatter(), false);
    events.delegateTo(cells);
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setContentHandler(events);
    try (InputStream sheet = sheets.next()) {
      xml.parse(new InputSource(sheet));
    } catch (Exception e) {
      Optional<TableCollector.LimitReached> limit = SheetEvents.limitReached(e);
      if (limit.isEmpty()) {
        throw e;
      }
      return table.table(limit.get().error());
    }
    RawTable read = table.table(null);
    return new RawTable(fillMergedDown(read.rows(), events.verticalMerges()), null, read.unread(), events.mergedAcross());
  }

  /**
   * Boards often merge one Responsible or Recommendation cell down several action rows. Excel keeps the
   * value only in the top cell, so copy it down the merge's first column; otherwise the lower rows
   * would look as if no one were responsible. Horizontal spread is not copied: that is layout, not data.
   */
  private static List<RawTable.RawRow> fillMergedDown(List<RawTable.RawRow> rows, List<CellRangeAddress> merges) {
    if (merges.isEmpty()) {
      return rows;
    }
    Map<Integer, Integer> index = new HashMap<>();
    List<List<String>> cells = new ArrayList<>(rows.size());
    for (RawTable.RawRow row : rows) {
      index.put(row.number(), cells.size());
      cells.add(new ArrayList<>(row.cells()));
    }
    for (CellRangeAddress merge : merges) {
      Integer top = index.get(merge.getFirstRow() + 1);
      String value = top == null ? "" : rows.get(top).cell(merge.getFirstColumn());
      for (int r = merge.getFirstRow() + 2; r <= merge.getLastRow() + 1; r++) {
        Integer at = index.get(r);
        if (at != null) {
          List<String> row = cells.get(at);
          while (row.size() <= merge.getFirstColumn()) {
            row.add("");
          }
          row.set(merge.getFirstColumn(), value);
        }
      }
    }
    List<RawTable.RawRow> filled = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      filled.add(new RawTable.RawRow(rows.get(i).number(), List.copyOf(cells.get(i))));
    }
    return filled;
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // The temporary folder is cleaned by the system; the upload was refused or read either way.
      }
    }
  }

  /**
   * Cell text as Excel shows it in the UK, except dates. A date cell holds a serial number that Excel
   * shows in the opener's own short-date style (9/30/13 or 30/09/13), so it is written the British
   * way, 30/09/2013, whatever its style; a style without a day ("Mar-27", "March 2027") names a month,
   * so it is written "March 2027" and read as that month, as the board meant.
   */
  static final class PlanDataFormatter extends DataFormatter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    // Quoted literals ("Due "d) and brackets ([Red], [$-809]) in a number format are not date parts.
    private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.");

    PlanDataFormatter() {
      super(Locale.UK);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        String parts = LITERALS.matcher(formatString).replaceAll("").toLowerCase(Locale.ROOT);
        LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
        if (parts.contains("d")) {
          return DAY.format(date);
        }
        if (parts.contains("m") && parts.contains("y")) {
          return MONTH.format(date);
        }
      }
      return super.formatRawCellContents(value, formatIndex, formatString);
    }
  }
}
