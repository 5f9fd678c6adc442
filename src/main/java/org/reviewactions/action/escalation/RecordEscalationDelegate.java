package org.reviewactions.action.escalation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.ActionProcess;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.reminder.ReminderProperties;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** Puts the lapse before the board when the sub-group chair did not decide in time. */
@Component("recordEscalationDelegate")
class RecordEscalationDelegate implements JavaDelegate {

  private final EscalationService escalation;
  private final ActionService actions;
  private final CurrentUser currentUser;
  private final ReminderProperties reminders;

  RecordEscalationDelegate(EscalationService escalation, CurrentUser currentUser, ReminderProperties reminders, ActionService actions) {
    this.actions = actions;
    this.escalation = escalation;
    this.currentUser = currentUser;
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = "No decision was made within " + reminders.chairDecisionWorkingDays() + " working days.";
    execution.setVariable(ActionProcess.Var.ESCALATION_REASON, reason);
    escalation.escalate(actions.idOfProcess(execution.getProcessInstanceId()), reason, currentUser.id().orElse(null));
  }
}
