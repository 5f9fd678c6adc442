package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewactions.plan.PlanWorkbooks.date;
import static org.reviewactions.plan.PlanWorkbooks.row;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.reviewactions.timescale.TimescaleParser;

/** Plans as boards lay them out: titles above the table, their own headings, sections, merged cells, Excel dates. */
class PlanLayoutsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2026, 2, 1);
  private static final String[] BOARD_HEADINGS = {"Rec No", "Recommendation", "What will be done", "Officer accountable",
      "Lead agency", "Completion by", "Measure of success"};

  private final PlanSheetReader reader = new PlanSheetReader();
  private final PlanInterpreter interpreter = new PlanInterpreter();
  private final TimescaleParser timescales = new TimescaleParser();

  private DraftPlan interpret(String name, byte[] file, ColumnMapping mapping) {
    return interpreter.interpret(reader.read(name, file, mapping));
  }

  private DraftPlan interpret(String name, byte[] file) {
    return interpret(name, file, ColumnMapping.none());
  }

  private LocalDate due(DraftAction action) {
    return timescales.parse(action.timescale(), PUBLISHED).dueDate();
  }

  private static byte[] csv(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aTitleAndDateLinesAboveTheHeaderRowAreSkipped() {
    // The "Action plan | Date: ..." line names two columns too, but fewer and less closely than the header row.
    byte[] plan = csv("Serious Case Review Child D,,,,,,\n"
        + "Action plan,Date: 12/01/2026,,,,,\n"
        + "Agreed by the Safeguarding Partnership on 1 February 2026,,,,,,\n"
        + ",,,,,,\n"
        + String.join(",", BOARD_HEADINGS) + "\n"
        + "1,Share the learning,Brief all staff,Head of Service,Police,31/03/2027,Staff can describe the learning\n"
        + ",,Audit ten cases,Head of Service,Police,by June 2027,\n"
        + "2,Review the escalation policy,Rewrite the policy,Board manager,Partnership,September 2026,Policy in use\n");

    PlanSheet sheet = reader.read("plan.csv", plan);
    DraftPlan draft = interpreter.interpret(sheet);

    assertThat(draft.errors()).isEmpty();
    assertThat(sheet.rows().get(0).rowNumber()).isEqualTo(6);
    assertThat(draft.recommendations()).hasSize(2);
    assertThat(draft.actions()).hasSize(3);
    assertThat(draft.actions()).extracting(this::due)
        .containsExactly(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30), LocalDate.of(2026, 9, 30));
  }

  @Test
  void headingsWordedAsTheBoardWordsThemAreEachRead() {
    DraftPlan draft = interpret("plan.csv", csv(String.join(",", BOARD_HEADINGS) + "\n"
        + "1,Share the learning,Brief all staff,Head of Service,Police,31/03/2027,Staff can describe the learning\n"));

    assertThat(draft.errors()).isEmpty();
    DraftRecommendation rec = draft.recommendations().get(0);
    assertThat(rec.intendedOutcome()).isEqualTo("Staff can describe the learning");
    DraftAction action = rec.actions().get(0);
    assertThat(action.description()).isEqualTo("Brief all staff");
    assertThat(action.responsible()).isEqualTo("Head of Service");
    assertThat(action.agency()).isEqualTo("Police");
    assertThat(due(action)).isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void sectionHeadingRowsLabelTheRecommendationsBelowAndAreNeverOneThemselves() {
    DraftPlan draft = interpret("plan.csv", csv("Rec No,Recommendation,Action,Responsible,Timescale\n"
        + "Section A: Children's Social Care,,,,\n"
        + "1,Audit strategy discussions,Audit 20 cases,Head of Service,March 2027\n"
        + ",,Report to the board,Head of Service,April 2027\n"
        + ",Section B: Police,,,\n"
        + "2,Brief the referral sergeants,Briefing,Detective Inspector,June 2026\n"
        + "HEALTH,,,,\n"
        + "3,Share the discharge summary,New template,Named nurse,December 2026\n"));

    assertThat(draft.errors()).isEmpty();
    assertThat(draft.recommendations()).extracting(DraftRecommendation::number).containsExactly("1", "2", "3");
    assertThat(draft.recommendations()).extracting(DraftRecommendation::section)
        .containsExactly("Section A: Children's Social Care", "Section B: Police", "HEALTH");
    assertThat(draft.actions()).hasSize(4);
    assertThat(draft.recommendations()).extracting(DraftRecommendation::text).doesNotContain("Section B: Police");
  }

  @Test
  void aSectionRowEndsTheRecommendationAboveSoNoActionSlipsIntoIt() {
    DraftPlan draft = interpret("plan.csv", csv("Rec No,Recommendation,Action,Responsible\n"
        + "1,Audit strategy discussions,Audit 20 cases,Head of Service\n"
        + "Section B: Police,,,\n"
        + ",,Brief sergeants,Detective Inspector\n"));

    assertThat(draft.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(4);
      assertThat(e.message()).contains("no recommendation above it");
    });
  }

  @Test
  void aShortRecommendationStandingAloneIsStillARecommendation() {
    DraftPlan draft = interpret("plan.csv", csv("Recommendation,Action,Responsible\n"
        + "Share the summary,,\n"
        + "Train staff,Course,Trainer\n"));

    assertThat(draft.recommendations()).extracting(DraftRecommendation::text).containsExactly("Share the summary", "Train staff");
  }

  @Test
  void aWorkbookSectionRowMergedAcrossTheTableIsASection() {
    byte[] plan = PlanWorkbooks.plan(sheet -> {
      row(sheet, 0, "Rec No", "Recommendation", "Action", "Responsible", "Timescale");
      row(sheet, 1, null, "Health partners and the integrated care board");
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 1, 4));
      row(sheet, 2, "1", "Share the discharge summary", "New template", "Named nurse", "December 2026");
    });

    DraftPlan draft = interpret("plan.xlsx", plan);

    assertThat(draft.errors()).isEmpty();
    assertThat(draft.recommendations()).singleElement().satisfies(r -> {
      assertThat(r.section()).isEqualTo("Health partners and the integrated care board");
      assertThat(r.actions()).hasSize(1);
    });
  }

  @Test
  void recommendationCellsMergedDownOverTheirActionsGiveEachActionItsRecommendation() {
    byte[] plan = PlanWorkbooks.plan(sheet -> {
      row(sheet, 0, "Serious Case Review Baby E action plan");
      row(sheet, 2, "Rec No", "Recommendation", "Action", "Lead officer", "Target date");
      row(sheet, 3, "1", "Assessments should be multi-agency", "Revise the assessment guidance", "Head of C&F");
      row(sheet, 4, null, null, "Train assessors", "Training manager");
      row(sheet, 5, null, null, "Audit twelve assessments", "Head of C&F");
      row(sheet, 6, "2", "Written agreements are reviewed", "Issue practice note", "Principal social worker");
      sheet.addMergedRegion(new CellRangeAddress(3, 5, 0, 0));
      sheet.addMergedRegion(new CellRangeAddress(3, 5, 1, 1));
      for (int r = 3; r <= 6; r++) {
        date(sheet.getRow(r), 4, LocalDate.of(2026, 6 + r, 30), "dd/mm/yyyy");
      }
    });

    DraftPlan draft = interpret("plan.xlsx", plan);

    assertThat(draft.errors()).isEmpty();
    assertThat(draft.recommendations()).hasSize(2);
    assertThat(draft.recommendations().get(0).actions()).extracting(DraftAction::description)
        .containsExactly("Revise the assessment guidance", "Train assessors", "Audit twelve assessments");
    assertThat(draft.recommendations().get(1).actions()).hasSize(1);
    assertThat(draft.actions()).extracting(DraftAction::timescale)
        .containsExactly("30/09/2026", "30/10/2026", "30/11/2026", "30/12/2026");
  }

  @Test
  void excelDateCellsAreReadAsTheDateTheyHoldWhateverTheirFormat() {
    LocalDate endOfMarch = LocalDate.of(2027, 3, 31);
    byte[] plan = PlanWorkbooks.plan(sheet -> {
      row(sheet, 0, "Recommendation", "Action", "Responsible", "Completion by");
      String[] formats = {"dd/mm/yyyy", "m/d/yy", "d mmmm yyyy", "yyyy-mm-dd", "[$-809]dd mmm yyyy", "mmm-yy", "mmmm yyyy"};
      for (int i = 0; i < formats.length; i++) {
        Row row = row(sheet, i + 1, "Recommendation " + i, "Action", "Lead");
        date(row, 3, endOfMarch, formats[i]);
      }
    });

    DraftPlan draft = interpret("plan.xlsx", plan);

    assertThat(draft.errors()).isEmpty();
    assertThat(draft.actions()).extracting(DraftAction::timescale).containsExactly(
        "31/03/2027", "31/03/2027", "31/03/2027", "31/03/2027", "31/03/2027", "March 2027", "March 2027");
    assertThat(draft.actions()).extracting(this::due).containsOnly(endOfMarch);
  }

  @Test
  void aMappingFromThePlanManagerReadsHeadingsTheTrackerDoesNotKnow() {
    byte[] plan = csv("Learning,Next step,Named contact,Date\n"
        + "Share the summary,Brief staff,Head of Service,March 2027\n"
        + "Train staff,Run a course,Trainer,June 2027\n");

    PlanSheet unmapped = reader.read("plan.csv", plan);
    assertThat(unmapped.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("No Recommendation column"));
    assertThat(unmapped.readings()).extracting(ImportResult.ColumnReading::heading)
        .containsExactly("Learning", "Next step", "Named contact", "Date");

    ColumnMapping.Parsed mapping = ColumnMapping.parse(List.of("learning:recommendation", "Named contact:responsible"));
    assertThat(mapping.errors()).isEmpty();
    DraftPlan draft = interpret("plan.csv", plan, mapping.mapping());

    assertThat(draft.errors()).isEmpty();
    assertThat(draft.recommendations()).extracting(DraftRecommendation::text).containsExactly("Share the summary", "Train staff");
    assertThat(draft.actions()).hasSize(2).extracting(DraftAction::responsible).containsExactly("Head of Service", "Trainer");
    assertThat(draft.actions()).extracting(this::due).containsExactly(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30));
  }

  @Test
  void whenNoHeadingIsRecognisedTheLikeliestRowIsOfferedForMapping() {
    byte[] plan = csv("Child W: what we will do\n"
        + "Learning,Do,Contact,Finish\n"
        + "Share the summary,Brief staff,Head of Service,31/03/2027\n");

    PlanSheet unmapped = reader.read("plan.csv", plan);
    assertThat(unmapped.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("No header row"));
    assertThat(unmapped.readings()).extracting(ImportResult.ColumnReading::heading)
        .containsExactly("Learning", "Do", "Contact", "Finish");

    DraftPlan draft = interpret("plan.csv", plan, ColumnMapping.parse(List.of("Learning:recommendation", "Do:action",
        "Contact:responsible", "Finish:timescale")).mapping());
    assertThat(draft.errors()).isEmpty();
    assertThat(draft.recommendations()).singleElement().satisfies(r -> assertThat(r.actions()).singleElement()
        .satisfies(a -> assertThat(due(a)).isEqualTo(LocalDate.of(2027, 3, 31))));
  }

  @Test
  void aMappingCanLeaveAHeadingUnreadAndOverrideTheGuess() {
    byte[] plan = csv("Recommendation,Lead,Lead officer\nShare the summary,Head of Service,Ms Smith\n");

    DraftPlan draft = interpret("plan.csv", plan,
        ColumnMapping.parse(List.of("Lead:responsible", "Lead officer:ignore")).mapping());

    assertThat(draft.errors()).isEmpty();
    assertThat(draft.actions()).singleElement().satisfies(a -> assertThat(a.responsible()).isEqualTo("Head of Service"));
  }

  @Test
  void aMappedHeadingThatIsNotInTheSheetIsRefusedByName() {
    PlanSheet sheet = reader.read("plan.csv", csv("Recommendation,Responsible\nShare,Head\n"),
        ColumnMapping.parse(List.of("Owner:responsible")).mapping());

    assertThat(sheet.errors()).singleElement().satisfies(e -> {
      assertThat(e.column()).isEqualTo("mapping");
      assertThat(e.message()).contains("\"Owner\" is not in the sheet's header row");
    });
  }

  @Test
  void theHeaderSearchLooksAtFifteenRowsOnlyHoweverManyLookLikeHeadings() {
    // A thousand rows of fifty heading-like cells, and one cell far too long for a heading: the search stays
    // within the first fifteen rows and does not split the long cell into words.
    StringBuilder junk = new StringBuilder("\"" + "Responsible officer ".repeat(1_500) + "\"\n");
    String headingLike = String.join(",", java.util.Collections.nCopies(50, "Target date"));
    junk.append((headingLike + "\n").repeat(998));
    long start = System.nanoTime();

    PlanSheet sheet = reader.read("plan.csv", csv(junk.toString()));

    assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("first 15 rows"));
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }
}
