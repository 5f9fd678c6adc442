package org.reviewactions.action.reminder;

import static org.reviewactions.action.ActionProcess.Var;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionVariables;
import org.reviewactions.action.TaskPriorities;
import org.springframework.stereotype.Component;

/** Finds the next reminder or progress request after the last one (or now), for the reminder timer. */
@Component("planNextReminderDelegate")
class PlanNextReminderDelegate implements JavaDelegate {

  private final ActionService actions;
  private final ReminderSchedule schedule;
  private final Clock clock;
  private final TaskPriorities priorities;

  PlanNextReminderDelegate(ActionService actions, ReminderSchedule schedule, Clock clock, TaskPriorities priorities) {
    this.priorities = priorities;
    this.actions = actions;
    this.schedule = schedule;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Action action = actions.get(actions.idOfProcess(execution.getProcessInstanceId()));
    // Reminders mark the approach of the due date, when Green turns Amber.
    priorities.follow(execution);
    Instant after = clock.instant();
    Object previous = execution.getVariable(Var.NEXT_REMINDER_AT);
    if (previous instanceof Date last && last.toInstant().isAfter(after)) {
      after = last.toInstant();
    }
    Optional<ReminderSchedule.ScheduledReminder> next = schedule.next(action.getStartDate(), action.getDueDate(),
        PlanActionDelegate.cadence(action), after);
    ActionVariables.setForThisStep(execution, Var.HAS_NEXT_REMINDER, next.isPresent());
    next.ifPresent(reminder -> {
      execution.setVariable(Var.NEXT_REMINDER_AT, Date.from(reminder.at()));
      ActionVariables.recordNextReminder(execution,
          reminder.kind() == ReminderSchedule.ScheduledReminder.Kind.PROGRESS_REQUEST, reminder.offsetDays());
    });
  }
}
