package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.plan.RecommendationProcess.Element;
import static org.reviewactions.plan.RecommendationProcess.Value;
import static org.reviewactions.plan.RecommendationProcess.Var;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.Rag;
import org.reviewactions.review.Recommendation;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;

/**
 * "Assess impact" left undone: at its deadline (rat.deadlines.confirm-recommendation-implemented) the monitoring
 * sub-group's chairs are told and the task goes Red; a second period later the board group may assess it and is told.
 * The timers are fired by executing their jobs under the pinned clock.
 */
class ImpactOverdueProcessTest extends ProcessTestSupport {

  /** The recommendation's single action accepted, the recommendation confirmed, and its impact check fallen due. */
  private ProcessInstance assessing() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("3", "Monitor how Board agencies will evidence the impact of lessons learned",
        "Audit of supervision records", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    Recommendation rec = recommendationsOf(plan).get(0);
    Action action = actionsOf(rec).get(0);
    Task deliver = openTask(action.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION);
    completeAs(deliver.getAssignee(), deliver, Map.of(ActionProcess.Var.SUBMISSION, ActionProcess.Value.SUBMIT_EVIDENCE,
        ActionProcess.Var.EVIDENCE_SUMMARY, "Done", ActionProcess.Var.EVIDENCE_REFERENCES, "Audit report"));
    completeAs(TestPeople.CHAIR, openTask(action.getProcessInstanceId(), ActionProcess.Element.VERIFY_EVIDENCE),
        Map.of(ActionProcess.Var.EVIDENCE_DECISION, ActionProcess.Value.ACCEPT));
    ProcessInstance pi = processOf(rec);
    completeAs(TestPeople.CHAIR, openTask(pi.getId(), Element.CONFIRM_IMPLEMENTED), Map.of(Var.DECISION,
        Value.IMPLEMENTED, Var.IMPACT_CHECK_DATE, "15/03/2027", Var.IMPACT_CHECK_METHOD, "audit"));
    runUntil(pi.getId(), timer(pi.getId(), Element.IMPACT_CHECK_DUE).getDuedate().toInstant().plusSeconds(1));
    assertThat(pi).isWaitingAt(Element.ASSESS_IMPACT);
    return pi;
  }

  @Test
  void anUnassessedImpactCheckIsChasedWithTheChairsThenTakenToTheBoardWhichCanAssessIt() {
    ProcessInstance pi = assessing();
    Task assess = openTask(pi.getId(), Element.ASSESS_IMPACT);
    Instant deadline = timer(pi.getId(), Element.ASSESS_IMPACT_OVERDUE).getDuedate().toInstant();
    assertThat(deadline).isEqualTo(assess.getDueDate().toInstant());
    Instant second = timer(pi.getId(), Element.ASSESS_IMPACT_OVERDUE_TWICE).getDuedate().toInstant();
    assertThat(second).isAfter(deadline.plus(Duration.ofDays(25)));

    runUntil(pi.getId(), deadline.minusSeconds(60));
    assertThat(pi).hasNotPassed(Element.ASSESS_IMPACT_OVERDUE);
    runUntil(pi.getId(), deadline.plusSeconds(1));
    assertThat(pi).hasPassed(Element.ASSESS_IMPACT_OVERDUE, Element.EMAIL_IMPACT_OVERDUE, Element.END_IMPACT_OVERDUE_TOLD)
        .hasNotPassed(Element.ASSESS_IMPACT_OVERDUE_TWICE, Element.EMAIL_CONFIRMATION_OVERDUE)
        .isWaitingAt(Element.ASSESS_IMPACT);
    assertThat(openTask(pi.getId(), Element.ASSESS_IMPACT).getPriority()).isEqualTo(Rag.RED.taskPriority());
    assertThat(taskNoticesSent(assess, "task-overdue")).contains(TestPeople.CHAIR, TestPeople.SECOND_CHAIR).doesNotContain(TestPeople.BOARD);
    assertThat(candidateGroupsOf(assess)).containsExactly("subgroup-chairs");

    runUntil(pi.getId(), second.plusSeconds(1));
    assertThat(pi).hasPassed(Element.ASSESS_IMPACT_OVERDUE_TWICE, Element.TAKE_IMPACT_TO_BOARD, Element.END_IMPACT_WITH_BOARD)
        .hasNotPassed(Element.TAKE_CONFIRMATION_TO_BOARD).isWaitingAt(Element.ASSESS_IMPACT);
    assertThat(candidateGroupsOf(assess)).containsExactlyInAnyOrder("subgroup-chairs", "board");
    assertThat(taskNoticesSent(assess, "task-with-board")).containsExactly(TestPeople.BOARD);

    completeAs(TestPeople.BOARD, openTask(pi.getId(), Element.ASSESS_IMPACT),
        Map.of(Var.IMPACT_FINDINGS, "The board audited 20 supervision records", Var.IMPACT_JUDGEMENT, Value.EMBEDDED));
    assertThat(pi).hasPassed(Element.RECORD_IMPACT).isEnded();
  }

  @Test
  void anImpactCheckAssessedInTimeLeavesNoTimerBehind() {
    ProcessInstance pi = assessing();
    completeAs(TestPeople.CHAIR, openTask(pi.getId(), Element.ASSESS_IMPACT),
        Map.of(Var.IMPACT_FINDINGS, "18 of 20 records show reflective supervision", Var.IMPACT_JUDGEMENT, Value.EMBEDDED));
    assertThat(pi).isEnded().hasNotPassed(Element.ASSESS_IMPACT_OVERDUE, Element.ASSESS_IMPACT_OVERDUE_TWICE);
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }
}
