package org.reviewactions.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.challenge.AgencyChallengeProcess;
import org.reviewactions.indicator.Indicators;
import org.reviewactions.indicator.TrendCharts;
import org.reviewactions.plan.RecommendationProcess;
import org.reviewactions.review.ImpactCheck;
import org.reviewactions.review.ImpactMethod;
import org.reviewactions.shared.FormDates;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.RecommendationStatus;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** What a newcomer finds after {@code mvn spring-boot:run}: live work at every stage, for every role. */
@TestPropertySource(properties = "rat.demo.enabled=true")
class DemoDataTest extends ProcessTestSupport {

  @Autowired JdbcTemplate jdbc;
  @Autowired Indicators indicators;

  private List<Action> actionsOfReview(String ref) {
    return recommendations.forReview(ref).stream().flatMap(r -> actions.forRecommendation(r.getId()).stream()).toList();
  }

  @Test
  void demoLoadsTheThreeSeedReviewsWithWorkAtEveryStage() {
    assertThat(recommendations.forReview("SCR-BABY-A")).hasSize(33);
    assertThat(recommendations.forReview("SCR-INFANT-Y")).hasSize(10);
    assertThat(recommendations.forReview("SCR-BABY-E")).hasSize(52);
    assertThat(recommendations.forReview("SCR-BABY-A")).extracting(Recommendation::getNumber).contains("3.3.14");

    List<Action> all = new java.util.ArrayList<>(actionsOfReview("SCR-BABY-A"));
    all.addAll(actionsOfReview("SCR-INFANT-Y"));
    all.addAll(actionsOfReview("SCR-BABY-E"));
    LocalDate today = PinnedClock.TODAY;
    assertThat(all).filteredOn(a -> a.getStatus() == ActionStatus.COMPLETE).hasSizeGreaterThan(10);
    assertThat(all).filteredOn(a -> a.getStatus() != ActionStatus.COMPLETE && a.getDueDate() != null
        && a.getDueDate().isBefore(today)).as("lapsed").isNotEmpty();
    assertThat(all).filteredOn(a -> a.getDueDate() != null && !a.getDueDate().isBefore(today)
        && a.getDueDate().isBefore(today.plusDays(60))).as("due soon").isNotEmpty();
    assertThat(all).filteredOn(a -> a.getDueDate() != null && a.getDueDate().isAfter(today.plusDays(60)))
        .as("months away").isNotEmpty();

    assertThat(taskService.createTaskQuery().taskAssignee("kingston.nursing").count()).isPositive();
    assertThat(taskService.createTaskQuery().taskCandidateUser("chair").taskDefinitionKey(ActionProcess.Element.VERIFY_EVIDENCE).count())
        .isPositive();
    assertThat(taskService.createTaskQuery().taskCandidateUser("kingston.lead").taskDefinitionKey(ActionProcess.Element.NOMINATE_OWNER)
        .count()).isPositive();
    assertThat(taskService.createTaskQuery().taskCandidateUser("planner").taskDefinitionKey(ActionProcess.Element.CONFIRM_DATES)
        .count()).isPositive();
    assertThat(taskService.createTaskQuery().taskCandidateUser("chair")
        .taskDefinitionKey(RecommendationProcess.Element.CONFIRM_IMPLEMENTED).count()).isPositive();
    assertThat(recommendations.forReview("SCR-INFANT-Y")).extracting(Recommendation::getStatus)
        .contains(RecommendationStatus.IMPLEMENTED);
    assertThat(identityService.checkPassword("chair", "demo")).isTrue();
  }

  @Test
  void everyOpenTaskOfTheDemoHasADueDate() {
    List<org.camunda.bpm.engine.task.Task> open = taskService.createTaskQuery().list();
    assertThat(open).isNotEmpty();
    assertThat(open).as("open tasks without a due date").filteredOn(t -> t.getDueDate() == null)
        .extracting(t -> t.getTaskDefinitionKey() + ": " + t.getName()).isEmpty();
  }

  @Test
  void demoRecommendationsReadAsTheBoardWroteThemWithOnlyThePlansDatesMoved() {
    Map<String, Recommendation> babyA = recommendations.forReview("SCR-BABY-A").stream()
        .collect(Collectors.toMap(Recommendation::getNumber, Function.identity()));
    int year = PinnedClock.TODAY.getYear();
    for (String review : List.of("SCR-BABY-A", "SCR-INFANT-Y", "SCR-BABY-E")) {
      assertThat(recommendations.forReview(review)).as(review).allSatisfy(rec -> assertThat(rec.getText())
          .as(review + " " + rec.getNumber()).doesNotContainPattern("(^|\\n)\\s*\\d+(\\.\\d+)+\\s"));
    }

    assertThat(babyA.get("3.6.1").getText())
        .endsWith("should be discussed at the monthly meeting already held with Midwives and other agencies.");
    assertThat(babyA.get("3.6.2").getText()).startsWith("The education programme on DV should be reviewed");
    // History in the text stays history; the plan's timescale is moved to this year.
    assertThat(babyA.get("3.3.5").getText()).endsWith("will be replaced by permanent staff by February 2006.");
    assertThat(babyA.get("3.3.9 iii").getText()).endsWith("Adoption and Children Act 2002.");
    Action monitoring = actions.forRecommendation(babyA.get("3.3.4").getId()).get(0);
    assertThat(monitoring.getTimescale()).isEqualTo("December " + year);
    Action interim = actions.forRecommendation(babyA.get("3.3.14").getId()).get(0);
    assertThat(interim.getDescription()).isEqualTo("Interim manual records of \"dangerous adults\" are shared across Police, "
        + "RBK Housing, RBK Children's Services, Kingston Hospital and the PCT");
    Action ics = actions.forRecommendation(babyA.get("3.3.13").getId()).get(0);
    assertThat(actions.progress(ics.getId())).extracting(p -> p.getText())
        .containsExactly("Addressed via ICS Oct/Nov 2006\nAs above\nAs above");
    assertThat(actions.progress(ics.getId())).extracting(p -> p.getAsAt()).containsExactly(LocalDate.of(year, 7, 1));
  }

  @Test
  void agenciesLeadsSubmittedIndicatorsForTheTwoQuartersBeforeTodaysWhichTheBoardSeesAsCharts() {
    String justEnded = Indicators.previousQuarter(Indicators.quarterOf(PinnedClock.TODAY));
    List<String> quarters = List.of(Indicators.previousQuarter(justEnded), justEnded);
    assertThat(indicators.all()).extracting(Indicators.IndicatorView::name).containsExactly(DemoOversight.TRAINING,
        DemoOversight.REFERRALS, DemoOversight.AUDIT);
    List<Map<String, Object>> perAgency = jdbc.queryForList("select agency_group, count(distinct quarter) as quarters,"
        + " min(quarter) as first_quarter, max(quarter) as last_quarter from indicator_figure group by agency_group");
    assertThat(perAgency).as("agencies with figures for both quarters")
        .filteredOn(row -> ((Number) row.get("QUARTERS")).intValue() == 2
            && quarters.get(0).equals(row.get("FIRST_QUARTER")) && justEnded.equals(row.get("LAST_QUARTER")))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(jdbc.queryForList("select distinct submitted_by from indicator_figure", String.class))
        .as("submitted by the agencies' leads").containsExactlyInAnyOrder("kingston.lead", "oxford.health", "bucks.lead");
    assertThat(jdbc.queryForObject("select count(*) from indicator_submission where status <> 'SUBMITTED'", Integer.class))
        .as("requests left waiting").isZero();

    identityService.setAuthentication("boardchair", roles.groupIds("boardchair"));
    try {
      List<TrendCharts.Trend> trends = indicators.trends();
      assertThat(trends).extracting(TrendCharts.Trend::name).containsExactly(DemoOversight.TRAINING,
          DemoOversight.REFERRALS, DemoOversight.AUDIT);
      TrendCharts.Trend training = trends.get(0);
      assertThat(training.quarters()).hasSize(2);
      assertThat(training.series()).extracting(TrendCharts.Series::agency).contains("Kingston Police", "Oxford Health");
      assertThat(training.series()).as("a line per agency over both quarters")
          .allSatisfy(line -> assertThat(line.values()).hasSize(2).doesNotContainNull());
      assertThat(training.series()).as("an agency below the target of 90%")
          .anySatisfy(line -> assertThat(line.values().get(1)).isLessThan(new java.math.BigDecimal(90)));
      assertThat(training.series()).as("lines that move").allSatisfy(line -> assertThat(line.values().get(0))
          .isNotEqualByComparingTo(line.values().get(1)));
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void theChairsChallengeToAKingstonAgencyWaitsForItsLeadToRespondInTwoWeeks() {
    Map<String, Object> challenge = jdbc.queryForMap("select agency, raised_by, response_due, process_instance_id"
        + " from agency_challenge");
    assertThat(challenge.get("RAISED_BY")).isEqualTo("chair");
    assertThat(challenge.get("AGENCY")).as("the README's challenged agency").isEqualTo("Kingston Police");
    assertThat(challenge.get("RESPONSE_DUE").toString()).isEqualTo(PinnedClock.TODAY.plusWeeks(2).toString());
    org.camunda.bpm.engine.task.Task respond = taskService.createTaskQuery()
        .processInstanceId((String) challenge.get("PROCESS_INSTANCE_ID"))
        .taskDefinitionKey(AgencyChallengeProcess.Element.RESPOND).singleResult();
    assertThat(respond).as("Respond to challenge").isNotNull();
    assertThat(taskService.createTaskQuery().taskId(respond.getId()).taskCandidateUser("kingston.lead").count())
        .as("offered to kingston.lead").isOne();
    assertThat(taskService.createTaskQuery().taskId(respond.getId()).taskCandidateUser("chair").count()).isZero();
  }

  @Test
  void theConfirmedRecommendationHasAnAuditScheduledInThreeMonthsWithItsTimer() {
    Recommendation confirmed = recommendations.forReview("SCR-INFANT-Y").stream()
        .filter(r -> r.getStatus() == RecommendationStatus.IMPLEMENTED).findFirst().orElseThrow();
    List<ImpactCheck> checks = recommendations.impactChecks(confirmed.getId());
    assertThat(checks).hasSize(1);
    assertThat(checks.get(0).getStatus()).isEqualTo(ImpactCheck.Status.DUE);
    assertThat(checks.get(0).getMethod()).isEqualTo(ImpactMethod.AUDIT);
    assertThat(checks.get(0).getScheduledBy()).isEqualTo("chair");
    assertThat(FormDates.shown(checks.get(0).getDueDate())).isEqualTo(FormDates.shown(PinnedClock.TODAY.plusMonths(3)));
    assertThat(managementService.createJobQuery().processInstanceId(confirmed.getProcessInstanceId())
        .activityId(RecommendationProcess.Element.IMPACT_CHECK_DUE).count()).as("the impact check's timer").isOne();
  }
}
