package org.reviewactions.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.plan.RecommendationProcess.Element;
import static org.reviewactions.plan.RecommendationProcess.Value;
import static org.reviewactions.plan.RecommendationProcess.Var;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.TaskContext;
import org.reviewactions.review.ImpactCheck;
import org.reviewactions.review.ImpactJudgement;
import org.reviewactions.review.ImpactMethod;
import org.reviewactions.review.Recommendation;
import org.reviewactions.review.RecommendationStatus;
import org.reviewactions.support.PinnedClock;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;

/**
 * The impact check after a recommendation is confirmed implemented (recommendation.bpmn from "Record recommendation
 * implemented" on): every judgement's path, the timers fired by executing their jobs under the pinned clock
 * (Monday 30 November 2026).
 */
class ImpactCheckProcessTest extends ProcessTestSupport {

  private Recommendation rec;

  /** One recommendation whose single action is evidenced and accepted: it waits for confirmation. */
  private ProcessInstance awaitingConfirmation() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().action("3", "Monitor how Board agencies will evidence the impact of lessons learned",
        "Audit of supervision records", "by March 2027", TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    rec = recommendationsOf(plan).get(0);
    completeAction(actionsOf(rec).get(0));
    ProcessInstance pi = processOf(rec);
    assertThat(pi).isWaitingAt(Element.CONFIRM_IMPLEMENTED);
    return pi;
  }

  private void completeAction(Action action) {
    String pi = action.getProcessInstanceId();
    Task deliver = openTask(pi, ActionProcess.Element.DELIVER_ACTION);
    completeAs(deliver.getAssignee(), deliver, Map.of(ActionProcess.Var.SUBMISSION, ActionProcess.Value.SUBMIT_EVIDENCE,
        ActionProcess.Var.EVIDENCE_SUMMARY, "Done", ActionProcess.Var.EVIDENCE_REFERENCES, "Audit report"));
    completeAs(TestPeople.CHAIR, openTask(pi, ActionProcess.Element.VERIFY_EVIDENCE),
        Map.of(ActionProcess.Var.EVIDENCE_DECISION, ActionProcess.Value.ACCEPT));
  }

  private void confirm(ProcessInstance pi, Map<String, Object> impact) {
    Map<String, Object> form = new HashMap<>(impact);
    form.put(Var.DECISION, Value.IMPLEMENTED);
    completeAs(TestPeople.CHAIR, openTask(pi.getId(), Element.CONFIRM_IMPLEMENTED), form);
  }

  /** Fires the impact check's timer at its due instant; the sub-group's "Assess impact" task is then open. */
  private Task checkFalls(ProcessInstance pi) {
    Instant due = timer(pi.getId(), Element.IMPACT_CHECK_DUE).getDuedate().toInstant();
    runUntil(pi.getId(), due.minusSeconds(60));
    assertThat(pi).isWaitingAt(Element.IMPACT_CHECK_DUE);
    runUntil(pi.getId(), due.plusSeconds(1));
    assertThat(pi).isWaitingAt(Element.ASSESS_IMPACT);
    return openTask(pi.getId(), Element.ASSESS_IMPACT);
  }

  private List<ImpactCheck> checks() {
    return recommendations.impactChecks(rec.getId());
  }

  private RecommendationStatus status() {
    return recommendations.get(rec.getId()).getStatus();
  }

  @Test
  void embeddedLearningAssuresTheImpactAndEndsTheRecommendation() {
    ProcessInstance pi = awaitingConfirmation();
    confirm(pi, Map.of(Var.IMPACT_CHECK_DATE, "15/03/2027", Var.IMPACT_CHECK_METHOD, "audit",
        Var.IMPACT_CHECK_NOTE, "Re-audit 20 supervision records"));

    assertThat(pi).hasPassed(Element.RECORD_IMPLEMENTED).isWaitingAt(Element.IMPACT_CHECK_DUE);
    assertThat(status()).isEqualTo(RecommendationStatus.IMPLEMENTED);
    // Monday 15 March 2027, 09:00 in London (GMT).
    assertThat(timer(pi.getId(), Element.IMPACT_CHECK_DUE).getDuedate().toInstant())
        .isEqualTo(Instant.parse("2027-03-15T09:00:00Z"));
    assertThat(checks()).singleElement().satisfies(c -> {
      assertThat(c.getDueDate()).isEqualTo(LocalDate.of(2027, 3, 15));
      assertThat(c.getMethod()).isEqualTo(ImpactMethod.AUDIT);
      assertThat(c.getNote()).isEqualTo("Re-audit 20 supervision records");
      assertThat(c.getStatus()).isEqualTo(ImpactCheck.Status.DUE);
      assertThat(c.getScheduledBy()).isEqualTo(TestPeople.CHAIR);
    });
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys(Var.IMPACT_CHECK_DATE, Var.IMPACT_CHECK_METHOD,
        Var.IMPACT_CHECK_NOTE, Var.DECISION);

    Task assess = checkFalls(pi);
    assertThat(assess).hasCandidateGroup("subgroup-chairs");
    assertThat(assess.getDueDate()).isAfter(java.util.Date.from(Instant.parse("2027-03-15T09:00:00Z")));
    assertThat((String) taskService.getVariableLocal(assess.getId(), Var.CTX_IMPACT_CHECK))
        .contains("An audit, due 15 March 2027").contains("Re-audit 20 supervision records");
    assertThat((String) taskService.getVariableLocal(assess.getId(), TaskContext.RECOMMENDATION_TEXT))
        .contains("evidence the impact of lessons learned");

    completeAs(TestPeople.CHAIR, assess, Map.of(Var.IMPACT_FINDINGS, "18 of 20 records show reflective supervision",
        Var.IMPACT_EVIDENCE_SUMMARY, "Audit report March 2027", Var.IMPACT_EVIDENCE_REFERENCES, "QA-2027-03",
        Var.IMPACT_JUDGEMENT, Value.EMBEDDED));

    // The gateway leaves no activity history (action/LeanHistory): the end it chose says which way it went.
    assertThat(pi).hasPassed(Element.RECORD_IMPACT, Element.END_IMPACT_ASSURED).isEnded();
    assertThat(status()).isEqualTo(RecommendationStatus.IMPACT_ASSURED);
    assertThat(checks()).singleElement().satisfies(c -> {
      assertThat(c.getStatus()).isEqualTo(ImpactCheck.Status.ASSESSED);
      assertThat(c.getJudgement()).isEqualTo(ImpactJudgement.EMBEDDED);
      assertThat(c.getFindings()).isEqualTo("18 of 20 records show reflective supervision");
      assertThat(c.getEvidenceSummary()).isEqualTo("Audit report March 2027");
      assertThat(c.getEvidenceReferences()).isEqualTo("QA-2027-03");
      assertThat(c.getAssessedBy()).isEqualTo(TestPeople.CHAIR);
      assertThat(c.getAssessedAt()).isAfter(Instant.parse("2027-03-15T09:00:00Z"));
    });
  }

  @Test
  void partlyEmbeddedSchedulesAnotherCheckWhichThenFindsItEmbedded() {
    ProcessInstance pi = awaitingConfirmation();
    // No date typed: six months from Monday 30 November 2026 is Sunday 30 May 2027; Monday 31 May is a bank
    // holiday, so the check falls on Tuesday 1 June at 09:00 in London (08:00 UTC, summer time).
    confirm(pi, Map.of(Var.IMPACT_CHECK_METHOD, "staffSurvey"));
    assertThat(checks()).singleElement().extracting(ImpactCheck::getDueDate).isEqualTo(LocalDate.of(2027, 5, 30));
    assertThat(timer(pi.getId(), Element.IMPACT_CHECK_DUE).getDuedate().toInstant())
        .isEqualTo(Instant.parse("2027-06-01T08:00:00Z"));

    Task first = checkFalls(pi);
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, first, Map.of(Var.IMPACT_FINDINGS, "Half the staff know it",
        Var.IMPACT_JUDGEMENT, Value.PARTLY))).hasMessageContaining("Next check on");
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, first, Map.of(Var.IMPACT_FINDINGS, "Half the staff know it",
        Var.IMPACT_JUDGEMENT, Value.PARTLY, Var.NEXT_IMPACT_CHECK_DATE, "01/02/2027")))
        .hasMessageContaining("not in the future");
    assertThat(checks()).as("nothing saved by a refusal").singleElement()
        .extracting(ImpactCheck::getStatus).isEqualTo(ImpactCheck.Status.DUE);
    completeAs(TestPeople.CHAIR, first, Map.of(Var.IMPACT_FINDINGS, "Half the staff know the new pathway",
        Var.IMPACT_JUDGEMENT, Value.PARTLY, Var.NEXT_IMPACT_CHECK_DATE, "1/12/2027"));

    assertThat(pi).hasPassed(Element.RECORD_IMPACT).isWaitingAt(Element.IMPACT_CHECK_DUE);
    assertThat(status()).isEqualTo(RecommendationStatus.IMPLEMENTED);
    assertThat(timer(pi.getId(), Element.IMPACT_CHECK_DUE).getDuedate().toInstant())
        .isEqualTo(Instant.parse("2027-12-01T09:00:00Z"));
    assertThat(checks()).hasSize(2);
    assertThat(checks().get(0).getJudgement()).isEqualTo(ImpactJudgement.PARTLY);
    assertThat(checks().get(1).getStatus()).isEqualTo(ImpactCheck.Status.DUE);
    assertThat(checks().get(1).getMethod()).isEqualTo(ImpactMethod.STAFF_SURVEY);
    assertThat(checks().get(1).getDueDate()).isEqualTo(LocalDate.of(2027, 12, 1));

    Task second = checkFalls(pi);
    assertThat(taskService.getVariable(second.getId(), Var.IMPACT_JUDGEMENT)).as("the new form starts empty").isNull();
    assertThat((String) taskService.getVariableLocal(second.getId(), Var.CTX_EARLIER_CHECKS))
        .contains("30 May 2027: Partly embedded").contains("Half the staff know the new pathway");
    completeAs(TestPeople.CHAIR, second, Map.of(Var.IMPACT_FINDINGS, "Re-survey: 90% know the pathway",
        Var.IMPACT_JUDGEMENT, Value.EMBEDDED));
    assertThat(pi).hasPassed(Element.END_IMPACT_ASSURED).isEnded();
    assertThat(status()).isEqualTo(RecommendationStatus.IMPACT_ASSURED);
    assertThat(checks()).extracting(ImpactCheck::getJudgement)
        .containsExactly(ImpactJudgement.PARTLY, ImpactJudgement.EMBEDDED);
  }

  @Test
  void notEvidentReopensTheRecommendationWithAFurtherActionAndANewCheckFollowsItsConfirmation() {
    ProcessInstance pi = awaitingConfirmation();
    confirm(pi, Map.of(Var.IMPACT_CHECK_DATE, "15/03/2027", Var.IMPACT_CHECK_METHOD, "indicator"));
    Task assess = checkFalls(pi);

    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, assess, Map.of(Var.IMPACT_FINDINGS, "No change in referrals",
        Var.IMPACT_JUDGEMENT, Value.NOT_EVIDENT))).hasMessageContaining("Describe the further action");
    assertThat(checks()).as("nothing saved by a refusal").singleElement()
        .extracting(ImpactCheck::getStatus).isEqualTo(ImpactCheck.Status.DUE);
    assertThat(actionsOf(rec)).hasSize(1);

    completeAs(TestPeople.CHAIR, assess, Map.of(Var.IMPACT_FINDINGS, "Referral quality indicator unchanged",
        Var.IMPACT_JUDGEMENT, Value.NOT_EVIDENT,
        Var.FURTHER_DESCRIPTION, "Deliver refresher training on the referral pathway", Var.FURTHER_AGENCY, agency,
        Var.FURTHER_RESPONSIBLE, TestPeople.ROLE_WITH_HOLDER, Var.FURTHER_TIMESCALE, "within 3 months"));

    assertThat(pi).hasPassed(Element.RECORD_IMPACT, Element.ADD_FURTHER_ACTION).isWaitingAt(Element.RUN_FURTHER_ACTION);
    assertThat(status()).isEqualTo(RecommendationStatus.IMPACT_NOT_EVIDENT);
    assertThat(checks()).singleElement().extracting(ImpactCheck::getJudgement).isEqualTo(ImpactJudgement.NOT_EVIDENT);
    List<Action> all = actionsOf(rec);
    assertThat(all).hasSize(2);
    Action further = all.get(1);
    assertThat(further.getDescription()).isEqualTo("Deliver refresher training on the referral pathway");
    assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys(Var.IMPACT_OUTCOME, Var.IMPACT_JUDGEMENT,
        Var.FURTHER_DESCRIPTION);

    completeAction(further);
    assertThat(pi).isWaitingAt(Element.CONFIRM_IMPLEMENTED);
    assertThat(status()).isEqualTo(RecommendationStatus.AWAITING_CONFIRMATION);
    confirm(pi, Map.of(Var.IMPACT_CHECK_DATE, "30/09/2027", Var.IMPACT_CHECK_METHOD, "indicator"));

    assertThat(pi).isWaitingAt(Element.IMPACT_CHECK_DUE);
    assertThat(status()).isEqualTo(RecommendationStatus.IMPLEMENTED);
    assertThat(checks()).hasSize(2);
    assertThat(checks().get(1).getStatus()).isEqualTo(ImpactCheck.Status.DUE);
    assertThat(checks().get(1).getDueDate()).isEqualTo(LocalDate.of(2027, 9, 30));
  }

  @Test
  void aBadImpactCheckOnTheConfirmationIsRefusedNamingTheFieldAndNothingIsSaved() {
    ProcessInstance pi = awaitingConfirmation();
    Task confirmTask = openTask(pi.getId(), Element.CONFIRM_IMPLEMENTED);
    Map<String, String> refusals = Map.of(
        "30/11/2026", "not in the future",
        "01/01/2020", "not in the future",
        "31/02/2027", "February 2027 has no day 31",
        "2027-03-15", "is not a date",
        "01/01/2099", "more than 5 years away");
    refusals.forEach((typed, why) -> assertThatThrownBy(() -> confirm(pi, Map.of(Var.IMPACT_CHECK_DATE, typed,
        Var.IMPACT_CHECK_METHOD, "audit")))
        .as(typed).isInstanceOf(FormFieldValidationException.class).hasMessageContaining(why)
        .extracting(e -> (Object) ((FormFieldValidationException) e).getDetail()).isEqualTo(Var.IMPACT_CHECK_DATE));
    assertThatThrownBy(() -> confirm(pi, Map.of(Var.IMPACT_CHECK_METHOD, "${'guess'}")))
        .hasMessageContaining(Var.IMPACT_CHECK_METHOD).hasMessageContaining("not one of the choices");

    assertThat(pi).isWaitingAt(Element.CONFIRM_IMPLEMENTED);
    assertThat(openTask(pi.getId(), Element.CONFIRM_IMPLEMENTED).getId()).isEqualTo(confirmTask.getId());
    assertThat(status()).isEqualTo(RecommendationStatus.AWAITING_CONFIRMATION);
    assertThat(recommendations.get(rec.getId()).getConfirmedAt()).isNull();
    assertThat(checks()).isEmpty();
    assertThat(PinnedClock.TODAY).isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void anAssessmentWithoutFindingsOrJudgementIsRefusedNamingTheField() {
    ProcessInstance pi = awaitingConfirmation();
    confirm(pi, Map.of(Var.IMPACT_CHECK_DATE, "15/03/2027", Var.IMPACT_CHECK_METHOD, "other"));
    Task assess = checkFalls(pi);
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, assess, Map.of(Var.IMPACT_FINDINGS, "Something")))
        .hasMessageContaining("Judgement: choose");
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, assess, Map.of(Var.IMPACT_JUDGEMENT, Value.EMBEDDED)))
        .hasMessageContaining("What was found");
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, assess, Map.of(Var.IMPACT_FINDINGS, "  ",
        Var.IMPACT_JUDGEMENT, Value.EMBEDDED))).hasMessageContaining("What was found");
    assertThat(pi).isWaitingAt(Element.ASSESS_IMPACT);
    assertThat(status()).isEqualTo(RecommendationStatus.IMPLEMENTED);
    assertThat(checks()).singleElement().extracting(ImpactCheck::getStatus).isEqualTo(ImpactCheck.Status.DUE);
  }
}
