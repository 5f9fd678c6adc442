package org.reviewactions.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small .xlsx plans laid out as boards lay them out, with Apache POI, for the streaming reader to read. */
final class PlanWorkbooks {

  private PlanWorkbooks() {}

  /** A workbook of one sheet, "Plan", filled by {@code content}. */
  static byte[] plan(Consumer<Sheet> content) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      content.accept(workbook.createSheet("Plan"));
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a row of text; a null leaves the cell out. Rows count from 0, as POI counts them. */
  static Row row(Sheet sheet, int index, String... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        row.createCell(i).setCellValue(values[i]);
      }
    }
    return row;
  }

  /** A real date cell shown with the given Excel number format ("dd/mm/yyyy", "mmm-yy"). */
  static Cell date(Row row, int column, LocalDate date, String format) {
    CellStyle style = row.getSheet().getWorkbook().createCellStyle();
    style.setDataFormat(row.getSheet().getWorkbook().createDataFormat().getFormat(format));
    Cell cell = row.createCell(column);
    cell.setCellValue(date);
    cell.setCellStyle(style);
    return cell;
  }
}
