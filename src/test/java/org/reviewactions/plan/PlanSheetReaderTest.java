package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewactions.plan.PlanTestFiles.readCsv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanSheetReaderTest {

  private final PlanSheetReader reader = new PlanSheetReader();

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
    "Rec No|REC_NUMBER", "Rec No.|REC_NUMBER", "No|REC_NUMBER", "No.|REC_NUMBER",
    "Recommendation number|REC_NUMBER", "Rec|REC_NUMBER", "Ref|REC_NUMBER",
    "Recommendation|RECOMMENDATION",
    "Action|ACTION", "Actions|ACTION",
    "Timescale|TIMESCALE", "Timetable|TIMESCALE", "Target date|TIMESCALE", "Timescales|TIMESCALE",
    "Responsible|RESPONSIBLE", "Lead officer|RESPONSIBLE", "Lead|RESPONSIBLE", "Responsible officer|RESPONSIBLE",
    "Agency|AGENCY", "Lead agency|AGENCY",
    "Intended outcome|INTENDED_OUTCOME", "Projected outcome|INTENDED_OUTCOME", "Outcome|INTENDED_OUTCOME",
    "Progress|PROGRESS", "PROGRESS AS AT 1.7.06|PROGRESS", "Progress update (March 2013)|PROGRESS",
    "Status|STATUS", "RAG|STATUS",
    // Case, spacing and trailing punctuation do not matter.
    "  REC   no.  |REC_NUMBER", "TIMESCALE:|TIMESCALE", "Lead  Officer|RESPONSIBLE", "'Intended\nOutcome'|INTENDED_OUTCOME",
  })
  void recognisesEachHeaderAlias(String alias, PlanColumn column) {
    // A second, known header makes the row a header row; it must not be the column under test.
    String other = column == PlanColumn.RECOMMENDATION ? "Rec No" : "Recommendation";
    PlanSheet sheet = readCsv("\"" + alias + "\"," + other + "\nthe value,the other\n");

    assertThat(PlanColumn.forHeader(alias)).contains(column);
    assertThat(sheet.headers()).containsEntry(column, alias.strip());
    assertThat(sheet.rows()).singleElement().satisfies(row -> assertThat(row.get(column)).isEqualTo("the value"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Action No", "IMR Action No", "Notes", "Leader", "Colour code", "Page", ""})
  void doesNotRecogniseOtherHeaders(String header) {
    assertThat(PlanColumn.forHeader(header)).isEmpty();
  }

  @Test
  void readsTheProgressDateFromTheProgressHeader() {
    assertThat(readCsv("Recommendation,PROGRESS AS AT 1.7.06\nr,p\n").progressAsAt()).contains("1.7.06");
    assertThat(readCsv("Recommendation,Progress as of 30 June 2006:\nr,p\n").progressAsAt()).contains("30 June 2006");
    assertThat(readCsv("Recommendation,Progress (March 2013)\nr,p\n").progressAsAt()).contains("March 2013");
    assertThat(readCsv("Recommendation,Progress update at 31/03/2014\nr,p\n").progressAsAt()).contains("31/03/2014");
    assertThat(readCsv("Recommendation,Progress\nr,p\n").progressAsAt()).isEmpty();
    assertThat(readCsv("Recommendation,Progress notes\nr,p\n").progressAsAt()).isEmpty();
    assertThat(readCsv("Recommendation,Action\nr,a\n").progressAsAt()).isEmpty();
  }

  @Test
  void skipsAUtf8ByteOrderMark() {
    byte[] withBom = ("\uFEFFRec No,Recommendation\n1,Share the summary\n").getBytes(StandardCharsets.UTF_8);

    PlanSheet sheet = reader.read("plan.csv", withBom);

    assertThat(sheet.errors()).isEmpty();
    assertThat(sheet.headers()).containsEntry(PlanColumn.REC_NUMBER, "Rec No");
    assertThat(sheet.rows().get(0).get(PlanColumn.REC_NUMBER)).isEqualTo("1");
  }

  @Test
  void readsWindows1252WhenTheFileIsNotUtf8() {
    // Excel's plain "CSV (Comma delimited)" saves in the Windows code page.
    byte[] ansi = "Recommendation,Timescale\nTrain staff,April – Sept 2006 (£5k)\n".getBytes(Charset.forName("windows-1252"));

    PlanSheet sheet = reader.read("plan.csv", ansi);

    assertThat(sheet.rows().get(0).get(PlanColumn.TIMESCALE)).isEqualTo("April – Sept 2006 (£5k)");
  }

  @Test
  void keepsQuotedMultiLineCellsAndCountsRowsAsASpreadsheetDoes() {
    PlanSheet sheet = readCsv("Rec No,Recommendation,Timescale\r\n"
        + "3.3.13,\"Develop a system that will:\r\na) gather information\r\nb) flag risks\",\"April – Sept 2006\r\nMay 2006\"\r\n"
        + "3.3.14,\"Check all new entrants, by hand\",March 2006\r\n");

    assertThat(sheet.errors()).isEmpty();
    assertThat(sheet.rows()).extracting(PlanRow::rowNumber).containsExactly(2, 3);
    PlanRow first = sheet.rows().get(0);
    assertThat(first.get(PlanColumn.RECOMMENDATION)).isEqualTo("Develop a system that will:\na) gather information\nb) flag risks");
    assertThat(first.get(PlanColumn.TIMESCALE)).isEqualTo("April – Sept 2006\nMay 2006");
    assertThat(sheet.rows().get(1).get(PlanColumn.RECOMMENDATION)).isEqualTo("Check all new entrants, by hand");
  }

  @Test
  void findsTheHeaderRowBelowATitle() {
    PlanSheet sheet = readCsv("Serious Case Review Baby A – Action Plan February 2006,,\n"
        + ",,\n"
        + "For ease of reference the recommendations are numbered as in the Executive Summary,,\n"
        + "RECOMMENDATION,ACTION,RESPONSIBLE\n"
        + "Disseminate the summary,Report distributed,LSCB agency members\n");

    assertThat(sheet.errors()).isEmpty();
    assertThat(sheet.headers()).containsEntry(PlanColumn.RECOMMENDATION, "RECOMMENDATION");
    assertThat(sheet.rows()).singleElement().satisfies(row -> {
      assertThat(row.rowNumber()).isEqualTo(5);
      assertThat(row.get(PlanColumn.RESPONSIBLE)).isEqualTo("LSCB agency members");
    });
  }

  @Test
  void reportsAMissingHeaderRowWithTheExpectedHeadings() {
    PlanSheet sheet = readCsv("Our action plan\nShare the summary with staff\nTrain everyone\n");

    assertThat(sheet.rows()).isEmpty();
    assertThat(sheet.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isNull();
      assertThat(e.message()).contains("No header row").contains("Recommendation").contains("Responsible");
    });
  }

  @Test
  void looksOnlyInTheFirstFifteenRowsForTheHeader() {
    String titleRows = "Note\n".repeat(15);
    PlanSheet sheet = readCsv(titleRows + "Recommendation,Action\nr,a\n");

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("first 15 rows"));
  }

  @Test
  void namesTheMissingRecommendationColumn() {
    PlanSheet sheet = PlanTestFiles.readResource("/plans/bad-missing-recommendation-column.csv");

    assertThat(sheet.rows()).isEmpty();
    assertThat(sheet.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(1);
      assertThat(e.message()).contains("No Recommendation column").contains("\"Rec No\"").contains("\"Responsible\"");
    });
  }

  @Test
  void reportsTheSameColumnTwiceNamingBothHeaders() {
    PlanSheet sheet = readCsv("Rec No,Recommendation,Action,Actions\n1,r,a,b\n");

    assertThat(sheet.rows()).isEmpty();
    assertThat(sheet.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(1);
      assertThat(e.column()).isEqualTo("Actions");
      assertThat(e.message()).contains("\"Action\"").contains("\"Actions\"");
    });
  }

  @Test
  void ignoresUnknownColumns() {
    PlanSheet sheet = readCsv("Rec No,Notes,Recommendation,Colour code\n1,see minutes,Share the summary,amber\n");

    assertThat(sheet.errors()).isEmpty();
    assertThat(sheet.headers()).containsOnlyKeys(PlanColumn.REC_NUMBER, PlanColumn.RECOMMENDATION);
    assertThat(sheet.rows().get(0).cells()).containsOnly(
        org.assertj.core.api.Assertions.entry(PlanColumn.REC_NUMBER, "1"),
        org.assertj.core.api.Assertions.entry(PlanColumn.RECOMMENDATION, "Share the summary"));
  }

  @Test
  void skipsBlankRowsAndRepeatedHeaderRows() {
    PlanSheet sheet = readCsv("Rec No,Recommendation,Notes\n1,First,\n,,\n,,ignored note\nREC NO,RECOMMENDATION,\n2,Second,\n");

    assertThat(sheet.rows()).extracting(r -> r.get(PlanColumn.RECOMMENDATION)).containsExactly("First", "Second");
    assertThat(sheet.rows()).extracting(PlanRow::rowNumber).containsExactly(2, 6);
  }

  @Test
  void acceptsSemicolonAndTabSeparatedFiles() {
    PlanSheet semicolons = readCsv("Rec No;Recommendation;Timescale\n1;Share the summary, widely;June 2013\n");
    PlanSheet tabs = readCsv("Rec No\tRecommendation\tTimescale\n1\tShare the summary, widely\tJune 2013\n");

    for (PlanSheet sheet : new PlanSheet[] {semicolons, tabs}) {
      assertThat(sheet.errors()).isEmpty();
      assertThat(sheet.rows().get(0).get(PlanColumn.RECOMMENDATION)).isEqualTo("Share the summary, widely");
      assertThat(sheet.rows().get(0).get(PlanColumn.TIMESCALE)).isEqualTo("June 2013");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan.pdf", "plan.xls", "plan.docx", "plan", "plan.csv.exe"})
  void rejectsOtherKindsOfFileNamingTheFileAndTheAcceptedFormats(String name) {
    PlanSheet sheet = reader.read(name, "Recommendation,Action\nr,a\n".getBytes(StandardCharsets.UTF_8));

    assertThat(sheet.rows()).isEmpty();
    assertThat(sheet.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isNull();
      assertThat(e.message()).contains("\"" + name + "\"").contains(".csv").contains(".xlsx");
    });
  }

  @Test
  void explainsThatOldExcelFilesMustBeResaved() {
    assertThat(reader.read("Plan.XLS", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}).errors())
        .singleElement().satisfies(e -> assertThat(e.message()).contains("(.xls)").contains("save the plan as .xlsx"));
  }

  @Test
  void rejectsFilesWhoseContentDoesNotMatchTheirName() {
    assertThat(reader.read("plan.xlsx", "Recommendation,Action\n".getBytes(StandardCharsets.UTF_8)).errors())
        .singleElement().satisfies(e -> assertThat(e.message()).contains("not an Excel workbook"));
    assertThat(reader.read("plan.csv", "%PDF-1.4 binary".getBytes(StandardCharsets.ISO_8859_1)).errors())
        .singleElement().satisfies(e -> assertThat(e.message()).contains("PDF"));
    assertThat(reader.read("plan.csv", new byte[] {'R', 0, 'e', 0}).errors())
        .singleElement().satisfies(e -> assertThat(e.message()).contains("does not contain text"));
  }

  @Test
  void reportsADamagedWorkbookWithoutThrowing() {
    byte[] damaged = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    PlanSheet sheet = reader.read("plan.xlsx", damaged);

    assertThat(sheet.errors()).singleElement().satisfies(e ->
        assertThat(e.message()).contains("\"plan.xlsx\"").contains("could not be opened as an Excel workbook"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\uFEFF", "  \r\n \r\n"})
  void reportsAnEmptyFile(String content) {
    PlanSheet sheet = reader.read("plan.csv", content.getBytes(StandardCharsets.UTF_8));

    assertThat(sheet.rows()).isEmpty();
    assertThat(sheet.errors()).singleElement().satisfies(e ->
        assertThat(e.message()).contains("\"plan.csv\" is empty").contains(".xlsx"));
  }

  @Test
  void reportsAMissingFileContent() {
    assertThat(reader.read(null, null).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("is empty"));
  }

  @Test
  void reportsAnUnclosedQuoteWithTheRowWhereItStarts() {
    PlanSheet sheet = PlanTestFiles.readResource("/plans/bad-unclosed-quote.csv");

    assertThat(sheet.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(3);
      assertThat(e.message()).contains("row 3").contains("never closed");
    });
    // The rows before the problem were read; the caller must still refuse to import.
    assertThat(sheet.rows()).extracting(PlanRow::rowNumber).containsExactly(2);
  }

  @Test
  void reportsTextAfterAClosingQuote() {
    PlanSheet sheet = readCsv("Rec No,Recommendation\n1,\"Share\" the summary\n");

    assertThat(sheet.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(2);
      assertThat(e.message()).contains("double any quote");
    });
  }

  @Test
  void readsTheXlsxFixtureExactlyAsTheCsvOfTheSamePlan() {
    PlanSheet xlsx = PlanTestFiles.readResource("/plans/oxfordshire-infant-y.xlsx");
    PlanSheet csv = PlanTestFiles.readResource("/plans/oxfordshire-infant-y.csv");

    assertThat(xlsx.errors()).isEmpty();
    assertThat(xlsx.rows()).hasSize(43);
    assertThat(xlsx.headers()).isEqualTo(csv.headers());
    assertThat(xlsx.rows()).isEqualTo(csv.rows());
  }

  @Test
  void readsTheFirstWorksheetWithDatesFormulasMergesAndLineBreaks() throws IOException {
    byte[] workbook;
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Plan");
      wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Recommendation");
      sheet.createRow(0).createCell(0).setCellValue("SCR Baby E action plan");
      row(sheet, 2, "Rec No", "Recommendation", "Action", "Responsible", "Target date", "Status");
      row(sheet, 3, null, "Review the joint protocol", "Revise the protocol\r\nwith TVP", "Head of Children's Social Care", null, null);
      row(sheet, 4, null, null, "Train staff", null, null, null);
      sheet.getRow(3).createCell(0).setCellValue(1);
      sheet.getRow(3).createCell(5).setCellFormula("\"Comp\"&\"leted\"");
      sheet.addMergedRegion(new CellRangeAddress(3, 4, 3, 3)); // one Responsible for both actions
      CellStyle shortDate = wb.createCellStyle();
      shortDate.setDataFormat((short) 14);
      CellStyle longDate = wb.createCellStyle();
      longDate.setDataFormat(wb.createDataFormat().getFormat("d mmmm yyyy"));
      dateCell(sheet.getRow(3), 4, LocalDate.of(2013, 9, 30), shortDate);
      dateCell(sheet.getRow(4), 4, LocalDate.of(2013, 12, 31), longDate);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.write(out);
      workbook = out.toByteArray();
    }

    PlanSheet sheet = reader.read("plan.xlsx", workbook);

    assertThat(sheet.errors()).isEmpty();
    assertThat(sheet.rows()).hasSize(2);
    PlanRow first = sheet.rows().get(0);
    PlanRow second = sheet.rows().get(1);
    assertThat(first.rowNumber()).isEqualTo(4);
    assertThat(first.get(PlanColumn.REC_NUMBER)).isEqualTo("1");
    assertThat(first.get(PlanColumn.ACTION)).isEqualTo("Revise the protocol\nwith TVP");
    assertThat(first.get(PlanColumn.TIMESCALE)).isEqualTo("30/09/2013");
    assertThat(first.get(PlanColumn.STATUS)).isEqualTo("Completed");
    assertThat(second.get(PlanColumn.RESPONSIBLE)).isEqualTo("Head of Children's Social Care");
    assertThat(second.get(PlanColumn.TIMESCALE)).isEqualTo("31/12/2013");
  }

  private static void row(Sheet sheet, int index, String... values) {
    Row row = sheet.createRow(index);
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        row.createCell(i).setCellValue(values[i]);
      }
    }
  }

  private static void dateCell(Row row, int column, LocalDate date, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(date);
    cell.setCellStyle(style);
  }
}
