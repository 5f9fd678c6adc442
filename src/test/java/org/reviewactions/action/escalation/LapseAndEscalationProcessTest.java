package org.reviewactions.action.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.action.ActionProcess.Element;
import static org.reviewactions.action.ActionProcess.Value;
import static org.reviewactions.action.ActionProcess.Var;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionStatus;
import org.reviewactions.action.TaskContext;
import org.reviewactions.notification.Notification;
import org.reviewactions.notification.NotificationService;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;

/** Lapse, the chair's decision, the board's challenge and requests for more time, under a controlled clock. */
class LapseAndEscalationProcessTest extends ProcessTestSupport {

  @Autowired NotificationService notifications;

  /** Monday 2 March 2026, 10:00 London (GMT). */
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  private Action importAt(Instant now, String timescale, String role) {
    ClockUtil.setCurrentTime(Date.from(now));
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Share information about dangerous adults", "Set up the shared register", timescale, role, agency);
    importPlan(plan);
    return actionsOf(recommendationsOf(plan).get(0)).get(0);
  }

  private Action lapsedWithOwner() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    identityService.createMembership(TestPeople.LEAD, org.reviewactions.identity.AgencyGroups.leadsGroup(agency));
    Action action = importAt(NOW, "by January 2026", TestPeople.ROLE_WITH_HOLDER);
    assertThat(timer(action.getProcessInstanceId(), Element.ACTION_LAPSED).getDuedate().toInstant())
        .isEqualTo(Instant.parse("2026-02-02T09:00:00Z"));
    // Imported already past its due date: the lapse timer is due at once.
    assertThat(executeJobs(action.getProcessInstanceId())).isEqualTo(1);
    return action;
  }

  private java.util.List<String> kindsSent(Long actionId) {
    sendNotifications();
    return notifications.forAction(actionId).stream().map(Notification::getKind).toList();
  }

  @Test
  void actionImportedPastItsDueDateReachesTheChairAtOnceWithOverdueEmails() {
    Action action = lapsedWithOwner();
    ProcessInstance pi = processOf(action);

    assertThat(pi).hasPassed(Element.ACTION_LAPSED, Element.RECORD_LAPSE, Element.EMAIL_OVERDUE, Element.EMAIL_CHAIR_ESCALATION)
        .isWaitingAt(Element.DELIVER_ACTION, Element.DECIDE_LAPSED_ACTION);
    assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.LAPSED);
    Task decide = openTask(pi.getId(), Element.DECIDE_LAPSED_ACTION);
    assertThat(decide).hasCandidateGroup("subgroup-chairs");
    assertThat((String) formValue(decide.getId(), TaskContext.HISTORY)).contains("Lapsed");
    assertThat((String) formValue(decide.getId(), TaskContext.DECISION_DEADLINE)).isEqualTo("Monday 16 March 2026");
    assertThat((String) taskService.getVariableLocal(decide.getId(), TaskContext.STATUS)).isEqualTo("Lapsed · Red");
    assertThat(actions.rag(actions.get(action.getId()))).isEqualTo(org.reviewactions.action.Rag.RED);
    // The owner sits in the sub-group too, but does not decide on their own lapse.
    assertThatThrownBy(() -> completeAs(TestPeople.OWNER, decide, Map.of(Var.LAPSE_DECISION, Value.REVISE,
        Var.REVISED_DUE_DATE, "30/06/2026", Var.REVISION_REASON, "mine"))).hasMessageContaining("You own this action");
    assertThat(kindsSent(action.getId())).contains("assignment", "overdue", "escalation-chair");
    assertThat(notifications.forAction(action.getId())).filteredOn(n -> n.getKind().equals("overdue"))
        .extracting(Notification::getRecipient).containsExactlyInAnyOrder("owner1@example.org", "lead1@example.org");
    assertThat(notifications.forAction(action.getId())).filteredOn(n -> n.getKind().equals("escalation-chair"))
        .extracting(Notification::getRecipient).contains("chair1@example.org", "chair2@example.org");
  }

  @Test
  void lapseWithNoOwnerYetGoesToTheAgencyLeads() {
    roles.ensureAgencyGroups(agency);
    identityService.createMembership(TestPeople.LEAD, org.reviewactions.identity.AgencyGroups.leadsGroup(agency));
    Action action = importAt(NOW, "by January 2026", TestPeople.ROLE_WITHOUT_HOLDER);
    ProcessInstance pi = processOf(action);
    assertThat(pi).isWaitingAt(Element.NOMINATE_OWNER);
    executeJobs(pi.getId());
    assertThat(pi).isWaitingAt(Element.NOMINATE_OWNER, Element.DECIDE_LAPSED_ACTION);
    sendNotifications();
    assertThat(notifications.forAction(action.getId())).filteredOn(n -> n.getKind().equals("overdue"))
        .extracting(Notification::getRecipient).containsExactly("lead1@example.org");
  }

  @Test
  void chairRevisesTheTimescaleAndRemindersAreReplannedFromTheNewDate() {
    Action action = lapsedWithOwner();
    ProcessInstance pi = processOf(action);
    Task decide = openTask(pi.getId(), Element.DECIDE_LAPSED_ACTION);
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, decide, Map.of(Var.LAPSE_DECISION, Value.REVISE,
        Var.REVISED_DUE_DATE, "31/12/2025", Var.REVISION_REASON, "x"))).hasMessageContaining("must be in the future");
    completeAs(TestPeople.CHAIR, decide, Map.of(Var.LAPSE_DECISION, Value.REVISE, Var.REVISED_DUE_DATE, "30/06/2026",
        Var.REVISION_REASON, "Housing data sharing agreement signed late"));

    assertThat(pi).hasPassed(Element.RECORD_LAPSE_DECISION, Element.ACTION_REPLANNED).isWaitingAt(Element.DELIVER_ACTION);
    Action revised = actions.get(action.getId());
    assertThat(revised.getDueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(revised.getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(revised.getLapsedAt()).isNull();
    assertThat(actions.historyText(action.getId())).contains("due 30 June 2026 instead of 31 January 2026")
        .contains("Housing data sharing agreement signed late");
    assertThat(openTask(pi.getId(), Element.DECIDE_LAPSED_ACTION)).isNull();
    // 28 days before Tuesday 30 June 2026 is Tuesday 2 June, 09:00 London (BST).
    assertThat(timer(pi.getId(), Element.REMINDER_DUE).getDuedate().toInstant()).isEqualTo(Instant.parse("2026-06-02T08:00:00Z"));
    assertThat(timer(pi.getId(), Element.ACTION_LAPSED).getDuedate().toInstant()).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
    Task deliver = openTask(pi.getId(), Element.DELIVER_ACTION);
    assertThat(deliver.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-06-30T16:00:00Z"));
    assertThat(kindsSent(action.getId())).filteredOn("assignment"::equals).hasSize(2);
  }

  @Test
  void chairReassignsTheActionToAnotherOwner() {
    Action action = lapsedWithOwner();
    ProcessInstance pi = processOf(action);
    Task decide = openTask(pi.getId(), Element.DECIDE_LAPSED_ACTION);
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, decide, Map.of(Var.LAPSE_DECISION, Value.REASSIGN,
        Var.NEW_OWNER_ID, "ghost"))).hasMessageContaining("no user with the id 'ghost'");
    completeAs(TestPeople.CHAIR, decide, Map.of(Var.LAPSE_DECISION, Value.REASSIGN, Var.NEW_OWNER_ID, TestPeople.OTHER_OWNER));

    assertThat(pi).isWaitingAt(Element.DELIVER_ACTION);
    assertThat(openTask(pi.getId(), Element.DELIVER_ACTION)).isAssignedTo(TestPeople.OTHER_OWNER);
    sendNotifications();
    assertThat(notifications.forAction(action.getId())).filteredOn(n -> n.getKind().equals("assignment"))
        .extracting(Notification::getRecipient).contains("owner2@example.org");
    // Still past its date: the new owner has a week before the lapse comes back to the chair.
    assertThat(timer(pi.getId(), Element.ACTION_LAPSED).getDuedate().toInstant()).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
    assertThat(openTask(pi.getId(), Element.DECIDE_LAPSED_ACTION)).isNull();
  }

  @Test
  void chairSilenceForTenWorkingDaysTakesTheLapseToTheBoard() {
    Action action = lapsedWithOwner();
    ProcessInstance pi = processOf(action);
    assertThat(timer(pi.getId(), Element.CHAIR_SILENCE).getDuedate().toInstant()).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
    runUntil(pi.getId(), Instant.parse("2026-03-16T09:00:01Z"));

    assertThat(pi).hasPassed(Element.CHAIR_SILENCE, Element.EMAIL_BOARD_ESCALATION).isWaitingAt(Element.BOARD_CHALLENGE);
    assertThat(openTask(pi.getId(), Element.DECIDE_LAPSED_ACTION)).isNull();
    Task board = openTask(pi.getId(), Element.BOARD_CHALLENGE);
    assertThat(board).hasCandidateGroup("board");
    assertThat((String) formValue(board.getId(), TaskContext.ESCALATION_REASON)).contains("10 working days");
    assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.ESCALATED);
  }

  private Task escalatedToBoard(Action action) {
    ProcessInstance pi = processOf(action);
    completeAs(TestPeople.CHAIR, openTask(pi.getId(), Element.DECIDE_LAPSED_ACTION),
        Map.of(Var.LAPSE_DECISION, Value.ESCALATE, Var.ESCALATION_NOTE, "Third lapse this year"));
    assertThat(pi).isWaitingAt(Element.BOARD_CHALLENGE);
    assertThat(actions.historyText(action.getId())).contains("Third lapse this year");
    return openTask(pi.getId(), Element.BOARD_CHALLENGE);
  }

  @Test
  void boardRequiresActionByANewDate() {
    Action action = lapsedWithOwner();
    completeAs(TestPeople.BOARD, escalatedToBoard(action), Map.of(Var.BOARD_DECISION, Value.REQUIRE_ACTION,
        Var.BOARD_DUE_DATE, "30/04/2026", Var.BOARD_RATIONALE, "Report to the next board meeting"));
    ProcessInstance pi = processOf(action);
    assertThat(pi).isWaitingAt(Element.DELIVER_ACTION);
    assertThat(actions.get(action.getId()).getDueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(actions.historyText(action.getId())).contains("The board revised the timescale");
  }

  @Test
  void boardClosesTheActionWithoutCompletion() {
    Action action = lapsedWithOwner();
    Task board = escalatedToBoard(action);
    assertThatThrownBy(() -> completeAs(TestPeople.BOARD, board, Map.of(Var.BOARD_DECISION, Value.CLOSE_INCOMPLETE)))
        .hasMessageContaining("rationale");
    completeAs(TestPeople.BOARD, board, Map.of(Var.BOARD_DECISION, Value.CLOSE_INCOMPLETE,
        Var.BOARD_RATIONALE, "Service decommissioned; learning taken into the new contract"));
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(action.getProcessInstanceId()).singleResult();
    assertThat(pi).isNull();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(action.getProcessInstanceId())
        .activityId(Element.END_CLOSED_INCOMPLETE).count()).isEqualTo(1);
    Action closed = actions.get(action.getId());
    assertThat(closed.getStatus()).isEqualTo(ActionStatus.CLOSED_INCOMPLETE);
    assertThat(closed.getCompletedAt()).isNull();
    assertThat(closed.getClosedReason()).contains("Service decommissioned");
  }

  @Test
  void boardKeepsTheActionEscalatedAndLooksAgainOnTheReviewDate() {
    Action action = lapsedWithOwner();
    completeAs(TestPeople.BOARD, escalatedToBoard(action), Map.of(Var.BOARD_DECISION, Value.KEEP_ESCALATED,
        Var.NEXT_BOARD_REVIEW, "06/04/2026", Var.BOARD_RATIONALE, "Awaiting the inspection report"));
    ProcessInstance pi = processOf(action);
    // Monday 6 April 2026 is Easter Monday: the review moves to Tuesday 7 April, 09:00 BST.
    assertThat(timer(pi.getId(), Element.NEXT_BOARD_REVIEW).getDuedate().toInstant()).isEqualTo(Instant.parse("2026-04-07T08:00:00Z"));
    assertThat(pi).isWaitingAt(Element.NEXT_BOARD_REVIEW);
    runUntil(pi.getId(), Instant.parse("2026-04-07T08:00:01Z"));
    assertThat(pi).isWaitingAt(Element.BOARD_CHALLENGE);
  }

  @Test
  void ownerIsRemindedWeeklyWhileTheActionIsLapsed() {
    Action action = lapsedWithOwner();
    ProcessInstance pi = processOf(action);
    sendNotifications();
    Instant weekly = timer(pi.getId(), Element.OVERDUE_REMINDER_DUE).getDuedate().toInstant();
    assertThat(weekly).isEqualTo(Instant.parse("2026-03-09T09:00:00Z"));
    runUntil(pi.getId(), weekly.plusSeconds(1));
    sendNotifications();
    assertThat(notifications.forAction(action.getId())).filteredOn(n -> n.getKind().equals("overdue")
        && n.getRecipient().equals("owner1@example.org")).hasSize(2);
    assertThat(timer(pi.getId(), Element.OVERDUE_REMINDER_DUE).getDuedate().toInstant()).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
  }

  @Test
  void ownerAsksForMoreTimeAndTheChairAgrees() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    Action action = importAt(NOW, "by 30/04/2026", TestPeople.ROLE_WITH_HOLDER);
    ProcessInstance pi = processOf(action);
    Task deliver = openTask(pi.getId(), Element.DELIVER_ACTION);
    assertThatThrownBy(() -> completeAs(TestPeople.OWNER, deliver, Map.of(Var.SUBMISSION, Value.SUBMIT_EXTENSION,
        Var.EXTENSION_DATE, "01/04/2026", Var.EXTENSION_REASON, "x"))).hasMessageContaining("not after the current due date");
    completeAs(TestPeople.OWNER, deliver, Map.of(Var.SUBMISSION, Value.SUBMIT_EXTENSION, Var.EXTENSION_DATE, "31/07/2026",
        Var.EXTENSION_REASON, "Waiting for the new case system"));
    assertThat(pi).isWaitingAt(Element.DECIDE_EXTENSION);
    Task decide = openTask(pi.getId(), Element.DECIDE_EXTENSION);
    assertThat((String) formValue(decide.getId(), TaskContext.EXTENSION_REQUEST))
        .contains("31 July 2026").contains("Waiting for the new case system");
    completeAs(TestPeople.CHAIR, decide, Map.of(Var.EXTENSION_DECISION, Value.APPROVE));

    assertThat(pi).hasPassed(Element.EMAIL_EXTENSION_DECISION, Element.ACTION_REPLANNED).isWaitingAt(Element.DELIVER_ACTION);
    assertThat(actions.get(action.getId()).getDueDate()).isEqualTo(LocalDate.of(2026, 7, 31));
    assertThat(timer(pi.getId(), Element.ACTION_LAPSED).getDuedate().toInstant()).isEqualTo(Instant.parse("2026-08-03T08:00:00Z"));
    assertThat(kindsSent(action.getId())).contains("extension-decided");
  }

  @Test
  void ownerAsksForMoreTimeAndTheChairRefuses() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    Action action = importAt(NOW, "by 30/04/2026", TestPeople.ROLE_WITH_HOLDER);
    ProcessInstance pi = processOf(action);
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EXTENSION,
        Var.EXTENSION_DATE, "31/07/2026", Var.EXTENSION_REASON, "Busy"));
    Task decide = openTask(pi.getId(), Element.DECIDE_EXTENSION);
    assertThatThrownBy(() -> completeAs(TestPeople.CHAIR, decide, Map.of(Var.EXTENSION_DECISION, Value.REFUSE)))
        .hasMessageContaining("why more time is refused");
    completeAs(TestPeople.CHAIR, decide, Map.of(Var.EXTENSION_DECISION, Value.REFUSE,
        Var.EXTENSION_RESPONSE, "The board needs this before the inspection"));

    assertThat(pi).hasPassed(Element.EMAIL_EXTENSION_DECISION).isWaitingAt(Element.DELIVER_ACTION);
    assertThat(actions.get(action.getId()).getDueDate()).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(actions.historyText(action.getId())).contains("More time refused: The board needs this before the inspection");
    assertThat(kindsSent(action.getId())).contains("extension-decided");
  }

  @Test
  void evidenceVerifiedDuringTheLapseEndsTheLapseHandling() {
    Action action = lapsedWithOwner();
    ProcessInstance pi = processOf(action);
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE,
        Var.EVIDENCE_SUMMARY, "Register live", Var.EVIDENCE_REFERENCES, "Register audit"));
    completeAs(TestPeople.CHAIR, openTask(pi.getId(), Element.VERIFY_EVIDENCE), Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));
    assertThat(pi).hasPassed(Element.ACTION_VERIFIED, Element.EMAIL_COMPLETION).isEnded();
    assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(actions.get(action.getId()).getStatus()).isEqualTo(ActionStatus.COMPLETE);
  }
}
