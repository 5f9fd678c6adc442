package org.reviewactions.action.escalation;

import static org.reviewactions.action.ActionProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.Action;
import org.reviewactions.action.ActionService;
import org.reviewactions.action.ActionVariables;
import org.reviewactions.shared.CurrentUser;
import org.springframework.stereotype.Component;

@Component("recordExtensionRequestDelegate")
class RecordExtensionRequestDelegate implements JavaDelegate {

  private final EscalationService escalation;
  private final ActionService actions;
  private final CurrentUser currentUser;

  RecordExtensionRequestDelegate(EscalationService escalation, CurrentUser currentUser, ActionService actions) {
    this.actions = actions;
    this.escalation = escalation;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Action action = actions.ofProcess(execution.getProcessInstanceId());
    escalation.requestExtension(action.getId(), ActionVariables.text(execution, Var.EXTENSION_DATE),
        ActionVariables.text(execution, Var.EXTENSION_REASON),
        currentUser.idOr(action.getOwnerUserId()));
    ActionVariables.clear(execution, Var.SUBMISSION, Var.EXTENSION_DATE, Var.EXTENSION_REASON);
  }
}
