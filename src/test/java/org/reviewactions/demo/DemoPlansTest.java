package org.reviewactions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class DemoPlansTest {

  private static final String PLAN = """
      Serious Case Review Baby A – Action Plan February 2006,,,,
      Rec No,Recommendation,Action,Timescale,Progress as at 1.7.06
      3.3.5,Temporary staff will be replaced by permanent staff by February 2006.,Review in March 2006,"March – Sept 2006
      May 2006",Report due 2006
      3.3.9 iii,The policy will be reviewed in the light of the Adoption and Children Act 2002.,Update by 31/12/2006,by 31/12/2006,Done
      """;

  private static List<CSVRecord> rows(String csv) throws IOException {
    return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
  }

  @Test
  void movingTheDemoMovesTheTimescalesAndTheProgressDateOnly() throws IOException {
    List<CSVRecord> moved = rows(DemoPlans.moveDates(PLAN, 20));

    assertThat(moved.get(1).get(4)).isEqualTo("Progress as at 1.7.26");
    assertThat(moved.get(2).get(3)).isEqualTo("March – Sept 2026\nMay 2026");
    assertThat(moved.get(3).get(3)).isEqualTo("by 31/12/2026");
    // What the board wrote stays as written, dates and all.
    assertThat(moved.get(0).get(0)).isEqualTo("Serious Case Review Baby A – Action Plan February 2006");
    assertThat(moved.get(2).get(1)).isEqualTo("Temporary staff will be replaced by permanent staff by February 2006.");
    assertThat(moved.get(2).get(2)).isEqualTo("Review in March 2006");
    assertThat(moved.get(2).get(4)).isEqualTo("Report due 2006");
    assertThat(moved.get(3).get(1)).endsWith("Adoption and Children Act 2002.");
    assertThat(moved.get(3).get(2)).isEqualTo("Update by 31/12/2006");
    assertThat(moved.get(2).get(0)).isEqualTo("3.3.5");
  }

  @Test
  void aDateFieldMovesMonthYearsFullDatesAndTheAsAtDateButNotParagraphNumbers() {
    assertThat(DemoPlans.shiftYears("March – Sept 2006", 20)).isEqualTo("March – Sept 2026");
    assertThat(DemoPlans.shiftYears("April 2006-March 2007 monitored quarterly", 20))
        .isEqualTo("April 2026-March 2027 monitored quarterly");
    assertThat(DemoPlans.shiftYears("by 31/12/2013", 13)).isEqualTo("by 31/12/2026");
    assertThat(DemoPlans.shiftYears("Progress as at 1.7.06", 20)).isEqualTo("Progress as at 1.7.26");
    assertThat(DemoPlans.shiftYears("See 3.3.14", 20)).isEqualTo("See 3.3.14");
  }

  @Test
  void aPlanWithoutDateColumnsKeepsItsActionTextsDates() throws IOException {
    String plan = "Rec No,Recommendation,Action,Status\n1,Audit practice,Audit all teams by October 2011.,Completed\n";

    assertThat(rows(DemoPlans.moveDates(plan, 15)).get(1).get(2)).isEqualTo("Audit all teams by October 2011.");
  }

  @Test
  void theDemoPlansLoseNothingButTheirDatesWhenMoved() throws IOException {
    for (String file : List.of("kingston-baby-a.csv", "oxfordshire-infant-y.csv", "buckinghamshire-baby-e.csv")) {
      String plan = new String(new ClassPathResource("demo/plans/" + file).getContentAsByteArray(), StandardCharsets.UTF_8)
          .replace("\uFEFF", "");
      List<CSVRecord> before = rows(plan);
      List<CSVRecord> after = rows(DemoPlans.moveDates(plan, 20));

      assertThat(after).as(file).hasSameSizeAs(before);
      for (int i = 0; i < before.size(); i++) {
        List<String> was = before.get(i).toList();
        List<String> now = after.get(i).toList();
        assertThat(now).as(file + " row " + (i + 1)).hasSameSizeAs(was);
        for (int col = 0; col < was.size(); col++) {
          if (!was.get(col).equals(now.get(col))) {
            assertThat(now.get(col)).as(file + " row " + (i + 1)).isEqualTo(DemoPlans.shiftYears(was.get(col), 20));
            assertThat(before.get(headerRow(before)).get(col)).as(file + " row " + (i + 1) + " is in a date column")
                .matches("(?i)timescale|progress as at.*");
          }
        }
      }
    }
  }

  private static int headerRow(List<CSVRecord> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).toList().contains("Recommendation")) {
        return i;
      }
    }
    throw new AssertionError("no header row");
  }
}
