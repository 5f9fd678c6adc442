package org.reviewactions.action.escalation;

import static org.reviewactions.action.ActionProcess.Value;
import static org.reviewactions.action.ActionProcess.Var;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionVariables;
import org.reviewactions.action.reminder.ReminderSchedule;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** The chair's decision on a lapsed action: a revised timescale, another owner, or the board. */
@Component("recordLapseDecisionDelegate")
class RecordLapseDecisionDelegate implements JavaDelegate {

  private final EscalationService escalation;
  private final ActionService actions;
  private final CurrentUser currentUser;
  private final ReminderSchedule schedule;
  private final Clock clock;

  RecordLapseDecisionDelegate(EscalationService escalation, CurrentUser currentUser, ReminderSchedule schedule, Clock clock, ActionService actions) {
    this.actions = actions;
    this.escalation = escalation;
    this.currentUser = currentUser;
    this.schedule = schedule;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long actionId = actions.idOfProcess(execution.getProcessInstanceId());
    String actor = currentUser.id().orElse(null);
    String decision = ActionVariables.text(execution, Var.LAPSE_DECISION);
    if (Value.REVISE.equals(decision)) {
      escalation.revise(actionId, ActionVariables.text(execution, Var.REVISED_DUE_DATE),
          ActionVariables.text(execution, Var.REVISION_REASON), actor, "The sub-group chair");
    } else if (Value.REASSIGN.equals(decision)) {
      escalation.reassign(actionId, ActionVariables.text(execution, Var.NEW_OWNER_ID), actor);
      // The new owner gets an overdue interval (a week) to act before the lapse returns to the chair.
      execution.setVariable(Var.LAPSE_GRACE_UNTIL, java.util.Date.from(schedule.nextOverdueReminder(clock.instant())));
    } else if (Value.ESCALATE.equals(decision)) {
      String note = ActionVariables.text(execution, Var.ESCALATION_NOTE);
      String reason = "The sub-group chair escalated it" + (note == null || note.isBlank() ? "." : ": " + note.strip());
      execution.setVariable(Var.ESCALATION_REASON, reason);
      escalation.escalate(actionId, reason, actor);
    } else {
      throw new BusinessRuleException("Choose a revised timescale, another owner, or escalation to the board.");
    }
    // The decision itself stays for the gateway; the re-plan clears it before the next lapse.
    ActionVariables.clear(execution, Var.REVISED_DUE_DATE, Var.REVISION_REASON, Var.NEW_OWNER_ID, Var.ESCALATION_NOTE);
  }
}
