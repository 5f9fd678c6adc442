package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.plan.RecommendationProcess.Element;
import static org.reviewactions.plan.RecommendationProcess.Value;
import static org.reviewactions.plan.RecommendationProcess.Var;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.action.TaskContext;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.RecommendationStatus;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;

/** Every path through recommendation.bpmn. */
class RecommendationProcessTest extends ProcessTestSupport {

  private TestPlan twoActions() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan()
        .action("3.3.9 ii", "The case file audit process will be reviewed", "Monthly file audit", "by March 2027",
            TestPeople.ROLE_WITH_HOLDER, agency)
        .action("3.3.9 ii", "", "Extended audit of recording", "by April 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    return plan;
  }

  /** Drives one action through its assignment e-mail, evidence and acceptance. */
  private void completeAction(Action action) {
    String pi = action.getProcessInstanceId();
    Task deliver = openTask(pi, ActionProcess.Element.DELIVER_ACTION);
    completeAs(deliver.getAssignee(), deliver, Map.of(ActionProcess.Var.SUBMISSION, ActionProcess.Value.SUBMIT_EVIDENCE,
        ActionProcess.Var.EVIDENCE_SUMMARY, "Done", ActionProcess.Var.EVIDENCE_REFERENCES, "Audit report"));
    completeAs(TestPeople.CHAIR, openTask(pi, ActionProcess.Element.VERIFY_EVIDENCE),
        Map.of(ActionProcess.Var.EVIDENCE_DECISION, ActionProcess.Value.ACCEPT));
  }

  @Test
  void runsEachActionAndOnceAllCloseAsksTheSubGroupToConfirmImplemented() {
    TestPlan plan = twoActions();
    Recommendation rec = recommendationsOf(plan).get(0);
    ProcessInstance pi = processOf(rec);
    // Listing the actions keeps no activity history (bookkeeping): the business key it set and the two actions it
    // began are its witnesses.
    assertThat(pi.getBusinessKey()).isEqualTo(plan.reviewRef() + "/3.3.9 ii");
    assertThat(pi).isWaitingAt(Element.RUN_ACTIONS);
    List<Action> actionList = actionsOf(rec);
    assertThat(actionList).hasSize(2);
    assertThat(processOf(actionList.get(0)).getBusinessKey()).isEqualTo(plan.reviewRef() + "/3.3.9 ii/1");

    completeAction(actionList.get(0));
    assertThat(processOf(actionList.get(0))).isNull();
    assertThat(pi).isWaitingAt(Element.RUN_ACTIONS);
    completeAction(actionList.get(1));

    assertThat(pi).isWaitingAt(Element.CONFIRM_IMPLEMENTED);
    Task confirm = openTask(pi.getId(), Element.CONFIRM_IMPLEMENTED);
    assertThat(confirm).hasCandidateGroup("subgroup-chairs");
    // rat.deadlines.confirm-recommendation-implemented: twenty working days from now, follow-up half-way.
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
    assertThat(confirm.getDueDate()).isNotNull();
    assertThat(confirm.getFollowUpDate()).isNotNull().isBefore(confirm.getDueDate());
    assertThat(confirm.getDueDate().toInstant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())
        .isAfter(today.plusDays(25)).isBefore(today.plusDays(35));
    assertThat((String) taskService.getVariableLocal(confirm.getId(), TaskContext.ACTIONS_SUMMARY))
        .contains("Monthly file audit").contains("Complete");
    assertThat(recommendations.get(rec.getId()).getStatus()).isEqualTo(RecommendationStatus.AWAITING_CONFIRMATION);

    completeAs(TestPeople.CHAIR, confirm, Map.of(Var.DECISION, Value.IMPLEMENTED, Var.CONFIRMATION_NOTE, "Audit shows it"));
    // Implemented is not the end: the process waits for the impact check (six months by default).
    assertThat(pi).hasPassed(Element.RECORD_IMPLEMENTED).isWaitingAt(Element.IMPACT_CHECK_DUE);
    Recommendation done = recommendations.get(rec.getId());
    assertThat(done.getStatus()).isEqualTo(RecommendationStatus.IMPLEMENTED);
    assertThat(done.getConfirmedBy()).isEqualTo(TestPeople.CHAIR);
    assertThat(done.getConfirmationNote()).isEqualTo("Audit shows it");
  }

  @Test
  void furtherActionRunsAsAnotherActionThenComesBackForConfirmation() {
    TestPlan plan = twoActions();
    Recommendation rec = recommendationsOf(plan).get(0);
    ProcessInstance pi = processOf(rec);
    actionsOf(rec).forEach(this::completeAction);

    Task confirm = openTask(pi.getId(), Element.CONFIRM_IMPLEMENTED);
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, confirm, Map.of(Var.DECISION, Value.FURTHER_ACTION)))
        .hasMessageContaining("Describe the further action");
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, confirm, Map.of(Var.CONFIRMATION_NOTE, "no choice made")))
        .hasMessageContaining("Choose whether");
    completeAs(TestPeople.CHAIR, confirm, Map.of(Var.DECISION, Value.FURTHER_ACTION,
        Var.FURTHER_DESCRIPTION, "Re-audit recording in six months", Var.FURTHER_AGENCY, agency,
        Var.FURTHER_RESPONSIBLE, TestPeople.ROLE_WITH_HOLDER, Var.FURTHER_TIMESCALE, "within 6 months"));

    assertThat(pi).hasPassed(Element.ADD_FURTHER_ACTION).isWaitingAt(Element.RUN_FURTHER_ACTION);
    List<Action> all = actionsOf(rec);
    assertThat(all).hasSize(3);
    Action further = all.get(2);
    assertThat(further.getDescription()).isEqualTo("Re-audit recording in six months");
    assertThat(further.getPosition()).isEqualTo(3);
    assertThat(further.getDueDate()).isNotNull();
    assertThat(openTask(further.getProcessInstanceId(), ActionProcess.Element.DELIVER_ACTION)).isAssignedTo(TestPeople.OWNER);

    completeAction(further);
    assertThat(pi).isWaitingAt(Element.CONFIRM_IMPLEMENTED);
    assertThat(actions.get(further.getId()).getStatus()).isEqualTo(ActionStatus.COMPLETE);
    Task again = openTask(pi.getId(), Element.CONFIRM_IMPLEMENTED);
    assertThat(taskService.getVariable(again.getId(), Var.FURTHER_DESCRIPTION)).isNull();
    completeAs(TestPeople.CHAIR, again, Map.of(Var.DECISION, Value.IMPLEMENTED));
    assertThat(pi).isWaitingAt(Element.IMPACT_CHECK_DUE);
    assertThat(recommendations.get(rec.getId()).getStatus()).isEqualTo(RecommendationStatus.IMPLEMENTED);
  }

  @Test
  void startFormFindsTheRecommendationByReferenceAndRefusesUnknownOrRunningOnes() {
    TestPlan plan = twoActions();
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(RecommendationProcess.KEY,
        Map.of(Var.REVIEW_REF, plan.reviewRef(), Var.RECOMMENDATION_NUMBER, "99")))
        .hasMessageContaining("no recommendation numbered '99'");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(RecommendationProcess.KEY,
        Map.of(Var.REVIEW_REF, plan.reviewRef(), Var.RECOMMENDATION_NUMBER, "3.3.9 ii")))
        .hasMessageContaining("already running");
  }
}
