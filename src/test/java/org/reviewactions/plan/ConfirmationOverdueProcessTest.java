package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.plan.RecommendationProcess.Element;
import static org.reviewactions.plan.RecommendationProcess.Value;
import static org.reviewactions.plan.RecommendationProcess.Var;

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
 * "Confirm recommendation implemented" left undone: at its deadline (rat.deadlines) the monitoring sub-group is told
 * and the task goes Red; a second period later the board group may confirm it and is told.
 */
class ConfirmationOverdueProcessTest extends ProcessTestSupport {

  /** The recommendation's single action, evidenced and accepted: the recommendation waits for confirmation. */
  private ProcessInstance awaitingConfirmation() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("3.3.9 ii", "The case file audit process will be reviewed", "Monthly file audit",
        "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    Recommendation rec = recommendationsOf(plan).get(0);
    Action action = actionsOf(rec).get(0);
    Task deliver = openTask(action.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION);
    completeAs(deliver.getAssignee(), deliver, Map.of(ActionProcess.Var.SUBMISSION, ActionProcess.Value.SUBMIT_EVIDENCE,
        ActionProcess.Var.EVIDENCE_SUMMARY, "Done", ActionProcess.Var.EVIDENCE_REFERENCES, "Audit report"));
    completeAs(TestPeople.CHAIR, openTask(action.getProcessInstanceId(), ActionProcess.Element.VERIFY_EVIDENCE),
        Map.of(ActionProcess.Var.EVIDENCE_DECISION, ActionProcess.Value.ACCEPT));
    ProcessInstance pi = processOf(rec);
    assertThat(pi).isWaitingAt(Element.CONFIRM_IMPLEMENTED);
    return pi;
  }

  @Test
  void anUnconfirmedRecommendationIsChasedWithTheChairsThenTakenToTheBoardWhichCanConfirmIt() {
    ProcessInstance pi = awaitingConfirmation();
    Task confirm = openTask(pi.getId(), Element.CONFIRM_IMPLEMENTED);
    Instant deadline = timer(pi.getId(), Element.CONFIRM_IMPLEMENTED_OVERDUE).getDuedate().toInstant();
    assertThat(deadline).isEqualTo(confirm.getDueDate().toInstant());
    Instant second = timer(pi.getId(), Element.CONFIRM_IMPLEMENTED_OVERDUE_TWICE).getDuedate().toInstant();
    assertThat(second).isAfter(deadline.plus(java.time.Duration.ofDays(25)));

    runUntil(pi.getId(), deadline.plusSeconds(1));
    assertThat(pi).hasPassed(Element.CONFIRM_IMPLEMENTED_OVERDUE, Element.EMAIL_CONFIRMATION_OVERDUE)
        .hasNotPassed(Element.CONFIRM_IMPLEMENTED_OVERDUE_TWICE).isWaitingAt(Element.CONFIRM_IMPLEMENTED);
    assertThat(openTask(pi.getId(), Element.CONFIRM_IMPLEMENTED).getPriority()).isEqualTo(Rag.RED.taskPriority());
    assertThat(taskNoticesSent(confirm, "task-overdue")).contains(TestPeople.CHAIR, TestPeople.SECOND_CHAIR).doesNotContain(TestPeople.BOARD);
    assertThat(candidateGroupsOf(confirm)).containsExactly("subgroup-chairs");

    runUntil(pi.getId(), second.plusSeconds(1));
    assertThat(pi).hasPassed(Element.CONFIRM_IMPLEMENTED_OVERDUE_TWICE, Element.TAKE_CONFIRMATION_TO_BOARD)
        .isWaitingAt(Element.CONFIRM_IMPLEMENTED);
    assertThat(candidateGroupsOf(confirm)).containsExactlyInAnyOrder("subgroup-chairs", "board");
    assertThat(taskNoticesSent(confirm, "task-with-board")).containsExactly(TestPeople.BOARD);

    completeAs(TestPeople.BOARD, openTask(pi.getId(), Element.CONFIRM_IMPLEMENTED),
        Map.of(Var.DECISION, Value.IMPLEMENTED, Var.CONFIRMATION_NOTE, "The board saw the audit"));
    assertThat(pi).hasPassed(Element.RECORD_IMPLEMENTED).isWaitingAt(Element.IMPACT_CHECK_DUE);
  }
}
