package org.reviewactions.action.escalation;

import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.TaskPriorities;
import org.reviewactions.action.reminder.ReminderSchedule;
import org.springframework.stereotype.Component;

@Component("recordLapseDelegate")
class RecordLapseDelegate implements JavaDelegate {

  private final EscalationService escalation;
  private final ActionService actions;
  private final ReminderSchedule schedule;
  private final Clock clock;
  private final TaskPriorities priorities;

  RecordLapseDelegate(EscalationService escalation, ReminderSchedule schedule, Clock clock, ActionService actions,
      TaskPriorities priorities) {
    this.priorities = priorities;
    this.actions = actions;
    this.escalation = escalation;
    this.schedule = schedule;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalation.markLapsed(actions.idOfProcess(execution.getProcessInstanceId()));
    execution.setVariable(ActionProcess.Var.CHAIR_DEADLINE, Date.from(schedule.chairDeadline(clock.instant())));
    execution.removeVariable(ActionProcess.Var.ESCALATION_REASON);
    // Red now: the owner's open Deliver action task moves up the chair's and the owner's lists.
    priorities.follow(execution);
  }
}
