package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reviewactions.plan.PlanTestFiles.interpretCsv;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanInterpreterTest {

  private static final String HEADER = "Rec No,Recommendation,Intended outcome,Action,Agency,Responsible,Timescale,Progress,Status\n";

  @Test
  void rowsWithEmptyRecommendationCellsAddActionsToTheRecommendationAbove() {
    DraftPlan plan = interpretCsv(HEADER
        + "1,Remind all agencies about parental mental health,,Audit the pathway,Oxford Health,Head of Safeguarding,June 2013,,Completed\n"
        + ",,,Share information with health visitors,Oxford Health,Head of Safeguarding,,,\n"
        + ",,,Circulate a bulletin,Thames Valley Police,Detective Inspector,,,Completed\n"
        + "2,Review new information jointly,,Escalation training,Oxford Health,Head of Safeguarding,,,\n");

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("1", "2");
    DraftRecommendation first = plan.recommendations().get(0);
    assertThat(first.rowNumber()).isEqualTo(2);
    assertThat(first.actions()).extracting(DraftAction::rowNumber).containsExactly(2, 3, 4);
    assertThat(first.actions()).extracting(DraftAction::agency)
        .containsExactly("Oxford Health", "Oxford Health", "Thames Valley Police");
    assertThat(first.actions()).extracting(DraftAction::status).containsExactly("Completed", "", "Completed");
  }

  @Test
  void rowsSharingANumberFormOneRecommendationEvenWhenApart() {
    DraftPlan plan = interpretCsv(HEADER
        + "3.3.15,Interim arrangements for households referred under s213A,,Revise the joint protocol,RBK,Head of Housing,March 2006,,\n"
        + "3.4.1,A joint protocol plus training,,Protocol developed,RBK Housing,Head of Housing,Sept 2006,,\n"
        + "3.3.15,,,ASKK training for Housing Officers,RBK,ASKK Team Manager,April 2006,,\n"
        + "3.3.15,Interim arrangements for  households referred under s213A,,Training programme agreed,RBK,Head of Housing,,,\n");

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("3.3.15", "3.4.1");
    assertThat(plan.recommendations().get(0).actions()).extracting(DraftAction::description)
        .containsExactly("Revise the joint protocol", "ASKK training for Housing Officers", "Training programme agreed");
  }

  @Test
  void numbersThatDifferOnlyInCaseSpacingOrAFullStopAreTheSame() {
    DraftPlan plan = interpretCsv(HEADER
        + "3.3.9 ii,Audit case files,,Monthly audit,RBK,Head,,,\n"
        + "3.3.9  II.,,,Extended audit,RBK,Head,,,\n");

    assertThat(plan.recommendations()).singleElement().satisfies(r -> {
      assertThat(r.number()).isEqualTo("3.3.9 ii");
      assertThat(r.actions()).hasSize(2);
    });
  }

  @Test
  void numbersUnnumberedRecommendationsByPositionSkippingNumbersInUse() {
    DraftPlan plan = interpretCsv(HEADER
        + ",Develop a framework for assessment,,,BSCB,Business Manager,,,\n"
        + ",Audit joint investigations,,,BSCB,Business Manager,,,\n"
        + "2,Agree a joint investigation protocol,,,BSCB,Business Manager,,,\n"
        + ",Work with both birth parents,,,BSCB,Business Manager,,,\n"
        + "TVP 1,Raise the DASH risk level on non-engagement,,,Thames Valley Police,Detective Inspector,,,\n"
        + ",Bring GPs into the centre of safeguarding,,,BSCB,Business Manager,,,\n");

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number)
        .containsExactly("1", "3", "2", "4", "TVP 1", "6");
  }

  @Test
  void aRecommendationRepeatedWithoutANumberOnEachActionRowIsOneRecommendation() {
    DraftPlan plan = interpretCsv(HEADER
        + ",Review the joint investigation protocol,,Revise it,C&F,Head of Children's Social Care,,,\n"
        + ",Review the joint investigation protocol,,Train on it,C&F,Head of Children's Social Care,,,\n");

    assertThat(plan.recommendations()).singleElement().satisfies(r -> {
      assertThat(r.number()).isEqualTo("1");
      assertThat(r.actions()).extracting(DraftAction::description).containsExactly("Revise it", "Train on it");
    });
  }

  @Test
  void aRowWithoutAnActionStandsForTheRecommendationItself() {
    DraftPlan plan = interpretCsv(HEADER
        + "GP 3,Put case conference minutes in both parents' notes,,,GP practices,Named GP,Ongoing,,\n"
        + ",,,,Buckinghamshire Healthcare NHS Trust,Named Nurse,,,\n");

    DraftRecommendation rec = plan.recommendations().get(0);
    assertThat(rec.actions()).extracting(DraftAction::description).containsOnly(rec.text());
    assertThat(rec.actions()).extracting(DraftAction::agency)
        .containsExactly("GP practices", "Buckinghamshire Healthcare NHS Trust");
  }

  @Test
  void keepsOutcomesFromContinuationRowsWithTheRecommendation() {
    DraftPlan plan = interpretCsv(HEADER
        + "1,Remind agencies,Improved protection of children,Bulletin,TVP,DI,,,\n"
        + ",,Compliance with TVP procedure,Second bulletin,TVP,DI,,,\n"
        + ",,Improved  protection of children,Audit,TVP,DI,,,\n");

    assertThat(plan.recommendations()).singleElement().satisfies(r -> {
      assertThat(r.intendedOutcome()).isEqualTo("Improved protection of children\nCompliance with TVP procedure");
      assertThat(r.actions()).hasSize(3);
    });
  }

  @Test
  void reportsAContinuationRowBeforeAnyRecommendation() {
    DraftPlan plan = interpretCsv(HEADER
        + ",,,Circulate a bulletin,TVP,DI,,,\n"
        + "1,Remind agencies,,Audit,TVP,DI,,,\n");

    assertThat(plan.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(2);
      assertThat(e.column()).isEqualTo("Recommendation");
      assertThat(e.message()).contains("no recommendation above");
    });
    assertThat(plan.recommendations()).singleElement().satisfies(r -> assertThat(r.actions()).hasSize(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"As above", "As above.", "as above", "Ditto", "Same as above", "\"\"\"\""})
  void resolvesAsAboveToThePreviousRowsResponsibleAndAgency(String ditto) {
    DraftPlan plan = interpretCsv(HEADER
        + "1,Audit files,,Monthly audit,RBK Children's Services,Directorate Head of Children's Services,,,\n"
        + "2,Review DV policy,,Update policy," + ditto + "," + ditto + ",,,\n"
        + ",,,Share policy," + ditto + "," + ditto + ",,,\n");

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.actions()).extracting(DraftAction::responsible).containsOnly("Directorate Head of Children's Services");
    assertThat(plan.actions()).extracting(DraftAction::agency).containsOnly("RBK Children's Services");
  }

  @Test
  void resolvesAsAboveLineByLineInAMultiLineCell() {
    DraftPlan plan = interpretCsv(HEADER
        + "3.3.13,Develop an electronic system,,Training,RBK,\"Directorate Head\nAs above\nAs above\",\"April – Sept 2006\nMay 2006\nAs above\",,\n"
        + "3.3.14,Check new entrants,,Records shared,RBK,\"As above\nHead of Housing\",March 2006,,\n");

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.actions()).extracting(DraftAction::responsible)
        .containsExactly("Directorate Head", "Directorate Head\nHead of Housing");
    // Only Responsible and Agency resolve "As above"; the timescale is kept as the board wrote it.
    assertThat(plan.actions().get(0).timescale()).isEqualTo("April – Sept 2006\nMay 2006\nAs above");
  }

  @Test
  void reportsAsAboveWithNothingAbove() {
    DraftPlan plan = interpretCsv(HEADER + "1,Audit files,,Monthly audit,RBK,As above,,,\n");

    assertThat(plan.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(2);
      assertThat(e.column()).isEqualTo("Responsible");
      assertThat(e.message()).contains("nothing above");
    });
  }

  @Test
  void reportsAnActionThatNoOneIsResponsibleFor() {
    DraftPlan plan = new PlanInterpreter().interpret(PlanTestFiles.readResource("/plans/bad-no-responsible.csv"));

    assertThat(plan.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(3);
      assertThat(e.column()).isEqualTo("Responsible");
      assertThat(e.message()).contains("Row 3").contains("no one is responsible");
    });
  }

  @Test
  void namesTheResponsibleHeaderAsWritten() {
    DraftPlan plan = interpretCsv("Recommendation,Lead Officer\nShare the summary,\n");

    assertThat(plan.errors()).singleElement().satisfies(e -> {
      assertThat(e.column()).isEqualTo("Lead Officer");
      assertThat(e.message()).contains("Fill in the Lead Officer column");
    });
  }

  @Test
  void reportsAPlanWithoutAResponsibleColumnOnce() {
    DraftPlan plan = interpretCsv("Recommendation,Action\nShare the summary,Circulate it\nTrain staff,Plan the training\n");

    assertThat(plan.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isNull();
      assertThat(e.message()).contains("no Responsible column");
    });
    assertThat(plan.recommendations()).hasSize(2);
  }

  @Test
  void agencyMayBeEmpty() {
    DraftPlan plan = interpretCsv("Recommendation,Responsible\nShare the summary,Business Manager\n");

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.actions()).singleElement().satisfies(a -> assertThat(a.agency()).isEmpty());
  }

  @Test
  void reportsTheSameNumberWithDifferentText() {
    DraftPlan plan = new PlanInterpreter().interpret(PlanTestFiles.readResource("/plans/bad-conflicting-number.csv"));

    assertThat(plan.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(5);
      assertThat(e.column()).isEqualTo("Rec No");
      assertThat(e.message()).isEqualTo("Recommendation 2 on row 5 has different text from recommendation 2 on row 3. "
          + "Give it its own number, or make the texts the same.");
    });
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly("1", "2", "3");
    assertThat(plan.recommendations().get(1).actions()).hasSize(1);
  }

  @Test
  void reportsANumberedRecommendationWithoutText() {
    DraftPlan plan = interpretCsv("Rec No,Recommendation,Responsible\n7,,Business Manager\n");

    assertThat(plan.errors()).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(2);
      assertThat(e.message()).contains("Recommendation 7").contains("no recommendation text");
    });
  }

  @Test
  void reportsAPlanWithNoRows() {
    DraftPlan plan = interpretCsv("Recommendation,Responsible\n,\n");

    assertThat(plan.recommendations()).isEmpty();
    assertThat(plan.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("no recommendations"));
  }

  @Test
  void passesOnTheReadersErrors() {
    DraftPlan plan = new PlanInterpreter().interpret(PlanTestFiles.readResource("/plans/bad-missing-recommendation-column.csv"));

    assertThat(plan.recommendations()).isEmpty();
    assertThat(plan.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("No Recommendation column"));
  }

  @Test
  void keepsHostileTextVerbatim() {
    String script = "<script>alert(1)</script>";
    String template = "${7*7} #{7*7} {{7*7}} [[${T(java.lang.Runtime)}]]";
    String formula = "=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")";
    DraftPlan plan = interpretCsv(HEADER
        + "<b>1</b>,\"" + script + "\",,\"" + template + "\",'; DROP TABLE review; --,\"" + formula + "\",%s%n,,\n");

    assertThat(plan.errors()).isEmpty();
    DraftRecommendation rec = plan.recommendations().get(0);
    assertThat(rec.number()).isEqualTo("<b>1</b>");
    assertThat(rec.text()).isEqualTo(script);
    DraftAction action = rec.actions().get(0);
    assertThat(action.description()).isEqualTo(template);
    assertThat(action.agency()).isEqualTo("'; DROP TABLE review; --");
    assertThat(action.responsible()).isEqualTo("=HYPERLINK(\"http://example.invalid\",\"x\")");
    assertThat(action.timescale()).isEqualTo("%s%n");
  }

  @Test
  void stripsListBulletsButKeepsTheLines() {
    DraftPlan plan = interpretCsv(HEADER
        + "1,\"• Disseminate the summary\n  - to all staff\n* and boards\",\"• Fathers informed\n• Allegations followed up\","
        + "\"• Executive Summary written\n•Action Plan written\n-5 days notice\n*Note kept\",LSCB,Members,,"
        + "\"  • Report approved\n\n– Training Plan established\",\n");

    DraftRecommendation rec = plan.recommendations().get(0);
    assertThat(rec.text()).isEqualTo("Disseminate the summary\nto all staff\nand boards");
    assertThat(rec.intendedOutcome()).isEqualTo("Fathers informed\nAllegations followed up");
    DraftAction action = rec.actions().get(0);
    assertThat(action.description()).isEqualTo("Executive Summary written\nAction Plan written\n-5 days notice\n*Note kept");
    assertThat(action.progress()).isEqualTo("Report approved\n\nTraining Plan established");
  }

  @Test
  void theResultIsImmutable() {
    DraftPlan plan = interpretCsv(HEADER + "1,r,,a,b,c,,,\n");

    assertThat(plan.recommendations()).isUnmodifiable();
    assertThat(plan.recommendations().get(0).actions()).isUnmodifiable();
    assertThat(plan.errors()).isInstanceOf(List.class).isUnmodifiable();
  }
}
