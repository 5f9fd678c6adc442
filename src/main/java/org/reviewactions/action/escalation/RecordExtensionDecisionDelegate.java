package org.reviewactions.action.escalation;

import static org.reviewactions.action.ActionProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionVariables;
import org.reviewactions.notification.MailDates;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

@Component("recordExtensionDecisionDelegate")
class RecordExtensionDecisionDelegate implements JavaDelegate {

  private final EscalationService escalation;
  private final ActionService actions;
  private final CurrentUser currentUser;

  RecordExtensionDecisionDelegate(EscalationService escalation, ActionService actions, CurrentUser currentUser) {
    this.escalation = escalation;
    this.actions = actions;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long actionId = actions.idOfProcess(execution.getProcessInstanceId());
    String requested = MailDates.longDate(actions.get(actionId).getExtensionRequestedDate());
    String response = ActionVariables.text(execution, Var.EXTENSION_RESPONSE);
    boolean approved = escalation.decideExtension(actionId, ActionVariables.text(execution, Var.EXTENSION_DECISION),
        response, currentUser.id().orElse(null));
    execution.setVariable(Var.EXTENSION_APPROVED, approved);
    // What the owner's e-mail says; the decision itself is in the action's history.
    execution.setVariable(Var.EXTENSION_REQUESTED_DATE, requested);
    execution.setVariable(Var.EXTENSION_DECISION_REASON, response);
    execution.setVariable(Var.EXTENSION_DECIDER, currentUser.id().orElse(null));
    ActionVariables.clear(execution, Var.EXTENSION_DECISION, Var.EXTENSION_RESPONSE);
  }
}
