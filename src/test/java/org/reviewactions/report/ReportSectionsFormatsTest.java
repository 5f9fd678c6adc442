package org.reviewactions.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The agency challenges and impact checks in the files boards publish: the workbook's second and third sheets and
 * the two CSV downloads, read back; hostile text stays text in both.
 */
class ReportSectionsFormatsTest {

  static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
  static final String SCRIPT = "<script>alert('x')</script>";
  static final LocalDate AS_AT = LocalDate.of(2026, 12, 15);

  static final List<String> CHALLENGE_HEADERS = List.of("Raised", "Raised by", "Agency", "Concern", "Actions",
      "Response due", "Response", "Responded on", "Status", "Outcome", "Steps");
  static final List<String> IMPACT_HEADERS = List.of("Recommendation", "How", "Due", "Judgement", "Recorded on",
      "What was found", "Evidence references");

  static ProgressReport.Challenge answered() {
    return new ProgressReport.Challenge(LocalDate.of(2026, 12, 1), "Chloe Chair", "Oxford Health",
        "No evidence yet that the audit has started.",
        List.of("Recommendation 1: Audit safeguarding practice", "Recommendation 3: Include bruising in training"),
        LocalDate.of(2026, 12, 8), "Considered by the board", "Audit starts in January.", LocalDate.of(2026, 12, 3),
        "Board outcome: a recovery plan by January.",
        List.of("3 December 2026: Agency responded (Lena Lead). Audit starts in January.",
            "14 December 2026: Board outcome (Beatrice Board). A recovery plan by January."));
  }

  static ProgressReport.Challenge hostileChallenge() {
    return new ProgressReport.Challenge(LocalDate.of(2026, 12, 9), "+1", "Social Care", HYPERLINK,
        List.of("@SUM(A1)"), LocalDate.of(2026, 12, 11), "Waiting for the agency's response", SCRIPT, null, null,
        List.of());
  }

  static ProgressReport.Impact judged() {
    return new ProgressReport.Impact("3", "An audit", LocalDate.of(2027, 6, 1), "Partly embedded",
        LocalDate.of(2027, 6, 2), "Four of six agencies evidence learning", "QA subgroup minutes June 2027");
  }

  static ProgressReport.Impact hostileImpact() {
    return new ProgressReport.Impact("4", "A case file audit", LocalDate.of(2027, 12, 1), null, null, "@SUM(A1)",
        HYPERLINK);
  }

  static ProgressReport report(List<ProgressReport.Impact> impacts, List<ProgressReport.Challenge> challenges) {
    return new ProgressReport(7L, "OXF-1", "SCR Infant Y", "Oxfordshire SCB", AS_AT, Set.of(), List.of(), impacts,
        challenges);
  }

  static ProgressReport full() {
    return report(List.of(judged(), hostileImpact()), List.of(answered(), hostileChallenge()));
  }

  private static List<String> row(XSSFSheet sheet, int r, int columns) {
    XSSFRow row = sheet.getRow(r);
    return IntStream.range(0, columns).mapToObj(i -> row.getCell(i).getStringCellValue()).toList();
  }

  private static void frozenBoldHeader(XSSFSheet sheet, List<String> headers) {
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
    assertThat(row(sheet, 1, headers.size())).containsExactlyElementsOf(headers);
    for (int i = 0; i < headers.size(); i++) {
      assertThat(sheet.getRow(1).getCell(i).getCellStyle().getFont().getBold()).isTrue();
    }
  }

  private static List<CSVRecord> csv(byte[] bytes) throws Exception {
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
  }

  @Test
  void xlsxHasAChallengesSheetAndAnImpactChecksSheetEachWithAFrozenBoldHeaderAndWrappedText() throws Exception {
    byte[] bytes = new ReportXlsx().render(full());

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      assertThat(workbook.getSheetName(0)).isEqualTo("Progress");
      XSSFSheet challenges = workbook.getSheet("Agency challenges");
      assertThat(workbook.getSheetIndex(challenges)).isEqualTo(1);
      assertThat(challenges.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("SCR Infant Y (OXF-1): agency challenges as at 15 December 2026");
      frozenBoldHeader(challenges, CHALLENGE_HEADERS);
      assertThat(row(challenges, 2, 11)).containsExactly("1 December 2026", "Chloe Chair", "Oxford Health",
          "No evidence yet that the audit has started.",
          "Recommendation 1: Audit safeguarding practice\nRecommendation 3: Include bruising in training",
          "8 December 2026", "Audit starts in January.", "3 December 2026", "Considered by the board",
          "Board outcome: a recovery plan by January.",
          "3 December 2026: Agency responded (Lena Lead). Audit starts in January.\n"
              + "14 December 2026: Board outcome (Beatrice Board). A recovery plan by January.");
      assertThat(challenges.getRow(2).getCell(4).getCellStyle().getWrapText()).isTrue();
      assertThat(challenges.getRow(2).getCell(3).getCellStyle().getQuotePrefixed()).isFalse();

      XSSFSheet impacts = workbook.getSheet("Impact checks");
      assertThat(workbook.getSheetIndex(impacts)).isEqualTo(2);
      assertThat(impacts.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("SCR Infant Y (OXF-1): impact checks as at 15 December 2026");
      frozenBoldHeader(impacts, IMPACT_HEADERS);
      assertThat(row(impacts, 2, 7)).containsExactly("3", "An audit", "1 June 2027", "Partly embedded", "2 June 2027",
          "Four of six agencies evidence learning", "QA subgroup minutes June 2027");
      assertThat(row(impacts, 3, 7)).containsExactly("4", "A case file audit", "1 December 2027",
          "Check due 1 December 2027", "", "@SUM(A1)", HYPERLINK);
      assertThat(impacts.getRow(2).getCell(5).getCellStyle().getWrapText()).isTrue();
    }
  }

  @Test
  void xlsxSectionsStoreFormulaLikeCellsAsQuotePrefixedTextNeverAsFormulas() throws Exception {
    byte[] bytes = new ReportXlsx().render(full());

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      for (String name : List.of("Agency challenges", "Impact checks")) {
        XSSFSheet sheet = workbook.getSheet(name);
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
          for (int c = 0; c < sheet.getRow(r).getLastCellNum(); c++) {
            XSSFCell cell = sheet.getRow(r).getCell(c);
            assertThat(cell.getCellType()).as("%s %s", name, cell.getReference()).isEqualTo(CellType.STRING);
            assertThat(cell.getCellStyle().getQuotePrefixed()).as("%s %s", name, cell.getReference())
                .isEqualTo(ReportColumns.formulaLike(cell.getStringCellValue()));
          }
        }
      }
      XSSFSheet challenges = workbook.getSheet("Agency challenges");
      XSSFCell hyperlink = challenges.getRow(3).getCell(3);
      assertThat(hyperlink.getStringCellValue()).isEqualTo(HYPERLINK);
      assertThat(hyperlink.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(challenges.getRow(3).getCell(1).getCellStyle().getQuotePrefixed()).as("+1").isTrue();
      assertThat(challenges.getRow(3).getCell(4).getCellStyle().getQuotePrefixed()).as("@SUM(A1)").isTrue();
      assertThat(challenges.getRow(3).getCell(6).getStringCellValue()).isEqualTo(SCRIPT);
      XSSFSheet impacts = workbook.getSheet("Impact checks");
      assertThat(impacts.getRow(3).getCell(5).getCellStyle().getQuotePrefixed()).as("@SUM(A1)").isTrue();
      assertThat(impacts.getRow(3).getCell(6).getCellStyle().getQuotePrefixed()).as("=HYPERLINK").isTrue();
    }
  }

  @Test
  void emptySectionsStillGetTheirSheetWithTheHeaderAndALineSayingThereWereNone() throws Exception {
    byte[] bytes = new ReportXlsx().render(report(List.of(), List.of()));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet challenges = workbook.getSheet("Agency challenges");
      frozenBoldHeader(challenges, CHALLENGE_HEADERS);
      assertThat(challenges.getLastRowNum()).isEqualTo(2);
      assertThat(challenges.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("No agency was challenged about its progress by 15 December 2026.");
      XSSFSheet impacts = workbook.getSheet("Impact checks");
      frozenBoldHeader(impacts, IMPACT_HEADERS);
      assertThat(impacts.getLastRowNum()).isEqualTo(2);
      assertThat(impacts.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("No impact check of a recommendation was scheduled by 15 December 2026.");
    }
  }

  @Test
  void challengesCsvHasTheByteOrderMarkTheHeaderAndOneRowEachWithFormulaLikeCellsPrefixed() throws Exception {
    List<CSVRecord> records = csv(new ReportCsv().render(ReportSections.challenges(full())));

    assertThat(records).hasSize(3);
    assertThat(records.get(0).toList()).containsExactlyElementsOf(CHALLENGE_HEADERS);
    assertThat(records.get(1).get(0)).isEqualTo("1 December 2026");
    assertThat(records.get(1).get(4)).isEqualTo(
        "Recommendation 1: Audit safeguarding practice\nRecommendation 3: Include bruising in training");
    assertThat(records.get(1).get(8)).isEqualTo("Considered by the board");
    assertThat(records.get(2).toList()).containsExactly("9 December 2026", "'+1", "Social Care", "'" + HYPERLINK,
        "'@SUM(A1)", "11 December 2026", SCRIPT, "", "Waiting for the agency's response", "", "");
    for (CSVRecord record : records.subList(1, records.size())) {
      for (String cell : record) {
        assertThat(ReportColumns.formulaLike(cell)).as(cell).isFalse();
      }
    }
  }

  @Test
  void impactChecksCsvHasTheByteOrderMarkTheHeaderAndOneRowEachWithFormulaLikeCellsPrefixed() throws Exception {
    List<CSVRecord> records = csv(new ReportCsv().render(ReportSections.impacts(full())));

    assertThat(records).hasSize(3);
    assertThat(records.get(0).toList()).containsExactlyElementsOf(IMPACT_HEADERS);
    assertThat(records.get(1).toList()).containsExactly("3", "An audit", "1 June 2027", "Partly embedded",
        "2 June 2027", "Four of six agencies evidence learning", "QA subgroup minutes June 2027");
    assertThat(records.get(2).toList()).containsExactly("4", "A case file audit", "1 December 2027",
        "Check due 1 December 2027", "", "'@SUM(A1)", "'" + HYPERLINK);
  }

  @Test
  void anEmptySectionsCsvIsTheHeaderRowAlone() throws Exception {
    ProgressReport none = report(List.of(), List.of());

    assertThat(csv(new ReportCsv().render(ReportSections.challenges(none)))).singleElement()
        .satisfies(header -> assertThat(header.toList()).containsExactlyElementsOf(CHALLENGE_HEADERS));
    assertThat(csv(new ReportCsv().render(ReportSections.impacts(none)))).singleElement()
        .satisfies(header -> assertThat(header.toList()).containsExactlyElementsOf(IMPACT_HEADERS));
  }
}
