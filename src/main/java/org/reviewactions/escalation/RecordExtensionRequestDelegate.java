package org.reviewactions.escalation;

import static org.reviewactions.action.ActionProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.reviewactions.action.ActionVariables;
import org.reviewactions.config.CurrentUser;
import org.springframework.stereotype.Component;

@Component("recordExtensionRequestDelegate")
class RecordExtensionRequestDelegate implements JavaDelegate {

  private final EscalationService escalation;
  private final CurrentUser currentUser;

  RecordExtensionRequestDelegate(EscalationService escalation, CurrentUser currentUser) {
    this.escalation = escalation;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    escalation.requestExtension(ActionVariables.actionId(execution), ActionVariables.text(execution, Var.EXTENSION_DATE),
        ActionVariables.text(execution, Var.EXTENSION_REASON),
        currentUser.idOr(ActionVariables.text(execution, Var.OWNER_ID)));
    ActionVariables.clear(execution, Var.SUBMISSION, Var.EXTENSION_DATE, Var.EXTENSION_REASON);
  }
}
