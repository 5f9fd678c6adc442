package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.ZipEntry;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The reader stops at the import's limits and names the limit it stopped at. */
class PlanReaderLimitsTest {

  private final PlanSheetReader reader = new PlanSheetReader();

  private static ImportLimits limits(long maxUncompressedBytes, int maxEntries) {
    ImportLimits d = ImportLimits.defaults();
    return new ImportLimits(d.maxFileSize(), d.maxRows(), d.maxColumns(), d.maxCellLength(),
        DataSize.ofBytes(maxUncompressedBytes), maxEntries, d.minInflateRatio(), LocalDate.of(1990, 1, 1), 10,
        Duration.ofMinutes(2));
  }

  @Test
  void tenThousandRowCsvIsRefusedAtTheRowLimitKeepingNoMoreRowsThanTheLimit() {
    PlanSheet sheet = reader.read("big.csv", LargePlans.csv(10_000));

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message())
        .contains("more than 1,000 rows").contains("rat.import.max-rows").contains("stopped at row 1,001"));
    assertThat(sheet.rows().size()).isLessThan(1_000);
  }

  @Test
  void tenThousandRowXlsxIsRefusedAtTheRowLimit() {
    PlanSheet sheet = reader.read("big.xlsx", LargePlans.xlsx(10_000));

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message())
        .contains("more than 1,000 rows").contains("rat.import.max-rows"));
  }

  @Test
  void aPlanAtTheRowLimitIsReadWhole() {
    assertThat(reader.read("full.xlsx", LargePlans.xlsx(999)).errors()).isEmpty();
    assertThat(reader.read("full.csv", LargePlans.csv(999)).rows()).hasSize(999);
  }

  @Test
  void blankRowsDoNotCountTowardsTheRowLimit() {
    StringBuilder csv = new StringBuilder(String.join(",", LargePlans.HEADER)).append('\n');
    csv.append("\n".repeat(5_000)).append("1,Rec,Act,by March 2027,Head of Service,Police\n");
    PlanSheet sheet = reader.read("spaced.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(sheet.errors()).isEmpty();
    assertThat(sheet.rows()).singleElement().satisfies(r -> assertThat(r.rowNumber()).isEqualTo(5_002));
  }

  @Test
  void aCellBeyondTheColumnLimitIsRefusedNamingTheCellAndLimit() {
    String csv = String.join(",", LargePlans.HEADER) + "\n1,Rec,Act,by 2027,Head,Police" + ",".repeat(45) + "x\n";
    assertThat(reader.read("wide.csv", csv.getBytes(StandardCharsets.UTF_8)).errors()).singleElement()
        .satisfies(e -> {
          assertThat(e.row()).isEqualTo(2);
          assertThat(e.message()).contains("AY2").contains("column 51").contains("rat.import.max-columns")
              .contains("column 50 (AX)");
        });
    byte[] xlsx = LargePlans.xlsx(1, (sheet, i) -> sheet.createRow(i).createCell(60).setCellValue("stray"));
    assertThat(reader.read("wide.xlsx", xlsx).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("BI2").contains("rat.import.max-columns"));
  }

  @Test
  void emptyCellsBeyondTheColumnLimitAreOnlyLayout() {
    String csv = String.join(",", LargePlans.HEADER) + ",,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n"
        + "1,Rec,Act,by 2027,Head,Police\n";
    assertThat(reader.read("padded.csv", csv.getBytes(StandardCharsets.UTF_8)).errors()).isEmpty();
  }

  @Test
  void anOverlongCellIsRefusedNamingTheCellItsLengthAndTheLimit() {
    String csv = String.join(",", LargePlans.HEADER) + "\n1,Rec," + "x".repeat(40_000) + ",by 2027,Head,Police\n";
    assertThat(reader.read("long.csv", csv.getBytes(StandardCharsets.UTF_8)).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("C2").contains("40,000").contains("32,767")
            .contains("rat.import.max-cell-length"));
    // Excel itself stops at 32,767 characters, so only a hand-made workbook holds more.
    byte[] xlsx = LargePlans.rewritePart(LargePlans.xlsx(1), "xl/worksheets/sheet1.xml",
        xml -> xml.replace("Audit the referrals made in quarter 1", "y".repeat(40_000)));
    assertThat(reader.read("long.xlsx", xlsx).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("C2").contains("40,000").contains("rat.import.max-cell-length"));
  }

  @Test
  void anOvercompressedWorkbookIsRefusedAsAPossibleZipBomb() {
    byte[] bomb = LargePlans.withExtraParts(LargePlans.xlsx(3), zip -> {
      zip.putNextEntry(new ZipEntry("xl/media/padding.bin"));
      zip.write(new byte[20 * 1024 * 1024]);
      zip.closeEntry();
    });
    assertThat(bomb.length).isLessThan(100 * 1024);

    assertThat(reader.read("bomb.xlsx", bomb).errors()).singleElement().satisfies(e -> assertThat(e.message())
        .contains("xl/media/padding.bin").contains("zip bomb").contains("rat.import.min-inflate-ratio 0.01"));
  }

  @Test
  void aWorkbookExpandingPastTheLimitIsRefusedNamingTheLimit() {
    Random random = new Random(7);
    byte[] noisy = LargePlans.withExtraParts(LargePlans.xlsx(3), zip -> {
      byte[] noise = new byte[300 * 1024];
      random.nextBytes(noise);
      zip.putNextEntry(new ZipEntry("xl/media/photo.bin"));
      zip.write(noise);
      zip.closeEntry();
    });
    PlanSheet sheet = new PlanSheetReader(limits(256 * 1024, 1000)).read("noisy.xlsx", noisy);

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message())
        .contains("more than 256 KB").contains("rat.import.max-uncompressed-size"));
  }

  @Test
  void aWorkbookWithTooManyPartsIsRefusedNamingTheLimit() {
    byte[] crowded = LargePlans.withExtraParts(LargePlans.xlsx(3), zip -> {
      for (int i = 0; i < 1_001; i++) {
        zip.putNextEntry(new ZipEntry("xl/extra/part" + i + ".xml"));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    });

    assertThat(reader.read("crowded.xlsx", crowded).errors()).singleElement().satisfies(e -> assertThat(e.message())
        .contains("more than 1,000 parts").contains("rat.import.max-zip-entries"));
  }

  @Test
  void aFormulaWithoutASavedValueIsAnErrorNamingTheCellNeverZero() {
    byte[] saved = formulaPlan();
    byte[] unsaved = LargePlans.rewritePart(saved, "xl/worksheets/sheet1.xml",
        xml -> xml.replaceAll("(<f>[^<]*</f>)<v>[^<]*</v>", "$1"));
    assertThat(unsaved).isNotEqualTo(saved);

    PlanSheet sheet = reader.read("formula.xlsx", unsaved);

    assertThat(sheet.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(3);
      assertThat(e.column()).isEqualTo("Timescale");
      assertThat(e.message()).contains("D3").contains("formula with no saved value").contains("save it");
    });
  }

  @Test
  void aFormulaWithASavedValueReadsAsTheValueExcelShowed() {
    PlanSheet sheet = reader.read("formula.xlsx", formulaPlan());

    assertThat(sheet.errors()).isEmpty();
    assertThat(sheet.rows()).element(1).satisfies(r -> assertThat(r.get(PlanColumn.TIMESCALE)).isEqualTo("by March 2027"));
  }

  /** Row 3's timescale is a formula whose saved value is "by March 2027". */
  private static byte[] formulaPlan() {
    XSSFWorkbook workbook = new XSSFWorkbook();
    Sheet sheet = workbook.createSheet("Plan");
    Row header = sheet.createRow(0);
    for (int c = 0; c < LargePlans.HEADER.length; c++) {
      header.createCell(c).setCellValue(LargePlans.HEADER[c]);
    }
    for (int r = 1; r <= 2; r++) {
      Row row = sheet.createRow(r);
      String[] cells = {"R" + r, "Recommendation " + r, "Action " + r, "by March 2027", "Head of Service", "Police"};
      for (int c = 0; c < cells.length; c++) {
        row.createCell(c).setCellValue(cells[c]);
      }
    }
    sheet.getRow(2).getCell(3).setCellFormula("D2");
    workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
    return LargePlans.write(workbook);
  }
}
