package org.reviewactions.action.reminder;

import static org.reviewactions.action.ActionProcess.Var;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** While an action is lapsed its owner hears about it every week (configurable), on a working day. */
@Component("planOverdueReminderDelegate")
class PlanOverdueReminderDelegate implements JavaDelegate {

  private final ReminderSchedule schedule;
  private final Clock clock;

  PlanOverdueReminderDelegate(ReminderSchedule schedule, Clock clock) {
    this.schedule = schedule;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant after = clock.instant();
    Object previous = execution.getVariable(Var.NEXT_OVERDUE_REMINDER_AT);
    if (previous instanceof Date last && last.toInstant().isAfter(after)) {
      after = last.toInstant();
    }
    execution.setVariable(Var.NEXT_OVERDUE_REMINDER_AT, Date.from(schedule.nextOverdueReminder(after)));
  }
}
