package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.action.ActionProcess.Element;
import static org.reviewactions.action.ActionProcess.Value;
import static org.reviewactions.action.ActionProcess.Var;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.evidence.EvidenceDecision;
import org.reviewactions.action.evidence.EvidenceService;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.notification.NotificationService;
import org.reviewactions.review.Recommendation;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through action.bpmn, driven as the people in Tasklist would drive it. */
class ActionProcessTest extends ProcessTestSupport {

  @Autowired EvidenceService evidence;
  @Autowired NotificationService notifications;

  private Action importOne(String timescale, String role) {
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Agencies share information about dangerous adults", "Set up a shared register", timescale, role, agency);
    importPlan(plan);
    Recommendation rec = recommendationsOf(plan).get(0);
    return actionsOf(rec).get(0);
  }

  private Action withHolder(String timescale) {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    return importOne(timescale, TestPeople.ROLE_WITH_HOLDER);
  }

  private Map<String, Object> evidenceVars(String summary, String references) {
    return Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE, Var.EVIDENCE_SUMMARY, summary, Var.EVIDENCE_REFERENCES, references);
  }

  @Test
  void holderGetsDeliverTaskWithDueDateThenProgressEvidenceAndAcceptanceCloseTheAction() {
    Action action = withHolder("by March 2027");
    ProcessInstance pi = processOf(action);

    assertThat(pi).isWaitingAt(Element.DELIVER_ACTION);
    // Starting the action and resolving its owner keep no activity history (bookkeeping); their witnesses are the
    // business key, the owner found and, below, the action in progress and the Deliver task assigned to the owner.
    assertThat(pi).hasPassed(Element.ROUTE_ACTION).hasNotPassed(Element.CONFIRM_DATES, Element.NOMINATE_OWNER);
    assertThat(pi.getBusinessKey()).endsWith("/" + action.getPosition());
    assertThat(runtimeService.getVariable(pi.getId(), Var.OWNER_ID)).isEqualTo(TestPeople.OWNER);
    Task deliver = openTask(pi.getId(), Element.DELIVER_ACTION);
    assertThat(deliver).isAssignedTo(TestPeople.OWNER);
    assertThat(deliver.getDueDate().toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 31));
    assertThat(deliver.getFollowUpDate().toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 17));
    assertThat(deliver.getName()).contains("Deliver action").contains("Set up a shared register");
    assertThat(taskService.getVariableLocal(deliver.getId(), TaskContext.DUE_DATE)).isEqualTo("31 March 2027");
    assertThat(formValue(deliver.getId(), TaskContext.TIMESCALE)).isEqualTo("by March 2027");
    assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    // Nothing is granted on the action's process: its agency's people read it through the application.
    AuthorizationService auth = engine.getAuthorizationService();
    assertThat(auth.createAuthorizationQuery().resourceId(pi.getId()).count()).isZero();
    assertThat(auth.isUserAuthorized(TestPeople.OTHER_OWNER, List.of(AgencyGroups.agencyGroup(agency)),
        Permissions.READ, Resources.PROCESS_INSTANCE, pi.getId())).isFalse();

    assertThat(pi).hasPassed(Element.EMAIL_ASSIGNMENT);
    assertThat(sendNotifications()).isEqualTo(1);
    assertThat(notifications.forAction(action.getId())).hasSize(1);

    completeAs(TestPeople.OWNER, deliver, Map.of(Var.SUBMISSION, Value.SUBMIT_PROGRESS, Var.PROGRESS_AS_AT, "20/01/2026",
        Var.PROGRESS_TEXT, "Register designed with police and housing"));
    assertThat(pi).hasPassed(Element.RECORD_PROGRESS).isWaitingAt(Element.DELIVER_ACTION);
    assertThat(actions.progress(action.getId())).extracting(ProgressUpdate::getText).containsExactly("Register designed with police and housing");
    Task again = openTask(pi.getId(), Element.DELIVER_ACTION);
    assertThat((String) formValue(again.getId(), TaskContext.HISTORY)).contains("Register designed with police and housing");
    assertThat(runtimeService.getVariable(pi.getId(), Var.PROGRESS_TEXT)).isNull();

    completeAs(TestPeople.OWNER, again, evidenceVars("Register live since May", "Register audit report 2026\nhttps://intranet.example/register"));
    assertThat(pi).isWaitingAt(Element.VERIFY_EVIDENCE);
    Task verify = openTask(pi.getId(), Element.VERIFY_EVIDENCE);
    assertThat(verify).hasCandidateGroup("subgroup-chairs");
    assertThat((String) formValue(verify.getId(), TaskContext.EVIDENCE)).contains("Register live since May")
        .contains("https://intranet.example/register");
    assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.EVIDENCE_SUBMITTED);

    completeAs(TestPeople.CHAIR, verify, Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));
    assertThat(pi).hasPassed(Element.RECORD_VERIFICATION, Element.CLOSE_ACTION, Element.ACTION_VERIFIED,
        Element.EMAIL_COMPLETION, Element.END_COMPLETE).isEnded();
    sendNotifications();
    assertThat(notifications.forAction(action.getId())).extracting(n -> n.getKind()).containsExactly("assignment", "action-complete");
    Action done = actions.get(action.getId());
    assertThat(done.getStatus()).isEqualTo(ActionStatus.COMPLETE);
    assertThat(done.getCompletedAt()).isNotNull();
    assertThat(evidence.latest(action.getId()).orElseThrow().getVerifiedBy()).isEqualTo(TestPeople.CHAIR);
    assertThat(evidence.latest(action.getId()).orElseThrow().getDecision()).isEqualTo(EvidenceDecision.ACCEPTED);
  }

  @Test
  void unclearTimescaleWaitsForPlanManagerToConfirmDates() {
    Action action = withHolder("May 2026\nMarch 2026");
    ProcessInstance pi = processOf(action);
    assertThat(pi).isWaitingAt(Element.CONFIRM_DATES);
    Task confirm = openTask(pi.getId(), Element.CONFIRM_DATES);
    assertThat(confirm).hasCandidateGroup("plan-managers");
    assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.AWAITING_DATES);
    assertThat((String) formValue(confirm.getId(), TaskContext.TIMESCALE_NOTE)).isNotBlank();

    assertThatThrownBy(() -> completeAs(TestPeople.PLANNER, confirm, Map.of(Var.CONFIRMED_DUE_DATE, "31/02/2027")))
        .hasMessageContaining("not a date");
    completeAs(TestPeople.PLANNER, confirm, Map.of(Var.CONFIRMED_START_DATE, "01/03/2026", Var.CONFIRMED_DUE_DATE, "31/05/2026",
        Var.CONFIRMED_CADENCE, "P3M", Var.DATES_NOTE, "Both dates apply; the later one counts"));

    assertThat(pi).hasPassed(Element.RECORD_DATES).isWaitingAt(Element.DELIVER_ACTION);
    Action confirmed = actions.get(action.getId());
    assertThat(confirmed.getDueDate()).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(confirmed.getStartDate()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(confirmed.getReviewCadence()).isEqualTo("P3M");
    assertThat(confirmed.isNeedsConfirmation()).isFalse();
    Task deliver = openTask(pi.getId(), Element.DELIVER_ACTION);
    assertThat(deliver.getDueDate().toInstant().atZone(ZoneId.of("Europe/London")).toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(actions.historyText(action.getId())).contains("Dates confirmed").contains("Both dates apply");
  }

  @Test
  void roleWithoutHolderAsksAgencyLeadsToNominateAndTheNomineeHoldsTheRole() {
    roles.ensureAgencyGroups(agency);
    identityService.createMembership(TestPeople.OTHER_OWNER, org.reviewactions.identity.AgencyGroups.agencyGroup(agency));
    Action action = importOne("September 2026", TestPeople.ROLE_WITHOUT_HOLDER);
    identityService.createMembership(TestPeople.LEAD, org.reviewactions.identity.AgencyGroups.leadsGroup(agency));
    ProcessInstance pi = processOf(action);
    assertThat(pi).isWaitingAt(Element.NOMINATE_OWNER);
    // Only the agency's leads may nominate: another agency's owner is refused.
    Task foreign = openTask(pi.getId(), Element.NOMINATE_OWNER);
    assertThatThrownBy(() -> completeAs(TestPeople.OTHER_OWNER, foreign, Map.of(Var.NOMINEE_ID, TestPeople.OTHER_OWNER)))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    Task nominate = openTask(pi.getId(), Element.NOMINATE_OWNER);
    assertThat(nominate).hasCandidateGroup(org.reviewactions.identity.AgencyGroups.leadsGroup(agency));
    assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.AWAITING_OWNER);

    assertThatThrownBy(() -> completeAs(TestPeople.LEAD, nominate, Map.of(Var.NOMINEE_ID, "nobody-here")))
        .hasMessageContaining("'nobody-here'");
    assertThat(pi).isWaitingAt(Element.NOMINATE_OWNER);
    // Someone who exists but is not of this agency cannot own its action either.
    assertThatThrownBy(() -> completeAs(TestPeople.LEAD, nominate, Map.of(Var.NOMINEE_ID, TestPeople.OWNER)))
        .hasMessageContaining("'nomineeId'").hasMessageContaining("not one of the choices");
    assertThat(pi).isWaitingAt(Element.NOMINATE_OWNER);
    assertThat(actions.get(action.getId()).getOwnerUserId()).isNull();


    completeAs(TestPeople.LEAD, nominate, Map.of(Var.NOMINEE_ID, TestPeople.OTHER_OWNER));
    assertThat(pi).hasPassed(Element.RECORD_NOMINEE).isWaitingAt(Element.DELIVER_ACTION);
    assertThat(openTask(pi.getId(), Element.DELIVER_ACTION)).isAssignedTo(TestPeople.OTHER_OWNER);
    assertThat(roles.findOrCreate(TestPeople.ROLE_WITHOUT_HOLDER, agency).getHolderUserId()).isEqualTo(TestPeople.OTHER_OWNER);

    Action next = importOne("October 2026", TestPeople.ROLE_WITHOUT_HOLDER);
    assertThat(processOf(next)).isWaitingAt(Element.DELIVER_ACTION).hasNotPassed(Element.NOMINATE_OWNER);
    assertThat(openTask(next.getProcessInstanceId(), Element.DELIVER_ACTION)).isAssignedTo(TestPeople.OTHER_OWNER);
  }

  @Test
  void rejectedEvidenceReturnsToOwnerWithReasonByEmailAndResubmissionCanBeAccepted() {
    Action action = withHolder("by December 2026");
    ProcessInstance pi = processOf(action);
    sendNotifications();
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), evidenceVars("Policy updated", "DV policy v3"));

    Task verify = openTask(pi.getId(), Element.VERIFY_EVIDENCE);
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, verify, Map.of(Var.EVIDENCE_DECISION, Value.REJECT)))
        .hasMessageContaining("reason");
    completeAs(TestPeople.CHAIR, verify, Map.of(Var.EVIDENCE_DECISION, Value.REJECT, Var.REJECTION_REASON,
        "Show the policy was circulated to staff"));

    assertThat(pi).hasPassed(Element.RECORD_VERIFICATION, Element.EMAIL_REJECTION).isWaitingAt(Element.DELIVER_ACTION);
    assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.EVIDENCE_REJECTED);
    Task back = openTask(pi.getId(), Element.DELIVER_ACTION);
    assertThat(back).isAssignedTo(TestPeople.OWNER);
    assertThat((String) formValue(back.getId(), TaskContext.LAST_REJECTION))
        .contains("Show the policy was circulated to staff");

    // The rejection, and the two other chairs' notice of the evidence waiting for them.
    assertThat(sendNotifications()).isEqualTo(3);
    assertThat(notifications.forAction(action.getId())).extracting(n -> n.getKind()).containsExactly("assignment", "evidence-rejected");

    completeAs(TestPeople.OWNER, back, evidenceVars("Policy circulated to all staff", "Circulation list, 3 March"));
    completeAs(TestPeople.SECOND_CHAIR, openTask(pi.getId(), Element.VERIFY_EVIDENCE), Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));
    assertThat(pi).isEnded();
    assertThat(evidence.forAction(action.getId())).extracting(e -> e.getDecision())
        .containsExactly(EvidenceDecision.REJECTED, EvidenceDecision.ACCEPTED);
  }

  @Test
  void ownerCannotVerifyTheirOwnEvidence() {
    Action action = withHolder("by December 2026");
    ProcessInstance pi = processOf(action);
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), evidenceVars("Done", "Report"));
    Task verify = openTask(pi.getId(), Element.VERIFY_EVIDENCE);

    assertThatThrownBy(() -> completeAs(TestPeople.OWNER, verify, Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT)))
        .hasMessageContaining("cannot verify it");
    assertThatThrownBy(() -> taskService.complete(verify.getId(), Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT)))
        .hasMessageContaining("signed-in user");
    assertThat(pi).isWaitingAt(Element.VERIFY_EVIDENCE);
    assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.EVIDENCE_SUBMITTED);
  }

  @Test
  void evidenceNeedsSummaryAndAReferenceAndNothingIsHalfSaved() {
    Action action = withHolder("by December 2026");
    ProcessInstance pi = processOf(action);
    Task deliver = openTask(pi.getId(), Element.DELIVER_ACTION);

    assertThatThrownBy(() -> completeAs(TestPeople.OWNER, deliver, evidenceVars("Done", "  ")))
        .hasMessageContaining("at least one reference");
    assertThatThrownBy(() -> completeAs(TestPeople.OWNER, deliver, evidenceVars(" ", "Report")))
        .hasMessageContaining("summary");
    assertThatThrownBy(() -> completeAs(TestPeople.OWNER, deliver, Map.of(Var.PROGRESS_TEXT, "forgot to choose")))
        .hasMessageContaining("Choose whether");
    assertThatThrownBy(() -> completeAs(TestPeople.OWNER, deliver, Map.of(Var.SUBMISSION, Value.SUBMIT_PROGRESS,
        Var.PROGRESS_AS_AT, "01/01/2099", Var.PROGRESS_TEXT, "from the future"))).hasMessageContaining("future");

    assertThat(pi).isWaitingAt(Element.DELIVER_ACTION);
    assertThat(evidence.forAction(action.getId())).isEmpty();
    assertThat(actions.progress(action.getId())).isEmpty();
    assertThat(taskService.createTaskQuery().taskId(deliver.getId()).count()).isEqualTo(1);
  }

  @Test
  void uploadedFileCountsAsEvidenceAndIsShownToTheVerifier() {
    Action action = withHolder("by December 2026");
    ProcessInstance pi = processOf(action);
    evidence.upload(action.getId(), "audit.pdf", "application/pdf", "%PDF-1.7 audit".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        TestPeople.OWNER);
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), evidenceVars("Audit attached", ""));
    Task verify = openTask(pi.getId(), Element.VERIFY_EVIDENCE);
    assertThat((String) formValue(verify.getId(), TaskContext.EVIDENCE)).contains("audit.pdf");
    assertThat((String) formValue(verify.getId(), TaskContext.EVIDENCE_LINKS))
        .contains("[audit\\.pdf](http://tracker.test/evidence-files/").contains("(14 bytes, uploaded ").contains("by Olive Owner");
    assertThat(evidence.files(evidence.latest(action.getId()).orElseThrow().getId())).hasSize(1);
  }
}
