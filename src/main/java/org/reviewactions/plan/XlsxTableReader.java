package org.reviewactions.plan;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the first worksheet of an Excel workbook (.xlsx) as text, cell by cell. */
final class XlsxTableReader {

  /** Excel's built-in short date: shown in the reader's locale, so its written form is ambiguous. */
  private static final short BUILT_IN_SHORT_DATE = 14;

  private XlsxTableReader() {}

  static RawTable read(String fileName, byte[] content) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
      if (workbook.getNumberOfSheets() == 0) {
        return new RawTable(List.of(), ImportError.ofFile("The workbook \"" + fileName + "\" has no worksheets."));
      }
      return new RawTable(readSheet(workbook.getSheetAt(0)), null);
    } catch (Exception | LinkageError e) {
      // POI reports a damaged, encrypted or non-Excel zip in many ways; to the uploader they are one problem.
      return new RawTable(
          List.of(),
          ImportError.ofFile(
              "The file \"" + fileName + "\" could not be opened as an Excel workbook (.xlsx): "
                  + e.getMessage() + ". Save the plan again as .xlsx (not password-protected) or as .csv."));
    }
  }

  private static List<RawTable.RawRow> readSheet(Sheet sheet) {
    DataFormatter formatter = new DataFormatter(Locale.UK);
    // Use the values Excel saved for formulas rather than evaluating them: evaluation can fail on
    // functions POI lacks or reach into linked workbooks, and the saved value is what the board saw.
    formatter.setUseCachedValuesForFormulaCells(true);
    Map<Long, String> mergedFill = verticalMergeFill(sheet, formatter);
    List<RawTable.RawRow> rows = new ArrayList<>();
    for (Row row : sheet) {
      int width = Math.max(row.getLastCellNum(), 0);
      List<String> cells = new ArrayList<>(width);
      for (int col = 0; col < width; col++) {
        String filled = mergedFill.get(key(row.getRowNum(), col));
        cells.add(filled != null ? filled : text(row.getCell(col), formatter));
      }
      rows.add(new RawTable.RawRow(row.getRowNum() + 1, cells));
    }
    return rows;
  }

  /**
   * Boards often merge one Responsible or Recommendation cell down several action rows. Excel keeps the
   * value only in the top cell, so copy it down the merge's first column; otherwise the lower rows
   * would look as if no one were responsible. Horizontal spread is not copied: that is layout, not data.
   */
  private static Map<Long, String> verticalMergeFill(Sheet sheet, DataFormatter formatter) {
    Map<Long, String> fill = new HashMap<>();
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      if (region.getFirstRow() == region.getLastRow()) {
        continue;
      }
      Row top = sheet.getRow(region.getFirstRow());
      String value = top == null ? "" : text(top.getCell(region.getFirstColumn()), formatter);
      for (int r = region.getFirstRow() + 1; r <= region.getLastRow(); r++) {
        fill.put(key(r, region.getFirstColumn()), value);
      }
    }
    return fill;
  }

  private static long key(int row, int col) {
    return ((long) row << 20) | col;
  }

  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC
        && DateUtil.isCellDateFormatted(cell)
        && cell.getCellStyle().getDataFormat() == BUILT_IN_SHORT_DATE) {
      // The built-in short date shows as 9/30/13 or 30/09/13 depending on who opens the file; ISO
      // keeps the date the board meant without guessing day/month order.
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    return CsvTableReader.normaliseLineBreaks(formatter.formatCellValue(cell));
  }
}
