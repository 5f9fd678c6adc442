package org.reviewactions.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The report as a workbook: the actions ("Progress"), then "Agency challenges" and "Impact checks", each sheet
 * a title line and a frozen bold header row. Every cell is a text cell, never a formula; a cell whose text starts
 * like a formula also gets Excel's "quote prefix" (the leading apostrophe kept out of the text), so editing it in
 * Excel does not turn it into one either.
 */
@Component
class ReportXlsx {

  private static final int[] WIDTHS = {40, 40, 20, 18, 24, 50, 16};

  byte[] render(ProgressReport report) {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = workbook.createSheet("Progress");
      XSSFCellStyle header = style(workbook, false);
      XSSFFont bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setFillForegroundColor(colour("F3F2F1"));
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      XSSFCellStyle plain = style(workbook, false);
      XSSFCellStyle quoted = style(workbook, true);
      Map<ReportStatus, XSSFCellStyle> statuses = new EnumMap<>(ReportStatus.class);
      for (ReportStatus status : ReportStatus.values()) {
        XSSFCellStyle style = style(workbook, false);
        style.setFillForegroundColor(colour(status.fill()));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        font.setColor(colour(status.textColour()));
        style.setFont(font);
        statuses.put(status, style);
      }
      heading(sheet, report.heading(), ReportColumns.headers(report), WIDTHS, header, plain, quoted);
      int r = 2;
      for (ProgressReport.Row row : report.rows()) {
        Row line = sheet.createRow(r++);
        List<String> cells = ReportColumns.cells(row);
        for (int i = 0; i < cells.size(); i++) {
          write(line.createCell(i), cells.get(i), i == ReportColumns.STATUS ? statuses.get(row.status()) : plain, quoted);
        }
      }
      section(workbook, ReportSections.challenges(report), header, plain, quoted);
      section(workbook, ReportSections.impacts(report), header, plain, quoted);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sheet of one section; an empty one keeps its header and says there were none, so nobody takes it as lost. */
  private static void section(XSSFWorkbook workbook, ReportSections section, XSSFCellStyle header,
      XSSFCellStyle plain, XSSFCellStyle quoted) {
    XSSFSheet sheet = workbook.createSheet(section.name());
    heading(sheet, section.title(), section.headers(), section.widths(), header, plain, quoted);
    List<List<String>> rows = section.rows().isEmpty() ? List.of(List.of(section.none())) : section.rows();
    int r = 2;
    for (List<String> cells : rows) {
      Row line = sheet.createRow(r++);
      for (int i = 0; i < cells.size(); i++) {
        write(line.createCell(i), cells.get(i), plain, quoted);
      }
    }
  }

  private static void heading(XSSFSheet sheet, String title, List<String> headers, int[] widths,
      XSSFCellStyle header, XSSFCellStyle plain, XSSFCellStyle quoted) {
    write(sheet.createRow(0).createCell(0), title, plain, quoted);
    Row head = sheet.createRow(1);
    for (int i = 0; i < headers.size(); i++) {
      write(head.createCell(i), headers.get(i), header, quoted);
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    sheet.createFreezePane(0, 2);
  }

  private static void write(Cell cell, String text, XSSFCellStyle style, XSSFCellStyle quoted) {
    cell.setCellValue(text);
    cell.setCellStyle(ReportColumns.formulaLike(text) ? quoted : style);
  }

  private static XSSFCellStyle style(XSSFWorkbook workbook, boolean quotePrefixed) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.setWrapText(true);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setBorderBottom(BorderStyle.THIN);
    style.setQuotePrefixed(quotePrefixed);
    return style;
  }

  private static XSSFColor colour(String hex) {
    return new XSSFColor(HexFormat.of().parseHex(hex), null);
  }
}
