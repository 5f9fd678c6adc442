package org.reviewactions.action.reminder;

import static org.reviewactions.action.ActionProcess.Var;

import java.time.Instant;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionVariables;
import org.springframework.stereotype.Component;

/**
 * Runs before each (re-)entry into "Run action": the lapse timer and the Deliver task's dates follow
 * the action's current due date, so a revised timescale re-plans everything.
 */
@Component("planActionDelegate")
class PlanActionDelegate implements JavaDelegate {

  /** An action with no due date (ongoing) never lapses; the lapse timer then waits for ever. */
  static final Instant NEVER = Instant.parse("9999-12-31T09:00:00Z");

  private final ActionService actions;
  private final ReminderSchedule schedule;

  PlanActionDelegate(ActionService actions, ReminderSchedule schedule) {
    this.actions = actions;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Action action = actions.get(actions.idOfProcess(execution.getProcessInstanceId()));
    Instant lapse = action.getDueDate() == null ? NEVER : schedule.lapseAt(action.getDueDate());
    if (execution.getVariable(Var.LAPSE_GRACE_UNTIL) instanceof Date grace && grace.toInstant().isAfter(lapse)) {
      lapse = grace.toInstant();
    }
    execution.removeVariable(Var.LAPSE_GRACE_UNTIL);
    execution.setVariable(Var.LAPSE_AT, Date.from(lapse));
    execution.removeVariable(Var.NEXT_REMINDER_AT);
    execution.removeVariable(Var.NEXT_OVERDUE_REMINDER_AT);
    ActionVariables.clear(execution, Var.LAPSE_DECISION, Var.BOARD_DECISION, Var.ESCALATION_REASON);
    actions.writeDates(execution, action);
  }

  static Period cadence(Action action) {
    return action.getReviewCadence() == null ? null : Period.parse(action.getReviewCadence());
  }
}
