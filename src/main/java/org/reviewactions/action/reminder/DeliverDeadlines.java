package org.reviewactions.action.reminder;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.springframework.stereotype.Component;

/**
 * Due and follow-up dates of the Deliver action task ({@code ${deliverDeadlines.due(execution, dueDate)}}). An
 * action with a due date keeps it; an ongoing action (no due date) would leave its owner's task undated, so it
 * is due when the owner is next asked for a progress update ({@link ReminderSchedule#next}), with the follow-up
 * date half-way there.
 */
@Component("deliverDeadlines")
public class DeliverDeadlines {

  private final ActionService actions;
  private final ReminderSchedule schedule;
  private final TaskDeadlines deadlines;
  private final Clock clock;

  DeliverDeadlines(ActionService actions, ReminderSchedule schedule, TaskDeadlines deadlines, Clock clock) {
    this.actions = actions;
    this.schedule = schedule;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  public Date due(DelegateExecution execution, Date dueDate) {
    if (dueDate != null) {
      return dueDate;
    }
    Action action = actions.ofProcess(execution.getProcessInstanceId());
    // Without a due date the schedule always has a next progress request.
    return schedule.next(action.getStartDate(), null, PlanActionDelegate.cadence(action), clock.instant())
        .map(next -> Date.from(next.at())).orElse(null);
  }

  public Date followUp(DelegateExecution execution, Date dueDate, Date followUpDate) {
    if (dueDate != null) {
      return followUpDate;
    }
    Date due = due(execution, null);
    return due == null ? null : deadlines.followUpBefore(due);
  }
}
