package org.reviewactions.action;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("emailRejectionDelegate")
class EmailRejectionDelegate implements JavaDelegate {

  private final ActionMail mail;

  EmailRejectionDelegate(ActionMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object evidenceId = execution.getVariable(ActionProcess.Var.REJECTED_EVIDENCE_ID);
    mail.sendRejection(ActionVariables.actionId(execution), Long.valueOf(evidenceId.toString()),
        execution.getProcessInstanceId());
  }
}
