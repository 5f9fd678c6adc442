package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plans transcribed from real published reviews (Kingston LSCB, Baby A; Oxfordshire SCB, Infant Y;
 * Buckinghamshire SCB, Baby E) read and group as the boards wrote them.
 */
class SeedPlanFixturesTest {

  private static final List<String> DEMO_PLANS =
      List.of("kingston-baby-a.csv", "oxfordshire-infant-y.csv", "buckinghamshire-baby-e.csv");
  /** A paragraph that starts with a number such as "3.6.2": a recommendation of its own. */
  private static final Pattern NUMBERED_PARAGRAPH = Pattern.compile("(^|\\n)\\s*(\\d+(\\.\\d+)+)\\s");
  private static final String DIRECTORATE_HEAD = "Directorate Head of Children's Services and Safeguarding";

  private static DraftPlan plan(String resource) {
    return new PlanInterpreter().interpret(PlanTestFiles.readResource(resource));
  }

  private static Map<String, DraftRecommendation> byNumber(DraftPlan plan) {
    return plan.recommendations().stream()
        .collect(Collectors.toMap(DraftRecommendation::number, Function.identity()));
  }

  @Test
  void kingstonBabyA() {
    PlanSheet sheet = PlanTestFiles.readResource("/plans/kingston-baby-a.csv");
    DraftPlan plan = new PlanInterpreter().interpret(sheet);

    assertThat(plan.errors()).isEmpty();
    assertThat(sheet.progressAsAt()).contains("1.7.06");
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly(
        "LSCB 1", "LSCB 2", "LSCB 3", "LSCB 4",
        "3.3.1", "3.3.2", "3.3.3", "3.3.4", "3.3.5", "3.3.6", "3.3.7",
        "3.3.9 i", "3.3.9 ii", "3.3.9 iii", "3.3.9 iv", "3.3.9 v", "3.3.9 vi", "3.3.13", "3.3.14", "3.3.15", "3.3.17",
        "3.4.1", "3.4.2", "3.5.1", "3.5.2", "3.5.5", "3.6.1", "3.6.2", "3.6.3", "3.7.1", "3.7.2", "3.7.3", "3.7.4");
    assertThat(plan.actions()).hasSize(37);
    // The header is on row 3, under the plan's title and a blank row.
    assertThat(plan.recommendations().get(0).rowNumber()).isEqualTo(4);

    Map<String, DraftRecommendation> recs = byNumber(plan);
    DraftAction systemAction = recs.get("3.3.13").actions().get(0);
    assertThat(recs.get("3.3.13").actions()).hasSize(1);
    assertThat(systemAction.timescale()).isEqualTo("April – Sept 2006\nMay 2006\nAs above");
    assertThat(systemAction.responsible()).isEqualTo(DIRECTORATE_HEAD);
    assertThat(systemAction.progress()).isEqualTo("Addressed via ICS Oct/Nov 2006\nAs above\nAs above");
    assertThat(recs.get("3.3.13").text()).startsWith("As part of the Council's implementation")
        .contains("\nb) Flag individuals who are known to pose a risk to children or young people\n");

    // "As above" in the Responsible column takes the row above's responsible.
    assertThat(recs.get("3.3.4").actions().get(0).responsible()).isEqualTo(DIRECTORATE_HEAD);
    assertThat(recs.get("LSCB 4").actions()).extracting(DraftAction::responsible).containsOnly(DIRECTORATE_HEAD);
    assertThat(recs.get("3.3.9 v").actions().get(0).responsible()).isEqualTo(DIRECTORATE_HEAD + ".");

    assertThat(recs.get("3.3.15").actions()).extracting(DraftAction::timescale).containsExactly("March- Sept 2006");
    assertThat(recs.get("3.3.17").actions()).extracting(DraftAction::timescale)
        .containsExactly("May 2006", "April - Sept 2006", "April 2006", "March – Sept 2006");
    assertThat(recs.get("3.3.17").actions().get(3).responsible()).isEqualTo(DIRECTORATE_HEAD + "\nHead of Housing");
    // The board gave 3.3.1 to 3.3.3 one action between them; the later paragraphs refer to it.
    assertThat(recs.get("3.3.3").actions()).singleElement().satisfies(a -> {
      assertThat(a.description()).isEqualTo("See 3.3.1");
      assertThat(a.timescale()).isEqualTo(recs.get("3.3.1").actions().get(0).timescale());
      assertThat(a.responsible()).isEqualTo(DIRECTORATE_HEAD);
    });

    // The Police have no action for 3.5.1 in the plan: its action is the recommendation itself.
    DraftRecommendation police = recs.get("3.5.1");
    assertThat(police.actions()).extracting(DraftAction::description).containsExactly(police.text());
    assertThat(recs.get("3.5.2").actions()).extracting(DraftAction::description).containsExactly("System in place");

    assertThat(plan.actions()).extracting(DraftAction::timescale).contains(
        "Ongoing", "Sept 2006 and then ongoing", "January 2006 onwards.", "April 2006-March 2007 monitored quarterly by LSCB");
    assertThat(recs.get("LSCB 1").actions().get(0).description()).isEqualTo("Executive Summary written\nAction Plan written\n"
        + "Report taken to elected members, relevant boards and other governance bodies within agencies.\n"
        + "Report distributed and training planned so lessons are learned");
    assertThat(recs.get("LSCB 1").actions().get(0).progress()).startsWith("Executive Summary and Action Plan sent to LSCB members\n");
    assertThat(plan.actions()).extracting(DraftAction::agency).containsOnly(
        "Kingston LSCB", "RBK Children's Services", "RBK Housing", "Kingston Police", "Kingston Hospital", "Kingston PCT");
    assertThat(recs.get("3.6.3").actions()).singleElement()
        .satisfies(a -> assertThat(a.progress()).contains("flow chart available"));
  }

  @Test
  void noDemoRecommendationRunsIntoTheNextNumberedParagraph() {
    for (String file : DEMO_PLANS) {
      DraftPlan plan = plan("/demo/plans/" + file);
      List<String> numbers = plan.recommendations().stream().map(DraftRecommendation::number).toList();
      assertThat(plan.errors()).as(file).isEmpty();
      for (DraftRecommendation rec : plan.recommendations()) {
        Matcher paragraph = NUMBERED_PARAGRAPH.matcher(rec.text());
        while (paragraph.find()) {
          assertThat(paragraph.group(2)).as(file + " " + rec.number() + " runs into paragraph " + paragraph.group(2))
              .isEqualTo(rec.number());
        }
        for (String other : numbers) {
          if (!other.equals(rec.number())) {
            assertThat(rec.text()).as(file + " " + rec.number() + " runs into " + other)
                .doesNotContainPattern("(^|\\n)\\s*" + Pattern.quote(other) + "(\\s|$)");
          }
        }
      }
    }
  }

  @Test
  void kingstonRecommendationsEndWhereTheBoardsNextParagraphStarts() {
    Map<String, DraftRecommendation> recs = byNumber(plan("/demo/plans/kingston-baby-a.csv"));

    assertThat(recs.get("3.6.1").text()).startsWith("The policies relating to the history taking of women")
        .endsWith("should be discussed at the monthly meeting already held with Midwives and other agencies.");
    assertThat(recs.get("3.6.2").text()).startsWith("The education programme on DV should be reviewed")
        .endsWith("where there is a history of DV in the family.");
    assertThat(recs.get("3.6.1").actions()).extracting(DraftAction::description).containsExactly("Policies reviewed and changed");
    assertThat(recs.get("3.6.2").actions()).singleElement()
        .satisfies(a -> assertThat(a.description()).startsWith("Increased training on Domestic Violence"));
    assertThat(recs.get("3.3.15").text()).endsWith("considered by the social work team for an Initial Assessment.");
    assertThat(recs.get("3.3.17").text()).startsWith("The RBK Children's Services Review in relation to the lessons")
        .contains("\niii. ASKK (Kingston's Information Sharing System) Training will be provided for all Housing Officers\n");
    assertThat(recs.get("3.4.1").text()).endsWith("Community Care legislation etc.)");
    assertThat(recs.get("3.5.1").text()).endsWith("and thus extend the working hours");
    assertThat(recs.get("3.7.3").text()).endsWith("the reasons for this should be clearly recorded.");
    assertThat(recs.get("3.7.4").text()).startsWith("The final recommendation is in relation to the Kingston Primary Care Trust:")
        .endsWith("“Working Together to Safeguard Children”.");
  }

  @Test
  void kingstonFixtureStartsWithAByteOrderMark() {
    byte[] bytes = PlanTestFiles.bytes("/plans/kingston-baby-a.csv");

    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
  }

  @Test
  void oxfordshireInfantY() {
    DraftPlan plan = plan("/plans/oxfordshire-infant-y.csv");

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).extracting(DraftRecommendation::number).containsExactly(
        "1", "2", "3", "Reminder 1", "PCT IMR", "Thames Valley Police IMR", "Oxford Health IMR",
        "Children's Social Care IMR", "Oxford University Hospitals IMR", "Cherwell District Council IMR");
    assertThat(plan.recommendations()).extracting(r -> r.actions().size()).containsExactly(9, 2, 1, 2, 4, 2, 6, 7, 9, 1);
    assertThat(plan.actions()).hasSize(43);

    Map<String, DraftRecommendation> recs = byNumber(plan);
    assertThat(recs.get("1").actions()).extracting(DraftAction::agency).containsExactly(
        "Oxford Health", "Oxford Health", "Oxford Health", "Oxford Health", "Children's Social Care",
        "Children's Social Care", "Oxford University Hospitals", "Thames Valley Police", "Thames Valley Police");
    // Oxford Health action 10 has no status in the report.
    assertThat(recs.get("1").actions().get(2).description()).startsWith("Former OBMH recommendation.");
    assertThat(recs.get("1").actions().get(2).status()).isEmpty();
    assertThat(recs.get("1").actions().get(0).status()).isEqualTo("Completed");
    // Projected outcomes of the actions are kept, each once, with the recommendation.
    assertThat(recs.get("1").intendedOutcome().lines())
        .contains("Early identification of maternal mental health needs and support in place",
            "Improved protection of children of adults with mental health needs")
        .doesNotHaveDuplicates();
    assertThat(recs.get("3").actions()).singleElement().satisfies(a -> assertThat(a.agency()).isEqualTo("OSCB"));
    assertThat(recs.get("PCT IMR").actions().get(0).description()).endsWith("primary health care teams by October 2011.");
    assertThat(recs.get("PCT IMR").actions()).extracting(DraftAction::agency).containsExactly(
        "PCT/Oxford Health", "Oxfordshire PCT/ORH", "Oxfordshire PCT/all NHS provider trusts",
        "Oxfordshire PCT/All Provider Trusts");
  }

  @Test
  void oxfordshireXlsxGivesTheSamePlanAsTheCsv() {
    DraftPlan fromXlsx = plan("/plans/oxfordshire-infant-y.xlsx");

    assertThat(fromXlsx.errors()).isEmpty();
    assertThat(fromXlsx).isEqualTo(plan("/plans/oxfordshire-infant-y.csv"));
  }

  @Test
  void buckinghamshireBabyE() {
    DraftPlan plan = plan("/demo/plans/buckinghamshire-baby-e.csv");

    assertThat(plan.errors()).isEmpty();
    assertThat(plan.recommendations()).hasSize(52);
    assertThat(plan.actions()).hasSize(54);
    List<String> numbers = plan.recommendations().stream().map(DraftRecommendation::number).toList();
    // The overview recommendations have no numbers in the report and are numbered by position.
    assertThat(numbers.subList(0, 10)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    assertThat(numbers.subList(10, numbers.size())).allMatch(n -> n.matches(
        "(C&F|Health|GP|HV|Midwifery|Hospital|TVP|AFW) \\d+"));

    Map<String, DraftRecommendation> recs = byNumber(plan);
    assertThat(recs.get("1").intendedOutcome()).isEqualTo(
        "The child protection threshold to be identified earlier, when the risk of significant harm is suspected "
            + "(in accordance with the law) as opposed to when there is evidence of significant harm\n"
            + "Multi-agency involvement in assessments information collection, analysis and planning");
    assertThat(recs.get("TVP 6").text()).endsWith("until a follow up review is conducted by the daytime team.");
    assertThat(recs.get("TVP 6").intendedOutcome()).isEqualTo("A more robust out of hours referral process");
    assertThat(recs.get("C&F 5").actions()).extracting(DraftAction::timescale)
        .containsExactly("by September 2013", "by 31/12/2013");
    assertThat(recs.get("C&F 9").actions()).extracting(DraftAction::responsible)
        .containsOnly("Head of Children's Social Care");
    assertThat(recs.get("GP 4").actions()).singleElement().satisfies(a -> {
      assertThat(a.description()).isEqualTo(recs.get("GP 4").text());
      assertThat(a.agency()).isEqualTo("GP practices");
      assertThat(a.responsible()).isEqualTo("Named GP Safeguarding");
    });
    assertThat(plan.actions()).extracting(DraftAction::timescale).contains(
        "within 3 months of publication", "by September 2013", "June 2013", "April 2013 – March 2014 monitored quarterly",
        "Ongoing", "within six months of publication", "by 31/12/2013");
    assertThat(plan.actions()).extracting(DraftAction::agency).containsOnly(
        "Buckinghamshire SCB", "BCC Children and Family Services", "Buckinghamshire Healthcare NHS Trust",
        "NHS Buckinghamshire", "GP practices", "Thames Valley Police", "Adults and Family Wellbeing");
  }

  @Test
  void demoPlansAreTheTestedFixtures() {
    assertThat(PlanTestFiles.bytes("/demo/plans/kingston-baby-a.csv"))
        .isEqualTo(PlanTestFiles.bytes("/plans/kingston-baby-a.csv"));
    assertThat(PlanTestFiles.bytes("/demo/plans/oxfordshire-infant-y.csv"))
        .isEqualTo(PlanTestFiles.bytes("/plans/oxfordshire-infant-y.csv"));
  }
}
