package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A plan that names no one responsible (seed 003 as published) imports only when the plan manager chooses
 * to give each action to its agency's lead; without that choice it is refused, and the refusal names the choice.
 */
class AgencyLeadPlansTest {

  private final PlanSheet published = new PlanSheetReader().read("infant-y.docx", WordSeedPlans.oxfordshireInfantYAsPublished());
  private final DraftPlan transcription = PlanTestFiles.interpretCsv(
      new String(PlanTestFiles.bytes("/demo/plans/oxfordshire-infant-y.csv"), java.nio.charset.StandardCharsets.UTF_8));

  private static Map<String, DraftRecommendation> byNumber(DraftPlan plan) {
    return plan.recommendations().stream().collect(Collectors.toMap(DraftRecommendation::number, Function.identity()));
  }

  @Test
  void seed003AsPublishedImportsWithEachActionGivenToItsAgencysLead() {
    DraftPlan plan = new PlanInterpreter().interpret(published, ResponsibleChoice.AGENCY_LEAD);

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).hasSize(10);
    assertThat(plan.actions()).hasSize(43);
    assertThat(plan.actions()).allSatisfy(a -> assertThat(a.responsible()).isEqualTo(a.agency() + " lead"));

    // The recommendations and agencies are the transcription's (OxfordshireWordPlanTest compares every field).
    Map<String, DraftRecommendation> word = byNumber(plan);
    Map<String, DraftRecommendation> spreadsheet = byNumber(transcription);
    assertThat(word.keySet()).isEqualTo(spreadsheet.keySet());
    word.forEach((number, rec) -> assertThat(rec.actions()).extracting(DraftAction::agency).as(number)
        .containsExactlyElementsOf(spreadsheet.get(number).actions().stream().map(DraftAction::agency).toList()));
    assertThat(word.get("1").actions()).extracting(DraftAction::responsible).containsSequence("Oxford Health lead",
        "Children's Social Care lead", "Children's Social Care lead", "Oxford University Hospitals lead",
        "Thames Valley Police lead");
    assertThat(word.get("PCT IMR").actions()).first().satisfies(a -> {
      assertThat(a.agency()).isEqualTo("PCT/Oxford Health");
      assertThat(a.responsible()).isEqualTo("PCT/Oxford Health lead");
    });
  }

  @Test
  void withoutTheChoiceSeed003IsRefusedAndTheRefusalNamesTheChoice() {
    DraftPlan plan = new PlanInterpreter().interpret(published);

    assertThat(plan.errors()).singleElement().satisfies(e -> assertThat(e.message())
        .startsWith("The plan has no Responsible column")
        .contains("give each action to its agency's lead")
        .contains("responsible=agency-lead"));
  }

  @Test
  void aRowWithoutAnAgencyIsAnErrorNamingTheRowNotAGuess() {
    DraftPlan plan = new PlanInterpreter().interpret(PlanTestFiles.readCsv("Recommendation,Action,Agency\n"
        + "Share the summary,Brief staff,Police\n"
        + ",Train staff,\n"
        + ",Audit cases,Health\n"), ResponsibleChoice.AGENCY_LEAD);

    assertThat(plan.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(3);
      assertThat(e.message()).contains("Row 3 names no agency");
    });
  }

  @Test
  void aPlanThatNamesSomeoneResponsibleKeepsThemWhateverTheChoice() {
    DraftPlan plan = new PlanInterpreter().interpret(PlanTestFiles.readCsv("Recommendation,Action,Agency,Responsible\n"
        + "Share the summary,Brief staff,Police,Detective Inspector\n"), ResponsibleChoice.AGENCY_LEAD);

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.actions()).extracting(DraftAction::responsible).containsExactly("Detective Inspector");
  }

  @Test
  void dittoAgenciesAndAgenciesOnSeveralLinesEachGiveTheirLead() {
    DraftPlan plan = new PlanInterpreter().interpret(PlanTestFiles.readCsv("Recommendation,Action,Agency\n"
        + "Share the summary,Brief staff,\"Police\nHealth\"\n"
        + ",Train staff,As above\n"), ResponsibleChoice.AGENCY_LEAD);

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.actions()).extracting(DraftAction::responsible)
        .containsExactly("Police lead\nHealth lead", "Police lead\nHealth lead");
  }

  @Test
  void onlyAgencyLeadIsAChoice() {
    assertThat(ResponsibleChoice.parse(null)).contains(ResponsibleChoice.AS_WRITTEN);
    assertThat(ResponsibleChoice.parse(" agency-lead ")).contains(ResponsibleChoice.AGENCY_LEAD);
    assertThat(ResponsibleChoice.parse("board")).isEmpty();
    assertThat(ResponsibleChoice.parse("AGENCY_LEAD")).isEmpty();
    assertThat(ResponsibleChoice.unknown("<b>x</b>".repeat(40)).message()).contains("does not exist").hasSizeLessThan(300);
  }
}
