package org.reviewactions.action;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs as its own job after "Deliver action" exists, so the e-mail can link straight to that task. */
@Component("emailAssignmentDelegate")
class EmailAssignmentDelegate implements JavaDelegate {

  private final ActionMail mail;

  EmailAssignmentDelegate(ActionMail mail) {
    this.mail = mail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mail.sendAssignment(ActionVariables.actionId(execution), execution.getProcessInstanceId());
  }
}
