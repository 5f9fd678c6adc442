package org.reviewactions.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.action.ActionProcess.Element;
import static org.reviewactions.action.ActionProcess.Value;
import static org.reviewactions.action.ActionProcess.Var;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.reviewactions.notification.Notification;
import org.reviewactions.notification.NotificationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.reviewactions.identity.AgencyGroups;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;

/**
 * Every task of the action process has a due date and a follow-up date from the service levels under
 * rat.deadlines (working days), so Tasklist's due-date sort and follow-up filter work.
 */
class TaskDeadlinesProcessTest extends ProcessTestSupport {

  @Autowired NotificationService notifications;
  @Autowired org.reviewactions.notification.EmailPreferences preferences;

  /** Monday 2 March 2026, 10:00 London (GMT). */
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  /** Ten working days on: Monday 16 March 2026, 09:00 London. */
  private static final Instant TEN_WORKING_DAYS = Instant.parse("2026-03-16T09:00:00Z");
  /** Half-way: Monday 9 March 2026, 09:00 London. */
  private static final Instant FIVE_WORKING_DAYS = Instant.parse("2026-03-09T09:00:00Z");

  private Action importAt(String timescale, String role) {
    ClockUtil.setCurrentTime(Date.from(NOW));
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Share information about dangerous adults", "Set up the shared register", timescale, role, agency);
    importPlan(plan);
    return actionsOf(recommendationsOf(plan).get(0)).get(0);
  }

  private static void assertDates(Task task, Instant due, Instant followUp) {
    assertThat(task.getDueDate()).as(task.getTaskDefinitionKey() + " due").isNotNull();
    assertThat(task.getDueDate().toInstant()).as(task.getTaskDefinitionKey() + " due").isEqualTo(due);
    assertThat(task.getFollowUpDate().toInstant()).as(task.getTaskDefinitionKey() + " follow-up").isEqualTo(followUp);
  }

  @Test
  void confirmActionDatesIsDueInTenWorkingDays() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    Action action = importAt("May 2026\nMarch 2026", TestPeople.ROLE_WITH_HOLDER);
    assertDates(openTask(action.getProcessInstanceId(), Element.CONFIRM_DATES), TEN_WORKING_DAYS, FIVE_WORKING_DAYS);
  }

  @Test
  void nominateActionOwnerIsDueInTenWorkingDays() {
    roles.ensureAgencyGroups(agency);
    Action action = importAt("by 30/04/2026", TestPeople.ROLE_WITHOUT_HOLDER);
    assertDates(openTask(action.getProcessInstanceId(), Element.NOMINATE_OWNER), TEN_WORKING_DAYS, FIVE_WORKING_DAYS);
  }

  @Test
  void verifyEvidenceAndDecideOnExtensionAreDueInTenWorkingDays() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    Action action = importAt("by 30/04/2026", TestPeople.ROLE_WITH_HOLDER);
    ProcessInstance pi = processOf(action);
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EXTENSION,
        Var.EXTENSION_DATE, "31/07/2026", Var.EXTENSION_REASON, "Waiting for the new case system"));
    assertDates(openTask(pi.getId(), Element.DECIDE_EXTENSION), TEN_WORKING_DAYS, FIVE_WORKING_DAYS);
    completeAs(TestPeople.CHAIR, openTask(pi.getId(), Element.DECIDE_EXTENSION),
        Map.of(Var.EXTENSION_DECISION, Value.REFUSE, Var.EXTENSION_RESPONSE, "The case system is not the blocker"));

    // A week later: the deadline counts from when the task is created.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-09T10:00:00Z")));
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE,
        Var.EVIDENCE_SUMMARY, "Register live", Var.EVIDENCE_REFERENCES, "Audit report"));
    assertDates(openTask(pi.getId(), Element.VERIFY_EVIDENCE), Instant.parse("2026-03-23T09:00:00Z"), TEN_WORKING_DAYS);
  }

  /** Imported a month past its due date: the lapse timer runs at once and the chairs have a decision to make. */
  private Action lapsed() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    identityService.createMembership(TestPeople.LEAD, AgencyGroups.leadsGroup(agency));
    Action action = importAt("by January 2026", TestPeople.ROLE_WITH_HOLDER);
    executeJobs(action.getProcessInstanceId());
    return action;
  }

  @Test
  void lapseDecisionIsDueOnTheChairDeadlineAndTheBoardChallengeInTwentyWorkingDays() {
    Action action = lapsed();
    ProcessInstance pi = processOf(action);
    Task decide = openTask(pi.getId(), Element.DECIDE_LAPSED_ACTION);
    assertDates(decide, TEN_WORKING_DAYS, FIVE_WORKING_DAYS);

    completeAs(TestPeople.CHAIR, decide, Map.of(Var.LAPSE_DECISION, Value.ESCALATE, Var.ESCALATION_NOTE, "Third lapse"));
    assertThat(pi).isWaitingAt(Element.BOARD_CHALLENGE);
    // Twenty working days: Monday 30 March 2026, 09:00 London in summer time; half-way: Monday 16 March.
    assertDates(openTask(pi.getId(), Element.BOARD_CHALLENGE), Instant.parse("2026-03-30T08:00:00Z"), TEN_WORKING_DAYS);
  }

  @Test
  void anOngoingActionsDeliverTaskIsDueAtItsNextProgressUpdate() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    Action action = importAt("Ongoing", TestPeople.ROLE_WITH_HOLDER);
    assertThat(action.getDueDate()).isNull();
    // Quarterly (the default cadence) from the import: Tuesday 2 June 2026, 09:00 London; half-way (31 of 62 working days), Thursday 16 April.
    assertDates(openTask(action.getProcessInstanceId(), Element.DELIVER_ACTION),
        Instant.parse("2026-06-02T08:00:00Z"), Instant.parse("2026-04-16T08:00:00Z"));
  }

  @Test
  void anActionWithADueDateKeepsItOnTheDeliverTask() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    Action action = importAt("by 30/04/2026", TestPeople.ROLE_WITH_HOLDER);
    // The end of the working day on the due date; follow-up a fortnight before.
    assertDates(openTask(action.getProcessInstanceId(), Element.DELIVER_ACTION),
        Instant.parse("2026-04-30T16:00:00Z"), Instant.parse("2026-04-16T16:00:00Z"));
  }

  private java.util.List<Notification> sent(Action action, String kind) {
    sendNotifications();
    return notifications.forAction(action.getId()).stream().filter(n -> n.getKind().equals(kind)).toList();
  }

  @Test
  void evidenceNotVerifiedByItsDeadlineIsChasedWithTheChairsAndGoesRed() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    Action action = importAt("by 30/04/2026", TestPeople.ROLE_WITH_HOLDER);
    ProcessInstance pi = processOf(action);
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EVIDENCE,
        Var.EVIDENCE_SUMMARY, "Register live", Var.EVIDENCE_REFERENCES, "Audit report"));
    assertThat(timer(pi.getId(), Element.VERIFY_EVIDENCE_OVERDUE).getDuedate().toInstant()).isEqualTo(TEN_WORKING_DAYS);
    runUntil(pi.getId(), TEN_WORKING_DAYS.minusSeconds(60));
    assertThat(pi).hasNotPassed(Element.VERIFY_EVIDENCE_OVERDUE);

    runUntil(pi.getId(), TEN_WORKING_DAYS.plusSeconds(1));
    // The chairs are told; the task stays where it was, for them to do.
    assertThat(pi).hasPassed(Element.VERIFY_EVIDENCE_OVERDUE, Element.EMAIL_VERIFICATION_OVERDUE)
        .isWaitingAt(Element.VERIFY_EVIDENCE);
    Task verify = openTask(pi.getId(), Element.VERIFY_EVIDENCE);
    assertThat(verify.getPriority()).isEqualTo(Rag.RED.taskPriority());
    java.util.List<Notification> chased = sent(action, "task-overdue");
    assertThat(chased).allMatch(n -> n.getStatus() == org.reviewactions.notification.NotificationStatus.SENT);
    assertThat(chased).extracting(Notification::getRecipient).contains("chair1@example.org", "chair2@example.org")
        .doesNotContain("owner1@example.org");
    // A retried job asks for the same e-mails, which go once.
    assertThat(chased).extracting(Notification::getIdempotencyKey).doesNotHaveDuplicates().allMatch(k -> k.contains(verify.getId()));

    completeAs(TestPeople.CHAIR, verify, Map.of(Var.EVIDENCE_DECISION, Value.ACCEPT));
    assertThat(pi).isEnded();
  }

  @Test
  void anExtensionNotDecidedByItsDeadlineIsChasedWithTheChairs() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    Action action = importAt("by 30/04/2026", TestPeople.ROLE_WITH_HOLDER);
    ProcessInstance pi = processOf(action);
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EXTENSION,
        Var.EXTENSION_DATE, "31/07/2026", Var.EXTENSION_REASON, "Waiting for the new case system"));
    runUntil(pi.getId(), TEN_WORKING_DAYS.plusSeconds(1));

    assertThat(pi).hasPassed(Element.DECIDE_EXTENSION_OVERDUE, Element.EMAIL_EXTENSION_OVERDUE)
        .isWaitingAt(Element.DECIDE_EXTENSION);
    assertThat(openTask(pi.getId(), Element.DECIDE_EXTENSION).getPriority()).isEqualTo(Rag.RED.taskPriority());
    assertThat(sent(action, "task-overdue")).extracting(Notification::getRecipient).contains("chair1@example.org");
  }

  @Test
  void aChairOnTheDigestHearsOfAnOverdueTaskInTheDigestNotByAnEmailOfItsOwn() {
    preferences.choose(TestPeople.CHAIR, org.reviewactions.notification.EmailDelivery.DIGEST);
    try {
      TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
      Action action = importAt("by 30/04/2026", TestPeople.ROLE_WITH_HOLDER);
      ProcessInstance pi = processOf(action);
      completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION,
          Value.SUBMIT_EXTENSION, Var.EXTENSION_DATE, "31/07/2026", Var.EXTENSION_REASON, "Waiting for the new case system"));
      runUntil(pi.getId(), TEN_WORKING_DAYS.plusSeconds(1));

      assertThat(pi).hasPassed(Element.EMAIL_EXTENSION_OVERDUE);
      assertThat(sent(action, "task-overdue")).extracting(Notification::getRecipient)
          .contains("chair2@example.org").doesNotContain("chair1@example.org");
    } finally {
      preferences.choose(TestPeople.CHAIR, org.reviewactions.notification.EmailDelivery.IMMEDIATE);
    }
  }

  @Test
  void aTaskDoneBeforeItsDeadlineIsNeverChased() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    Action action = importAt("by 30/04/2026", TestPeople.ROLE_WITH_HOLDER);
    ProcessInstance pi = processOf(action);
    completeAs(TestPeople.OWNER, openTask(pi.getId(), Element.DELIVER_ACTION), Map.of(Var.SUBMISSION, Value.SUBMIT_EXTENSION,
        Var.EXTENSION_DATE, "31/07/2026", Var.EXTENSION_REASON, "Waiting for the new case system"));
    completeAs(TestPeople.CHAIR, openTask(pi.getId(), Element.DECIDE_EXTENSION), Map.of(Var.EXTENSION_DECISION, Value.APPROVE));
    assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).activityId(Element.DECIDE_EXTENSION_OVERDUE)
        .count()).isZero();
    assertThat(sent(action, "task-overdue")).isEmpty();
  }

  @Test
  void aNominationNotMadeByItsDeadlineIsChasedWithTheChairs() {
    roles.ensureAgencyGroups(agency);
    Action action = importAt("by 30/04/2026", TestPeople.ROLE_WITHOUT_HOLDER);
    ProcessInstance pi = processOf(action);
    runUntil(pi.getId(), TEN_WORKING_DAYS.plusSeconds(1));

    assertThat(pi).hasPassed(Element.NOMINATE_OWNER_OVERDUE, Element.EMAIL_NOMINATION_OVERDUE)
        .isWaitingAt(Element.NOMINATE_OWNER);
    assertThat(openTask(pi.getId(), Element.NOMINATE_OWNER).getPriority()).isEqualTo(Rag.RED.taskPriority());
    assertThat(sent(action, "task-overdue")).extracting(Notification::getRecipient).contains("chair1@example.org");
  }

  @Test
  void datesNotConfirmedByTheirDeadlineAreChasedWithTheChairs() {
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    Action action = importAt("May 2026\nMarch 2026", TestPeople.ROLE_WITH_HOLDER);
    ProcessInstance pi = processOf(action);
    runUntil(pi.getId(), TEN_WORKING_DAYS.plusSeconds(1));

    assertThat(pi).hasPassed(Element.CONFIRM_DATES_OVERDUE, Element.EMAIL_DATES_OVERDUE).isWaitingAt(Element.CONFIRM_DATES);
    assertThat(sent(action, "task-overdue")).extracting(Notification::getRecipient).contains("chair1@example.org");
  }

  @Test
  void aBoardChallengeNotMadeByItsDeadlineIsChasedWithTheBoard() {
    Action action = lapsed();
    ProcessInstance pi = processOf(action);
    completeAs(TestPeople.CHAIR, openTask(pi.getId(), Element.DECIDE_LAPSED_ACTION),
        Map.of(Var.LAPSE_DECISION, Value.ESCALATE, Var.ESCALATION_NOTE, "Third lapse"));
    Instant boardDeadline = Instant.parse("2026-03-30T08:00:00Z");
    assertThat(timer(pi.getId(), Element.BOARD_CHALLENGE_OVERDUE).getDuedate().toInstant()).isEqualTo(boardDeadline);
    runUntil(pi.getId(), boardDeadline.plusSeconds(1));

    assertThat(pi).hasPassed(Element.BOARD_CHALLENGE_OVERDUE, Element.EMAIL_BOARD_CHALLENGE_OVERDUE)
        .isWaitingAt(Element.BOARD_CHALLENGE);
    // The board's task goes to the board (the routed boardGroup), not to the sub-group chairs.
    assertThat(sent(action, "task-overdue")).extracting(Notification::getRecipient).contains("board1@example.org")
        .doesNotContain("chair1@example.org");
  }
}
