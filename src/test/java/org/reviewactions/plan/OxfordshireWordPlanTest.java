package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewactions.plan.WordDocs.c;
import static org.reviewactions.plan.WordDocs.row;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.reviewactions.timescale.ParsedTimescale;
import org.reviewactions.timescale.TimescaleParser;

/**
 * Seed 003 written as the board's Word document (an overview table naming the agencies' IMR actions, then a
 * table per agency) reads as its spreadsheet transcription does, field by field: the overview's
 * recommendations with the IMR actions they name and the rows restating them, the second series
 * ("Reminder 1"), and each agency's other IMR actions as a recommendation "&lt;agency&gt; IMR".
 */
class OxfordshireWordPlanTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2011, 6, 1);

  private final DraftPlan transcription =
      new PlanInterpreter().interpret(PlanTestFiles.readResource("/plans/oxfordshire-infant-y.csv"));

  /** A recommendation as the import keeps it, without the row it came from. */
  private static String recommendation(DraftRecommendation r) {
    return String.join(" | ", r.number(), r.text(), r.intendedOutcome(), String.valueOf(r.section()));
  }

  /** An action as the import keeps it: text, agency, responsible, timescale and its dates, progress, status. */
  private static String action(DraftAction a, Function<DraftAction, String> responsible) {
    ParsedTimescale dates = new TimescaleParser().parse(a.timescale(), PUBLISHED);
    return String.join(" | ", a.description(), a.agency(), responsible.apply(a), a.timescale(),
        String.valueOf(dates.startDate()), String.valueOf(dates.dueDate()), a.progress(), a.status());
  }

  private static List<String> actions(DraftPlan plan, Function<DraftAction, String> responsible) {
    return plan.recommendations().stream()
        .flatMap(r -> r.actions().stream().map(a -> r.number() + " | " + action(a, responsible)))
        .toList();
  }

  @Test
  void theTranscriptionHoldsTenRecommendationsAndFortyThreeActions() {
    assertThat(transcription.errors()).isEmpty();
    assertThat(transcription.recommendations()).hasSize(10);
    assertThat(transcription.actions()).hasSize(43);
  }

  @Test
  void withLeadOfficersTheWordDocumentReadsAsItsTranscriptionFieldByField() {
    PlanSheet sheet = new PlanSheetReader().read("infant-y.docx", OxfordshireWordPlan.withOfficers());
    DraftPlan word = new PlanInterpreter().interpret(sheet);

    assertThat(sheet.errors()).isEmpty();
    assertThat(word.errors()).isEmpty();
    assertThat(word.recommendations()).extracting(OxfordshireWordPlanTest::recommendation)
        .containsExactlyElementsOf(transcription.recommendations().stream().map(OxfordshireWordPlanTest::recommendation)
            .toList());
    assertThat(actions(word, DraftAction::responsible))
        .containsExactlyElementsOf(actions(transcription, DraftAction::responsible));
  }

  @Test
  void asPublishedItReadsTheSameWithEachActionGivenToItsAgencysLead() {
    PlanSheet sheet = new PlanSheetReader().read("infant-y.docx", OxfordshireWordPlan.asPublished());
    DraftPlan word = new PlanInterpreter().interpret(sheet, ResponsibleChoice.AGENCY_LEAD);

    assertThat(word.errors()).isEmpty();
    assertThat(word.recommendations()).extracting(OxfordshireWordPlanTest::recommendation)
        .containsExactlyElementsOf(transcription.recommendations().stream().map(OxfordshireWordPlanTest::recommendation)
            .toList());
    // The seed names no one: the transcription's officers are its own; here each agency's lead stands for them.
    assertThat(actions(word, DraftAction::responsible))
        .containsExactlyElementsOf(actions(transcription, a -> a.agency() + " lead"));
  }

  @Test
  void asPublishedWithoutTheChoiceItIsRefusedForWantOfResponsibleOfficers() {
    DraftPlan word = new PlanInterpreter().interpret(
        new PlanSheetReader().read("infant-y.docx", OxfordshireWordPlan.asPublished()));

    assertThat(word.errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).startsWith("The plan has no Responsible column"));
  }

  @Test
  void theNotesSayHowTheAgenciesTablesWereGrouped() {
    PlanSheet sheet = new PlanSheetReader().read("infant-y.docx", OxfordshireWordPlan.withOfficers());

    assertThat(sheet.notes())
        .anySatisfy(n -> assertThat(n).contains("with the agencies' IMR actions"))
        .anySatisfy(n -> assertThat(n).contains("\"Reminder of practice\" starts a second series").contains("\"Reminder 1\""))
        .anySatisfy(n -> assertThat(n).contains("restates recommendation 1 ").contains("for Oxford Health"))
        .anySatisfy(n -> assertThat(n).contains("restates recommendation 2 ").contains("for Children's Social Care"))
        .anySatisfy(n -> assertThat(n).contains("restates recommendation Reminder 1 "))
        .anySatisfy(n -> assertThat(n).contains("the 4 actions of PCT that no overview recommendation names are read as "
            + "recommendation \"PCT IMR\""))
        .anySatisfy(n -> assertThat(n).contains("\"Individual Management Review Actions plans\" above the header row of "
            + "PCT's table is read as its title"))
        .noneSatisfy(n -> assertThat(n).contains("was not read"));
  }

  private static byte[] overviewAndOneAgency(String reference, WordDocs.Cell[]... imrRows) {
    WordDocs.Cell[][] imr = new WordDocs.Cell[imrRows.length + 1][];
    imr[0] = WordDocs.header("Police", "Action No", "Recommendation", "Lead officer");
    System.arraycopy(imrRows, 0, imr, 1, imrRows.length);
    return WordDocs.doc()
        .table(WordDocs.header("Rec No.", "Recommendation", "IMR Agency", "IMR Action No.", "Lead officer"),
            row(c("1"), c("Police will check every party."), c("Police"), c(reference), c("Chief Inspector")))
        .table(imr)
        .bytes();
  }

  @Test
  void anActionTheOverviewNamesThatTheAgencysTableLacksIsNotedAndTheRowStandsForTheRecommendation() {
    PlanSheet sheet = new PlanSheetReader().read("plan.docx", overviewAndOneAgency("Actions: 2, 7",
        row(c("Police"), c("1"), c("Brief officers."), c("Inspector")),
        row(c("Police"), c("2"), c("Audit checks."), c("Inspector"))));
    DraftPlan plan = new PlanInterpreter().interpret(sheet);

    assertThat(plan.errors()).isEmpty();
    assertThat(sheet.notes()).anySatisfy(n -> assertThat(n).contains("recommendation 1 names Police action 7, which the "
        + "agency's tables do not have"));
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("1", "Police IMR");
    assertThat(plan.recommendations().get(0).actions()).extracting(DraftAction::description).containsExactly("Audit checks.");
    assertThat(plan.recommendations().get(1).actions()).extracting(DraftAction::description).containsExactly("Brief officers.");

    DraftPlan none = new PlanInterpreter().interpret(new PlanSheetReader().read("plan.docx",
        overviewAndOneAgency("Action 9", row(c("Police"), c("1"), c("Brief officers."), c("Inspector")))));
    assertThat(none.recommendations().get(0).actions()).singleElement().satisfies(a -> {
      assertThat(a.description()).isEqualTo("Police will check every party.");
      assertThat(a.responsible()).isEqualTo("Chief Inspector");
    });
  }

  @Test
  void actionNumbersAreReadAsBoardsWriteThemAndAnythingElseIsTheActionItself() {
    assertThat(WordImrPlan.actionNumbers("Actions: 4,9,10")).contains(List.of("4", "9", "10"));
    assertThat(WordImrPlan.actionNumbers("Action 2")).contains(List.of("2"));
    assertThat(WordImrPlan.actionNumbers("Actions: 1, 3")).contains(List.of("1", "3"));
    assertThat(WordImrPlan.actionNumbers("1.1 and 1.2")).contains(List.of("1.1", "1.2"));
    assertThat(WordImrPlan.actionNumbers("Actions 2-4")).contains(List.of("2", "3", "4"));
    assertThat(WordImrPlan.actionNumbers("1-999")).isEmpty();
    assertThat(WordImrPlan.actionNumbers("")).isEmpty();
    assertThat(WordImrPlan.actionNumbers(OxfordshireWordPlan.MONITORING)).isEmpty();
    assertThat(WordImrPlan.actionNumbers("Action 2 is complete")).isEmpty();
  }

  @Test
  void overviewCellsLeftEmptyInsteadOfMergedContinueTheRecommendationAndACoverTableIsNoted() {
    PlanSheet sheet = new PlanSheetReader().read("plan.docx", WordDocs.doc()
        .table(row(c("Review"), c("Child Z")))
        .table(WordDocs.header("Rec No.", "Recommendation", "IMR Agency", "IMR Action No.", "Lead officer"),
            row(c("1"), c("Agencies will share information."), c("Police"), c("Action 1"), c("")),
            row(c(""), c(""), c("Health"), c("Actions: 2"), c("")))
        .table(WordDocs.header("Police", "Action No", "Recommendation", "Lead officer"),
            row(c("Police"), c("1"), c("Brief officers."), c("Inspector")))
        .table(WordDocs.header("Health", "Action No", "Recommendation", "Lead officer"),
            row(c("Health"), c("1"), c("Train visitors."), c("Named nurse")),
            row(c("Health"), c("2"), c("Share records."), c("Named nurse")))
        .bytes());
    DraftPlan plan = new PlanInterpreter().interpret(sheet);

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("1", "Health IMR");
    assertThat(plan.recommendations().get(0).actions()).extracting(DraftAction::description, DraftAction::agency)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Brief officers.", "Police"),
            org.assertj.core.groups.Tuple.tuple("Share records.", "Health"));
    assertThat(sheet.notes()).anySatisfy(n -> assertThat(n).contains("Table 1 was not read as part of the plan"));
  }

  @Test
  void anActionTwoRecommendationsNameStaysWithTheFirstAndTheSecondSaysSo() {
    PlanSheet sheet = new PlanSheetReader().read("plan.docx", WordDocs.doc()
        .table(WordDocs.header("Rec No.", "Recommendation", "IMR Agency", "IMR Action No.", "Lead officer"),
            row(c("1"), c("Agencies will share information."), c("Police"), c("Actions 1, 2"), c("")),
            row(c("2"), c("Agencies will escalate concerns."), c("Police"), c("Action 2"), c("Chief Inspector")))
        .table(WordDocs.header("Police", "Action No", "Recommendation", "Lead officer"),
            row(c("Police"), c("1"), c("Brief officers."), c("Inspector")),
            row(c("Police"), c("2"), c("Audit checks."), c("Inspector")))
        .bytes());
    DraftPlan plan = new PlanInterpreter().interpret(sheet);

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations().get(0).actions()).extracting(DraftAction::description)
        .containsExactly("Brief officers.", "Audit checks.");
    assertThat(plan.recommendations().get(1).actions()).extracting(DraftAction::description, DraftAction::responsible)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Agencies will escalate concerns.", "Chief Inspector"));
    assertThat(sheet.notes()).anySatisfy(n -> assertThat(n).contains("recommendation 2 names Police action 2, which an "
        + "earlier recommendation already names; it stays there"));
  }
}
