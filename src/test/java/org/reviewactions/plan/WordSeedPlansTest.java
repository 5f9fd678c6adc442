package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewactions.plan.WordSeedPlans.HEAD;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reviewactions.timescale.ParsedTimescale;
import org.reviewactions.timescale.TimescaleParser;

/**
 * Seed 004 written as the board's Word document reads as its spreadsheet transcription does: the same
 * recommendations, actions, agencies, responsible officers, dates and progress, except where the
 * transcriber read the published text with judgement no rule can repeat, or where the Word rules decide
 * otherwise on purpose; each such place is listed here with what the Word import reads instead.
 */
class WordSeedPlansTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2006, 2, 1);
  /** The transcription names the agencies as the tracker keeps them; the Word document as its headings do. */
  private static final Map<String, String> AGENCY_AS_TRANSCRIBED = Map.of(
      "LSCB", "Kingston LSCB", "Children's Services RBK", "RBK Children's Services", "Housing RBK", "RBK Housing",
      "Police", "Kingston Police", "Kingston Hospital", "Kingston Hospital", "Kingston PCT", "Kingston PCT");
  /** Recommendations whose actions differ on purpose or by the transcriber's judgement: see the tests below. */
  private static final Set<String> ACTIONS_DIFFER = Set.of("3.3.15", "3.3.17");
  private static final Set<String> PROGRESS_DIFFERS =
      Set.of("LSCB 4", "3.3.15", "3.3.17", "3.6.1", "3.6.2", "3.6.3", "3.7.1", "3.7.2", "3.7.3", "3.7.4");

  private final PlanSheet wordSheet = new PlanSheetReader().read("kingston-baby-a.docx", WordSeedPlans.kingstonBabyA());
  private final DraftPlan word = new PlanInterpreter().interpret(wordSheet);
  private final DraftPlan spreadsheet = new PlanInterpreter().interpret(PlanTestFiles.readResource("/plans/kingston-baby-a.csv"));

  private static Map<String, DraftRecommendation> byNumber(DraftPlan plan) {
    return plan.recommendations().stream().collect(Collectors.toMap(DraftRecommendation::number, Function.identity()));
  }

  /** An action as the import keeps it: text, timescale and the dates read from it, responsible, agency. */
  private static String action(DraftAction a, Function<String, String> agency) {
    ParsedTimescale dates = new TimescaleParser().parse(a.timescale(), PUBLISHED);
    return String.join(" | ", a.description(), a.timescale(), String.valueOf(dates.startDate()),
        String.valueOf(dates.dueDate()), String.valueOf(dates.needsConfirmation()), a.responsible(), agency.apply(a.agency()));
  }

  private static List<String> actions(DraftRecommendation rec, Function<String, String> agency) {
    return rec.actions().stream().map(a -> action(a, agency)).toList();
  }

  @Test
  void theWordDocumentReadsWithoutErrorsWithItsProgressDatedAsAt1July2006() {
    assertThat(wordSheet.errors()).isEmpty();
    assertThat(word.errors()).isEmpty();
    assertThat(wordSheet.progressAsAt()).contains("1.7.06");
  }

  @Test
  void theSameRecommendationsWithTheSameTextsAsTheSpreadsheet() {
    // One numbered paragraph per recommendation, as the transcription reads the cells that hold several.
    assertThat(word.recommendations()).extracting(DraftRecommendation::number, DraftRecommendation::text)
        .containsExactlyElementsOf(spreadsheet.recommendations().stream()
            .map(r -> org.assertj.core.groups.Tuple.tuple(r.number(), r.text())).toList());
  }

  @Test
  void theSameActionsDatesResponsibleOfficersAndAgenciesAsTheSpreadsheet() {
    Map<String, DraftRecommendation> fromWord = byNumber(word);
    byNumber(spreadsheet).forEach((number, rec) -> {
      if (!ACTIONS_DIFFER.contains(number)) {
        assertThat(actions(fromWord.get(number), AGENCY_AS_TRANSCRIBED::get)).as(number)
            .containsExactlyElementsOf(actions(rec, Function.identity()));
      }
    });
    assertThat(word.actions()).extracting(DraftAction::agency).allMatch(AGENCY_AS_TRANSCRIBED::containsKey);
  }

  @Test
  void theSameProgressAsTheSpreadsheet() {
    Map<String, DraftRecommendation> fromWord = byNumber(word);
    byNumber(spreadsheet).forEach((number, rec) -> {
      if (!PROGRESS_DIFFERS.contains(number)) {
        assertThat(fromWord.get(number).actions()).extracting(DraftAction::progress).as(number)
            .containsExactlyElementsOf(rec.actions().stream().map(DraftAction::progress).toList());
      }
    });
  }

  @Test
  void aSeeReferenceIsNotASecondActionAndAsAboveTakesTheActionAbove() {
    // The row holds 3.3.15 and 3.3.17 and five actions. The transcriber gave 3.3.15 the first and 3.3.17 the
    // rest, by meaning, made "See 3.3.9 (v)" two actions and kept "As above" as an action's text. Word reads
    // five actions for two paragraphs as the first paragraph's, folds the references, resolves "As above",
    // and 3.3.17 refers to 3.3.15.
    DraftRecommendation interim = byNumber(word).get("3.3.15");

    assertThat(interim.actions()).extracting(DraftAction::description).containsExactly(
        "Interim arrangements in place. Joint protocol to be revised between Children's Services and Housing with "
            + "appropriate training\nSee 3.3.9 (v)\nSee 3.3.9 (v)",
        "ASKK Development Team Manager will provide training specifically for Housing Officers",
        "ASKK Development Team Manager will provide training specifically for Housing Officers");
    assertThat(interim.actions()).extracting(DraftAction::timescale)
        .containsExactly("March- Sept 2006", "April 2006", "March – Sept 2006");
    assertThat(interim.actions()).extracting(DraftAction::responsible).containsExactly(HEAD, HEAD, HEAD + "\nHead of Housing");
    // The progress the referring rows carried stays with the action they were folded into.
    assertThat(interim.actions().get(0).progress()).isEqualTo("All cases considered for Initial Assessment\n"
        + "LL ICS system now due to \"to live\" Oct/Nov 2006\n"
        + "ASKK Co-ordinators receive CP Training in which legal status issues being developed");
    assertThat(byNumber(word).get("3.3.17").actions()).extracting(a -> action(a, Function.identity()))
        .containsExactly(action(new DraftAction(0, "See 3.3.15", "Children's Services RBK", HEAD, "March- Sept 2006", "", ""),
            Function.identity()));
    assertThat(wordSheet.notes()).filteredOn(n -> n.contains("\"See 3.3.9 (v)\" refers to the action of recommendation 3.3.9 v"))
        .hasSize(2);
  }

  @Test
  void theHospitalRowBrokenAcrossAPageIsThreeRecommendationsEachWithItsAction() {
    // The published text shows 3.6.3 at the top of a page, with no action, timescale or officer of its own:
    // Word joins it to the row above, whose three paragraphs take its three actions in order.
    Map<String, DraftRecommendation> fromWord = byNumber(word);

    assertThat(wordSheet.notes()).anySatisfy(n -> assertThat(n).contains("continues row").contains("across a page"));
    assertThat(fromWord.get("3.6.3").actions()).extracting(DraftAction::description).containsExactly("Policies reviewed and changed");
    // Nine progress points for three actions cannot be shared out without guessing: all go with the first.
    assertThat(fromWord.get("3.6.1").actions().get(0).progress()).startsWith("Complete\nDV is included as a topic")
        .contains("DV is also included in the CP presentation on the hospitals corporate induction day")
        .endsWith("to ensure that the correct procedures are followed");
    assertThat(fromWord.get("3.6.2").actions().get(0).progress()).isEmpty();
  }

  @Test
  void progressTheTranscriberSharedOutByMeaningStaysWhereTheDocumentPutsIt() {
    Map<String, DraftRecommendation> fromWord = byNumber(word);

    // Two points for two actions go one each, in order; the transcriber paired them by meaning, the other way round.
    assertThat(fromWord.get("LSCB 4").actions()).extracting(DraftAction::progress)
        .containsExactly("Manual system established", "ICS solution will identify \"Dangerous Adults.....\"");
    // The PCT's progress ran on across pages in the published text; the document keeps it where it stands.
    assertThat(fromWord.get("3.7.1").actions().get(0).progress()).endsWith("which covered multi");
    assertThat(fromWord.get("3.7.2").actions().get(0).progress()).startsWith("discipline groups\nAll C&F staff");
    assertThat(fromWord.get("3.7.3").actions().get(0).progress()).startsWith("Audit of GP practices")
        .contains("Recent policies and training have addressed these issues");
  }

  @Test
  void theNotesSayWhichHeadingsNamedAgenciesAndWhatWasReadAsIntroduction() {
    assertThat(wordSheet.notes())
        .anySatisfy(n -> assertThat(n).contains("the heading \"Children's Services RBK\" names the agency"))
        .anySatisfy(n -> assertThat(n).contains("the heading \"Police\" names the agency"))
        .anySatisfy(n -> assertThat(n).contains("\"3.5 The Police identified two recommendations:\" introduces"))
        .anySatisfy(n -> assertThat(n).contains("1 action: read as 2 actions, the first being the recommendation itself"))
        .anySatisfy(n -> assertThat(n).contains("holds 3.3.1, 3.3.2, 3.3.3, read as 3 recommendations; 3.3.1 has the row's "
            + "actions and the others refer to it (\"See 3.3.1\")"));
  }

  private String spreadsheetAction(String number, int index) {
    return action(byNumber(spreadsheet).get(number).actions().get(index), Function.identity());
  }

  @Test
  void oxfordshireWithRecommendationsMergedDownOverTheirActionsReadsAsItsSpreadsheet() {
    PlanSheet sheet = new PlanSheetReader().read("oxfordshire-infant-y.docx", WordSeedPlans.oxfordshireInfantYMerged());
    DraftPlan fromWord = new PlanInterpreter().interpret(sheet);

    assertThat(sheet.errors()).isEmpty();
    assertThat(fromWord).isEqualTo(new PlanInterpreter().interpret(PlanTestFiles.readResource("/plans/oxfordshire-infant-y.csv")));
  }

  @Test
  void anotherPlanInSeed004sLayoutReadsAsACarefulPersonWould() {
    WordDocs.Cell[] header = WordDocs.header("RECOMMENDATION", "ACTION", "TIMESCALE", "RESPONSIBLE", "PROGRESS AS AT 30.9.08");
    byte[] document = WordDocs.doc()
        .boldP("Serious Case Review Child Q – Action Plan")
        .table(header,
            WordDocs.row(WordDocs.c("Health").span(5)),
            WordDocs.row(WordDocs.c("4.1 GPs will record the details of fathers and other men in the household."),
                WordDocs.listed("Audit template changed", "Training delivered"), WordDocs.c("June 2008", "Sept 2008"),
                WordDocs.c("Named GP").mergeStart(), WordDocs.listed("Template live", "Two sessions held")),
            WordDocs.row(WordDocs.c("4.2 Health visitors will ask about domestic abuse at every contact."),
                WordDocs.c("Routine enquiry in place"), WordDocs.c("As above"), WordDocs.merged(), WordDocs.c("Complete")),
            WordDocs.row(WordDocs.headed("Children's Social Care", "5.1 Managers will audit ten cases a month."),
                WordDocs.c("Audit programme", "Report to the board"), WordDocs.c("Monthly from July 2008", "December 2008"),
                WordDocs.c("Head of Assessment", "As above"), WordDocs.c("")))
        .table(WordDocs.row(WordDocs.c("5.2 Social workers will see children alone at every visit."), WordDocs.c("See 5.1"),
            WordDocs.c("December 2008"), WordDocs.c("Head of Assessment"), WordDocs.c("")))
        .table(header, WordDocs.row(WordDocs.c("5.3 The threshold policy will be revised."), WordDocs.c("Policy revised"),
            WordDocs.c("October 2008"), WordDocs.c("Head of Assessment"), WordDocs.c("Draft circulated")))
        .bytes();

    PlanSheet sheet = new PlanSheetReader().read("child-q.docx", document);
    DraftPlan plan = new PlanInterpreter().interpret(sheet);

    assertThat(plan.errors()).isEmpty();
    assertThat(sheet.progressAsAt()).contains("30.9.08");
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("4.1", "4.2", "5.1", "5.2", "5.3");
    assertThat(plan.actions()).extracting(a -> action(a, Function.identity())).containsExactly(
        "Audit template changed | June 2008 | null | 2008-06-30 | false | Named GP | Health",
        "Training delivered | Sept 2008 | null | 2008-09-30 | false | Named GP | Health",
        "Routine enquiry in place | Sept 2008 | null | 2008-09-30 | false | Named GP | Health",
        "Audit programme | Monthly from July 2008 | " + dates("Monthly from July 2008") + " | Head of Assessment | Children's Social Care",
        "Report to the board | December 2008 | null | 2008-12-31 | false | Head of Assessment | Children's Social Care",
        "See 5.1 | December 2008 | null | 2008-12-31 | false | Head of Assessment | Children's Social Care",
        "Policy revised | October 2008 | null | 2008-10-31 | false | Head of Assessment | Children's Social Care");
    assertThat(plan.actions()).extracting(DraftAction::progress)
        .containsExactly("Template live", "Two sessions held", "Complete", "", "", "", "Draft circulated");
    assertThat(sheet.notes()).anySatisfy(n -> assertThat(n).contains("the action refers to recommendation 5.1"));
  }

  private static String dates(String timescale) {
    ParsedTimescale dates = new TimescaleParser().parse(timescale, PUBLISHED);
    return dates.startDate() + " | " + dates.dueDate() + " | " + dates.needsConfirmation();
  }
}
