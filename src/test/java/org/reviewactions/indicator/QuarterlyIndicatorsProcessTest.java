package org.reviewactions.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.indicator.QuarterlyIndicatorsProcess.Element;
import org.reviewactions.indicator.QuarterlyIndicatorsProcess.Step;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.support.TestPeople;

/** Every path of processes/quarterly-indicators.bpmn: submitted in time, late (reminded), escalated to the board. */
class QuarterlyIndicatorsProcessTest extends IndicatorTestSupport {

  private Long referrals;
  private Long audits;

  private void indicatorsForBothAgencies() {
    referrals = define("Referrals to children's social care", Unit.COUNT, "10", agencyA, agencyB);
    audits = define("Case audits completed on time", Unit.PERCENTAGE, "90", agencyA);
  }

  @Test
  void eachAgencyIsAskedOnceForTheQuarterItsLeadsSubmitInTimeAndTheRunEnds() {
    indicatorsForBothAgencies();
    String pid = start("2031-Q2");

    Task taskA = taskOf(pid, agencyA);
    Task taskB = taskOf(pid, agencyB);
    assertThat(taskA.getName()).isEqualTo("Submit quarterly indicators");
    assertThat(taskService.getIdentityLinksForTask(taskA.getId())).extracting(l -> l.getGroupId())
        .containsExactly(AgencyGroups.leadsGroup(agencyA));
    // Fifteen working days from Monday 30 November 2026 at 09:00 (rat.deadlines.submit-indicators).
    assertThat(taskA.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-21T09:00:00Z"));
    assertThat(taskService.getVariable(taskA.getId(), QuarterlyIndicatorsProcess.Var.CTX_QUARTER)).isEqualTo("2031-Q2");
    assertThat((String) taskService.getVariable(taskA.getId(), QuarterlyIndicatorsProcess.Var.CTX_LINK))
        .isEqualTo("http://tracker.test/indicators/submit/" + taskA.getId());
    sendNotifications();
    assertThat(mails(taskA, Step.WAITING))
        .containsExactly(LEAD_A + "@example.org Quarterly indicators to submit: " + agencyA + ", 2031-Q2");

    String again = start("2031-Q2");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(again).count())
        .as("a second start for the quarter asks nobody again").isZero();
    assertThat(taskService.createTaskQuery().taskDefinitionKey(Element.SUBMIT).taskCandidateGroup(AgencyGroups.leadsGroup(agencyA))
        .count()).isEqualTo(1);

    submitAs(LEAD_A, taskA, Map.of(field(referrals), "7", field(audits), "87.5%"));
    assertThat(taskService.createTaskQuery().taskId(taskA.getId()).count()).isZero();
    assertThat(jdbc.queryForList("select figure from indicator_figure where agency_group = ? and quarter = '2031-Q2' order by indicator_id",
        java.math.BigDecimal.class, AgencyGroups.agencyGroup(agencyA)))
        .usingElementComparator(java.math.BigDecimal::compareTo)
        .containsExactly(new java.math.BigDecimal("7"), new java.math.BigDecimal("87.5"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pid).count()).isEqualTo(1);

    submitAs(LEAD_B, taskB, Map.of(field(referrals), "12"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pid).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pid)
        .activityId(Element.END_SUBMITTED).count()).isEqualTo(2);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pid)
        .activityId(Element.END_ALL).count()).isEqualTo(1);
  }

  @Test
  void theTaskCannotBeCompletedInTasklistWithoutTheFiguresNorWithVariablesOfItsOwn() {
    indicatorsForBothAgencies();
    String pid = start("2031-Q3");
    Task task = taskOf(pid, agencyA);

    assertThatThrownBy(() -> completeAs(LEAD_A, task, Map.of()))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Enter the figures on http://tracker.test/indicators/submit/");
    assertThatThrownBy(() -> completeAs(LEAD_A, task, Map.of(field(referrals), "7")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("is not a field of");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from indicator_figure where quarter = '2031-Q3'", Integer.class)).isZero();
  }

  @Test
  void anAgencyWithNoLeadIsAskedThroughThePlanManagers() {
    identityService.deleteMembership(LEAD_B, AgencyGroups.leadsGroup(agencyB));
    indicatorsForBothAgencies();
    String pid = start("2031-Q4");

    assertThat(taskService.getIdentityLinksForTask(taskOf(pid, agencyB).getId())).extracting(l -> l.getGroupId())
        .containsExactlyInAnyOrder(AgencyGroups.leadsGroup(agencyB), "plan-managers");
    submitAs(TestPeople.PLANNER, taskOf(pid, agencyB), Map.of(field(referrals), "0"));
    assertThat(taskOf(pid, agencyB)).isNull();
  }

  @Test
  void lateIndicatorsRemindTheLeadsAndTheChairsOnceAndTheTaskStaysOpen() {
    indicatorsForBothAgencies();
    String pid = start("2032-Q1");
    Task task = taskOf(pid, agencyA);

    assertThat(runUntil(pid, Instant.parse("2026-12-21T08:59:00Z"))).isZero();
    assertThat(runUntil(pid, Instant.parse("2026-12-21T09:00:01Z"))).isEqualTo(2); // one late timer per agency
    sendNotifications();
    java.util.List<String> told = new java.util.ArrayList<>(java.util.List.of(LEAD_A));
    roles.members("subgroup-chairs").forEach(chair -> told.add(chair.userId()));
    assertThat(told).contains(TestPeople.CHAIR, TestPeople.SECOND_CHAIR);
    assertThat(mails(task, Step.LATE)).containsExactlyInAnyOrderElementsOf(told.stream()
        .map(userId -> userId + "@example.org Quarterly indicators overdue: " + agencyA + ", 2032-Q1").toList());
    assertThat(taskOf(pid, agencyA)).as("the task stays open").isNotNull();
    assertThat(jdbc.queryForObject("select late_at is not null from indicator_submission where id = ?", Boolean.class,
        submissionOf(task))).isTrue();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pid)
        .activityId(Element.EMAIL_LATE).finished().count()).isEqualTo(2);

    submitAs(LEAD_A, task, Map.of(field(referrals), "3", field(audits), "100"));
    assertThat(taskOf(pid, agencyA)).isNull();
  }

  @Test
  void indicatorsStillNotSubmittedAPeriodLaterGoToTheBoardWhoMaySubmitThem() {
    indicatorsForBothAgencies();
    String pid = start("2032-Q2");
    Task task = taskOf(pid, agencyA);
    runUntil(pid, Instant.parse("2026-12-21T09:00:01Z"));

    // Thirty working days from 30 November 2026: Christmas, Boxing Day (on 28 December) and New Year's Day do not count.
    assertThat(runUntil(pid, Instant.parse("2027-01-14T08:59:00Z"))).isZero();
    assertThat(runUntil(pid, Instant.parse("2027-01-14T09:00:01Z"))).isEqualTo(2);
    sendNotifications();
    assertThat(mails(task, Step.BOARD))
        .contains(TestPeople.BOARD + "@example.org Quarterly indicators taken to the board: " + agencyA + ", 2032-Q2");
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId())
        .containsExactlyInAnyOrder(AgencyGroups.leadsGroup(agencyA), "board");
    assertThat(jdbc.queryForObject("select escalated_at is not null from indicator_submission where id = ?", Boolean.class,
        submissionOf(task))).isTrue();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pid)
        .activityId(Element.TAKE_TO_BOARD).finished().count()).isEqualTo(2);

    submitAs(TestPeople.BOARD, task, Map.of(field(referrals), "4", field(audits), "95"));
    assertThat(taskOf(pid, agencyA)).isNull();
  }

  @Test
  void theTimerAsksOnTheQuartersFirstWorkingDayOnlyForTheQuarterJustEnded() {
    define("Multi-agency audits held", Unit.YES_NO, "yes", agencyA);
    long quiet = historicEnds(Element.END_NOT_FIRST_DAY);
    fireTimerAt(Instant.parse("2027-01-01T07:00:00Z"));
    assertThat(historicEnds(Element.END_NOT_FIRST_DAY)).isEqualTo(quiet + 1);

    fireTimerAt(Instant.parse("2027-01-04T07:00:00Z"));
    Task task = taskService.createTaskQuery().processDefinitionKey(QuarterlyIndicatorsProcess.KEY)
        .taskVariableValueEquals(QuarterlyIndicatorsProcess.Var.CTX_AGENCY, agencyA).singleResult();
    assertThat(taskService.getVariable(task.getId(), QuarterlyIndicatorsProcess.Var.CTX_QUARTER)).isEqualTo("2026-Q4");
  }

  private long historicEnds(String endEventId) {
    return historyService.createHistoricActivityInstanceQuery().activityId(endEventId).finished().count();
  }

  private void fireTimerAt(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
    Job timer = managementService.createJobQuery().processDefinitionKey(QuarterlyIndicatorsProcess.KEY)
        .activityId(Element.TIMER_START).timers().singleResult();
    managementService.executeJob(timer.getId());
  }
}
