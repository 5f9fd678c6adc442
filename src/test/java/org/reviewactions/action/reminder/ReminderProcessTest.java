package org.reviewactions.action.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reviewactions.action.ActionProcess.Element;
import static org.reviewactions.action.ActionProcess.Var;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.reviewactions.action.Action;
import org.reviewactions.notification.Notification;
import org.reviewactions.notification.NotificationService;
import org.reviewactions.support.ProcessTestSupport;
import org.reviewactions.support.TestPeople;
import org.reviewactions.support.TestPlan;
import org.springframework.beans.factory.annotation.Autowired;

/** Reminders before the due date and progress requests, fired by executing their timer jobs under a moved clock. */
class ReminderProcessTest extends ProcessTestSupport {

  @Autowired NotificationService notifications;

  private Action importAt(Instant now, String timescale) {
    ClockUtil.setCurrentTime(Date.from(now));
    TestPeople.holder(roles, TestPeople.ROLE_WITH_HOLDER, agency, TestPeople.OWNER);
    TestPlan plan = TestPlan.plan().published("2026-01-15")
        .action("1", "Train all midwives on routine enquiry", "Deliver the training", timescale, TestPeople.ROLE_WITH_HOLDER, agency);
    importPlan(plan);
    return actionsOf(recommendationsOf(plan).get(0)).get(0);
  }

  private Instant nextReminder(String pi) {
    return timer(pi, Element.REMINDER_DUE).getDuedate().toInstant();
  }

  /** Fires the pending reminder timer and sends what it asked for; returns the e-mails sent for the action so far. */
  private List<Notification> fireReminder(Action action) {
    Instant due = nextReminder(action.getProcessInstanceId());
    assertThat(runUntil(action.getProcessInstanceId(), due)).isEqualTo(1);
    sendNotifications();
    return notifications.forAction(action.getId());
  }

  @Test
  void remindsTheOwnerAtEachOffsetAt0900LondonOnWorkingDays() {
    // Due Friday 14 May 2027; imported on Monday 1 March 2027.
    Action action = importAt(Instant.parse("2027-03-01T10:00:00Z"), "by 14/05/2027");
    String pi = action.getProcessInstanceId();
    sendNotifications();

    assertThat(nextReminder(pi)).isEqualTo(Instant.parse("2027-04-16T08:00:00Z"));
    assertThat(fireReminder(action)).filteredOn(n -> n.getKind().equals("reminder")).hasSize(1);
    assertThat(nextReminder(pi)).isEqualTo(Instant.parse("2027-04-30T08:00:00Z"));
    fireReminder(action);
    assertThat(nextReminder(pi)).isEqualTo(Instant.parse("2027-05-07T08:00:00Z"));
    fireReminder(action);
    assertThat(nextReminder(pi)).isEqualTo(Instant.parse("2027-05-13T08:00:00Z"));
    List<Notification> sent = fireReminder(action);

    assertThat(sent).filteredOn(n -> n.getKind().equals("reminder")).hasSize(4)
        .extracting(Notification::getSubject).anySatisfy(s -> assertThat(s).contains("tomorrow"));
    ProcessInstance instance = processOf(action);
    assertThat(instance).hasPassed(Element.NO_MORE_REMINDERS).isWaitingAt(Element.DELIVER_ACTION);
    assertThat(timer(pi, Element.REMINDER_DUE)).isNull();
  }

  @Test
  void remindersFallingOnAWeekendOrBankHolidayMoveToTheNextWorkingDay() {
    // Due Monday 4 January 2027: 7 days before is Monday 28 December 2026, the Boxing Day substitute holiday;
    // 1 day before is Sunday 3 January.
    Action action = importAt(Instant.parse("2026-12-22T10:00:00Z"), "by 04/01/2027");
    String pi = action.getProcessInstanceId();
    assertThat(nextReminder(pi)).isEqualTo(Instant.parse("2026-12-29T09:00:00Z"));
    fireReminder(action);
    assertThat(nextReminder(pi)).isEqualTo(Instant.parse("2027-01-04T09:00:00Z"));
  }

  @Test
  void monitoredActionsGetAProgressRequestEachPeriod() {
    Action action = importAt(Instant.parse("2026-04-01T10:00:00Z"), "April 2026 - March 2027 monitored quarterly");
    String pi = action.getProcessInstanceId();
    // Wednesday 1 July 2026, 09:00 BST.
    assertThat(nextReminder(pi)).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
    assertThat(fireReminder(action)).filteredOn(n -> n.getKind().equals("progress-request")).hasSize(1);
    // Thursday 1 October 2026.
    assertThat(nextReminder(pi)).isEqualTo(Instant.parse("2026-10-01T08:00:00Z"));
  }

  @Test
  void ongoingActionsGetTheDefaultQuarterlyProgressRequest() {
    Action action = importAt(Instant.parse("2026-04-01T10:00:00Z"), "Ongoing");
    assertThat(action.getDueDate()).isNull();
    assertThat(nextReminder(action.getProcessInstanceId())).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
    assertThat(timer(action.getProcessInstanceId(), Element.ACTION_LAPSED).getDuedate().toInstant().atZone(java.time.ZoneOffset.UTC)
        .getYear()).isEqualTo(9999);
  }
  @Test
  void aReminderIsRecordedByItsOffsetAloneAndAProgressRequestByNoVariable() {
    String reminder = importAt(Instant.parse("2027-03-01T10:00:00Z"), "by 14/05/2027").getProcessInstanceId();
    String request = importAt(Instant.parse("2026-04-01T10:00:00Z"), "April 2026 - March 2027 monitored quarterly")
        .getProcessInstanceId();

    assertThat(runtimeService.getVariables(reminder)).containsEntry(Var.NEXT_REMINDER_OFFSET, 28)
        .doesNotContainKey(Var.NEXT_REMINDER_KIND);
    assertThat(runtimeService.getVariables(request)).containsKey(Var.NEXT_REMINDER_AT)
        .doesNotContainKeys(Var.NEXT_REMINDER_OFFSET, Var.NEXT_REMINDER_KIND);
  }

  @Test
  void anInstancePlannedByAnEarlierVersionIsSentTheKindItStoredThenPlannedTheNewWay() {
    Action action = importAt(Instant.parse("2026-04-01T10:00:00Z"), "April 2026 - March 2027 monitored quarterly");
    String pi = action.getProcessInstanceId();
    // As an earlier version planned the progress request: its kind and an offset of 0 stored.
    runtimeService.setVariable(pi, Var.NEXT_REMINDER_KIND, "PROGRESS_REQUEST");
    runtimeService.setVariable(pi, Var.NEXT_REMINDER_OFFSET, 0);

    assertThat(fireReminder(action)).extracting(Notification::getKind).contains("progress-request")
        .doesNotContain("reminder");
    assertThat(runtimeService.getVariables(pi)).doesNotContainKeys(Var.NEXT_REMINDER_KIND, Var.NEXT_REMINDER_OFFSET);
  }
}
