package org.reviewactions.action.escalation;

import static org.reviewactions.action.ActionProcess.Value;
import static org.reviewactions.action.ActionProcess.Var;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionVariables;
import org.reviewactions.action.reminder.ReminderSchedule;
import org.reviewactions.shared.BusinessRuleException;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

/** The board's challenge: action by a new date, closure without completion, or another look later. */
@Component("recordBoardDecisionDelegate")
class RecordBoardDecisionDelegate implements JavaDelegate {

  private final EscalationService escalation;
  private final ActionService actions;
  private final ReminderSchedule schedule;
  private final CurrentUser currentUser;

  RecordBoardDecisionDelegate(EscalationService escalation, ReminderSchedule schedule, CurrentUser currentUser, ActionService actions) {
    this.actions = actions;
    this.escalation = escalation;
    this.schedule = schedule;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long actionId = actions.idOfProcess(execution.getProcessInstanceId());
    String actor = currentUser.id().orElse(null);
    String decision = ActionVariables.text(execution, Var.BOARD_DECISION);
    String rationale = ActionVariables.text(execution, Var.BOARD_RATIONALE);
    if (Value.REQUIRE_ACTION.equals(decision)) {
      escalation.revise(actionId, ActionVariables.text(execution, Var.BOARD_DUE_DATE), rationale, actor, "The board");
    } else if (Value.CLOSE_INCOMPLETE.equals(decision)) {
      escalation.closeIncomplete(actionId, rationale, actor);
    } else if (Value.KEEP_ESCALATED.equals(decision)) {
      LocalDate next = escalation.keepEscalated(actionId, ActionVariables.text(execution, Var.NEXT_BOARD_REVIEW), rationale, actor);
      execution.setVariable(Var.NEXT_BOARD_REVIEW_AT, Date.from(schedule.nextBoardReview(next)));
    } else {
      throw new BusinessRuleException("Choose whether to require action by a new date, close the action without completion, "
          + "or keep it escalated.");
    }
    ActionVariables.clear(execution, Var.BOARD_DUE_DATE, Var.BOARD_RATIONALE, Var.NEXT_BOARD_REVIEW);
  }
}
